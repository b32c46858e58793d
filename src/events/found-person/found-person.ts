import { z } from 'zod';
import { noteProtectedAt } from '../../access/protection.js';
import { FOUND_PLACEMENTS } from '../../domain/code-lists.js';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { indexForMatching, unindexForMatching } from '../match/index-rows.js';
import { descriptionShape } from '../missing-person/reported.js';
import { ownedBy } from '../routing-rules.js';
import { id, unitCode, utc } from '../shapes.js';

const placementShape = z.strictObject({ kind: z.enum(FOUND_PLACEMENTS), name: z.string().min(1), at: utc, note: z.string().nullable() });

/**
 * A person found alive whose identity or family is unknown, registered at a station (A5): the
 * person (when named) already created, numbered in the station's FP series for the year, its GD
 * entry first. Whether they are a child was decided on the date found: a named child is noted
 * among the station's protected persons, and every entry goes into the match index against the
 * State's missing-person reports.
 */
export const foundPersonRegistered = defineEvent({
  type: 'found_person.registered',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    number: z.string().min(1),
    seq: z.number().int().positive(),
    year: z.number().int(),
    registeredAt: utc,
    foundAt: utc,
    receivedAt: utc,
    personId: id.nullable(),
    age: z.number().int().nullable(),
    ageFrom: z.number().int().nullable(),
    ageTo: z.number().int().nullable(),
    child: z.boolean(),
    description: descriptionShape,
    foundBy: z.string().min(1),
    condition: z.string().nullable(),
    circumstances: z.string().nullable(),
    placement: placementShape.nullable(),
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    const d = p.description;
    await tx
      .insertInto('found_persons')
      .values({
        id: p.id,
        station_code: p.stationCode,
        number: p.number,
        year: p.year,
        seq: p.seq,
        registered_at: p.registeredAt,
        found_at: p.foundAt,
        received_at: p.receivedAt,
        found_place: d.place.address,
        sex: d.sex,
        age: p.age,
        age_from: p.ageFrom,
        age_to: p.ageTo,
        child: p.child ? 1 : 0,
        description: canonicalJson(d),
        person_id: p.personId,
        found_by: p.foundBy,
        condition: p.condition,
        circumstances: p.circumstances,
        placement: p.placement ? canonicalJson(p.placement) : null,
        cwc_produced_at: p.placement?.kind === 'cwc' ? p.placement.at : null,
        status: 'found',
        outcome_at: null,
        restored_to: null,
        outcome_note: null,
        missing_person_id: null,
        gd_entry_id: p.gdEntryId,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await recordNumber(tx, `found-person:${p.stationCode}:${p.year}`, p.seq);
    if (p.child && p.personId) await noteProtectedAt(tx, p.stationCode, [p.personId]);
    await indexForMatching(tx, { kind: 'found', id: p.id, stationCode: p.stationCode, ageFrom: p.ageFrom, ageTo: p.ageTo, at: p.foundAt, description: d });
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** The person placed (with the family, a shelter or home, a hospital, before the Child Welfare Committee): the latest stands; the first production before the Committee stops a child's clock. */
export const foundPersonPlaced = defineEvent({
  type: 'found_person.placed',
  version: 1,
  schema: placementShape.extend({ stationCode: unitCode }),
  async project(tx, e, { stationCode: _, ...placement }) {
    const row = await tx.selectFrom('found_persons').select('cwc_produced_at').where('id', '=', e.entity_id).executeTakeFirst();
    await tx
      .updateTable('found_persons')
      .set({ placement: canonicalJson(placement), cwc_produced_at: row?.cwc_produced_at ?? (placement.kind === 'cwc' ? placement.at : null), updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/**
 * The person identified or restored to the family, on a date: as the person of a missing-person
 * report (whose status changes in the same transaction, its own event) or as a named person. No
 * longer a candidate for any report once identified.
 */
export const foundPersonConcluded = defineEvent({
  type: 'found_person.concluded',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    outcome: z.enum(['identified', 'restored']),
    at: utc,
    personId: id.nullable(),
    missingPersonId: id.nullable(),
    restoredTo: z.string().nullable(),
    note: z.string(),
    child: z.boolean(),
  }),
  async project(tx, e, p) {
    await tx
      .updateTable('found_persons')
      .set({ status: p.outcome, outcome_at: p.at, person_id: p.personId, missing_person_id: p.missingPersonId, restored_to: p.restoredTo, outcome_note: p.note, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
    if (p.child && p.personId) await noteProtectedAt(tx, p.stationCode, [p.personId]);
    await unindexForMatching(tx, 'found', e.entity_id);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
