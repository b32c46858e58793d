/**
 * The investigation's code lists and limits (IIF-2 to IIF-7): the shape of
 * reference/law/investigation-codes.json and reference/law/state-capitals.csv, validated here and
 * passed to the rules in src/domain/ by their callers (src/records/investigation-reference.ts reads
 * the files). Law is data: no code, limit or weight of these lists is written in the rules.
 */
import { z } from 'zod';

const codeSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower-case words joined by underscores');
const devanagari = z.string().regex(/[\u0900-\u097F]/, 'needs a Hindi (Devanagari) label');

const labelled = {
  code: codeSchema,
  en: z.string().min(1),
  hi: devanagari,
};

const entrySchema = z.strictObject(labelled);

export type CodeEntry = z.infer<typeof entrySchema>;

function uniqueCodes<T extends { code: string }>(list: T[], ctx: z.RefinementCtx, path: (string | number)[]): void {
  const seen = new Set<string>();
  list.forEach((e, i) => {
    if (seen.has(e.code)) ctx.addIssue({ code: 'custom', path: [...path, i, 'code'], message: `duplicate code ${e.code}` });
    seen.add(e.code);
  });
}

const list = <T extends z.ZodType<{ code: string }>>(item: T) =>
  z
    .array(item)
    .min(1)
    .superRefine((l, ctx) => uniqueCodes(l, ctx, []));

const instant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));

/** Where an accused stands by the arrest memos, the custody ledger and a declaration of absconding (src/domain/accused-custody.ts). */
export const ACCUSED_STATUSES = ['not_arrested', 'arrested', 'police_custody', 'judicial_custody', 'on_bail', 'absconding'] as const;
export type AccusedStatus = (typeof ACCUSED_STATUSES)[number];

/** The four statuses of the accused column of the printed IIF-5. */
export const IIF5_STATUSES = ['arrested', 'bailed', 'absconding', 'not-arrested'] as const;
export type Iif5Status = (typeof IIF5_STATUSES)[number];

const PLACES = ['none', 'malkhana', 'fsl', 'court', 'owner', 'disposed'] as const;
export type CustodyPlace = (typeof PLACES)[number];

const fileSchema = z
  .strictObject({
    version: z.string().min(1),
    note: z.string().min(1),
    sources: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), citation: z.string().min(1), secondary: z.boolean() })).min(1),
    moGroups: list(z.strictObject({ ...labelled, weight: z.number().positive(), codes: list(entrySchema) })),
    placeTypes: list(entrySchema),
    motives: list(entrySchema),
    finalReportKinds: list(
      z.strictObject({
        ...labelled,
        kind: z.enum(['charge_sheet', 'closure']),
        needsReason: z.boolean(),
        source: z.string().min(1),
        /** A State's own name for the kind, by State code (e.g. Maharashtra's "'A' summary"). */
        stateLabels: z.record(z.string().regex(/^[A-Z]{2}$/), z.strictObject({ en: z.string().min(1), hi: devanagari })),
      }),
    ),
    /**
     * A final report's statuses of the accused. `custody`: the custody record's statuses it agrees
     * with (a report giving another is refused); `form`: the printed IIF-5's status; `sentUp`:
     * whether an accused of this status may be charged.
     */
    accusedStatuses: list(z.strictObject({ ...labelled, custody: z.array(z.enum(ACCUSED_STATUSES)).min(1), form: z.enum(IIF5_STATUSES), sentUp: z.boolean() })),
    arrestOutcomes: list(z.strictObject({ ...labelled, arrest: z.boolean(), custody: z.enum(['police', 'judicial', 'bail']).nullable() })),
    custodyKinds: list(z.strictObject({ ...labelled, code: z.enum(['police', 'judicial', 'bail']) })),
    custodyPlaces: list(z.strictObject({ ...labelled, code: z.enum(PLACES).exclude(['none']) })),
    custodyMoves: list(
      z.strictObject({
        ...labelled,
        from: z.array(z.enum(PLACES)).min(1),
        to: z.enum(PLACES).exclude(['none']),
        needsDestination: z.boolean(),
        needsOrder: z.boolean(),
        /**
         * The item goes from the malkhana that holds it to the malkhana of the unit now investigating
         * the case (after a transfer): the place stays a malkhana, the station keeping it changes.
         */
        toCaseUnit: z.boolean().optional(),
      }),
    ),
    courtOutcomes: list(entrySchema),
    appealResults: list(entrySchema),
    handcuffCategories: list(entrySchema),
    informedRelationships: list(z.strictObject({ ...labelled, group: z.enum(['relative', 'friend', 'other']) })),
    policeRanks: list(z.strictObject({ ...labelled, level: z.number().int().positive() })),
    arrestRules: z.strictObject({
      seniorPermission: z.strictObject({
        ageAbove: z.number().int().positive(),
        maxYearsBelow: z.number().positive(),
        minRank: codeSchema,
        /** Whether an unknown maximum punishment asks for the permission ('requires') or not. */
        unknownMaxYears: z.enum(['requires', 'exempts']),
        source: z.string().min(1),
      }),
      womanAtNight: z.strictObject({
        genders: z.array(z.string().min(1)).min(1),
        sunZenithDegrees: z.number().min(90).max(108),
        /** Minutes added to both ends of the night when the station's own coordinates are unknown. */
        fallbackMarginMinutes: z.number().int().nonnegative(),
        source: z.string().min(1),
      }),
    }),
    custodyLimits: z
      .array(
        z.strictObject({
          law: z.string().min(1),
          appliesFrom: instant.nullable(),
          appliesUntil: instant.nullable(),
          policeCustodyMaxDays: z.number().int().positive(),
          policeCustodyWindows: z.array(z.strictObject({ detentionDays: z.number().int().positive(), windowDays: z.number().int().positive() })).min(1),
          source: z.string().min(1),
        }),
      )
      .min(1),
    moSimilarity: z.strictObject({
      components: z.strictObject({ mo: z.number().nonnegative(), crimeHead: z.number().nonnegative(), place: z.number().nonnegative(), recency: z.number().nonnegative() }),
      placeScaleKm: z.number().positive(),
      recencyScaleDays: z.number().positive(),
      note: z.string().min(1),
    }),
  })
  .superRefine((f, ctx) => {
    const all = f.moGroups.flatMap((g) => g.codes.map((c) => c.code));
    const dup = all.find((c, i) => all.indexOf(c) !== i);
    if (dup) ctx.addIssue({ code: 'custom', path: ['moGroups'], message: `MO code ${dup} is in two groups` });
    if (!f.policeRanks.some((r) => r.code === f.arrestRules.seniorPermission.minRank)) {
      ctx.addIssue({ code: 'custom', path: ['arrestRules', 'seniorPermission', 'minRank'], message: 'is not a rank of policeRanks' });
    }
    const w = f.moSimilarity.components;
    if (Math.abs(w.mo + w.crimeHead + w.place + w.recency - 1) > 1e-9) ctx.addIssue({ code: 'custom', path: ['moSimilarity', 'components'], message: 'weights must add up to 1' });
    const initial = f.custodyMoves.filter((m) => m.from.includes('none'));
    if (initial.length === 0) ctx.addIssue({ code: 'custom', path: ['custodyMoves'], message: 'no move takes an item into custody (from "none")' });
    f.custodyMoves.forEach((m, i) => {
      if (m.from.includes(m.to) && !m.toCaseUnit) ctx.addIssue({ code: 'custom', path: ['custodyMoves', i, 'from'], message: 'a move must change the place (or, to the case unit, the station)' });
      if (m.toCaseUnit && (m.to !== 'malkhana' || m.from.some((f) => f !== 'malkhana'))) {
        ctx.addIssue({ code: 'custom', path: ['custodyMoves', i, 'toCaseUnit'], message: 'a move to the case unit goes from one malkhana to another' });
      }
    });
  });

export type InvestigationCodesFile = z.infer<typeof fileSchema>;
export type FinalReportKind = InvestigationCodesFile['finalReportKinds'][number];
export type CustodyMoveKind = InvestigationCodesFile['custodyMoves'][number];
export type ArrestOutcome = InvestigationCodesFile['arrestOutcomes'][number];
export type CustodyLimit = InvestigationCodesFile['custodyLimits'][number];
export type MoSimilarityWeights = InvestigationCodesFile['moSimilarity'];
export type ArrestRules = InvestigationCodesFile['arrestRules'];

export interface LatLon {
  lat: number;
  lon: number;
}

/** Everything the investigation rules are given: the code lists and the capitals' coordinates. */
export interface InvestigationCodes extends InvestigationCodesFile {
  /** State code → its capital's coordinates (the fallback place for sunrise and sunset). */
  stateCapitals: ReadonlyMap<string, LatLon & { capital: string }>;
}

/** Validates reference/law/investigation-codes.json (parsed) and the rows of state-capitals.csv. */
export function parseInvestigationCodes(json: unknown, capitals: readonly Record<string, string>[]): InvestigationCodes {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`investigation codes are invalid: ${z.prettifyError(parsed.error)}`);
  const stateCapitals = new Map<string, LatLon & { capital: string }>();
  capitals.forEach((r, i) => {
    const lat = Number(r.lat);
    const lon = Number(r.lon);
    // India lies between about 6 and 38 degrees north and 68 and 98 degrees east.
    if (!/^[A-Z]{2}$/.test(r.state_code ?? '') || !r.capital || !(lat >= 6 && lat <= 38) || !(lon >= 68 && lon <= 98)) {
      throw new Error(`state-capitals.csv row ${i + 1}: needs state_code, capital, and lat/lon within India`);
    }
    if (stateCapitals.has(r.state_code!)) throw new Error(`state-capitals.csv: ${r.state_code} is listed twice`);
    stateCapitals.set(r.state_code!, { capital: r.capital, lat, lon });
  });
  return { ...parsed.data, stateCapitals };
}

/** Every code of the MO lists, with its group. */
export function moGroupOf(codes: Pick<InvestigationCodes, 'moGroups'>): ReadonlyMap<string, string> {
  return new Map(codes.moGroups.flatMap((g) => g.codes.map((c) => [c.code, g.code] as const)));
}

/** The label of a final report kind as the State names it (the national label when it has none). */
export function finalReportLabel(kind: FinalReportKind, stateCode: string | null): { en: string; hi: string } {
  return (stateCode ? kind.stateLabels[stateCode] : undefined) ?? { en: kind.en, hi: kind.hi };
}

/** The custody limits in force for an investigation begun (information recorded) at `recordedAt`. */
export function custodyLimitFor(recordedAt: Date, codes: Pick<InvestigationCodes, 'custodyLimits'>): CustodyLimit | null {
  const t = recordedAt.getTime();
  return codes.custodyLimits.find((l) => (!l.appliesFrom || t >= l.appliesFrom.getTime()) && (!l.appliesUntil || t < l.appliesUntil.getTime())) ?? null;
}

/** A field problem: the same shape as FieldError of src/errors.ts (which domain/ may not import), so services pass it to fieldProblem(). */
export type FieldProblem = { path: string; message: string };
