/**
 * Unnatural deaths and unidentified dead bodies (A5, BNSS 194) as pure rules: which dates a
 * register entry, its inquest, its post-mortem and its identification may carry, and what the
 * inquest needs (its witnesses, the Magistrate it goes to — data in
 * reference/law/unnatural-deaths.json). The 24-hour inquest clock is a statutory clock
 * (inquest-report-24h), computed from `udClockFacts`.
 */
import { z } from 'zod';
import { INQUEST_MAGISTRATES } from './code-lists.js';
import type { ClockFacts } from './clocks.js';
import type { DateProblem } from './missing-persons.js';
import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  sources: z.array(z.strictObject({ id: z.string().min(1), citation: z.string().min(1) })).min(1),
  inquestWitnesses: z.strictObject({ min: z.number().int().positive(), source: z.string().min(1) }),
  forwardedTo: z.strictObject({ magistrates: z.array(z.enum(INQUEST_MAGISTRATES)).min(1), source: z.string().min(1) }),
});
export type UnnaturalDeathRules = z.infer<typeof fileSchema>;

export function parseUnnaturalDeathRules(json: unknown): UnnaturalDeathRules {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`unnatural-death rules are invalid: ${z.prettifyError(parsed.error)}`);
  const ids = new Set(parsed.data.sources.map((s) => s.id));
  const unknown = [parsed.data.inquestWitnesses.source, parsed.data.forwardedTo.source].find((c) => !ids.has(c));
  if (unknown) throw new Error(`unnatural-death rules are invalid: source ${unknown} is not listed`);
  return parsed.data;
}

const future = (t: number, now: Date) => t > now.getTime() + CLOCK_TOLERANCE_MS;

/** A body is found, then the station is told: neither in the future, the telling not before the finding. */
export function registrationProblems(input: { foundAt: string; informedAt?: string }, now: Date): DateProblem[] {
  const found = Date.parse(input.foundAt);
  const problems: DateProblem[] = [];
  if (future(found, now)) problems.push({ path: 'foundAt', message: 'cannot be in the future' });
  if (input.informedAt) {
    const informed = Date.parse(input.informedAt);
    if (future(informed, now)) problems.push({ path: 'informedAt', message: 'cannot be in the future' });
    else if (informed < found) problems.push({ path: 'informedAt', message: 'cannot be before the body was found' });
  }
  return problems;
}

/**
 * The inquest is held after the body was found and its report forwarded after it was held, none
 * in the future; it is witnessed by as many respectable inhabitants as the Act asks, and goes to
 * a Magistrate the Act names.
 */
export function inquestProblems(
  rules: UnnaturalDeathRules,
  inquest: { heldAt: string; forwardedAt: string; witnesses: readonly string[]; forwardedTo: { designation: string } },
  body: { foundAt: string },
  now: Date,
): DateProblem[] {
  const problems: DateProblem[] = [];
  const held = Date.parse(inquest.heldAt);
  const forwarded = Date.parse(inquest.forwardedAt);
  if (future(held, now)) problems.push({ path: 'heldAt', message: 'cannot be in the future' });
  else if (held < Date.parse(body.foundAt)) problems.push({ path: 'heldAt', message: 'cannot be before the body was found' });
  if (future(forwarded, now)) problems.push({ path: 'forwardedAt', message: 'cannot be in the future' });
  else if (forwarded < held) problems.push({ path: 'forwardedAt', message: 'cannot be before the inquest was held' });
  const min = rules.inquestWitnesses.min;
  if (new Set(inquest.witnesses.map((w) => w.trim().toLowerCase())).size < min)
    problems.push({ path: 'witnesses', message: `must name at least ${min} different respectable inhabitants (BNSS 194(1))` });
  if (!(rules.forwardedTo.magistrates as readonly string[]).includes(inquest.forwardedTo.designation))
    problems.push({ path: 'forwardedTo.designation', message: `must be one of ${rules.forwardedTo.magistrates.join(', ')} (BNSS 194(2))` });
  return problems;
}

/** A post-mortem is conducted after the body was found, its report received after it was conducted; none in the future. */
export function postMortemProblems(pm: { conductedAt: string; reportReceivedAt?: string }, body: { foundAt: string }, now: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const at = Date.parse(pm.conductedAt);
  if (future(at, now)) problems.push({ path: 'conductedAt', message: 'cannot be in the future' });
  else if (at < Date.parse(body.foundAt)) problems.push({ path: 'conductedAt', message: 'cannot be before the body was found' });
  if (pm.reportReceivedAt) {
    const received = Date.parse(pm.reportReceivedAt);
    if (future(received, now)) problems.push({ path: 'reportReceivedAt', message: 'cannot be in the future' });
    else if (received < at) problems.push({ path: 'reportReceivedAt', message: 'cannot be before the post-mortem' });
  }
  return problems;
}

/** A body is identified after it was found, not in the future. */
export function identificationProblems(at: string, body: { foundAt: string }, now: Date): DateProblem[] {
  const t = Date.parse(at);
  if (future(t, now)) return [{ path: 'at', message: 'cannot be in the future' }];
  if (t < Date.parse(body.foundAt)) return [{ path: 'at', message: 'cannot be before the body was found' }];
  return [];
}

/**
 * Whether the dead can be this person: not born after the body was found, not last seen alive
 * after it, not already identified as another body, and not the person of a missing-person report
 * (`report`, when the report is not the one given: identified through it, it becomes found dead).
 */
export function identityProblems(
  body: { foundAt: string },
  who: { path: string; birthDate?: string | null; lastSeenAt?: string | null; otherBody?: string | null; report?: { number: string; status: string } | null },
): DateProblem[] {
  const problems: DateProblem[] = [];
  const found = body.foundAt.slice(0, 10);
  if (who.birthDate && who.birthDate > found) problems.push({ path: who.path, message: `was born on ${who.birthDate}, after this body was found` });
  if (who.lastSeenAt && Date.parse(who.lastSeenAt) > Date.parse(body.foundAt)) problems.push({ path: who.path, message: `was last seen alive on ${who.lastSeenAt}, after this body was found` });
  if (who.otherBody) problems.push({ path: who.path, message: `is already identified as the body of ${who.otherBody}` });
  if (who.report)
    problems.push({
      path: who.path,
      message:
        who.report.status === 'missing'
          ? `is the person of missing-person report ${who.report.number}: identify the body through that report (missingPersonId), which becomes found dead with it`
          : `is the person of missing-person report ${who.report.number}, already marked ${who.report.status.replace('_', ' ')}`,
    });
  return problems;
}

/** The facts the inquest clock (BNSS 194(2)) runs on: from when the station was told, met when the report is forwarded. */
export function udClockFacts(ud: { informedAt: string; inquestForwardedAt: string | null }): ClockFacts {
  return {
    recordKind: 'unnatural_death',
    recordedAt: new Date(ud.informedAt),
    occurredAt: null,
    maxYears: null,
    sensitive: false,
    categories: [],
    events: ud.inquestForwardedAt ? { inquestForwarded: new Date(ud.inquestForwardedAt) } : {},
  };
}
