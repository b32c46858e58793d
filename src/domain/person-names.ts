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
