import { z } from 'zod';
import { ACCUSED_STATUSES } from '../../domain/accused-custody.js';
import { GENDERS } from '../../domain/schemas/person.js';
import { propertyItemSchema } from './property.js';
import { firListItemSchema, sectionRefSchema, vehicleSchema } from './records.js';

/** Response shapes of record search. */
export const elsewhereSchema = z
  .strictObject({ unitCode: z.string(), unitName: z.string(), unitNameHi: z.string(), contact: z.string().nullable(), count: z.number().int() })
  .meta({ id: 'SearchElsewhere', description: 'Matches held outside the searcher’s jurisdiction: only which unit holds how many, and its telephone.' });

const unitRefSchema = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });

/** Every search answers the same way: what may be shown, how much of it, and who else holds matches. */
const searchAnswer = <T extends z.ZodType>(result: T) => z.strictObject({ results: z.array(result), total: z.number().int(), elsewhere: z.array(elsewhereSchema) });

export const vehicleHitSchema = z
  .strictObject({
    fir: z.strictObject({ id: z.string(), number: z.string(), shortNumber: z.string(), station: unitRefSchema, registeredAt: z.string(), status: z.string() }),
    vehicle: vehicleSchema,
    matchedOn: z.enum(['registration', 'engineNo', 'chassisNo']),
  })
  .meta({ id: 'VehicleHit' });
export const vehicleSearchAnswer = searchAnswer(vehicleHitSchema);

export const phoneHitSchema = z
  .strictObject({
    person: z.strictObject({
      id: z.string(),
      name: z.string(),
      aliases: z.array(z.string()),
      relativeName: z.string().nullable(),
      relativeKind: z.enum(['father', 'husband', 'mother', 'guardian']).nullable(),
      gender: z.enum(GENDERS),
      age: z.number().int().nullable(),
      phones: z.array(z.string()),
    }),
    records: z.array(z.strictObject({ recordType: z.string(), recordId: z.string(), role: z.string(), number: z.string(), stationCode: z.string() })),
  })
  .meta({ id: 'PhoneHit', description: 'A person with this phone number; protected identities are never among them.' });
export const phoneSearchAnswer = searchAnswer(phoneHitSchema);

export const firHitSchema = firListItemSchema
  .extend({ snippet: z.string().nullable() })
  .meta({ id: 'FirHit', description: 'An FIR list item with an extract of the brief facts around the words searched for (none in a sensitive case unless the reader may see identities).' });
export const firSearchAnswer = searchAnswer(firHitSchema);

export const personHitSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    score: z.number().meta({ description: '0–1, higher is a closer match' }),
    band: z.enum(['strong', 'possible']),
    explanation: z.string().meta({ description: 'Why it matched, part by part' }),
    aliases: z.array(z.string()),
    fatherName: z.string().nullable(),
    gender: z.string(),
    age: z.number().nullable(),
    district: z.string().nullable(),
    unit: z.strictObject({ code: z.string(), name: z.string(), nameHi: z.string() }),
  })
  .meta({ id: 'PersonHit' });
export const personSearchAnswer = z.strictObject({ results: z.array(personHitSchema), elsewhere: z.array(elsewhereSchema) }).meta({ id: 'PersonSearchAnswer' });

export const samePersonMarkSchema = z
  .strictObject({
    id: z.string(),
    personA: z.string(),
    personB: z.string(),
    reason: z.string(),
    markedBy: z.string(),
    markedAt: z.string(),
    withdrawnBy: z.string().nullable(),
    withdrawnAt: z.string().nullable(),
    withdrawReason: z.string().nullable(),
  })
  .meta({ id: 'SamePersonMark' });
export const samePersonMarksSchema = z.strictObject({ marks: z.array(samePersonMarkSchema) });

/**
 * A search inside one unit the reader may read: the unit, what was found (at most `limit`), how
 * many in all, and whether the search stopped at its cap — then `total` counts only what it read,
 * and the reader must be told to narrow the search.
 */
const unitSearchAnswer = <T extends z.ZodType>(result: T) =>
  z.strictObject({
    unit: unitRefSchema,
    results: z.array(result),
    total: z.number().int().meta({ description: 'How many matched; more than `results` holds when the answer is cut at `limit`' }),
    truncated: z.boolean().meta({ description: 'More matched than a search reads (narrow it): `total` counts only those read' }),
  });

export const accusedHitSchema = z
  .strictObject({
    person: z.strictObject({ id: z.string(), name: z.string() }),
    accusedCode: z.string().nullable().meta({ description: 'A1 …, given at the first memo; null for an accused never arrested' }),
    status: z.enum(ACCUSED_STATUSES),
    since: z.string().meta({ description: 'Since when the accused stands so; for one never arrested, the registration of the FIR' }),
    productionDueAt: z.string().nullable().meta({ description: 'When the production before the Magistrate was due (BNSS 58), for status=production_overdue' }),
    fir: z.strictObject({ id: z.string(), number: z.string(), station: unitRefSchema, registeredAt: z.string(), crimeHead: z.string().nullable(), sections: z.array(sectionRefSchema) }),
  })
  .meta({ id: 'AccusedHit', description: 'An accused of a case and where they stand; protected persons withheld from the reader are never among them.' });
export const accusedSearchAnswer = unitSearchAnswer(accusedHitSchema).meta({ id: 'AccusedSearchAnswer' });

export const propertySearchAnswer = unitSearchAnswer(propertyItemSchema).meta({ id: 'PropertySearchAnswer' });
