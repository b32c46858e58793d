/**
 * The rules of the steps that end an investigation and follow it to court, beside those of
 * final-report-rules.ts (the report itself): crime details (IIF-2), the supervisory review a
 * State asks for, the court a report goes to, the court's case number, hearings, disposal (IIF-6)
 * and appeal (IIF-7). Pure: code lists, courts and the States' review rules are data passed in
 * (src/records/court-reference.ts reads reference/courts/ and reference/law/final-report-review.json).
 */
import { z } from 'zod';
import { istDate } from './ist.js';
import { moGroupOf, type FieldProblem as FieldError, type FinalReportKind, type InvestigationCodes } from './investigation-codes.js';
import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';
import type { UnitKind } from './units.js';

const courtSchema = z.strictObject({
  code: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/),
  /** The district (or, for a High Court, the State) whose cases it hears. */
  unitCode: z.string().min(1),
  level: z.enum(['magistrate', 'sessions', 'high_court']),
  nameEn: z.string().min(1),
  nameHi: z.string().regex(/[\u0900-\u097F]/, 'needs a Hindi (Devanagari) name'),
});
export type Court = z.infer<typeof courtSchema>;

const courtsFileSchema = z.strictObject({ version: z.string().min(1), note: z.string().min(1), courts: z.array(courtSchema).min(1) }).superRefine((f, ctx) => {
  const seen = new Set<string>();
  f.courts.forEach((c, i) => {
    if (seen.has(c.code)) ctx.addIssue({ code: 'custom', path: ['courts', i, 'code'], message: `duplicate court code ${c.code}` });
    seen.add(c.code);
  });
});

/** Reviewing levels: the lowest kind of unit a reviewing supervisor is posted at. */
const REVIEW_LEVELS = ['subdivision', 'district', 'state'] as const satisfies readonly UnitKind[];
export type ReviewLevel = (typeof REVIEW_LEVELS)[number];

const reviewRulesSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  /** State code → final report kind code, or class ('charge_sheet' / 'closure') → level. */
  states: z.record(z.string().regex(/^[A-Z]{2}$/), z.record(z.string().min(1), z.enum(REVIEW_LEVELS))),
});
export type FinalReportReviewRules = z.infer<typeof reviewRulesSchema>;

export function parseCourts(json: unknown): Court[] {
  const parsed = courtsFileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`the courts list is invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data.courts;
}

export function parseReviewRules(json: unknown, codes: Pick<InvestigationCodes, 'finalReportKinds'>): FinalReportReviewRules {
  const parsed = reviewRulesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`the final report review rules are invalid: ${z.prettifyError(parsed.error)}`);
  const known = new Set(['charge_sheet', 'closure', ...codes.finalReportKinds.map((k) => k.code)]);
  for (const [state, byKind] of Object.entries(parsed.data.states))
    for (const key of Object.keys(byKind)) if (!known.has(key)) throw new Error(`final report review rules: ${state}.${key} is neither a final report kind nor a class`);
  return parsed.data;
}

/** The level of supervisor who must approve a report of this kind in this State before it is forwarded, or null: none. */
export function reviewLevelFor(kind: FinalReportKind, stateCode: string | null, rules: FinalReportReviewRules): ReviewLevel | null {
  const byKind = stateCode ? rules.states[stateCode] : undefined;
  return byKind?.[kind.code] ?? byKind?.[kind.kind] ?? null;
}

/** The courts that hear the cases of a unit: those of its district and of its State, from its path (/IN/MH/MH-PUN/…). */
export function courtsFor(unitPath: string, courts: readonly Court[]): Court[] {
  const above = new Set(unitPath.split('/').filter(Boolean));
  return courts.filter((c) => above.has(c.unitCode));
}

/** The FIR's status once a final report of this kind is filed: the only way a case closes. */
export function firStatusOnFiling(kind: FinalReportKind): 'charge_sheeted' | 'closed' {
  return kind.kind === 'charge_sheet' ? 'charge_sheeted' : 'closed';
}

export interface CrimeDetailsDraft {
  crimeHead: string;
  placeType: string;
  motive?: string | undefined;
  moCodes: readonly string[];
}

/** Crime details name codes of the lists and a crime head of the law data. */
export function crimeDetailsProblems(d: CrimeDetailsDraft, codes: Pick<InvestigationCodes, 'moGroups' | 'placeTypes' | 'motives'>, crimeHeads: ReadonlySet<string>): FieldError[] {
  const problems: FieldError[] = [];
  if (!crimeHeads.has(d.crimeHead)) problems.push({ path: 'crimeHead', message: 'is not a crime head of the law data' });
  if (!codes.placeTypes.some((p) => p.code === d.placeType)) problems.push({ path: 'placeType', message: 'is not a place type of the code list' });
  if (d.motive !== undefined && !codes.motives.some((m) => m.code === d.motive)) problems.push({ path: 'motive', message: 'is not a motive of the code list' });
  const groups = moGroupOf(codes);
  const seen = new Set<string>();
  d.moCodes.forEach((c, i) => {
    if (!groups.has(c)) problems.push({ path: `moCodes.${i}`, message: 'is not a modus operandi code of the code list' });
    else if (seen.has(c)) problems.push({ path: `moCodes.${i}`, message: 'is listed twice' });
    seen.add(c);
  });
  return problems;
}

/** A step that happened: not in the future, not before the information reached the police. */
export function happenedProblems(path: string, at: string, c: { infoReceivedAt: string }, now: Date): FieldError[] {
  const t = new Date(at).getTime();
  if (t > now.getTime() + CLOCK_TOLERANCE_MS) return [{ path, message: 'cannot be in the future' }];
  if (t < new Date(c.infoReceivedAt).getTime()) return [{ path, message: 'is before the information reached the police station' }];
  return [];
}

/** A calendar date (IST) that has come: not after today, not before `earliest` (a date or instant) when given. */
export function dateProblems(path: string, date: string, now: Date, earliest?: { at: string; what: string }): FieldError[] {
  if (date > istDate(now)) return [{ path, message: 'cannot be in the future' }];
  if (earliest) {
    const floor = earliest.at.length > 10 ? istDate(new Date(earliest.at)) : earliest.at;
    if (date < floor) return [{ path, message: `is before ${earliest.what}` }];
  }
  return [];
}

type SectionLike = { act: string; section: string };
const sectionKey = (s: SectionLike) => `${s.act.toUpperCase()} ${s.section}`;

/** A disposal gives one outcome of the code list per accused of the case and section, each pair once. */
export function disposalProblems(
  outcomes: readonly { personId: string; section: SectionLike; outcome: string }[],
  c: { accused: ReadonlySet<string>; sections: readonly SectionLike[] },
  codes: Pick<InvestigationCodes, 'courtOutcomes'>,
): FieldError[] {
  const problems: FieldError[] = [];
  const sections = new Set(c.sections.map(sectionKey));
  const seen = new Set<string>();
  outcomes.forEach((o, i) => {
    if (!c.accused.has(o.personId)) problems.push({ path: `outcomes.${i}.personId`, message: 'is not an accused of this case' });
    if (!sections.has(sectionKey(o.section))) problems.push({ path: `outcomes.${i}.section`, message: 'is not a section of this case (its FIR or a final report)' });
    if (!codes.courtOutcomes.some((k) => k.code === o.outcome)) problems.push({ path: `outcomes.${i}.outcome`, message: `must be one of ${codes.courtOutcomes.map((k) => k.code).join(', ')}` });
    const key = `${o.personId} ${sectionKey(o.section)}`;
    if (seen.has(key)) problems.push({ path: `outcomes.${i}`, message: 'gives this accused and section twice' });
    seen.add(key);
  });
  return problems;
}

/** An appeal's results concern accused whose case the court decided, with results of the code list. */
export function appealProblems(results: readonly { personId: string; result: string }[], decided: ReadonlySet<string>, codes: Pick<InvestigationCodes, 'appealResults'>): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  results.forEach((r, i) => {
    if (!decided.has(r.personId)) problems.push({ path: `results.${i}.personId`, message: 'is not an accused whose case the court has decided' });
    else if (seen.has(r.personId)) problems.push({ path: `results.${i}.personId`, message: 'is listed twice' });
    seen.add(r.personId);
    if (!codes.appealResults.some((k) => k.code === r.result)) problems.push({ path: `results.${i}.result`, message: `must be one of ${codes.appealResults.map((k) => k.code).join(', ')}` });
  });
  return problems;
}
