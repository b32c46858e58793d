import { z } from 'zod';
import { firListItemSchema } from './records.js';

/** Response shapes of record search, for the OpenAPI document. */
export const elsewhereSchema = z
  .object({ unitCode: z.string(), unitName: z.string(), unitNameHi: z.string(), contact: z.string().nullable(), count: z.number().int() })
  .meta({ id: 'SearchElsewhere', description: 'Matches held outside the searcher’s jurisdiction: only which unit holds how many, and its telephone.' });

const unitRefSchema = z.object({ code: z.string(), nameEn: z.string(), nameHi: z.string() });

/** Every search answers the same way: what may be shown, how much of it, and who else holds matches. */
const searchAnswer = <T extends z.ZodType>(result: T) => z.object({ results: z.array(result), total: z.number().int(), elsewhere: z.array(elsewhereSchema) });

export const vehicleSearchAnswer = searchAnswer(
  z
    .object({
      fir: z.object({ id: z.string(), number: z.string(), shortNumber: z.string(), station: unitRefSchema, registeredAt: z.string(), status: z.string() }),
      vehicle: z.object({ registration: z.string().optional(), engineNo: z.string().optional(), chassisNo: z.string().optional(), make: z.string().optional(), model: z.string().optional(), colour: z.string().optional() }),
      matchedOn: z.enum(['registration', 'engineNo', 'chassisNo']),
    })
    .meta({ id: 'VehicleHit' }),
);

export const phoneSearchAnswer = searchAnswer(
  z
    .object({
      person: z.object({ id: z.string(), name: z.string(), aliases: z.array(z.string()), relativeName: z.string().nullable(), relativeKind: z.string().nullable(), gender: z.string(), age: z.number().int().nullable(), phones: z.array(z.string()) }),
      records: z.array(z.object({ recordType: z.string(), recordId: z.string(), role: z.string(), number: z.string(), stationCode: z.string() })),
    })
    .meta({ id: 'PhoneHit', description: 'A person with this phone number; protected identities are never among them.' }),
);

export const firSearchAnswer = searchAnswer(
  firListItemSchema.extend({ snippet: z.string().nullable() }).meta({ id: 'FirHit', description: 'An FIR list item with an extract of the brief facts around the words searched for (none in a sensitive case unless the reader may see identities).' }),
);
