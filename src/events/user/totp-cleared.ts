import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';

export const userTotpCleared = defineEvent({
  type: 'user.totp_cleared',
  version: 1,
  schema: z.strictObject({ reason: z.string() }),
  async project(tx, e) {
    await tx.updateTable('users').set({ totp_secret: null, totp_enrolled_at: null, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofUser,
});
