import { z } from 'zod';
import { noteProtectedAt } from '../../access/protection.js';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, registerEntryRow, registerEntryShape, unitCode, utc } from '../shapes.js';
import { articleShape, imeiRows, moveShape, orderShape, type MoveShape } from './shapes.js';
import type { Tx } from '../../storage/db.js';

/** Appends a custody movement to the entry's chain (the domain checked it may happen). */
async function addMove(tx: Tx, entryId: string, move: MoveShape) {
  const row = await tx.selectFrom('found_property').select('moves').where('id', '=', entryId).executeTakeFirst();
  return canonicalJson([...(row ? (JSON.parse(row.moves) as MoveShape[]) : []), move]);
}

/**
 * Property found or handed in at a station and deposited in its property room (its first custody
 * movement), numbered in the station's FP series for the year, its GD entry first.
 */
export const foundPropertyRegistered = defineEvent({
  type: 'found_property.registered',
  version: 1,
  schema: z.strictObject({
    ...registerEntryShape,
    registeredAt: utc,
    foundAt: utc,
    foundPlace: z.string(),
    receivedAt: utc,
    handedInById: id.nullable(),
    article: articleShape,
    perishable: z.boolean(),
    remarks: z.string().nullable(),
    deposit: moveShape,
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('found_property')
      .values({
        ...registerEntryRow(p),
        registered_at: p.registeredAt,
        found_at: p.foundAt,
        found_place: p.foundPlace,
        received_at: p.receivedAt,
        handed_in_by: p.handedInById,
        article: canonicalJson(p.article),
        perishable: p.perishable ? 1 : 0,
        remarks: p.remarks,
        status: 'unclaimed',
        moves: canonicalJson([p.deposit]),
        magistrate_report: null,
        proclaimed_on: null,
        claim: null,
        claimant_id: null,
        lost_report_id: null,
        claimed_at: null,
        disposal: null,
        disposed_at: null,
        gd_entry_id: p.gdEntryId,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    if (p.handedInById) {
      await tx.insertInto('record_persons').values({ record_type: 'found_property', record_id: p.id, person_id: p.handedInById, role: 'witness' }).execute();
      await noteProtectedAt(tx, p.stationCode, [p.handedInById]);
    }
    const imeis = imeiRows('found_property', p.id, [p.article]);
    if (imeis.length) await tx.insertInto('lost_property_imeis').values(imeis).execute();
    await recordNumber(tx, `fp:${p.stationCode}:${p.year}`, p.seq);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** The seizure reported to the Magistrate (BNSS 106(3); Police Act 1861 s. 25) and, where the owner is unknown, the proclamation (BNSS 503(2)). */
export const foundPropertyReported = defineEvent({
  type: 'found_property.reported',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    courtCode: z.string().min(1),
    reportedOn: z.iso.date(),
    reference: z.string().min(1),
    proclamation: z.strictObject({ date: z.iso.date(), reference: z.string().min(1) }).nullable(),
  }),
  async project(tx, e, p) {
    const { stationCode: _s, ...report } = p;
    await tx
      .updateTable('found_property')
      .set({ magistrate_report: canonicalJson(report), proclaimed_on: p.proclamation?.date ?? null, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** Returned to its owner on the Magistrate's order, against proof, with a receipt: a custody movement to the owner. */
export const foundPropertyClaimed = defineEvent({
  type: 'found_property.claimed',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    claimantId: id,
    at: utc,
    identity: z.strictObject({ document: z.string(), number: z.string() }),
    proof: z.string(),
    order: orderShape,
    lostReportId: id.nullable(),
    move: moveShape,
  }),
  async project(tx, e, p) {
    await tx
      .updateTable('found_property')
      .set({
        status: 'returned',
        claim: canonicalJson({ identity: p.identity, proof: p.proof, order: p.order }),
        claimant_id: p.claimantId,
        lost_report_id: p.lostReportId,
        claimed_at: p.at,
        moves: await addMove(tx, e.entity_id, p.move),
        updated_at: e.at,
      })
      .where('id', '=', e.entity_id)
      .execute();
    await tx.insertInto('record_persons').values({ record_type: 'found_property', record_id: e.entity_id, person_id: p.claimantId, role: 'complainant' }).execute();
    await noteProtectedAt(tx, p.stationCode, [p.claimantId]);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** Disposed of on the Magistrate's order (BNSS 504, 505): the last custody movement. */
export const foundPropertyDisposed = defineEvent({
  type: 'found_property.disposed',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    at: utc,
    ground: z.enum(['no_claimant', 'perishable', 'owner_benefit', 'low_value']),
    order: orderShape,
    manner: z.string().min(1),
    move: moveShape,
  }),
  async project(tx, e, p) {
    await tx
      .updateTable('found_property')
      .set({
        status: 'disposed',
        disposal: canonicalJson({ ground: p.ground, order: p.order, manner: p.manner }),
        disposed_at: p.at,
        moves: await addMove(tx, e.entity_id, p.move),
        updated_at: e.at,
      })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
