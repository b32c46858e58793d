import { z } from 'zod';
import { BUILDS, COMPLEXIONS, GENDERS, MISSING_STATUSES } from '../../domain/code-lists.js';
import { personViewSchema } from './records.js';

/** A missing-person report as the reader may see it: a child withheld from them has no identity, no photo and no contacts. */
/** A person's or a body's description as shown (src/records/register.ts descriptionView): marks and photo null when withheld. */
export const descriptionViewSchema = z.strictObject({
  sex: z.enum(GENDERS),
  ageRange: z.strictObject({ from: z.number().int(), to: z.number().int() }).nullable(),
  heightCm: z.number().nullable(),
  build: z.enum(BUILDS).nullable(),
  complexion: z.enum(COMPLEXIONS).nullable(),
  marks: z.string().nullable(),
  clothes: z.string().nullable(),
  photoSha256: z.string().nullable(),
  place: z.strictObject({ address: z.string(), latitude: z.number().nullable(), longitude: z.number().nullable() }),
});

export const missingPersonSchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    number: z.string().meta({ description: 'The report number, gap-free per station and year, e.g. MH-PUN-PS01/2026/M00001' }),
    reportedAt: z.string(),
    status: z.enum(MISSING_STATUSES),
    statusAt: z.string().nullable(),
    statusNote: z.string().nullable(),
    child: z.boolean().meta({ description: 'Under 18 when last seen: registered at once as an FIR of kidnapping (fir)' }),
    age: z.number().int().meta({ description: 'Age when last seen' }),
    person: personViewSchema.nullable(),
    informant: personViewSchema.nullable(),
    informantRelation: z.string().nullable(),
    description: descriptionViewSchema,
    lastSeenAt: z.string(),
    contacts: z.array(z.strictObject({ name: z.string(), relation: z.string().nullable(), phone: z.string() })),
    contactsWithheld: z.boolean(),
    circumstances: z.string().nullable(),
    textWithheld: z.boolean().meta({ description: 'Free text had the names of persons withheld from the reader replaced' }),
    fir: z.strictObject({ id: z.string(), number: z.string(), status: z.string() }).nullable(),
    alert: z.strictObject({ id: z.string(), status: z.enum(['active', 'withdrawn', 'expired']), targetUnit: z.string() }).nullable(),
    unmasked: z.boolean().meta({ description: 'A child shown in full to a reader who may see them (audited)' }),
  })
  .meta({ id: 'MissingPerson' });

export const missingPersonListSchema = z.strictObject({ missingPersons: z.array(missingPersonSchema) });
