import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { indexForMatching } from '../match/index-rows.js';
import { ownedBy } from '../routing-rules.js';
import { GENDERS, id, registerEntryRow, sha256, unitCode, utc } from '../shapes.js';

const optionalText = z.string().optional();

/** The shared description (src/domain/schemas/description.ts) as stored: shape only, the input rules of the day live with the command. */
export const descriptionShape = z.strictObject({
  sex: z.enum(GENDERS),
  ageRange: z.strictObject({ from: z.number().int(), to: z.number().int() }).optional(),
  heightCm: z.number().optional(),
  build: optionalText,
  complexion: optionalText,
  marks: optionalText,
  clothes: optionalText,
  photoSha256: sha256.optional(),
  place: z.strictObject({ address: z.string(), latitude: z.number().optional(), longitude: z.number().optional() }),
});

/**
 * A missing person reported at a station (A5), with the persons already created (the missing
 * person and the informant). A child's report names the FIR registered with it in the same
 * transaction (kidnapping presumed); the alert circulated with it is its own event.
 */
export const missingPersonReported = defineEvent({
  type: 'missing_person.reported',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    number: z.string().min(1),
    /** The report's number in its station's series for the year. */
    seq: z.number().int().positive(),
    year: z.number().int(),
    reportedAt: utc,
    personId: id,
    informantId: id,
    informantRelation: z.string().nullable(),
    /** Age when last seen. */
    age: z.number().int().min(0),
    child: z.boolean(),
    description: descriptionShape,
    lastSeenAt: utc,
    contacts: z.array(z.strictObject({ name: z.string(), relation: optionalText, phone: z.string() })),
    circumstances: z.string().nullable(),
    firId: id.nullable(),
    alertId: id.nullable(),
    gdEntryId: id,
  }),
  async project(tx, e, p) {
    await tx
      .insertInto('missing_persons')
      .values({
        ...registerEntryRow(p),
        reported_at: p.reportedAt,
        person_id: p.personId,
        informant_id: p.informantId,
        informant_relation: p.informantRelation,
        sex: p.description.sex,
        age: p.age,
        child: p.child ? 1 : 0,
        description: canonicalJson(p.description),
        last_seen_at: p.lastSeenAt,
        last_seen_place: p.description.place.address,
        latitude: p.description.place.latitude ?? null,
        longitude: p.description.place.longitude ?? null,
        contacts: canonicalJson(p.contacts),
        circumstances: p.circumstances,
        status: 'missing',
        status_at: null,
        status_note: null,
        fir_id: p.firId,
        alert_id: p.alertId,
        gd_entry_id: p.gdEntryId,
        created_by: e.actor,
        updated_at: e.at,
      })
      .execute();
    await recordNumber(tx, `missing:${p.stationCode}:${p.year}`, p.seq);
    await indexForMatching(tx, { kind: 'missing', id: p.id, stationCode: p.stationCode, ageFrom: p.age, ageTo: p.age, at: p.lastSeenAt, description: p.description });
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
