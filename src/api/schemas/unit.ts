import { z } from 'zod';

export const unitSchema = z
  .strictObject({
    code: z.string(),
    kind: z.string(),
    parentCode: z.string().nullable(),
    depth: z.number().int(),
    nameEn: z.string(),
    nameHi: z.string(),
    category: z.string().nullable(),
    demo: z.boolean(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'Unit' });

export const unitListSchema = z.strictObject({ units: z.array(unitSchema) });
export const stationListSchema = z.strictObject({ stations: z.array(unitSchema) });

const count = z.number().int().nonnegative();
const counts = <K extends string>(...keys: K[]) => z.strictObject(Object.fromEntries(keys.map((k) => [k, count])) as Record<K, typeof count>);

/** One station's registers counted (or a unit's totals): numbers only, never a person. */
export const registerCountsSchema = z
  .strictObject({
    ncReports: counts('thisFortnight', 'thisYear', 'diariesOwed', 'diariesOverdue'),
    missingPersons: counts('open', 'children', 'tracedThisMonth'),
    foundPersons: counts('open', 'children', 'cwcOverdue'),
    unidentifiedBodies: counts('open', 'inquestsDue', 'inquestsOverdue'),
    stolenVehicles: counts('stolen', 'recovered'),
    stolenPhones: counts('stolen', 'recovered'),
    lostReports: counts('open'),
    foundProperty: counts('unclaimed', 'claimPeriodsRunOut'),
  })
  .meta({ id: 'RegisterCounts' });

export const unitRegisterCountsSchema = z
  .strictObject({
    unit: z.strictObject({ code: z.string(), kind: z.string(), nameEn: z.string(), nameHi: z.string() }),
    /** Today in IST, and the fortnight and month the counts "this fortnight / month" are of. */
    date: z.string(),
    fortnight: z.strictObject({ start: z.string(), end: z.string() }),
    stations: z.array(z.strictObject({ code: z.string(), parentCode: z.string().nullable(), nameEn: z.string(), nameHi: z.string(), counts: registerCountsSchema })),
    totals: registerCountsSchema,
  })
  .meta({ id: 'UnitRegisterCounts' });
