import { z } from 'zod';
import type { Fortnight } from './fortnights.js';
import type { LawSection, SectionRef } from './law.js';

export { fortnightByNumber, fortnightNumber, fortnightOf, isFortnightStart, type Fortnight } from './fortnights.js';

/**
 * Non-cognizable reports (BNSS 174): which sections may be recorded as non-cognizable, the NC
 * number, the fortnights whose diary goes to the Magistrate and when that diary is due. Pure rules;
 * the figures come from reference/law/nc-reports.json.
 */

export const ncRulesSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string(),
  source: z.string(),
  /** Days after the fortnight's last day by which its diary should have left the station. */
  dueDaysAfterFortnight: z.number().int().min(0).max(15),
});
export type NcRules = z.infer<typeof ncRulesSchema>;

export function parseNcRules(json: unknown): NcRules {
  return ncRulesSchema.parse(json);
}

/** `NC 7/2026`: the report's number in its station's series for the IST year. */
export function ncNumberLabel(year: number, seq: number): string {
  return `NC ${seq}/${year}`;
}

/**
 * Why these sections cannot be recorded as a non-cognizable report, one problem per section; none
 * when every one is non-cognizable by the law catalogue. A cognizable offence must be registered as
 * an FIR (BNSS 173): the NC register must never hold one. A sexual offence is never an NC matter
 * whatever the catalogue's cognizable column says (its victim is protected from the start only on
 * an FIR or complaint). A section the catalogue cannot classify ("depends" on its sub-section, or
 * not known) is refused too: recording it as NC would decide what the law does not.
 */
export function ncSectionProblems(refs: readonly SectionRef[], found: readonly (LawSection | null)[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  refs.forEach((ref, i) => {
    const s = found[i];
    const name = `${ref.act} ${ref.section}`;
    const path = `sections.${i}`;
    if (!s) problems.push({ path, message: `${name} is not in the law catalogue` });
    else if (s.sensitive) problems.push({ path, message: `${name} is a sexual offence or protects its victim: register an FIR (BNSS 173), not a non-cognizable report` });
    else if (s.cognizable === 'yes') problems.push({ path, message: `${name} is cognizable: an FIR must be registered (BNSS 173), not a non-cognizable report` });
    else if (s.cognizable === 'depends') problems.push({ path, message: `${name} is cognizable or not according to its sub-section: name the sub-section` });
    else if (s.cognizable !== 'no')
      problems.push({ path, message: `the law catalogue does not say whether ${name} is cognizable: it cannot be recorded as non-cognizable until the catalogue is corrected` });
  });
  return problems;
}

const DAY_MS = 86_400_000;

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The last IST date on which the fortnight's diary is still on time. */
export function diaryDueDate(f: Fortnight, rules: NcRules): string {
  return addDays(f.end, rules.dueDaysAfterFortnight);
}

/**
 * The diary the station owes now: the latest fortnight that has ended, if it held reports and has
 * not been forwarded; `overdue` once its due date has passed (IST dates compared).
 */
export function diaryOwed(today: string, ended: { fortnight: Fortnight; reports: number; forwarded: boolean }, rules: NcRules): { due: string; overdue: boolean } | null {
  if (ended.forwarded || ended.reports === 0) return null;
  const due = diaryDueDate(ended.fortnight, rules);
  return { due, overdue: today > due };
}
