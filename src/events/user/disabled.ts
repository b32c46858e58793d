import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';
import { endAccessBefore } from './access.js';

export const userDisabled = defineEvent({
  type: 'user.disabled',
  version: 1,
  schema: z.strictObject({ reason: z.string() }),
  async project(tx, e) {
    await tx.updateTable('users').set({ status: 'disabled', updated_at: e.at }).where('id', '=', e.entity_id).execute();
    await endAccessBefore(tx, e.entity_id, e.at);
  },
  route: ofUser,
});
