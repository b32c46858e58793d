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
