/**
 * Statutory clocks: one engine, driven by reference/law/statutory-clocks.json.
 *
 * Every rule in the data names a start event, a duration, a counting convention, a condition in a
 * small declarative language and the event(s) that meet it. The engine knows nothing about any
 * particular rule. Pure: the rules are passed in (src/records/clock-rules.ts reads the file), and
 * all calendar arithmetic is done in IST (UTC+05:30, no daylight saving) with plain offset
 * arithmetic, so the results never depend on the machine's time zone. See docs/clocks.md for the legal readings.
 */
import { z } from 'zod';

// ---------------------------------------------------------------------------------------------
// Facts and results

/** The records clocks run on: complaints, FIRs, unnatural deaths (the inquest, BNSS 194), found property (the claim period, BNSS 503(2)) and found persons (a child before the CWC, JJ Act s. 31). */
export const CLOCK_RECORD_KINDS = ['complaint', 'fir', 'unnatural_death', 'found_property', 'found_person'] as const;
export type ClockRecordKind = (typeof CLOCK_RECORD_KINDS)[number];

export interface ClockFacts {
  recordKind: ClockRecordKind;
  /** When the information was recorded (complaint received / FIR registered). */
  recordedAt: Date;
  /**
   * When the offence occurred. Only rules with appliesBy 'occurredAt' look at it (none in the
   * shipped data: under BNSS s. 531(2)(a) the procedure follows the date the investigation began,
   * i.e. recordedAt); when null such rules fall back to recordedAt.
   */
  occurredAt: Date | null;
  /** Highest maximum punishment among the sections, in years (life = 100, death = 200), null unknown. */
  maxYears: number | null;
  /**
   * Highest mandatory minimum punishment among the sections, in years (0 or null when none / not
   * known). Decides the 90-day charge-sheet limit for offences punishable with "ten years or more"
   * that are not punishable with death or life (BNSS 187(3)(i), read as in Rajeev Chaudhary).
   */
  minYears?: number | null;
  sensitive: boolean;
  /** e.g. ['rape'] (BNS 64-68, 70, 71 / IPC 376 family), ['pocso'] (POCSO 4, 6, 8, 10). */
  categories: string[];
  infoType?: 'written' | 'oral' | 'efir' | 'zero';
  /**
   * Dated events, e.g. { arrest, chargeSheetFiled, investigationCompleted, efirSigned,
   * publicUploaded, enquiryClosed, firRegistered, victimInformed }. Events after `now` are treated
   * as not yet having happened, so computeClocks(facts, t) is the state as of t.
   */
  events: Partial<Record<string, Date>>;
}

export type ClockStatus = 'running' | 'due_soon' | 'overdue' | 'met' | 'met_late';

export const CLOCK_STATUSES: readonly ClockStatus[] = ['running', 'due_soon', 'overdue', 'met', 'met_late'];

export interface ClockState {
  code: string;
  titleEn: string;
  titleHi: string;
  legalRef: string;
  startedAt: Date;
  /** The last instant at which the duty is still met (inclusive); for day and month counts 23:59:59.999 IST of the last day. */
  dueAt: Date;
  status: ClockStatus;
  metAt: Date | null;
  /** IST calendar date of the due date, YYYY-MM-DD */
  dueDateIst: string;
  /** dueAt − now, negative once past (also for met clocks). */
  remainingMs: number;
}

// ---------------------------------------------------------------------------------------------
// Rules (the shape of reference/law/statutory-clocks.json)

export type Counting = 'calendar-days-excluding-first' | 'calendar-days-including-first' | 'hours' | 'calendar-months';

/** A numeric range test: gte ≤ value < lt; `unknown` is the answer when the value is null. */
export interface RangeCondition {
  gte?: number;
  lt?: number;
  unknown: boolean;
}

/** Every key present must hold (AND). */
export interface ClockCondition {
  recordKind?: ClockRecordKind[];
  /** facts.infoType is one of these (a missing infoType never matches). */
  infoType?: string[];
  sensitive?: boolean;
  /** At least one of facts.categories is in this list. */
  anyCategory?: string[];
  maxYears?: RangeCondition;
  minYears?: RangeCondition;
  all?: ClockCondition[];
  any?: ClockCondition[];
  not?: ClockCondition;
}

export interface ClockRule {
  code: string;
  titleEn: string;
  titleHi: string;
  legalRef: string;
  /** Inclusive. */
  appliesFrom: Date | null;
  /** Exclusive. */
  appliesUntil: Date | null;
  /** Which date is compared with appliesFrom / appliesUntil. */
  appliesBy: 'recordedAt' | 'occurredAt';
  /** 'recorded' = facts.recordedAt; anything else names an entry of facts.events. */
  startEvent: string;
  duration: { days?: number; hours?: number; months?: number };
  counting: Counting;
  dueSoonBefore: { days?: number; hours?: number };
  condition: ClockCondition;
  /** Met by the earliest of these events. */
  metBy: string[];
  /**
   * Whose duty it is: the station that registered the record ('registration': signing an e-FIR,
   * uploading the FIR) or the unit investigating the case ('investigation', the default), which a
   * transfer hands to the receiving unit — whose dashboard then shows the clock.
   */
  duty: 'registration' | 'investigation';
  notes: string;
}

export interface ClockSource {
  id: string;
  title: string;
  citation: string;
}

export interface ClockRules {
  version: string;
  note?: string;
  sources: ClockSource[];
  rules: ClockRule[];
}

const COUNTING_UNIT: Record<Counting, 'days' | 'hours' | 'months'> = {
  'calendar-days-excluding-first': 'days',
  'calendar-days-including-first': 'days',
  hours: 'hours',
  'calendar-months': 'months',
};

const rangeSchema = z
  .strictObject({
    gte: z.number().optional(),
    lt: z.number().optional(),
    unknown: z.boolean().default(false),
  })
  .refine((r) => r.gte !== undefined || r.lt !== undefined, 'a range needs gte or lt');

const conditionSchema: z.ZodType<ClockCondition> = z.lazy(() =>
  z.strictObject({
    recordKind: z.array(z.enum(CLOCK_RECORD_KINDS)).min(1).optional(),
    infoType: z.array(z.string().min(1)).min(1).optional(),
    sensitive: z.boolean().optional(),
    anyCategory: z.array(z.string().min(1)).min(1).optional(),
    maxYears: rangeSchema.optional(),
    minYears: rangeSchema.optional(),
    all: z.array(conditionSchema).min(1).optional(),
    any: z.array(conditionSchema).min(1).optional(),
    not: conditionSchema.optional(),
  }),
);

const instantSchema = z.iso.datetime({ offset: true, error: 'must be a date and time with an offset, like 2024-07-01T00:00:00+05:30' }).transform((s) => new Date(s));

const positive = z.number().int().positive();

const ruleSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case words joined by hyphens'),
    titleEn: z.string().min(1),
    titleHi: z.string().min(1),
    legalRef: z.string().min(1),
    appliesFrom: instantSchema.nullable().optional(),
    appliesUntil: instantSchema.nullable().optional(),
    appliesBy: z.enum(['recordedAt', 'occurredAt']).default('recordedAt'),
    startEvent: z.string().min(1),
    duration: z.strictObject({ days: positive.optional(), hours: positive.optional(), months: positive.optional() }),
    counting: z.enum(['calendar-days-excluding-first', 'calendar-days-including-first', 'hours', 'calendar-months']),
    dueSoonBefore: z.strictObject({ days: z.number().int().nonnegative().optional(), hours: z.number().int().nonnegative().optional() }),
    condition: conditionSchema,
    metBy: z.union([
      z
        .string()
        .min(1)
        .transform((s) => [s]),
      z.array(z.string().min(1)).min(1),
    ]),
    duty: z.enum(['registration', 'investigation']).default('investigation'),
    notes: z.string().min(1),
  })
  .superRefine((r, ctx) => {
    const units = Object.keys(r.duration).filter((k) => r.duration[k as keyof typeof r.duration] !== undefined);
    const unit = COUNTING_UNIT[r.counting];
    if (units.length !== 1 || units[0] !== unit) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: `counting '${r.counting}' needs exactly { ${unit} }` });
    }
    const soon = Object.keys(r.dueSoonBefore).filter((k) => r.dueSoonBefore[k as keyof typeof r.dueSoonBefore] !== undefined);
    if (soon.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['dueSoonBefore'], message: 'needs exactly one of { days } or { hours }' });
    }
    if (r.appliesFrom && r.appliesUntil && r.appliesFrom.getTime() >= r.appliesUntil.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['appliesUntil'], message: 'must be after appliesFrom' });
    }
  })
  .transform((r): ClockRule => ({
    ...r,
    appliesFrom: r.appliesFrom ?? null,
    appliesUntil: r.appliesUntil ?? null,
  }));

const rulesSchema = z
  .strictObject({
    version: z.string().min(1),
    note: z.string().optional(),
    sources: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), citation: z.string().min(1) })),
    rules: z.array(ruleSchema),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.rules.forEach((r, i) => {
      if (seen.has(r.code)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: `duplicate code ${r.code}` });
      seen.add(r.code);
    });
  });

/** Validates a rules document (the parsed JSON) and returns it with dates as Date objects. */
export function parseClockRules(json: unknown): ClockRules {
  const parsed = rulesSchema.safeParse(json);
  if (!parsed.success) {
    throw new Error(`statutory clock rules are invalid: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// IST calendar arithmetic (UTC+05:30 fixed; never the machine's time zone)

const IST_OFFSET_MS = 330 * 60 * 1000;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

interface CivilDate {
  y: number;
  m: number; // 1-12
  d: number;
}

function istCivil(at: Date): CivilDate {
  const shifted = new Date(at.getTime() + IST_OFFSET_MS);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

/** Normalises overflowing days/months through Date.UTC (pure proleptic Gregorian arithmetic). */
function civil(y: number, m: number, d: number): CivilDate {
  const t = new Date(Date.UTC(y, m - 1, d));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function addDays(c: CivilDate, days: number): CivilDate {
  return civil(c.y, c.m, c.d + days);
}

/** Same day-of-month `months` later, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
function addMonthsClamped(c: CivilDate, months: number): CivilDate {
  const first = civil(c.y, c.m + months, 1);
  const lastDay = new Date(Date.UTC(first.y, first.m, 0)).getUTCDate();
  return { y: first.y, m: first.m, d: Math.min(c.d, lastDay) };
}

/** 23:59:59.999 IST on this calendar date. */
function endOfIstDay(c: CivilDate): Date {
  return new Date(Date.UTC(c.y, c.m - 1, c.d + 1) - IST_OFFSET_MS - 1);
}

function formatCivil(c: CivilDate): string {
  return `${String(c.y).padStart(4, '0')}-${String(c.m).padStart(2, '0')}-${String(c.d).padStart(2, '0')}`;
}

/** The IST calendar date of an instant, YYYY-MM-DD. */
export function istDateOf(at: Date): string {
  return formatCivil(istCivil(at));
}

/** The deadline for a period starting at `start` (the last instant that still meets it). */
export function dueAtFor(start: Date, duration: ClockRule['duration'], counting: Counting): Date {
  const amount = duration[COUNTING_UNIT[counting]];
  if (amount === undefined) throw new Error(`counting '${counting}' without a ${COUNTING_UNIT[counting]} duration`);
  switch (counting) {
    case 'hours':
      return new Date(start.getTime() + amount * HOUR_MS);
    case 'calendar-days-excluding-first':
      // GCA s. 9: day 1 is the day after the start; the period ends with day `amount`.
      return endOfIstDay(addDays(istCivil(start), amount));
    case 'calendar-days-including-first':
      // The start day is day 1.
      return endOfIstDay(addDays(istCivil(start), amount - 1));
    case 'calendar-months':
      // The corresponding date `amount` months later (first day excluded by construction).
      return endOfIstDay(addMonthsClamped(istCivil(start), amount));
  }
}

// ---------------------------------------------------------------------------------------------
// The engine

function rangeHolds(range: RangeCondition, value: number | null | undefined): boolean {
  if (value === null || value === undefined) return range.unknown;
  if (range.gte !== undefined && value < range.gte) return false;
  if (range.lt !== undefined && value >= range.lt) return false;
  return true;
}

/** The whole condition language. */
export function conditionHolds(c: ClockCondition, facts: ClockFacts): boolean {
  if (c.recordKind && !c.recordKind.includes(facts.recordKind)) return false;
  if (c.infoType && (facts.infoType === undefined || !c.infoType.includes(facts.infoType))) return false;
  if (c.sensitive !== undefined && facts.sensitive !== c.sensitive) return false;
  if (c.anyCategory && !facts.categories.some((k) => c.anyCategory!.includes(k))) return false;
  if (c.maxYears && !rangeHolds(c.maxYears, facts.maxYears)) return false;
  if (c.minYears && !rangeHolds(c.minYears, facts.minYears)) return false;
  if (c.all && !c.all.every((sub) => conditionHolds(sub, facts))) return false;
  if (c.any && !c.any.some((sub) => conditionHolds(sub, facts))) return false;
  if (c.not && conditionHolds(c.not, facts)) return false;
  return true;
}

function inForce(rule: ClockRule, facts: ClockFacts): boolean {
  const basis = rule.appliesBy === 'occurredAt' ? (facts.occurredAt ?? facts.recordedAt) : facts.recordedAt;
  const t = basis.getTime();
  if (rule.appliesFrom && t < rule.appliesFrom.getTime()) return false;
  if (rule.appliesUntil && t >= rule.appliesUntil.getTime()) return false;
  return true;
}

function eventAt(facts: ClockFacts, name: string, now: Date): Date | null {
  const at = name === 'recorded' ? facts.recordedAt : facts.events[name];
  if (!at || at.getTime() > now.getTime()) return null;
  return at;
}

function marginMs(m: ClockRule['dueSoonBefore']): number {
  return (m.days ?? 0) * DAY_MS + (m.hours ?? 0) * HOUR_MS;
}

/**
 * The clocks that apply to these facts as of `now`, soonest due first. A clock is omitted when
 * its rule is not in force for the record, its condition does not hold, or its start event has
 * not happened (by `now`).
 */
export function computeClocks(facts: ClockFacts, now: Date, rules: ClockRules): ClockState[] {
  const out: ClockState[] = [];
  for (const rule of rules.rules) {
    if (!inForce(rule, facts) || !conditionHolds(rule.condition, facts)) continue;
    const startedAt = eventAt(facts, rule.startEvent, now);
    if (!startedAt) continue;
    const dueAt = dueAtFor(startedAt, rule.duration, rule.counting);
    let metAt: Date | null = null;
    for (const name of rule.metBy) {
      const at = eventAt(facts, name, now);
      if (at && (!metAt || at.getTime() < metAt.getTime())) metAt = at;
    }
    let status: ClockStatus;
    if (metAt) status = metAt.getTime() <= dueAt.getTime() ? 'met' : 'met_late';
    else if (now.getTime() > dueAt.getTime()) status = 'overdue';
    else if (now.getTime() >= dueAt.getTime() - marginMs(rule.dueSoonBefore)) status = 'due_soon';
    else status = 'running';
    out.push({
      code: rule.code,
      titleEn: rule.titleEn,
      titleHi: rule.titleHi,
      legalRef: rule.legalRef,
      startedAt,
      dueAt,
      status,
      metAt,
      dueDateIst: istDateOf(dueAt),
      remainingMs: dueAt.getTime() - now.getTime(),
    });
  }
  return out.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export type ClockSummary = Record<ClockStatus, number> & { total: number };

/** Counts by status, for dashboards. */
export function clockSummary(states: readonly ClockState[]): ClockSummary {
  const summary: ClockSummary = { running: 0, due_soon: 0, overdue: 0, met: 0, met_late: 0, total: 0 };
  for (const s of states) {
    summary[s.status] += 1;
    summary.total += 1;
  }
  return summary;
}
