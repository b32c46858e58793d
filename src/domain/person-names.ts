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
