import { z } from 'zod';
import { mobilePhoneSchema, vehicleSchema } from './records.js';

const unit = z.strictObject({ code: z.string(), nameEn: z.string(), nameHi: z.string() });
const kind = z.enum(['vehicle', 'mobile_phone']);
const state = z.enum(['stolen', 'recovered']);
/** A lost article report of the handset (lost, or found once found property holds it), or the found-property entry holding it. */
const lostReport = z.strictObject({ state: z.enum(['lost', 'found']), number: z.string(), station: unit, reportedAt: z.string(), foundAt: z.string().nullable() });

/**
 * The public part of a stolen-property check: what anyone may be told of a number — whether it is
 * reported stolen or recovered, the FIR number, station and dates. No person, no case details:
 * the citizen portal answers with exactly this.
 */
export const stolenCheckPublicSchema = z
  .strictObject({
    checked: z.strictObject({ by: z.enum(['registration', 'engine', 'chassis', 'imei']), number: z.string() }),
    state: z.enum(['stolen', 'lost', 'found', 'recovered', 'not_recorded']),
    reports: z.array(z.strictObject({ kind, state, firNumber: z.string(), station: unit, reportedAt: z.string(), recoveredAt: z.string().nullable() })),
    lostReports: z.array(lostReport).meta({ description: 'Lost article reports of a handset and the found-property entries holding it (IMEI checks only)' }),
  })
  .meta({ id: 'StolenCheckPublic' });

/** A vehicle or handset on a station's register, as officers with the case in their jurisdiction see it. */
const article = z.strictObject({
  firId: z.string(),
  firNumber: z.string(),
  /** Its index among the FIR's properties (0 the first): what a seized item's recoversProperty names. */
  item: z.number().int(),
  kind,
  crimeHead: z.string().nullable(),
  state,
  recoveredAt: z.string().nullable(),
  recoveredItemId: z.string().nullable(),
  vehicle: vehicleSchema.optional(),
  mobilePhone: mobilePhoneSchema.optional(),
});

/** The officers' answer: the public part, and the cases inside the caller's jurisdiction. */
export const stolenCheckSchema = stolenCheckPublicSchema
  .extend({
    records: z.array(article),
    lostRecords: z.array(z.strictObject({ type: z.enum(['lost_report', 'found_property']), id: z.string(), number: z.string() })),
  })
  .meta({ id: 'StolenCheck' });

const counts = z.strictObject({ stolen: z.number().int(), recovered: z.number().int() });
export const stolenCountsSchema = z.strictObject({ vehicles: counts, mobilePhones: counts });

export const stolenRegisterSchema = z.strictObject({
  counts: stolenCountsSchema,
  total: z.number().int(),
  items: z.array(article.extend({ reportedAt: z.string() })),
});
