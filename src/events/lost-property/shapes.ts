import { z } from 'zod';

/** An article as stored in a lost report or found-property event (its IMEIs already canonical). */
export const articleShape = z.strictObject({
  kind: z.string().min(1),
  description: z.string(),
  mobilePhone: z
    .strictObject({
      imei: z.string().regex(/^\d{15}$/),
      imei2: z
        .string()
        .regex(/^\d{15}$/)
        .optional(),
      make: z.string().optional(),
      model: z.string().optional(),
      colour: z.string().optional(),
    })
    .optional(),
  document: z.strictObject({ type: z.string(), number: z.string(), issuer: z.string().optional() }).optional(),
  vehicle: z
    .strictObject({
      registration: z.string().optional(),
      engineNo: z.string().optional(),
      chassisNo: z.string().optional(),
      make: z.string().optional(),
      model: z.string().optional(),
      colour: z.string().optional(),
    })
    .optional(),
  value: z.number().int().nonnegative().optional(),
});
export type ArticleShape = z.output<typeof articleShape>;

/** A custody movement of found property, in the property room's terms (custodyMoves of investigation-codes.json). */
export const moveShape = z.strictObject({
  kind: z.string().min(1),
  at: z.iso.datetime(),
  handedBy: z.string().min(1),
  receivedBy: z.string().min(1),
  destination: z.string().nullable(),
  orderRef: z.string().nullable(),
});
export type MoveShape = z.output<typeof moveShape>;

export const orderShape = z.strictObject({ date: z.iso.date(), courtCode: z.string().min(1), reference: z.string().min(1) });

/** The IMEIs of these articles, for the stolen/lost check. */
export function imeiRows(recordType: 'lost_report' | 'found_property', recordId: string, articles: readonly ArticleShape[]) {
  return articles.flatMap((a, item) =>
    a.mobilePhone ? [...new Set([a.mobilePhone.imei, a.mobilePhone.imei2].filter((x): x is string => !!x))].map((imei) => ({ record_type: recordType, record_id: recordId, item, imei })) : [],
  );
}
