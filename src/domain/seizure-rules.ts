/**
 * A Property Search and Seizure memo (IIF-4) and the court's steps on produced property: what the
 * law asks of them (BNSS 103, 105, 497), as pure functions. The item categories and the number of
 * search witnesses are data (reference/law/seizure-codes.json, read by
 * src/records/seizure-reference.ts); the property-room chain itself is src/domain/property-room.ts.
 */
import { z } from 'zod';
import type { FieldProblem } from './investigation-codes.js';
import { isImei } from './imei.js';
import { computeClocks, type ClockFacts, type ClockRules, type ClockState } from './clocks.js';

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  sources: z.array(z.strictObject({ id: z.string().min(1), citation: z.string().min(1) })).min(1),
  searchWitnesses: z.strictObject({ min: z.number().int().nonnegative(), source: z.string().min(1) }),
  itemCategories: z
    .array(
      z.strictObject({
        code: z.string().regex(/^[a-z][a-z0-9_]*$/),
        en: z.string().min(1),
        hi: z.string().regex(/[\u0900-\u097F]/),
        electronic: z.boolean(),
      }),
    )
    .min(1)
    .refine((l) => new Set(l.map((c) => c.code)).size === l.length, 'has a duplicate code'),
});

export type SeizureCodes = z.infer<typeof fileSchema>;

export function parseSeizureCodes(json: unknown): SeizureCodes {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`seizure codes are invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** What the seizure rules look at of a memo (the request, already shaped). */
export interface SeizureFacts {
  seizedAt: Date;
  depositedAt: Date;
  witnesses: readonly ({ personId: string } | { name: string })[];
  /** recoversProperty: the FIR's property (by index, 0 the first) this item is, recovered. */
  items: readonly { category: string; device?: { make?: string; model?: string; serialNo?: string; imei?: string } | null; recoversProperty?: number }[];
  /** How many properties the FIR lists: the only ones an item can recover. */
  propertiesOnFir?: number;
  video: { forwardedToMagistrateAt?: Date | null } | null;
}

/**
 * The problems of a seizure memo: the witnesses the law asks for (BNSS 103(4)), the identity of
 * seized electronic devices, and times that run in order — seized, then deposited in the property
 * room, the recording forwarded to the Magistrate after the search (BNSS 105) — and none after `now`.
 * `onRecord` are the ids of the persons on the FIR, the only ones a witness may be named by.
 */
export function seizureProblems(memo: SeizureFacts, onRecord: ReadonlySet<string>, now: Date, codes: SeizureCodes): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (memo.seizedAt.getTime() > now.getTime()) problems.push({ path: 'seizedAt', message: 'cannot be in the future' });
  if (memo.depositedAt.getTime() < memo.seizedAt.getTime()) problems.push({ path: 'depositedAt', message: 'cannot be before the seizure' });
  if (memo.depositedAt.getTime() > now.getTime()) problems.push({ path: 'depositedAt', message: 'cannot be in the future' });
  const min = codes.searchWitnesses.min;
  if (memo.witnesses.length < min) problems.push({ path: 'witnesses', message: `needs at least ${min} witnesses of the search (${codes.searchWitnesses.source})` });
  memo.witnesses.forEach((w, i) => {
    if ('personId' in w && !onRecord.has(w.personId)) problems.push({ path: `witnesses.${i}.personId`, message: 'is not a person on this FIR: add them to the FIR first, or give the name' });
  });
  const categories = new Map(codes.itemCategories.map((c) => [c.code, c]));
  memo.items.forEach((item, i) => {
    const category = categories.get(item.category);
    if (!category) {
      problems.push({ path: `items.${i}.category`, message: `must be one of ${[...categories.keys()].join(', ')}` });
      return;
    }
    const d = item.device;
    if (category.electronic && !(d?.make || d?.model || d?.serialNo || d?.imei)) {
      problems.push({ path: `items.${i}.device`, message: `identify the ${category.en.toLowerCase()}: its make, model, serial number or IMEI` });
    }
    if (!category.electronic && d) problems.push({ path: `items.${i}.device`, message: `is only for electronic devices, not ${category.en.toLowerCase()}` });
    const r = item.recoversProperty;
    if (r !== undefined && r >= (memo.propertiesOnFir ?? 0)) {
      problems.push({ path: `items.${i}.recoversProperty`, message: `is not a property of this FIR: it lists ${memo.propertiesOnFir ?? 0} (the first is 0)` });
    }
    if (d?.imei && !isImei(d.imei)) problems.push({ path: `items.${i}.device.imei`, message: 'is not an IMEI (15 digits with a valid check digit)' });
  });
  const forwarded = memo.video?.forwardedToMagistrateAt;
  if (forwarded && forwarded.getTime() < memo.seizedAt.getTime()) problems.push({ path: 'video.forwardedToMagistrateAt', message: 'cannot be before the search was recorded' });
  if (forwarded && forwarded.getTime() > now.getTime()) problems.push({ path: 'video.forwardedToMagistrateAt', message: 'cannot be in the future' });
  return problems;
}

/** The court's steps on property produced before it (BNSS 497(2), (5)). */
export const COURT_STEPS = ['statement_prepared', 'disposal_ordered'] as const;
export type CourtStep = (typeof COURT_STEPS)[number];

/** What the court steps and clocks look at of one item. */
export interface ItemCourtFacts {
  /** When the item was first produced before the court (the move sent_to_court), if it was. */
  producedAt: Date | null;
  statementAt: Date | null;
  disposalOrderAt: Date | null;
  /** When the item left custody for good (returned to its owner, disposed of), if it did. */
  finalAt: Date | null;
}

/** The problems of recording a court's step on an item. */
export function courtStepProblems(item: ItemCourtFacts, step: { step: CourtStep; at: Date; orderRef: string | null }, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (step.at.getTime() > now.getTime()) problems.push({ path: 'at', message: 'cannot be in the future' });
  if (step.step === 'statement_prepared') {
    if (!item.producedAt) return [{ path: 'step', message: 'the item has not been produced before the court: the statement of property follows its production (BNSS 497(2))' }];
    if (item.statementAt) return [{ path: 'step', message: `the statement of this property was already recorded (${item.statementAt.toISOString()})` }];
    if (step.at.getTime() < item.producedAt.getTime()) problems.push({ path: 'at', message: `cannot be before the item was produced before the court (${item.producedAt.toISOString()})` });
  } else {
    if (item.disposalOrderAt) return [{ path: 'step', message: `the court's order on this property was already recorded (${item.disposalOrderAt.toISOString()})` }];
    if (!step.orderRef) problems.push({ path: 'orderRef', message: "give the court's order (number and date) on the disposal of the property (BNSS 497(5))" });
    if (item.statementAt && step.at.getTime() < item.statementAt.getTime()) problems.push({ path: 'at', message: `cannot be before the statement of property (${item.statementAt.toISOString()})` });
  }
  return problems;
}

/** The clock events of one item: its production, the statement, and the order (or the item leaving custody under one). */
export function itemClockEvents(item: ItemCourtFacts): ClockFacts['events'] {
  const events: ClockFacts['events'] = {};
  if (item.producedAt) events.propertyProduced = item.producedAt;
  if (item.statementAt) events.propertyStatementPrepared = item.statementAt;
  const ordered = [item.disposalOrderAt, item.finalAt].filter((d): d is Date => !!d).sort((a, b) => a.getTime() - b.getTime())[0];
  if (ordered) events.propertyDisposalOrdered = ordered;
  return events;
}

/** The events an item's own clocks start at: the rules of statutory-clocks.json started by them are per item. */
const ITEM_START_EVENTS: ReadonlySet<string> = new Set(['propertyProduced', 'propertyStatementPrepared']);

/**
 * The statutory clocks of one seized item (BNSS 497: the statement of property within 14 days of its
 * production, the order on its disposal within 30 days of the statement), on the case's facts.
 */
export function itemClocks(caseFacts: ClockFacts, item: ItemCourtFacts, now: Date, rules: ClockRules): ClockState[] {
  return computeClocks({ ...caseFacts, events: itemClockEvents(item) }, now, { ...rules, rules: rules.rules.filter((r) => ITEM_START_EVENTS.has(r.startEvent)) });
}
