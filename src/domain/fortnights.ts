/**
 * The fortnights of the IST calendar (the 1st–15th and the 16th–last day of each month): the
 * periods of the diary of non-cognizable reports sent to the Magistrate (BNSS 174(1)). Pure and
 * free of dependencies, so that the web app reckons them as the server does.
 */

/** A fortnight of an IST calendar month: the 1st–15th or the 16th–last day. */
export interface Fortnight {
  /** YYYY-MM-DD, the first day. */
  start: string;
  /** YYYY-MM-DD, the last day. */
  end: string;
}

/** The fortnight an IST calendar date (YYYY-MM-DD) falls in. */
export function fortnightOf(date: string): Fortnight {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const month = `${y}-${String(m).padStart(2, '0')}`;
  if (d <= 15) return { start: `${month}-01`, end: `${month}-15` };
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { start: `${month}-16`, end: `${month}-${String(last).padStart(2, '0')}` };
}

/** Whether a date is the first day of a fortnight (the only days a diary period may start on). */
export function isFortnightStart(date: string): boolean {
  return fortnightOf(date).start === date;
}

/** The fortnight's number in its year, 1–24 (printed in the diary's verification code). */
export function fortnightNumber(f: Fortnight): number {
  const month = Number(f.start.slice(5, 7));
  return month * 2 - (f.start.endsWith('-01') ? 1 : 0);
}

/** The fortnight of this number in this year. */
export function fortnightByNumber(year: number, n: number): Fortnight {
  const month = String(Math.ceil(n / 2)).padStart(2, '0');
  return fortnightOf(`${year}-${month}-${n % 2 ? '01' : '16'}`);
}

/** The fortnight that ends the day before this one starts (a list of past diaries, newest first). */
export function fortnightBefore(f: Fortnight): Fortnight {
  return fortnightOf(new Date(Date.parse(`${f.start}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10));
}
