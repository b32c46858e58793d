import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofUser } from '../routing-rules.js';

export const userLanguageSet = defineEvent({
  type: 'user.language_set',
  version: 1,
  schema: z.strictObject({ language: z.enum(['en', 'hi']) }),
  async project(tx, e, p) {
    await tx.updateTable('users').set({ language: p.language, updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofUser,
});
