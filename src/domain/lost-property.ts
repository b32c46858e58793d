/**
 * Lost and unclaimed property: the kinds of article (data: reference/law/lost-property.json, read
 * by src/records/lost-property-reference.ts), what a lost article report and a found-property
 * entry must say to be accepted, and what the law lets be done with property found and deposited
 * at the station (BNSS 503–505). The six-month claim period is a statutory clock
 * (unclaimed-property-claim-6m), computed from `foundClockFacts`. Pure: no I/O.
 */
import { z } from 'zod';
import type { ClockFacts, ClockState } from './clocks.js';
import type { DateProblem } from './missing-persons.js';
import { CLOCK_TOLERANCE_MS } from './occurrence-times.js';

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  sources: z.array(z.strictObject({ id: z.string().min(1), citation: z.string().min(1), url: z.url() })).min(1),
  articleKinds: z.array(z.strictObject({ code: z.string().regex(/^[a-z_]+$/), en: z.string().min(1), hi: z.string().min(1), needs: z.enum(['mobilePhone', 'document', 'vehicle']).nullable() })).min(1),
  sale: z.strictObject({ lowValueBelowRupees: z.number().int().positive(), source: z.string().min(1) }),
});
export type LostPropertyRules = z.infer<typeof fileSchema>;

export function parseLostPropertyRules(json: unknown): LostPropertyRules {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`lost-property rules are invalid: ${z.prettifyError(parsed.error)}`);
  const ids = new Set(parsed.data.sources.map((s) => s.id));
  if (!ids.has(parsed.data.sale.source)) throw new Error(`lost-property rules are invalid: source ${parsed.data.sale.source} is not listed`);
  const codes = parsed.data.articleKinds.map((k) => k.code);
  if (new Set(codes).size !== codes.length) throw new Error('lost-property rules are invalid: an article kind is listed twice');
  return parsed.data;
}

const pad = (n: number) => String(n).padStart(5, '0');
/** A lost article report's number in its station's series for the year, e.g. MH-PUN-PS01/2026/LAR00001. */
export const lostReportNumber = (station: string, year: number, seq: number) => `${station}/${year}/LAR${pad(seq)}`;
/** A found-property entry's number in its station's series for the year, e.g. MH-PUN-PS01/2026/FP00001. */
export const foundPropertyNumber = (station: string, year: number, seq: number) => `${station}/${year}/FP${pad(seq)}`;

export interface ArticleFacts {
  kind: string;
  mobilePhone?: unknown;
  document?: unknown;
  vehicle?: unknown;
}

/** An article names a kind of the list and carries what that kind is identified by (a phone its IMEI, a document its number). */
export function articleProblems(rules: LostPropertyRules, a: ArticleFacts, path: string): DateProblem[] {
  const kind = rules.articleKinds.find((k) => k.code === a.kind);
  if (!kind) return [{ path: `${path}.kind`, message: `must be one of ${rules.articleKinds.map((k) => k.code).join(', ')}` }];
  const problems: DateProblem[] = [];
  if (kind.needs === 'mobilePhone' && !a.mobilePhone) problems.push({ path: `${path}.mobilePhone`, message: 'give the IMEI of the phone (it is on the box, the bill or *#06#)' });
  if (kind.needs === 'document' && !a.document) problems.push({ path: `${path}.document`, message: 'give the kind of document and its number' });
  if (kind.needs === 'vehicle' && !a.vehicle) problems.push({ path: `${path}.vehicle`, message: 'give the registration, engine or chassis number' });
  for (const other of ['mobilePhone', 'document', 'vehicle'] as const)
    if (other !== kind.needs && a[other] !== undefined) problems.push({ path: `${path}.${other}`, message: `is not part of an article of kind ${kind.code}` });
  return problems;
}

const future = (t: number, now: Date) => t > now.getTime() + CLOCK_TOLERANCE_MS;

/**
 * A lost article report: lost before it was reported, neither in the future, and not before the
 * informant was born (the birth date when known, else no earlier than the stated age allows).
 */
export function lostReportProblems(input: { lostAt: string; reportedAt?: string }, informant: { birthDate?: string | null; age?: number | null }, now: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const lost = Date.parse(input.lostAt);
  const reported = input.reportedAt ? Date.parse(input.reportedAt) : now.getTime();
  if (input.reportedAt && future(reported, now)) problems.push({ path: 'reportedAt', message: 'cannot be in the future' });
  if (future(lost, now)) problems.push({ path: 'lostAt', message: 'cannot be in the future' });
  else if (lost > reported + CLOCK_TOLERANCE_MS) problems.push({ path: 'lostAt', message: 'cannot be after the report was made' });
  const born = informant.birthDate ? Date.parse(`${informant.birthDate}T00:00:00+05:30`) : null;
  if (born !== null && lost < born) problems.push({ path: 'lostAt', message: "cannot be before the informant's date of birth" });
  // With only an age, the earliest the informant can have been born is age + 1 years before now.
  else if (born === null && typeof informant.age === 'number') {
    const earliest = new Date(now);
    earliest.setUTCFullYear(earliest.getUTCFullYear() - informant.age - 1);
    if (lost < earliest.getTime()) problems.push({ path: 'lostAt', message: `cannot be before the informant was born (aged ${informant.age})` });
  }
  return problems;
}

/** Property is found, then received at the station: neither in the future, the receipt not before the finding. */
export function foundProblems(input: { foundAt: string; receivedAt?: string }, now: Date): DateProblem[] {
  const problems: DateProblem[] = [];
  const found = Date.parse(input.foundAt);
  if (future(found, now)) problems.push({ path: 'foundAt', message: 'cannot be in the future' });
  if (input.receivedAt) {
    const received = Date.parse(input.receivedAt);
    if (future(received, now)) problems.push({ path: 'receivedAt', message: 'cannot be in the future' });
    else if (received < found) problems.push({ path: 'receivedAt', message: 'cannot be before the property was found' });
  }
  return problems;
}

/** The Magistrate's order for a return or disposal: dated, not in the future nor before the property was found. */
export function orderDateProblems(date: string, foundAt: string, today: string, path: string): DateProblem[] {
  if (date > today) return [{ path, message: 'is in the future' }];
  if (date < foundAt.slice(0, 10)) return [{ path, message: 'is before the property was found' }];
  return [];
}

/** Grounds on which a Magistrate orders found property disposed of: unclaimed after the period (s. 504), or sold at any time (s. 505). */
export const DISPOSAL_GROUNDS = ['no_claimant', 'perishable', 'owner_benefit', 'low_value'] as const;
export type DisposalGround = (typeof DISPOSAL_GROUNDS)[number];

/**
 * Whether the ground given for a disposal holds: after no claim within six months of the
 * proclamation (s. 504 — the claim-period clock must have run out), or at any time for property
 * subject to speedy decay, a sale for the owner's benefit, or property worth less than the
 * threshold (s. 505).
 */
export function disposalGroundProblems(rules: LostPropertyRules, ground: DisposalGround, entry: { perishable: boolean; value: number | null }, claimClock: ClockState | null): DateProblem[] {
  if (ground === 'no_claimant') {
    if (!claimClock) return [{ path: 'ground', message: "the Magistrate's proclamation is not recorded: the six months for claims (BNSS 503(2)) have not begun" }];
    if (claimClock.status !== 'overdue') return [{ path: 'ground', message: `the six months for claims run until ${claimClock.dueDateIst} (BNSS 504)` }];
  }
  if (ground === 'perishable' && !entry.perishable) return [{ path: 'ground', message: 'the property was not entered as subject to speedy and natural decay (BNSS 505)' }];
  if (ground === 'low_value' && !(entry.value !== null && entry.value < rules.sale.lowValueBelowRupees))
    return [{ path: 'ground', message: `the property's value is not recorded as less than ₹${rules.sale.lowValueBelowRupees} (BNSS 505)` }];
  return [];
}

/** The claim-period clock's facts: started by the proclamation, met by a return or a disposal. */
export function foundClockFacts(f: { receivedAt: string; proclaimedOn: string | null; claimedAt: string | null; disposedAt: string | null }): ClockFacts {
  const events: Record<string, Date> = {};
  if (f.proclaimedOn) events.proclaimed = new Date(`${f.proclaimedOn}T00:00:00+05:30`);
  if (f.claimedAt) events.claimed = new Date(f.claimedAt);
  if (f.disposedAt) events.disposed = new Date(f.disposedAt);
  return { recordKind: 'found_property', recordedAt: new Date(f.receivedAt), occurredAt: null, maxYears: null, sensitive: false, categories: [], events };
}
