/**
 * Found persons (A5) as pure rules: persons found alive whose identity or family is unknown. Which
 * dates an entry, its placements and its outcome may carry; whether the person is a child (on the
 * date found, the doubt to the child: a child is a protected person, and is produced before the
 * Child Welfare Committee within 24 hours — the statutory clock child-found-cwc-24h, computed from
 * `foundClockFacts`); and whether a missing-person report can be this person's.
 */
import type { ClockFacts } from './clocks.js';
import type { FOUND_STATUSES } from './code-lists.js';
import type { DateProblem } from './missing-persons.js';
import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';
import { ageOn, childOn } from './person-names.js';

export type FoundStatus = (typeof FOUND_STATUSES)[number];

const future = (t: number, now: Date) => t > now.getTime() + CLOCK_TOLERANCE_MS;

interface FoundFacts {
  foundAt: string;
  receivedAt?: string;
  person?: { birthDate?: string; age?: number };
  description: { ageRange?: { from: number; to: number } };
}

/**
 * A person is found, then the police take charge, neither in the future; born before they were
 * found; an age (theirs, or estimated) is required — whether they are a child decides their
 * protection — and an age they give must fit the estimate.
 */
export function registrationProblems(input: FoundFacts, now: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const found = Date.parse(input.foundAt);
  if (future(found, now)) problems.push({ path: 'foundAt', message: 'cannot be in the future' });
  if (input.receivedAt) {
    const received = Date.parse(input.receivedAt);
    if (future(received, now)) problems.push({ path: 'receivedAt', message: 'cannot be in the future' });
    else if (received < found) problems.push({ path: 'receivedAt', message: 'cannot be before the person was found' });
  }
  const p = input.person ?? {};
  const range = input.description.ageRange;
  if (p.birthDate && p.birthDate > input.foundAt.slice(0, 10)) problems.push({ path: 'person.birthDate', message: 'cannot be after the person was found' });
  if (p.age === undefined && !p.birthDate && !range)
    problems.push({ path: 'description.ageRange', message: "is required when the person's age is not known: whether they are a child decides how they are protected" });
  const age = p.age ?? (p.birthDate && p.birthDate <= input.foundAt.slice(0, 10) ? ageOn(p.birthDate, new Date(found)) : undefined);
  if (age !== undefined && range && (age < range.from || age > range.to))
    problems.push({ path: p.age !== undefined ? 'person.age' : 'person.birthDate', message: `gives ${age} years, outside the estimated age range ${range.from}–${range.to}` });
  return problems;
}

/** Whether the person found is a child on the date found: the birth date, the age given, or the lower end of the estimate (the doubt to the child). */
export function foundChild(input: FoundFacts): boolean {
  return childOn({ birthDate: input.person?.birthDate, age: input.person?.age, ageRange: input.description.ageRange }, new Date(input.foundAt));
}

/** The age the entry is matched and listed by: the age given (or from the birth date on the day found), else the estimated range. */
export function foundAge(input: FoundFacts): { age: number | null; from: number | null; to: number | null } {
  const p = input.person ?? {};
  const age = p.age ?? (p.birthDate ? ageOn(p.birthDate, new Date(input.foundAt)) : null);
  if (age !== null) return { age, from: age, to: age };
  return { age: null, from: input.description.ageRange?.from ?? null, to: input.description.ageRange?.to ?? null };
}

/** A placement or an outcome happens after the person was found (and after the last outcome), not in the future. */
export function laterDateProblems(at: string, entry: { foundAt: string; outcomeAt?: string | null }, now: Date, path = 'at'): DateProblem[] {
  const t = Date.parse(at);
  if (future(t, now)) return [{ path, message: 'cannot be in the future' }];
  if (t < Date.parse(entry.foundAt)) return [{ path, message: 'cannot be before the person was found' }];
  if (entry.outcomeAt && t < Date.parse(entry.outcomeAt)) return [{ path, message: 'cannot be before the last outcome' }];
  return [];
}

/** The Child Welfare Committee takes children (JJ Act s. 27, 31): an adult is not placed before it. */
export function placementKindProblems(kind: string, child: boolean, path: string): DateProblem[] {
  return kind === 'cwc' && !child ? [{ path, message: 'cannot be the Child Welfare Committee: the person was not a child when found' }] : [];
}

/** An entry moves on, never back: found → identified → restored (or found → restored at once). */
export function mayConclude(from: FoundStatus, to: 'identified' | 'restored'): boolean {
  return from === 'found' || (from === 'identified' && to === 'restored');
}

/**
 * Whether a missing-person report can be this found person's: not last seen after they were
 * found, not born after, not closed by another record (traced, returned or found dead elsewhere:
 * a report this entry itself traced may go on to returned).
 */
export function reportProblems(
  entry: { id: string; foundAt: string },
  report: { number: string; status: string; lastSeenAt: string; birthDate?: string | null; linkedTo?: string | null; otherFound?: string | null },
  path = 'missingPersonId',
): DateProblem[] {
  const problems: DateProblem[] = [];
  if (Date.parse(report.lastSeenAt) > Date.parse(entry.foundAt))
    problems.push({ path, message: `report ${report.number}'s person was last seen on ${report.lastSeenAt}, after this person was found` });
  if (report.birthDate && report.birthDate > entry.foundAt.slice(0, 10))
    problems.push({ path, message: `report ${report.number}'s person was born on ${report.birthDate}, after this person was found` });
  if (report.otherFound) problems.push({ path, message: `report ${report.number} is already linked to found person ${report.otherFound}` });
  else if (report.status !== 'missing' && report.linkedTo !== entry.id) problems.push({ path, message: `report ${report.number} is already marked ${report.status.replace('_', ' ')} elsewhere` });
  return problems;
}

/** The facts the CWC clock (JJ Act s. 31) runs on: from when the police took charge, for a child; met when produced before the Committee. */
export function foundClockFacts(fp: { receivedAt: string; child: boolean; cwcProducedAt: string | null }): ClockFacts {
  return {
    recordKind: 'found_person',
    recordedAt: new Date(fp.receivedAt),
    occurredAt: null,
    maxYears: null,
    sensitive: false,
    categories: fp.child ? ['child'] : [],
    events: fp.cwcProducedAt ? { producedBeforeCwc: new Date(fp.cwcProducedAt) } : {},
  };
}
