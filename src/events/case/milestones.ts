import { z } from 'zod';
import type { Tx } from '../../storage/db.js';
import type { StoredEvent } from '../../storage/event-log.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, sha256, utc } from '../shapes.js';

/** Steps of a case that meet a statutory clock, kept as case_milestones rows of their kind. */
async function milestone(tx: Tx, e: StoredEvent, kind: string, p: { stepId: string; at: string }, detail: object): Promise<void> {
  const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
  await tx
    .insertInto('case_milestones')
    .values({ id: p.stepId, fir_id: e.entity_id, station_code: fir.station_code, kind, at: p.at, detail: canonicalJson(detail), recorded_by: e.actor, recorded_at: e.at })
    .execute();
}

/** The IO told the informant or victim of the progress of the investigation (BNSS 193(3)(ii), within 90 days). */
export const caseVictimInformed = defineEvent({
  type: 'case.victim_informed',
  version: 1,
  schema: z.strictObject({ stepId: id, at: utc, means: z.string(), personId: id.nullable(), note: z.string().nullable() }),
  project: (tx, e, p) => milestone(tx, e, 'victim_informed', p, { means: p.means, personId: p.personId, note: p.note }),
  route: ofCase,
});

/** The forensic team visited the place of crime and its visit was video-graphed (BNSS 176(3)). */
export const caseForensicVisitRecorded = defineEvent({
  type: 'case.forensic_visit_recorded',
  version: 1,
  schema: z.strictObject({ stepId: id, at: utc, team: z.string(), videoSha256: sha256.nullable(), note: z.string().nullable() }),
  project: (tx, e, p) => milestone(tx, e, 'forensic_visit', p, { team: p.team, videoSha256: p.videoSha256, note: p.note }),
  route: ofCase,
});
