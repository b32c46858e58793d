import { z } from 'zod';
import { DISPOSAL_GROUNDS } from '../../domain/lost-property.js';
import { stolenCheckPublicSchema } from './stolen-property.js';
import { clockStateSchema, firViewSchema, mobilePhoneSchema, personViewSchema, vehicleSchema } from './records.js';

const unit = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });
const article = z.strictObject({
  kind: z.string(),
  description: z.string(),
  mobilePhone: mobilePhoneSchema.optional(),
  document: z.strictObject({ type: z.string(), number: z.string(), issuer: z.string().optional() }).optional(),
  vehicle: vehicleSchema.optional(),
  value: z.number().optional(),
});
const order = z.strictObject({ date: z.string(), courtCode: z.string(), reference: z.string() });

/** A lost article report as the reader may see it: a child informant masked, the free text redacted. */
export const lostReportSchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    number: z.string().meta({ description: 'Gap-free per station and year, e.g. MH-PUN-PS01/2026/LAR00001' }),
    reportedAt: z.string(),
    status: z.enum(['lost', 'found', 'converted']).meta({ description: 'found: an entry of found property holds it; converted: the loss was a theft and an FIR was registered' }),
    informant: personViewSchema.nullable(),
    lostAt: z.string(),
    lostPlace: z.string(),
    articles: z.array(article),
    circumstances: z.string().nullable(),
    gdEntry: z.strictObject({ id: z.string(), entryNo: z.number(), gdDate: z.string(), entryAt: z.string() }).nullable(),
    fir: z.strictObject({ id: z.string(), number: z.string() }).nullable(),
    foundProperty: z.array(z.strictObject({ id: z.string(), number: z.string(), stationCode: z.string(), status: z.enum(['unclaimed', 'returned', 'disposed']) })),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'LostReport' });
export const lostReportListSchema = z.strictObject({ lostReports: z.array(lostReportSchema) });
export const lostConvertedSchema = z.strictObject({ report: lostReportSchema, fir: firViewSchema });

const move = z.strictObject({ kind: z.string(), at: z.string(), handedBy: z.string(), receivedBy: z.string(), destination: z.string().nullable(), orderRef: z.string().nullable() });

/** An entry of found / unclaimed property, with its custody, the Magistrate's steps, its claim-period clock and what its handset matches. */
export const foundPropertySchema = z
  .strictObject({
    id: z.string(),
    stationCode: z.string(),
    number: z.string().meta({ description: 'Gap-free per station and year, e.g. MH-PUN-PS01/2026/FP00001' }),
    registeredAt: z.string(),
    foundAt: z.string(),
    foundPlace: z.string(),
    receivedAt: z.string(),
    handedInBy: personViewSchema.nullable(),
    article,
    perishable: z.boolean(),
    remarks: z.string().nullable(),
    status: z.enum(['unclaimed', 'returned', 'disposed']),
    custody: z.strictObject({ place: z.string(), since: z.string().nullable(), moves: z.array(move) }),
    magistrateReport: z
      .strictObject({
        courtCode: z.string(),
        court: unit,
        reportedOn: z.string(),
        reference: z.string(),
        proclamation: z.strictObject({ date: z.string(), reference: z.string() }).nullable(),
      })
      .nullable(),
    claim: z
      .strictObject({
        at: z.string(),
        claimant: personViewSchema.nullable(),
        identity: z.strictObject({ document: z.string(), number: z.string() }).nullable(),
        proof: z.string(),
        order,
        lostReport: z.strictObject({ id: z.string(), number: z.string() }).nullable(),
      })
      .nullable(),
    disposal: z.strictObject({ at: z.string(), ground: z.enum(DISPOSAL_GROUNDS), order, manner: z.string() }).nullable(),
    clocks: z
      .array(clockStateSchema)
      .meta({ description: 'The claim period: six months from the Magistrate’s proclamation (BNSS 503(2)); overdue = ended unclaimed, a disposal order may be sought (BNSS 504)' }),
    matches: stolenCheckPublicSchema
      .pick({ state: true, reports: true, lostReports: true })
      .nullable()
      .meta({ description: 'A handset: the stolen/lost check of its IMEI (FIRs and lost reports naming it)' }),
    textWithheld: z.boolean(),
  })
  .meta({ id: 'FoundProperty' });
export const foundPropertyListSchema = z.strictObject({ foundProperty: z.array(foundPropertySchema) });
