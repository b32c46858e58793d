/**
 * Where an accused of a case stands (arrested, in police or judicial custody, on bail, not
 * arrested), the per-accused statutory clocks (production within 24 hours, default bail), and
 * who may appear on a displayed list of arrested persons. Pure: the arrest, the ledger and the
 * clock rules are passed in. The law's checks of a memo and of the ledger are in arrest-rules.ts
 * and custody-ledger.ts.
 */
import { ACCUSED_STATUSES, type AccusedStatus, type FieldProblem } from './investigation-codes.js';
import type { ClockFacts, ClockRules, ClockState } from './clocks.js';
import { computeClocks } from './clocks.js';
import type { CustodyPeriod } from './custody-ledger.js';
import { firstRemandAt } from './custody-ledger.js';
import { ageOn, isJuvenile } from './person-names.js';

export { ACCUSED_STATUSES, type AccusedStatus };

/**
 * The clock start events that belong to one accused, not to the case: a rule starting at one of
 * them runs once per accused (the production of each arrested person, each one's default bail).
 */
export const PER_ACCUSED_EVENTS: readonly string[] = ['arrest', 'firstRemand'];

/** The rules that run once per accused. */
export function perAccusedRules(rules: ClockRules): ClockRules {
  return { ...rules, rules: rules.rules.filter((r) => PER_ACCUSED_EVENTS.includes(r.startEvent)) };
}

/** One memo as the ledger's reader needs it. */
export interface ArrestFact {
  /** An arrest (the production clock runs) or a surrender in court (the person is already before it). */
  kind: 'arrest' | 'surrender';
  at: Date;
  /** Released on bail by the police at the arrest (outcome arrested_bailed). */
  releasedAt: Date | null;
  producedAt: Date | null;
}

/**
 * What the accused's latest memo, the court's orders and a declaration of absconding say of where
 * the accused is at `now`. A declaration counts while no arrest came after the date it gives.
 */
export function accusedStatus(latest: ArrestFact | null, periods: readonly CustodyPeriod[], now: Date, abscondingSince: Date | null = null): AccusedStatus {
  const t = now.getTime();
  if (abscondingSince && abscondingSince.getTime() <= t && (!latest || latest.at.getTime() < abscondingSince.getTime())) return 'absconding';
  if (!latest) return 'not_arrested';
  const current = periods.filter((p) => p.from.getTime() <= t && (p.until === null || t < p.until.getTime())).sort((a, b) => b.from.getTime() - a.from.getTime())[0];
  if (current) return current.kind === 'police' ? 'police_custody' : current.kind === 'judicial' ? 'judicial_custody' : 'on_bail';
  return 'arrested';
}

/**
 * Since when the accused has stood where accusedStatus says at `now`: the declaration of
 * absconding, the order of custody or bail in force, or else the latest memo. Null for an accused
 * never arrested nor declared absconding (their case says since when).
 */
export function statusSince(latest: ArrestFact | null, periods: readonly CustodyPeriod[], now: Date, abscondingSince: Date | null = null): Date | null {
  const status = accusedStatus(latest, periods, now, abscondingSince);
  if (status === 'absconding') return abscondingSince;
  if (!latest) return null;
  const t = now.getTime();
  const begun = periods.filter((p) => p.from.getTime() <= t && (p.until === null || t < p.until.getTime())).map((p) => p.from.getTime());
  return new Date(Math.max(latest.at.getTime(), ...begun));
}

/** Whether a status means the person is held (so a new arrest memo of them is refused). */
export const isHeld = (s: AccusedStatus): boolean => s === 'arrested' || s === 'police_custody' || s === 'judicial_custody';

type Periods = readonly (CustodyPeriod & { byCourt: boolean })[];

/**
 * One accused's own clock events: the latest arrest (not a surrender), its production or release,
 * and the first remand. A court's first order of custody or bail after the arrest is made on a
 * production, so it meets the production clock too.
 */
export function accusedEvents(arrests: readonly ArrestFact[], periods: Periods): ClockFacts['events'] {
  const events: ClockFacts['events'] = {};
  const latest = arrests.reduce<ArrestFact | null>((a, b) => (!a || b.at.getTime() > a.at.getTime() ? b : a), null);
  if (latest?.kind === 'arrest') {
    events.arrest = latest.at;
    const orders = periods.filter((p) => p.byCourt && p.from.getTime() >= latest.at.getTime()).map((p) => p.from.getTime());
    const produced = [latest.producedAt?.getTime(), ...orders].filter((t): t is number => t !== undefined);
    if (produced.length) events.producedBeforeMagistrate = new Date(Math.min(...produced));
    if (latest.releasedAt) events.releasedFromPoliceCustody = latest.releasedAt;
  }
  const remand = firstRemandAt(periods);
  if (remand) events.firstRemand = remand;
  return events;
}

/** The facts of one accused's clocks: the case's facts (punishments, case events such as chargeSheetFiled) with the accused's own events. */
export function accusedClockFacts(caseFacts: ClockFacts, arrests: readonly ArrestFact[], periods: Periods): ClockFacts {
  const events: ClockFacts['events'] = {};
  for (const [k, v] of Object.entries(caseFacts.events)) if (!PER_ACCUSED_EVENTS.includes(k) && !ACCUSED_MET_EVENTS.includes(k)) events[k] = v;
  return { ...caseFacts, events: { ...events, ...accusedEvents(arrests, periods) } };
}

/** The events that meet the per-accused clocks: an accused's own, never taken from the case. */
const ACCUSED_MET_EVENTS: readonly string[] = ['producedBeforeMagistrate', 'releasedFromPoliceCustody'];

/**
 * The case's own arrest events, for the FIR's clocks: its first arrest — from the memos, or a bare
 * arrest entry in the General Diary when that came first — with that arrest's production or
 * release, and the earliest first remand of any accused.
 */
export function caseArrestEvents(gdFirstArrest: Date | undefined, accused: readonly { arrests: readonly ArrestFact[]; periods: Periods }[]): ClockFacts['events'] {
  const each = accused.map((a) => accusedEvents(a.arrests, a.periods));
  const first = each.filter((e) => e.arrest).sort((a, b) => a.arrest!.getTime() - b.arrest!.getTime())[0];
  const events: ClockFacts['events'] = {};
  if (first && !(gdFirstArrest && gdFirstArrest.getTime() < first.arrest!.getTime())) {
    for (const k of ['arrest', ...ACCUSED_MET_EVENTS]) if (first[k]) events[k] = first[k];
  } else if (gdFirstArrest) {
    events.arrest = gdFirstArrest;
  }
  const remands = each.flatMap((e) => (e.firstRemand ? [e.firstRemand.getTime()] : []));
  if (remands.length) events.firstRemand = new Date(Math.min(...remands));
  return events;
}

/** The per-accused clocks at `now`, soonest first. */
export function accusedClocks(facts: ClockFacts, now: Date, rules: ClockRules): ClockState[] {
  return computeClocks(facts, now, perAccusedRules(rules));
}

/**
 * A person's age on a date: from the birth date when known, else the age recorded (on
 * `recordedAt`) plus the whole years since — the youngest they can be. Null when neither is known.
 */
export function ageOnDate(p: { birthDate?: string | null; age?: number | null; recordedAt: Date }, on: Date): number | null {
  if (p.birthDate) return ageOn(p.birthDate, on);
  if (p.age === null || p.age === undefined) return null;
  const years = Math.floor((on.getTime() - p.recordedAt.getTime()) / (365.2425 * 86_400_000));
  return p.age + Math.max(0, years);
}

/**
 * Whether a person may be shown by name on a list of arrested persons meant for display (BNSS 37):
 * never a child (JJ Act s. 74) — nor someone whose age on the arrest date is unknown, who cannot
 * be shown not to be one — and never someone protected as a victim.
 */
export function displayable(p: { ageAtArrest: number | null; juvenile: boolean; protectedPerson: boolean }): boolean {
  return !p.protectedPerson && !p.juvenile && p.ageAtArrest !== null && !isJuvenile(p.ageAtArrest);
}

/** The checks of a memo that the BNSS rules do not make: times in order and the outcome's own facts. */
export function memoOrderProblems(input: { at: Date; informedAt: Date | null; custodyUntil: Date | null; custody: 'police' | 'judicial' | 'bail' | null }, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (input.informedAt && input.informedAt.getTime() < input.at.getTime()) problems.push({ path: 'personInformed.informedAt', message: 'cannot be before the arrest' });
  if (input.informedAt && input.informedAt.getTime() > now.getTime()) problems.push({ path: 'personInformed.informedAt', message: 'cannot be in the future' });
  if (input.custody === 'police' && !input.custodyUntil) problems.push({ path: 'custodyUntil', message: 'police custody is given for a term: give its end' });
  if (input.custody !== 'police' && input.custodyUntil) problems.push({ path: 'custodyUntil', message: 'is only for a surrender given to police custody' });
  if (input.custodyUntil && input.custodyUntil.getTime() <= input.at.getTime()) problems.push({ path: 'custodyUntil', message: 'must be after the surrender' });
  return problems;
}
