/** Legal times in India are IST (UTC+05:30, no daylight saving). */
const IST_OFFSET_MS = 330 * 60 * 1000;

/** The IST calendar date of an instant, YYYY-MM-DD. */
export function istDate(at: Date): string {
  return new Date(at.getTime() + IST_OFFSET_MS).toISOString().slice(0, 10);
}

export function istYear(at: Date): number {
  return Number(istDate(at).slice(0, 4));
}

/** "27 Nov 2026, 14:05 IST" style text for documents and messages. */
export function istDateTime(at: Date): string {
  const d = new Date(at.getTime() + IST_OFFSET_MS).toISOString();
  return `${d.slice(0, 10)} ${d.slice(11, 16)} IST`;
}

/** The instant at which an IST calendar date begins. */
export function istMidnight(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - IST_OFFSET_MS);
}
