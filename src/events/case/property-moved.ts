import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, unitCode, utc } from '../shapes.js';
import { custodyParty, propertyMoveScope } from './seizure-recorded.js';

/**
 * A movement of a seized item in its chain of custody (to the FSL, to court, back to the property
 * room, to its owner, disposed of by court order), handed over by one officer and received by
 * another. `place` is where the movement took it, as the code lists said when it was recorded.
 */
export const casePropertyMoved = defineEvent({
  type: 'case.property_moved',
  version: 1,
  schema: z.strictObject({
    moveId: id,
    itemId: id,
    /**
     * The station whose property room answers for the item after this movement: the one holding it,
     * or, for a hand-over after the case's transfer (transferred_to_unit), the unit investigating it.
     */
    stationCode: unitCode,
    /** The movement's number in the item's chain (the deposit is 1). */
    seq: z.number().int().positive(),
    kind: z.string(),
    place: z.string(),
    at: utc,
    handedBy: custodyParty,
    receivedBy: custodyParty,
    destination: z.string().nullable(),
    reference: z.string().nullable(),
    orderRef: z.string().nullable(),
    note: z.string().nullable(),
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('property_moves')
      .values({
        id: p.moveId,
        item_id: p.itemId,
        fir_id: e.entity_id,
        station_code: p.stationCode,
        seq: p.seq,
        kind: p.kind,
        place: p.place,
        at: p.at,
        handed_by: canonicalJson(p.handedBy),
        received_by: canonicalJson(p.receivedBy),
        destination: p.destination,
        reference: p.reference,
        order_ref: p.orderRef,
        note: p.note,
        recorded_by: e.actor,
        recorded_at: e.at,
      })
      .execute();
    await tx.updateTable('property_items').set({ place: p.place, destination: p.destination, since: p.at, moves: p.seq }).where('id', '=', p.itemId).execute();
    await recordNumber(tx, propertyMoveScope(p.itemId), p.seq);
  },
  async route(e, p, look) {
    // The station keeping the item hears of it too, should the case have moved on from it.
    const r = await ofCase(e, p, look);
    return { ...r, only: [...new Set([...(r.only ?? []), p.stationCode])] };
  },
});
