/**
 * The remand and custody ledger of one accused: periods of police custody, judicial custody and
 * bail as the Magistrate orders them (BNSS 187), and the default-bail deadline counted from the
 * first remand. Pure: the limits (reference/law/investigation-codes.json) and the clock rules
 * (reference/law/statutory-clocks.json) are passed in. Readings: docs/investigation-rules.md.
 *
 * The ledger holds what a Magistrate authorised. The detention between the arrest and the first
 * production is not a period here: it is the 24-hour production clock (BNSS 58).
 */
import { computeClocks, istDateOf, type ClockRules } from './clocks.js';
import { custodyLimitFor, type FieldProblem, type InvestigationCodes } from './investigation-codes.js';

export type CustodyKind = 'police' | 'judicial' | 'bail';

export interface CustodyPeriod {
  kind: CustodyKind;
  from: Date;
  /** Exclusive end; null while it lasts (police custody always has an end: the Magistrate authorises a term). */
  until: Date | null;
}

export interface CustodyFacts {
  /** When the case's information was recorded: decides BNSS or CrPC limits. */
  recordedAt: Date;
  /** 60 or 90: the total detention of BNSS 187(3) for the case (from defaultBailDeadline). */
  detentionDays: number;
  /** When the charge sheet was filed, if it was: detention after it is under s. 190 / 346, not s. 187. */
  chargeSheetFiledAt: Date | null;
}

const DAY_MS = 86_400_000;

/** The IST calendar days a period touches (its last instant is until − 1 ms). */
function istDays(p: { from: Date; until: Date | null }, openUntil: Date): string[] {
  const end = (p.until ?? openUntil).getTime() - 1;
  const days: string[] = [];
  const first = istDateOf(p.from);
  for (let d = first, t = Date.parse(`${first}T00:00:00+05:30`); t <= end; t += DAY_MS, d = istDateOf(new Date(t))) days.push(d);
  if (days.length === 0) days.push(first);
  return days;
}

const addIstDays = (istDate: string, days: number): string => istDateOf(new Date(Date.parse(`${istDate}T12:00:00+05:30`) + days * DAY_MS));

/** Days of police custody, each IST calendar day touched counted once (the day of remand is day 1). */
export function policeCustodyDays(periods: readonly CustodyPeriod[]): number {
  const days = new Set<string>();
  for (const p of periods) if (p.kind === 'police') for (const d of istDays(p, p.from)) days.add(d);
  return days.size;
}

/** The first remand: the start of the earliest police or judicial custody. */
export function firstRemandAt(periods: readonly CustodyPeriod[]): Date | null {
  const starts = periods.filter((p) => p.kind !== 'bail').map((p) => p.from.getTime());
  return starts.length ? new Date(Math.min(...starts)) : null;
}

const overlaps = (a: CustodyPeriod, b: CustodyPeriod): boolean => a.from.getTime() < (b.until?.getTime() ?? Infinity) && b.from.getTime() < (a.until?.getTime() ?? Infinity);

/** The problems of adding `next` to an accused's ledger `periods`. */
export function custodyProblems(periods: readonly CustodyPeriod[], next: CustodyPeriod, facts: CustodyFacts, codes: Pick<InvestigationCodes, 'custodyLimits'>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (next.until && next.until.getTime() <= next.from.getTime()) return [{ path: 'until', message: 'must be after the start' }];
  if (next.kind === 'police' && !next.until) return [{ path: 'until', message: 'police custody is authorised for a term: give its end' }];
  const clash = periods.find((p) => overlaps(p, next));
  if (clash) {
    const end = clash.until ? `until ${clash.until.toISOString()}` : 'with no end yet (end it first)';
    problems.push({ path: 'from', message: `the accused is already in ${clash.kind === 'bail' ? 'bail' : `${clash.kind} custody`} from ${clash.from.toISOString()} ${end}` });
  }
  const limit = custodyLimitFor(facts.recordedAt, codes);
  if (!limit) return problems;
  const all = [...periods, next];
  const remand = firstRemandAt(all);
  if (next.kind === 'police') {
    const total = policeCustodyDays(all);
    if (total > limit.policeCustodyMaxDays) {
      problems.push({ path: 'until', message: `police custody would total ${total} days; at most ${limit.policeCustodyMaxDays} in the whole (${limit.source.split(':')[0]})` });
    }
    // An unknown detention period takes the shortest window (the earlier limit).
    const window = limit.policeCustodyWindows.find((w) => w.detentionDays === facts.detentionDays) ?? limit.policeCustodyWindows.reduce((a, b) => (a.windowDays <= b.windowDays ? a : b));
    const lastDay = addIstDays(istDateOf(remand!), window.windowDays - 1);
    const nextDays = istDays(next, next.from);
    if (nextDays[nextDays.length - 1]! > lastDay) {
      problems.push({
        path: 'until',
        message: `police custody only within the first ${window.windowDays} days from the first remand (${istDateOf(remand!)}), that is until ${lastDay} (${limit.source.split(':')[0]})`,
      });
    }
  }
  if (next.kind !== 'bail') {
    // Detention after the last day and before a charge sheet is filed is what s. 187(3) forbids;
    // after the filing the accused is detained under s. 190 / 346, not s. 187.
    const lastDay = addIstDays(istDateOf(remand!), facts.detentionDays - 1);
    const start = Math.max(next.from.getTime(), Date.parse(`${lastDay}T23:59:59.999+05:30`) + 1);
    // A period with no end yet is judged by its start: its later remands are entered as they come.
    const end = Math.min(next.until?.getTime() ?? next.from.getTime() + 1, facts.chargeSheetFiledAt?.getTime() ?? Infinity);
    if (start < end) {
      problems.push({
        path: next.until ? 'until' : 'from',
        message: `no charge sheet was filed within ${facts.detentionDays} days of the first remand (last day ${lastDay}): detention beyond it is not authorised and the accused is entitled to default bail (BNSS 187(3))`,
      });
    }
  }
  return problems;
}

export interface DefaultBail {
  code: string;
  legalRef: string;
  /** 60 or 90. */
  detentionDays: number;
  /** The last instant of the last day of detention the Magistrate may authorise. */
  dueAt: Date;
  dueDateIst: string;
}

/**
 * The default-bail deadline of one accused: 60 or 90 days (by the case's punishments) from that
 * accused's first remand, by the statutory-clock rules that start at 'firstRemand'. Null when no
 * such rule applies (e.g. a complaint).
 */
export function defaultBailDeadline(input: { recordedAt: Date; firstRemandAt: Date; maxYears: number | null; minYears: number | null }, rules: ClockRules): DefaultBail | null {
  const remandRules = new Map(rules.rules.filter((r) => r.startEvent === 'firstRemand').map((r) => [r.code, r]));
  const states = computeClocks(
    {
      recordKind: 'fir',
      recordedAt: input.recordedAt,
      occurredAt: null,
      maxYears: input.maxYears,
      minYears: input.minYears,
      sensitive: false,
      categories: [],
      events: { firstRemand: input.firstRemandAt },
    },
    input.firstRemandAt,
    { ...rules, rules: [...remandRules.values()] },
  );
  const s = states[0];
  if (!s) return null;
  const days = remandRules.get(s.code)!.duration.days;
  if (days === undefined) return null;
  return { code: s.code, legalRef: s.legalRef, detentionDays: days, dueAt: s.dueAt, dueDateIst: s.dueDateIst };
}
