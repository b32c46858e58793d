import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { indexForMatching } from '../match/index-rows.js';
import { descriptionShape } from '../missing-person/reported.js';
import { ownedBy } from '../routing-rules.js';
import { id, registerEntryRow, sha256, unitCode, utc } from '../shapes.js';

/**
 * An unnatural death or an unidentified dead body registered at a station (A5, BNSS 194), with its
 * informant already created; numbered in the station's UD series for the year, its GD entry first.
 */
export const unnaturalDeathRegistered = defineEvent({
  type: 'unnatural_death.registered',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    number: z.string().min(1),
    seq: z.number().int().positive(),
    year: z.number().int(),
    registeredAt: utc,
    informedAt: utc,
    foundAt: utc,
    informantId: id,
    description: descriptionShape,
    photos: z.array(sha256),
    belongings: z.string().nullable(),
    apparentCause: z.string().nullable(),
    circumstances: z.string().nullable(),
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    const d = p.description;
    await tx
      .insertInto('unnatural_deaths')
      .values({
        ...registerEntryRow(p),
        registered_at: p.registeredAt,
        informed_at: p.informedAt,
        found_at: p.foundAt,
        found_place: d.place.address,
        latitude: d.place.latitude ?? null,
        longitude: d.place.longitude ?? null,
        sex: d.sex,
        age_from: d.ageRange?.from ?? null,
        age_to: d.ageRange?.to ?? null,
        height_cm: d.heightCm ?? null,
        description: canonicalJson(d),
        informant_id: p.informantId,
        photos: canonicalJson(p.photos),
        belongings: p.belongings,
        apparent_cause: p.apparentCause,
        circumstances: p.circumstances,
        status: 'unidentified',
        inquest: null,
        inquest_forwarded_at: null,
        post_mortem: null,
        identified_at: null,
        identified_person_id: null,
        missing_person_id: null,
        identification_note: null,
        gd_entry_id: p.gdEntryId,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await recordNumber(tx, `ud:${p.stationCode}:${p.year}`, p.seq);
    await indexForMatching(tx, { kind: 'body', id: p.id, stationCode: p.stationCode, ageFrom: d.ageRange?.from ?? null, ageTo: d.ageRange?.to ?? null, at: p.foundAt, description: d });
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
