import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, sha256, unitCode, utc } from '../shapes.js';

/** Who handed an item over or received it: a user (by id) or a person outside the system, named. */
export const custodyParty = z.strictObject({ userId: id.nullable(), name: z.string().nullable(), designation: z.string().nullable() });

const seizedItem = z.strictObject({
  itemId: id,
  /** The item's number in the station's property-room register of `year`, without gaps. */
  itemNo: z.number().int().positive(),
  year: z.number().int(),
  description: z.string(),
  category: z.string(),
  quantity: z.string(),
  sealNo: z.string().nullable(),
  placeFound: z.string().nullable(),
  value: z.number().int().nullable(),
  device: z.strictObject({ make: z.string().nullable(), model: z.string().nullable(), serialNo: z.string().nullable(), imei: z.string().nullable(), sha256: sha256.nullable() }).nullable(),
  /** The FIR's property (index) this item is, recovered; absent in memos recorded before migration 019. */
  recoversProperty: z.number().int().nonnegative().nullable().optional(),
});

/**
 * A Property Search and Seizure memo (IIF-4) of a case, and the deposit of its items in the station's
 * property room (malkhana): each item's first link in its chain of custody (received_into_malkhana),
 * handed over by the seizing officer and received by the keeper named.
 */
export const caseSeizureRecorded = defineEvent({
  type: 'case.seizure_recorded',
  version: 1,
  schema: z.strictObject({
    seizureId: id,
    /** The station whose property room keeps the items (the case's station when seized). */
    stationCode: unitCode,
    seizedAt: utc,
    place: z.string(),
    searchOf: z.string().nullable(),
    seizedFrom: z.string().nullable(),
    witnesses: z.array(z.strictObject({ personId: id.nullable(), name: z.string().nullable(), address: z.string().nullable() })),
    video: z.strictObject({ sha256, size: z.number().int().positive(), description: z.string().nullable(), forwardedToMagistrateAt: utc.nullable(), magistrate: z.string().nullable() }).nullable(),
    remarks: z.string().nullable(),
    deposit: z.strictObject({ moveIds: z.array(id), kind: z.string(), place: z.string(), at: utc, handedBy: custodyParty, receivedBy: custodyParty }),
    items: z.array(seizedItem).min(1),
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('seizures')
      .values({
        id: p.seizureId,
        fir_id: e.entity_id,
        station_code: p.stationCode,
        seized_at: p.seizedAt,
        place: p.place,
        search_of: p.searchOf,
        seized_from: p.seizedFrom,
        witnesses: canonicalJson(p.witnesses),
        video_sha256: p.video?.sha256 ?? null,
        video_size: p.video?.size ?? null,
        video_description: p.video?.description ?? null,
        video_forwarded_at: p.video?.forwardedToMagistrateAt ?? null,
        video_magistrate: p.video?.magistrate ?? null,
        remarks: p.remarks,
        recorded_by: e.actor,
        recorded_at: e.at,
      })
      .execute();
    for (const [i, item] of p.items.entries()) {
      await tx
        .insertInto('property_items')
        .values({
          id: item.itemId,
          seizure_id: p.seizureId,
          fir_id: e.entity_id,
          station_code: p.stationCode,
          year: item.year,
          item_no: item.itemNo,
          description: item.description,
          category: item.category,
          quantity: item.quantity,
          seal_no: item.sealNo,
          place_found: item.placeFound,
          value: item.value,
          device: item.device ? canonicalJson(item.device) : null,
          place: p.deposit.place,
          destination: null,
          since: p.deposit.at,
          moves: 1,
          statement_at: null,
          statement_ref: null,
          disposal_order_at: null,
          disposal_order_ref: null,
          recovers_property: item.recoversProperty ?? null,
        })
        .execute();
      await tx
        .insertInto('property_moves')
        .values({
          id: p.deposit.moveIds[i]!,
          item_id: item.itemId,
          fir_id: e.entity_id,
          station_code: p.stationCode,
          seq: 1,
          kind: p.deposit.kind,
          place: p.deposit.place,
          at: p.deposit.at,
          handed_by: canonicalJson(p.deposit.handedBy),
          received_by: canonicalJson(p.deposit.receivedBy),
          destination: null,
          reference: null,
          order_ref: null,
          note: null,
          recorded_by: e.actor,
          recorded_at: e.at,
        })
        .execute();
      await recordNumber(tx, propertyItemScope(p.stationCode, item.year), item.itemNo);
      await recordNumber(tx, propertyMoveScope(item.itemId), 1);
    }
  },
  route: ofCase,
});

/** The counter of a station's property-room register of a year. */
export const propertyItemScope = (stationCode: string, year: number) => `pr:${stationCode}:${year}`;
/** The counter of an item's movements: taken under lock, it also queues two movements of one item. */
export const propertyMoveScope = (itemId: string) => `pm:${itemId}`;
