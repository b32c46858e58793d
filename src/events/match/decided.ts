import { z } from 'zod';
import { defineEvent, type Routing, type RoutingLookup } from '../event-type.js';
import type { StoredEvent } from '../../storage/event-log.js';
import type { Tx } from '../../storage/db.js';
import { id, unitCode } from '../shapes.js';

const decision = z.strictObject({
  missingPersonId: id,
  unnaturalDeathId: id,
  /** The stations holding the report and the body: both hear of the decision. */
  missingStation: unitCode,
  bodyStation: unitCode,
  reason: z.string().min(1),
  /** The pair's score when decided (the weights of the day), for review. */
  score: z.number().nullable(),
});
type Decision = z.output<typeof decision>;

async function record(tx: Tx, e: StoredEvent, p: Decision, outcome: 'confirmed' | 'rejected'): Promise<void> {
  const row = { decision: outcome, reason: p.reason, score: p.score, decided_by: e.actor, decided_unit: e.origin_unit, decided_at: e.at };
  await tx
    .insertInto('match_decisions')
    .values({ missing_person_id: p.missingPersonId, unnatural_death_id: p.unnaturalDeathId, ...row })
    .onConflict((oc) => oc.columns(['missing_person_id', 'unnatural_death_id']).doUpdateSet(row))
    .execute();
}

/** Made by the node of the officer who decided; kept by the nodes of both stations, whichever districts they are in. */
export async function decisionRouting(e: StoredEvent, stations: readonly string[], look: RoutingLookup): Promise<Routing> {
  const owner = (await look.userUnit(e.actor)) ?? e.origin_unit;
  return { owner, to: [], only: [...new Set(stations)] };
}

const route = (e: StoredEvent, p: Decision, look: RoutingLookup) => decisionRouting(e, [p.missingStation, p.bodyStation], look);

/**
 * An officer of either station confirms that a missing-person report and an unidentified body are
 * the same person. Nothing is merged: the link is recorded, and the body's identification (which
 * makes the report found dead) is the officer's next, separate act.
 */
export const matchConfirmed = defineEvent({
  type: 'match.confirmed',
  version: 1,
  schema: decision,
  project: (tx, e, p) => record(tx, e, p, 'confirmed'),
  route,
});

/** An officer of either station rejects a candidate pair, with the reason: it is not offered again. */
export const matchRejected = defineEvent({
  type: 'match.rejected',
  version: 1,
  schema: decision,
  project: (tx, e, p) => record(tx, e, p, 'rejected'),
  route,
});
