import { z } from 'zod';
import { INQUEST_MAGISTRATES, MISSING_STATUSES, UD_STATUSES } from '../../domain/code-lists.js';
import { descriptionViewSchema } from './missing-persons.js';
import { clockStateSchema, personViewSchema } from './records.js';

/** An unnatural-death / unidentified-body entry as the reader may see it: identified as a protected person withheld from them, it has no identity, photos or marks. */
export const unnaturalDeathSchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    number: z.string().meta({ description: 'The UD case number, gap-free per station and year, e.g. MH-PUN-PS01/2026/UD00001' }),
    registeredAt: z.string(),
    informedAt: z.string().meta({ description: 'When the station was told of the death: the inquest clock (BNSS 194(2)) runs from it' }),
    foundAt: z.string(),
    status: z.enum(UD_STATUSES),
    informant: personViewSchema.nullable(),
    description: descriptionViewSchema,
    photos: z.array(z.string()),
    belongings: z.string().nullable(),
    apparentCause: z.string().nullable(),
    circumstances: z.string().nullable(),
    inquest: z
      .strictObject({
        heldBy: z.string(),
        heldAt: z.string(),
        witnesses: z.array(z.string()),
        findings: z.string(),
        apparentCause: z.string().nullable(),
        forwardedTo: z.strictObject({ designation: z.enum(INQUEST_MAGISTRATES), name: z.string().nullable() }),
        forwardedAt: z.string(),
      })
      .nullable(),
    postMortem: z.strictObject({ hospital: z.string(), number: z.string(), conductedAt: z.string(), reportReceivedAt: z.string().nullable(), causeOfDeath: z.string().nullable() }).nullable(),
    identification: z
      .strictObject({
        at: z.string(),
        person: personViewSchema.nullable(),
        missingPerson: z.strictObject({ id: z.string(), number: z.string(), stationCode: z.string(), status: z.enum(MISSING_STATUSES) }).nullable(),
        note: z.string(),
      })
      .nullable(),
    clocks: z.array(clockStateSchema).meta({ description: 'The inquest clock: report forwarded to the Magistrate within 24 hours (BNSS 194(2))' }),
    textWithheld: z.boolean().meta({ description: 'Free text had the names of persons withheld from the reader replaced' }),
    unmasked: z.boolean().meta({ description: 'Identified as a protected person shown in full to a reader who may see them (audited)' }),
  })
  .meta({ id: 'UnnaturalDeath' });

export const unnaturalDeathListSchema = z.strictObject({ unnaturalDeaths: z.array(unnaturalDeathSchema) });
