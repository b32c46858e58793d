/** Age in whole years on a date, from a birth date (YYYY-MM-DD). */
export function ageOn(birthDate: string, on: Date): number {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  const onY = on.getUTCFullYear();
  const beforeBirthday = on.getUTCMonth() + 1 < m || (on.getUTCMonth() + 1 === m && on.getUTCDate() < d);
  return onY - y - (beforeBirthday ? 1 : 0);
}

/** Under 18: a child under the Juvenile Justice Act 2015; identity never exposed (s.74). */
export function isJuvenile(age: number | null | undefined): boolean {
  return age !== null && age !== undefined && age < 18;
}

const YEAR_MS = 365.2425 * 86_400_000;

/**
 * Whether a person was a child (under 18) on the date that matters for a record — when a missing
 * person was last seen, when an offence occurred, when a body was found — not on the day the
 * record is made: a child missing at 17 is still a child when reported at 18. The doubt goes to
 * protection: a child if the birth date says so on that date, or the age as entered (which is
 * the age on that date), or the lower end of an estimated age range. `known` is an age entered
 * on another, later date (a person already on the index): it counts as that age less every year
 * that may have passed since.
 */
export function childOn(p: { birthDate?: string | null; age?: number | null; ageRange?: { from: number } | null; known?: { age: number; at: Date } | null }, on: Date): boolean {
  if (p.birthDate && ageOn(p.birthDate, on) < 18) return true;
  if (isJuvenile(p.age)) return true;
  if (p.ageRange && p.ageRange.from < 18) return true;
  if (p.known && !p.birthDate) return p.known.age - Math.max(0, Math.ceil((p.known.at.getTime() - on.getTime()) / YEAR_MS)) < 18;
  return false;
}

/** The oldest age a person's record may give (the same bound as the age field). */
export const MAX_AGE = 120;

/**
 * What is wrong with a person's birth date and age as entered, on this day: a birth date in the
 * future or more than MAX_AGE years back (year 0000 is a typing slip, not a person), and an age
 * that the birth date contradicts by more than a year. Juvenile protection hangs on the age, so a
 * slip here could unmask a child: it is refused, not guessed at.
 */
export function birthDateProblems(p: { birthDate?: string; age?: number }, on: Date): { field: 'birthDate' | 'age'; message: string }[] {
  if (!p.birthDate) return [];
  const age = ageOn(p.birthDate, on);
  if (age < 0 || (age === 0 && p.birthDate > on.toISOString().slice(0, 10))) return [{ field: 'birthDate', message: 'cannot be in the future' }];
  if (age > MAX_AGE) return [{ field: 'birthDate', message: `must be within the last ${MAX_AGE} years: check the year` }];
  if (p.age !== undefined && Math.abs(p.age - age) > 1) return [{ field: 'age', message: `does not agree with the date of birth (${age} years)` }];
  return [];
}
