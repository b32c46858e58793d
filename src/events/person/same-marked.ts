import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { markRouting } from '../routing-rules.js';
import { id } from '../shapes.js';

/** An officer's decision that two person records are the same human being (never a merge). */
export const personSameMarked = defineEvent({
  type: 'person.same_marked',
  version: 1,
  schema: z.strictObject({ id, personA: id, personB: id, reason: z.string() }),
  async project(tx, e, p) {
    await tx
      .insertInto('person_same_marks')
      .values({ id: p.id, person_a: p.personA, person_b: p.personB, reason: p.reason, marked_by: e.actor, marked_at: e.at, withdrawn_by: null, withdrawn_at: null, withdraw_reason: null })
      .execute();
  },
  route: (e, p, look) => markRouting(e, [p.personA, p.personB], look),
});
