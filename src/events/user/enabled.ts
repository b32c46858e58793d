import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';

export const userEnabled = defineEvent({
  type: 'user.enabled',
  version: 1,
  schema: z.strictObject({ reason: z.string() }),
  async project(tx, e) {
    // Enabling does not revive what disabling ended: the user signs in afresh.
    await tx.updateTable('users').set({ status: 'active', updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofUser,
});
