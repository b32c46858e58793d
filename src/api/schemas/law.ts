import { z } from 'zod';
import { normaliseSection } from '../../domain/law-catalogue-rules.js';
import { correctionMeta, lawSectionChanges } from '../../records/law-catalogue.js';
import { safeText } from '../../domain/schemas/common.js';

const triState = z.enum(['yes', 'no', 'depends', 'unknown']);
const sectionRef = z.strictObject({ act: z.string(), section: z.string() });

export const lawSectionSchema = z
  .strictObject({
    act: z.string(),
    section: z.string(),
    title: z.string(),
    titleHi: z.string().nullable(),
    chapter: z.string().nullable(),
    maxPunishment: z.string(),
    maxYears: z.number().nullable().meta({ description: 'Years of the maximum punishment; life = 100, death = 200' }),
    cognizable: triState,
    bailable: triState,
    triableBy: z.string().nullable(),
    equivalents: z.array(sectionRef),
    sensitive: z.boolean(),
    crimeHead: z.string().nullable(),
    version: z.number().int().meta({ description: '1 as seeded, +1 per correction; 0 for an uncatalogued section of a special act' }),
    source: z.string(),
  })
  .meta({ id: 'LawSection' });

export const lawSearchHitSchema = z
  .strictObject({
    kind: z.enum(['section', 'act']),
    matchedBy: z.enum(['section', 'subsection', 'equivalent', 'prefix', 'title', 'keyword', 'act']),
    via: sectionRef.optional(),
    keyword: z.string().optional(),
    applicable: z.boolean().nullable().meta({ description: 'Whether the section applies to the offence date; null without a date' }),
    section: lawSectionSchema,
  })
  .meta({ id: 'LawSearchHit' });

/** A field a correction changed: its value before (null if it had none) and after. */
const change = <T extends z.ZodType>(value: T) => z.strictObject({ from: value.nullable(), to: value.nullable() }).optional();

export const lawVersionSchema = z
  .strictObject({
    eventId: z.string(),
    version: z.number().int(),
    changes: z.strictObject({
      title: change(z.string()),
      titleHi: change(z.string()),
      maxPunishment: change(z.string()),
      maxYears: change(z.number()),
      cognizable: change(triState),
      bailable: change(triState),
      triableBy: change(z.string()),
      sensitive: change(z.boolean()),
      crimeHead: change(z.string()),
    }),
    reason: z.string(),
    source: z.string(),
    changedBy: z.string(),
    changedByUsername: z.string().nullable(),
    changedAt: z.string(),
  })
  .meta({ id: 'LawSectionVersion' });

export const lawActSchema = z
  .strictObject({
    code: z.string(),
    name: z.string(),
    year: z.number().int().nullable(),
    kind: z.enum(['penal', 'special', 'local']),
    stateCode: z.string().nullable(),
    source: z.string(),
  })
  .meta({ id: 'LawAct' });

/** A date-time with an offset, or a date (taken as 00:00 IST, when the BNS began at midnight). */
const occurredAt = safeText()
  .max(40)
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s))), {
    message: 'must be a date (2024-07-01) or a date and time with its offset (2024-07-01T00:00+05:30)',
  })
  .transform((s) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00+05:30` : s))
  .refine((d) => !Number.isNaN(d.getTime()), { message: 'is not a real date' });

export const lawSearchQuery = z.strictObject({
  q: safeText().min(1, 'type a section number, a word or an act').max(100, 'is too long'),
  occurredAt: occurredAt.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const lawSectionParams = z.strictObject({
  act: z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9_]{1,30}$/, 'is not an act code')
    .transform((s) => s.toUpperCase()),
  section: safeText()
    .max(40)
    .transform((s, ctx) => {
      const n = normaliseSection(s);
      if (!n) {
        ctx.addIssue({ code: 'custom', message: 'is not a section number (e.g. 303(2), 304B)' });
        return z.NEVER;
      }
      return n;
    }),
});

export const lawCorrectionBody = z.strictObject({
  changes: lawSectionChanges,
  reason: correctionMeta.shape.reason,
  source: correctionMeta.shape.source,
});

export const lawSearchAnswer = z.strictObject({ results: z.array(lawSearchHitSchema) });
export const lawActListSchema = z.strictObject({ acts: z.array(lawActSchema) });
export const lawSectionWithHistory = z.strictObject({ section: lawSectionSchema, history: z.array(lawVersionSchema) });
export const lawCorrectionResult = z.strictObject({ section: lawSectionSchema, version: lawVersionSchema });
