import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';
import { endAccessBefore } from './access.js';

export const userPasswordSet = defineEvent({
  type: 'user.password_set',
  version: 1,
  schema: z.strictObject({ passwordHash: z.string(), mustChangePassword: z.boolean() }),
  async project(tx, e, p) {
    await tx
      .updateTable('users')
      .set({ password_hash: p.passwordHash, must_change_password: p.mustChangePassword ? 1 : 0, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
    // A password set by an administrator is a reset: whoever held the account's access loses it.
    if (p.mustChangePassword) await endAccessBefore(tx, e.entity_id, e.at);
  },
  route: ofUser,
});
