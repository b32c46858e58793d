import { z } from 'zod';
import { ACCUSED_STATUSES } from '../../domain/accused-custody.js';
import { accusedPersonSchema, clockStateSchema, sectionRefSchema } from './records.js';

const custodyKind = z.enum(['police', 'judicial', 'bail']);
const namedUnit = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });

export const accusedSchema = z
  .strictObject({
    person: accusedPersonSchema,
    code: z.string().nullable().meta({ description: 'A1 … A9, B1 …: given at the first memo, the same for the whole case' }),
    status: z.enum(ACCUSED_STATUSES),
    absconding: z.strictObject({ since: z.string(), note: z.string() }).nullable(),
    arrests: z.array(
      z.strictObject({
        id: z.string(),
        kind: z.enum(['arrest', 'surrender']),
        outcome: z.string(),
        at: z.string(),
        place: z.string(),
        court: z.string().nullable(),
        gdEntryId: z.string(),
        handcuffed: z.boolean(),
        production: z.strictObject({ at: z.string(), court: z.string(), magistrate: z.string() }).nullable(),
      }),
    ),
    custody: z.array(z.strictObject({ kind: custodyKind, from: z.string(), until: z.string().nullable(), court: z.string().nullable(), orderReference: z.string().nullable() })),
    clocks: z.array(clockStateSchema).meta({ description: "This accused's clocks: production within 24 hours (BNSS 58), default bail (BNSS 187(3))" }),
  })
  .meta({ id: 'Accused', description: 'An accused of a case: code, where they stand, memos, the custody ledger and their clocks.' });

const offence = z.strictObject({ crimeHead: z.string().nullable(), sections: z.array(sectionRefSchema) });

export const arrestedListSchema = z
  .strictObject({
    unit: namedUnit,
    from: z.string(),
    to: z.string(),
    persons: z.array(
      z.strictObject({
        person: z.union([z.strictObject({ name: z.string(), address: z.string().nullable(), masked: z.literal(false) }), z.strictObject({ masked: z.literal(true) })]),
        offence,
        station: namedUnit,
        firId: z.string().meta({ description: 'The case file: /api/v1/cases/{firId}' }),
        firNumber: z.string(),
        accusedCode: z.string(),
        arrestedAt: z.string(),
      }),
    ),
    withheld: z.number().int().meta({ description: 'Arrests left off the list: juveniles and persons of unknown age (never displayed)' }),
  })
  .meta({ id: 'ArrestedPersons', description: 'Persons arrested at a police station or in a district (BNSS 37).' });
