/**
 * Missing persons (A5) as pure rules: who is a child (their report is an FIR of kidnapping, as the
 * Supreme Court directed in Bachpan Bachao Andolan, 2013), under which section, how far the alert
 * goes, and which dates a report and its status changes may carry. The numbers and sections are
 * data (reference/law/missing-persons.json, read by src/records/missing-person-reference.ts).
 */
import { z } from 'zod';
import type { MISSING_STATUSES } from './code-lists.js';
import { penalCodeFor, type SectionRef } from './law.js';
import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';
import { ageOn, birthDateProblems } from './person-names.js';

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  sources: z.array(z.strictObject({ id: z.string().min(1), citation: z.string().min(1) })).min(1),
  childUnder: z.strictObject({ years: z.number().int().positive(), source: z.string().min(1) }),
  presumedOffence: z.array(z.strictObject({ code: z.enum(['BNS', 'IPC']), act: z.string().min(1), section: z.string().min(1), source: z.string().min(1) })).min(2),
  alertReach: z.strictObject({ adult: z.enum(['district', 'state']), child: z.enum(['district', 'state']), source: z.string().min(1) }),
});
export type MissingPersonRules = z.infer<typeof fileSchema>;

export function parseMissingPersonRules(json: unknown): MissingPersonRules {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`missing-person rules are invalid: ${z.prettifyError(parsed.error)}`);
  const codes = new Set(parsed.data.presumedOffence.map((o) => o.code));
  if (!codes.has('BNS') || !codes.has('IPC')) throw new Error('missing-person rules are invalid: presumedOffence needs a BNS and an IPC section');
  const ids = new Set(parsed.data.sources.map((s) => s.id));
  const cited = [parsed.data.childUnder.source, parsed.data.alertReach.source, ...parsed.data.presumedOffence.map((o) => o.source)];
  const unknown = cited.find((c) => !ids.has(c));
  if (unknown) throw new Error(`missing-person rules are invalid: source ${unknown} is not listed`);
  return parsed.data;
}

export type MissingStatus = (typeof MISSING_STATUSES)[number];

/**
 * The age when last seen: from the birth date and the age as reported, the lower where both are
 * given (they may differ by a year): the doubt goes to the child.
 */
export function ageWhenLastSeen(p: { age?: number; birthDate?: string }, lastSeenAt: Date): number | null {
  const ages = [...(p.birthDate ? [ageOn(p.birthDate, lastSeenAt)] : []), ...(p.age !== undefined ? [p.age] : [])];
  return ages.length ? Math.min(...ages) : null;
}

/** A child when last seen — by the age then, or by the lower end of the age range the informant estimates. */
export function isMissingChild(rules: MissingPersonRules, age: number, ageRange?: { from: number } | null): boolean {
  return age < rules.childUnder.years || (!!ageRange && ageRange.from < rules.childUnder.years);
}

/** The section a missing child's FIR is registered under: kidnapping, in the code in force when the child was last seen. */
export function presumedOffence(rules: MissingPersonRules, lastSeenAt: Date): SectionRef {
  const o = rules.presumedOffence.find((x) => x.code === penalCodeFor(lastSeenAt))!;
  return { act: o.act, section: o.section };
}

/**
 * The sections alleged in a complaint that are the kidnapping a missing child's FIR is registered
 * under (any penal code): such a complaint is a missing child left a complaint, which the law
 * forbids — it is reported in the missing-person register, which registers the FIR at once.
 */
export function missingChildSections(rules: MissingPersonRules, sections: readonly SectionRef[]): DateProblem[] {
  return sections.flatMap((s, i) =>
    rules.presumedOffence.some((o) => o.act === s.act && o.section === s.section)
      ? [
          {
            path: `sectionsAlleged.${i}`,
            message: `${s.act} ${s.section} is the kidnapping of a child: a missing child is never a complaint — report the child in the missing-person register, which registers the FIR at once`,
          },
        ]
      : [],
  );
}

/** How far the report's alert goes: the district, or for a child every station of the State. */
export function alertReach(rules: MissingPersonRules, child: boolean): 'district' | 'state' {
  return child ? rules.alertReach.child : rules.alertReach.adult;
}

export interface DateProblem {
  path: string;
  message: string;
}

/**
 * What is wrong with a report's ages and dates, on the day it is made: an age or birth date that
 * cannot be, a last-seen time in the future or before the person was born.
 */
export function reportProblems(input: { person: { age?: number; birthDate?: string }; lastSeenAt: string }, now: Date): DateProblem[] {
  const problems: DateProblem[] = birthDateProblems(input.person, now).map((e) => ({ path: `person.${e.field}`, message: e.message }));
  if (input.person.age === undefined && !input.person.birthDate) problems.push({ path: 'person.age', message: 'give the age when last seen, or the date of birth' });
  const seen = new Date(input.lastSeenAt);
  if (seen.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) problems.push({ path: 'lastSeenAt', message: 'cannot be in the future' });
  else if (input.person.birthDate && input.lastSeenAt.slice(0, 10) < input.person.birthDate) problems.push({ path: 'lastSeenAt', message: 'cannot be before the date of birth' });
  return problems;
}

/** Which status may follow which: once traced, the person may still be returned (or found dead); returned and found dead end the report. */
const NEXT: Record<MissingStatus, readonly MissingStatus[]> = {
  missing: ['traced', 'returned', 'found_dead'],
  traced: ['returned', 'found_dead'],
  returned: [],
  found_dead: [],
};

export function mayChangeStatus(from: MissingStatus, to: MissingStatus): boolean {
  return NEXT[from].includes(to);
}

/** A status date is neither in the future nor before the report, nor before the status it follows. */
export function statusDateProblems(at: Date, facts: { reportedAt: string; statusAt: string | null }, now: Date): DateProblem[] {
  if (at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) return [{ path: 'at', message: 'cannot be in the future' }];
  if (at.getTime() < Date.parse(facts.reportedAt)) return [{ path: 'at', message: 'cannot be before the report was made' }];
  if (facts.statusAt && at.getTime() < Date.parse(facts.statusAt)) return [{ path: 'at', message: 'cannot be before the last change of status' }];
  return [];
}
