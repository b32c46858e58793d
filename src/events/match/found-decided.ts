import { z } from 'zod';
import type { Tx } from '../../storage/db.js';
import type { StoredEvent } from '../../storage/event-log.js';
import { defineEvent, type RoutingLookup } from '../event-type.js';
import { id, unitCode } from '../shapes.js';
import { decisionRouting } from './decided.js';

const decision = z.strictObject({
  missingPersonId: id,
  foundPersonId: id,
  /** The stations holding the report and the found person: both hear of the decision. */
  missingStation: unitCode,
  foundStation: unitCode,
  reason: z.string().min(1),
  /** The pair's score when decided (the weights of the day), for review. */
  score: z.number().nullable(),
});
type Decision = z.output<typeof decision>;

async function record(tx: Tx, e: StoredEvent, p: Decision, outcome: 'confirmed' | 'rejected'): Promise<void> {
  const row = { decision: outcome, reason: p.reason, score: p.score, decided_by: e.actor, decided_unit: e.origin_unit, decided_at: e.at };
  await tx
    .insertInto('found_match_decisions')
    .values({ missing_person_id: p.missingPersonId, found_person_id: p.foundPersonId, ...row })
    .onConflict((oc) => oc.columns(['missing_person_id', 'found_person_id']).doUpdateSet(row))
    .execute();
}

const route = (e: StoredEvent, p: Decision, look: RoutingLookup) => decisionRouting(e, [p.missingStation, p.foundStation], look);

/**
 * An officer of either station confirms that a missing-person report and a found person are the
 * same person. Nothing is merged: the link is recorded, and the found person's outcome (identified
 * or restored, which traces or returns the report) is the officer's next, separate act.
 */
export const matchFoundPersonConfirmed = defineEvent({
  type: 'match.found_person_confirmed',
  version: 1,
  schema: decision,
  project: (tx, e, p) => record(tx, e, p, 'confirmed'),
  route,
});

/** An officer of either station rejects a report and a found person as a pair, with the reason: it is not offered again. */
export const matchFoundPersonRejected = defineEvent({
  type: 'match.found_person_rejected',
  version: 1,
  schema: decision,
  project: (tx, e, p) => record(tx, e, p, 'rejected'),
  route,
});
