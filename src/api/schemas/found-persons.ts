import { z } from 'zod';
import { FOUND_PLACEMENTS, FOUND_STATUSES, MISSING_STATUSES } from '../../domain/code-lists.js';
import { descriptionViewSchema } from './missing-persons.js';
import { clockStateSchema, personViewSchema } from './records.js';

/** A found-person entry as the reader may see it: a child withheld from them has no name, age, photo, marks or family. */
export const foundPersonSchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    number: z.string().meta({ description: 'The entry number, gap-free per station and year, e.g. MH-PUN-PS01/2026/FPR00001' }),
    registeredAt: z.string(),
    foundAt: z.string(),
    receivedAt: z.string().meta({ description: "When the police took charge: a child's production before the CWC (JJ Act s. 31) is due within 24 hours of it" }),
    status: z.enum(FOUND_STATUSES),
    child: z.boolean().meta({ description: 'Under 18 on the date found (the birth date, the age given, or the lower end of the estimate): a protected person' }),
    age: z.number().int().nullable().meta({ description: 'The age the person gives or is known to have (withheld with a child)' }),
    person: personViewSchema.nullable().meta({ description: 'The person as named, when anyone knows who they are' }),
    description: descriptionViewSchema,
    foundBy: z.string(),
    condition: z.string().nullable(),
    circumstances: z.string().nullable(),
    placement: z.strictObject({ kind: z.enum(FOUND_PLACEMENTS), name: z.string().nullable(), at: z.string(), note: z.string().nullable() }).nullable(),
    cwcProducedAt: z.string().nullable(),
    outcome: z
      .strictObject({
        at: z.string(),
        restoredTo: z.string().nullable(),
        missingPerson: z.strictObject({ id: z.string(), number: z.string(), stationCode: z.string(), status: z.enum(MISSING_STATUSES) }).nullable(),
        note: z.string(),
      })
      .nullable(),
    clocks: z.array(clockStateSchema).meta({ description: "A child's production before the Child Welfare Committee within 24 hours (JJ Act s. 31)" }),
    textWithheld: z.boolean().meta({ description: 'Free text had the names of persons withheld from the reader replaced' }),
    unmasked: z.boolean().meta({ description: 'A child shown in full to a reader who may see them (audited)' }),
  })
  .meta({ id: 'FoundPerson' });

export const foundPersonListSchema = z.strictObject({ foundPersons: z.array(foundPersonSchema) });
