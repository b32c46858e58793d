import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';

/** The times of a case diary entry (BNSS 192(1): when the day's investigation began and closed). */
export interface DiaryTimes {
  beganAt: string;
  closedAt?: string | null;
}

/**
 * A diary entry records investigation that happened: not before the information reached the
 * police (there was nothing to investigate), not in the future, and closed after it began.
 */
export function diaryEntryProblems(entry: DiaryTimes, c: { infoReceivedAt: string }, now: Date): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const began = new Date(entry.beganAt);
  const info = new Date(c.infoReceivedAt);
  const future = (t: Date) => t.getTime() > now.getTime() + CLOCK_TOLERANCE_MS;
  if (future(began)) errors.push({ path: 'beganAt', message: 'cannot be in the future' });
  else if (began.getTime() < info.getTime()) errors.push({ path: 'beganAt', message: 'is before the information reached the police station: the investigation had not begun' });
  if (entry.closedAt) {
    const closed = new Date(entry.closedAt);
    if (future(closed)) errors.push({ path: 'closedAt', message: 'cannot be in the future' });
    else if (closed.getTime() < began.getTime()) errors.push({ path: 'closedAt', message: 'is before the time the investigation began that day' });
  }
  return errors;
}
