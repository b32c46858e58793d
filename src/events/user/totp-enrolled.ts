import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';

export const userTotpEnrolled = defineEvent({
  type: 'user.totp_enrolled',
  version: 1,
  /** The seed sealed with the realm key, never in clear. */
  schema: z.strictObject({ totpSecret: z.string().min(1) }),
  async project(tx, e, p) {
    await tx.updateTable('users').set({ totp_secret: p.totpSecret, totp_enrolled_at: e.at, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofUser,
});
