/**
 * The one rule for when an offence happened and when the police heard of it, for every record
 * that takes those times (FIR registration and amendment, complaints): a pure function of the
 * times, the moment the record was (or is being) made, and the clock.
 */

/** A client's clock may run a little ahead of the node's. */
export const CLOCK_TOLERANCE_MS = 60_000;

/**
 * Nothing this system records happened at or before the Unix epoch: such a date is a zero or
 * missing date from a client (1969-12-31 is the epoch seen west of Greenwich, year 0000 a blank).
 */
export const EPOCH = new Date(0);

export interface OccurrenceTimes {
  occurredFrom?: string | null;
  occurredTo?: string | null;
  /** When the information reached the police station (FIRs). */
  infoReceivedAt?: string | null;
}

export interface RecordedAt {
  at: Date;
  /** The field that gave `at`, when the caller gave it (a registration after the fact); checked too. */
  path?: string;
  /** The moment in words, for messages: "the registration time". */
  what: string;
}

export function occurrenceTimeProblems(times: OccurrenceTimes, recorded: RecordedAt, now: Date): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  const tooEarly = 'must be after 1 January 1970: check the year';
  const early = (t: Date) => t.getTime() <= EPOCH.getTime();
  if (recorded.path) {
    if (recorded.at.getTime() > now.getTime() + CLOCK_TOLERANCE_MS) errors.push({ path: recorded.path, message: 'cannot be in the future' });
    else if (early(recorded.at)) errors.push({ path: recorded.path, message: tooEarly });
  }
  const at = (s: string | null | undefined) => (s ? new Date(s) : null);
  const from = at(times.occurredFrom);
  const to = at(times.occurredTo);
  const info = at(times.infoReceivedAt);
  for (const [path, t] of [
    ['occurredFrom', from],
    ['occurredTo', to],
  ] as const) {
    if (!t) continue;
    if (early(t)) errors.push({ path, message: tooEarly });
    else if (t > recorded.at) errors.push({ path, message: `the occurrence cannot be after ${recorded.what}` });
  }
  if (from && to && to < from) errors.push({ path: 'occurredTo', message: 'must not be before the start of the occurrence' });
  if (info) {
    if (early(info)) errors.push({ path: 'infoReceivedAt', message: tooEarly });
    else if (info > recorded.at) errors.push({ path: 'infoReceivedAt', message: `information cannot be received after ${recorded.what}` });
    else if (from && info < from) errors.push({ path: 'infoReceivedAt', message: 'information cannot be received before the occurrence began' });
  }
  return errors;
}
