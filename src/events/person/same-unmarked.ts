import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { markRouting } from '../routing-rules.js';
import { id } from '../shapes.js';

/** A same-person mark withdrawn, with the reason; the mark stays on record. */
export const personSameUnmarked = defineEvent({
  type: 'person.same_unmarked',
  version: 1,
  schema: z.strictObject({ id, reason: z.string() }),
  async project(tx, e, p) {
    await tx.updateTable('person_same_marks').set({ withdrawn_by: e.actor, withdrawn_at: e.at, withdraw_reason: p.reason }).where('id', '=', p.id).execute();
  },
  route: async (e, p, look) => markRouting(e, await look.sameMarkPersons(p.id), look),
});
