/**
 * Matching missing persons with unidentified bodies (A5, issue 14) as pure functions: the
 * features of a description that can be compared (marks as kind, part and side; clothes as
 * colours and garments), the score of a pair with a reason per factor, and the blocking keys a
 * read table indexes so that a new record finds its candidates across the State without scoring
 * them all. Weights, tolerances and word lists are data: reference/matching/match-weights.json.
 */
import { z } from 'zod';
import { BUILDS, COMPLEXIONS, GENDERS } from './code-lists.js';
import type { PersonDescription } from './schemas/description.js';

const share = z.number().min(0).max(1);
const words = z.array(z.string().min(1)).min(1);
const FACTORS = ['age', 'height', 'build', 'complexion', 'marks', 'clothes', 'date', 'place'] as const;

const fileSchema = z.strictObject({
  version: z.string().min(1),
  note: z.string().min(1),
  weights: z.strictObject(Object.fromEntries(FACTORS.map((f) => [f, z.number().min(0)])) as Record<(typeof FACTORS)[number], z.ZodNumber>),
  penalties: z.strictObject({ height: z.number().min(0), build: z.number().min(0), complexion: z.number().min(0) }),
  age: z.strictObject({ toleranceYears: z.number().min(0), why: z.string().min(1) }),
  height: z.strictObject({ exactCm: z.number().min(0), toleranceCm: z.number().positive(), why: z.string().min(1) }),
  build: z.strictObject({ order: z.array(z.enum(BUILDS)).length(BUILDS.length), neighbourShare: share }),
  complexion: z.strictObject({ order: z.array(z.enum(COMPLEXIONS)).length(COMPLEXIONS.length), neighbourShare: share }),
  marks: z.strictObject({ kinds: words, parts: words, sides: words, kindAndPartShare: share, kindOnlyShare: share, wordsOnlyShare: share, why: z.string().min(1) }),
  clothes: z.strictObject({ colours: words, items: words, why: z.string().min(1) }),
  date: z.strictObject({ halfLifeDays: z.number().positive(), slackHours: z.number().min(0), why: z.string().min(1) }),
  place: z.strictObject({ halfLifeKm: z.number().positive(), sameDistrictShare: share, sameStateShare: share, why: z.string().min(1) }),
  retrieval: z.strictObject({
    ageBandYears: z.number().int().positive(),
    maxRangeHalfWidthYears: z.number().positive(),
    windowDays: z.number().int().positive(),
    scoreAtMost: z.number().int().positive(),
    why: z.string().min(1),
  }),
  stopwords: z.array(z.string()),
});
export type MatchRules = z.infer<typeof fileSchema>;
/** Every factor a pair's reasons name, in the order they are given. */
export const MATCH_FACTORS = ['sex', 'date', ...FACTORS] as const;
export type MatchFactor = 'sex' | (typeof FACTORS)[number];

export function parseMatchRules(json: unknown): MatchRules {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new Error(`matching weights are invalid: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** One mark as compared: its kinds (scar, mole), the parts of the body, the side, other words. */
export interface MarkKey {
  kinds: string[];
  parts: string[];
  sides: string[];
  words: string[];
}

/** What of a description is compared beyond its coded fields: marks and clothes as words. */
export interface MatchFeatures {
  marks: MarkKey[];
  clothes: string[];
}

const tokens = (text: string, stop: ReadonlySet<string>) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 && !stop.has(t));

/** The comparable words of a description's marks (one key per mark, split at , ; . and new lines) and clothes. */
export function matchFeatures(d: Pick<PersonDescription, 'marks' | 'clothes'>, rules: MatchRules): MatchFeatures {
  const stop = new Set(rules.stopwords);
  const kinds = new Set(rules.marks.kinds);
  const parts = new Set(rules.marks.parts);
  const sides = new Set(rules.marks.sides);
  const marks = (d.marks ?? '')
    .split(/[,;.\n]+/)
    .map((segment) => tokens(segment, stop))
    .filter((ts) => ts.length)
    .map((ts) => ({
      kinds: ts.filter((t) => kinds.has(t)),
      parts: ts.filter((t) => parts.has(t)),
      sides: ts.filter((t) => sides.has(t)),
      words: ts.filter((t) => !kinds.has(t) && !parts.has(t) && !sides.has(t)),
    }));
  const known = new Set([...rules.clothes.colours, ...rules.clothes.items]);
  const clothes = [...new Set(tokens(d.clothes ?? '', stop).filter((t) => known.has(t)))];
  return { marks, clothes };
}

/** One side of a pair: a missing-person report (exact age when last seen) or a body (estimated range, when found). */
export interface MatchSubject {
  sex: (typeof GENDERS)[number];
  ageFrom: number | null;
  ageTo: number | null;
  heightCm: number | null;
  build: (typeof BUILDS)[number] | null;
  complexion: (typeof COMPLEXIONS)[number] | null;
  features: MatchFeatures;
  /** Last seen (a missing person) or found (a body), ISO. */
  at: string;
  latitude: number | null;
  longitude: number | null;
  district: string | null;
  state: string | null;
}

export const VERDICTS = ['agrees', 'partly', 'differs', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Why a pair scores what it does, one factor at a time. */
export interface MatchReason {
  factor: MatchFactor;
  /** The most this factor earns (from the data file). */
  weight: number;
  /** What it earned: negative when the two plainly disagree. */
  points: number;
  verdict: Verdict;
  /** What agreed or disagreed, in words (values and shared words, never a name). */
  detail: string;
}

export type PairScore = { excluded: string; score?: undefined; reasons: MatchReason[] } | { excluded?: undefined; score: number; reasons: MatchReason[] };

const DAY = 86_400_000;
const YEAR = 365.25 * DAY;
const round1 = (n: number) => Math.round(n * 10) / 10;
const overlap = (a: string[], b: string[]) => a.filter((x) => b.includes(x));

// Each factor's points are one function, used both by the reasons (scorePair) and by the bare
// numbers (pairPoints) that rank thousands of rows: the two cannot drift apart.

const steps = (factor: 'build' | 'complexion', a: string, b: string, rules: MatchRules) => {
  const order = rules[factor].order as readonly string[];
  return Math.abs(order.indexOf(a) - order.indexOf(b));
};

function ordinalPoints(factor: 'build' | 'complexion', a: string | null, b: string | null, rules: MatchRules): number {
  if (!a || !b) return 0;
  const n = steps(factor, a, b, rules);
  return n === 0 ? rules.weights[factor] : n === 1 ? round1(rules.weights[factor] * rules[factor].neighbourShare) : -rules.penalties[factor];
}

function ordinal<T extends string>(factor: 'build' | 'complexion', a: T | null, b: T | null, rules: MatchRules): MatchReason {
  const weight = rules.weights[factor];
  if (!a || !b) return { factor, weight, points: 0, verdict: 'unknown', detail: `${factor} not described on ${a ? 'the body' : 'the report'}` };
  const n = steps(factor, a, b, rules);
  const points = ordinalPoints(factor, a, b, rules);
  const words = `${a.replace('_', ' ')} / ${b.replace('_', ' ')}`;
  if (n === 0) return { factor, weight, points, verdict: 'agrees', detail: a.replace('_', ' ') };
  if (n === 1) return { factor, weight, points, verdict: 'partly', detail: `${words} (neighbouring)` };
  return { factor, weight, points, verdict: 'differs', detail: words };
}

function markShare(a: MarkKey, b: MarkKey, rules: MatchRules): number {
  const kinds = overlap(a.kinds, b.kinds).length > 0;
  const parts = overlap(a.parts, b.parts).length > 0;
  const sidesClash = a.sides.length > 0 && b.sides.length > 0 && overlap(a.sides, b.sides).length === 0;
  if (kinds && parts && !sidesClash) return rules.marks.kindAndPartShare;
  if (kinds) return rules.marks.kindOnlyShare;
  return overlap(a.words, b.words).length > 0 ? rules.marks.wordsOnlyShare : 0;
}

const markWords = (m: MarkKey) => [...m.kinds, ...m.sides, ...m.parts].join(' ') || m.words.join(' ');

/** Each mark of the shorter list with the share of its best counterpart: a mark not recorded on one side costs nothing. */
function markShares(a: MarkKey[], b: MarkKey[], rules: MatchRules) {
  const [few, many] = a.length <= b.length ? [a, b] : [b, a];
  return few.map((m) => ({ m, top: Math.max(...many.map((n) => markShare(m, n, rules))) }));
}

const marksTotal = (best: { top: number }[]) => best.reduce((s, x) => s + x.top, 0) / best.length;

function marksPoints(a: MarkKey[], b: MarkKey[], rules: MatchRules): number {
  return a.length && b.length ? round1(rules.weights.marks * marksTotal(markShares(a, b, rules))) : 0;
}

function marksReason(a: MarkKey[], b: MarkKey[], rules: MatchRules): MatchReason {
  const weight = rules.weights.marks;
  if (!a.length || !b.length) return { factor: 'marks', weight, points: 0, verdict: 'unknown', detail: `no marks described on ${a.length ? 'the body' : 'the report'}` };
  const best = markShares(a, b, rules);
  const total = marksTotal(best);
  const agreed = best.filter((x) => x.top >= rules.marks.kindAndPartShare).map((x) => markWords(x.m));
  const points = marksPoints(a, b, rules);
  if (total === 0) return { factor: 'marks', weight, points: 0, verdict: 'differs', detail: 'no mark in common' };
  return {
    factor: 'marks',
    weight,
    points,
    verdict: total >= rules.marks.kindAndPartShare ? 'agrees' : 'partly',
    detail: agreed.length ? `same mark: ${agreed.join('; ')}` : 'similar marks, not on the same part of the body',
  };
}

const clothesTotal = (a: string[], b: string[]) => overlap(a, b).length / Math.min(a.length, b.length);

function clothesPoints(a: string[], b: string[], rules: MatchRules): number {
  return a.length && b.length ? round1(rules.weights.clothes * clothesTotal(a, b)) : 0;
}

function clothesReason(a: string[], b: string[], rules: MatchRules): MatchReason {
  const weight = rules.weights.clothes;
  if (!a.length || !b.length) return { factor: 'clothes', weight, points: 0, verdict: 'unknown', detail: `clothes not described on ${a.length ? 'the body' : 'the report'}` };
  const shared = overlap(a, b);
  if (!shared.length) return { factor: 'clothes', weight, points: 0, verdict: 'differs', detail: 'no colour or garment in common' };
  return { factor: 'clothes', weight, points: clothesPoints(a, b, rules), verdict: clothesTotal(a, b) >= 1 ? 'agrees' : 'partly', detail: `both: ${shared.join(', ')}` };
}

const RADIUS_KM = 6371;
export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** How far apart the two places are, when both have coordinates. */
const placeKm = (m: MatchSubject, b: MatchSubject) =>
  m.latitude !== null && m.longitude !== null && b.latitude !== null && b.longitude !== null
    ? distanceKm({ latitude: m.latitude, longitude: m.longitude }, { latitude: b.latitude, longitude: b.longitude })
    : null;

function placePoints(m: MatchSubject, b: MatchSubject, km: number | null, rules: MatchRules): number {
  const weight = rules.weights.place;
  if (km !== null) return round1(weight * 0.5 ** (km / rules.place.halfLifeKm));
  if (m.district && m.district === b.district) return round1(weight * rules.place.sameDistrictShare);
  if (m.state && m.state === b.state) return round1(weight * rules.place.sameStateShare);
  return 0;
}

function placeReason(m: MatchSubject, b: MatchSubject, rules: MatchRules): MatchReason {
  const weight = rules.weights.place;
  const km = placeKm(m, b);
  const points = placePoints(m, b, km, rules);
  if (km !== null) return { factor: 'place', weight, points, verdict: km <= rules.place.halfLifeKm ? 'agrees' : 'partly', detail: `found ${Math.round(km)} km from where last seen` };
  if (m.district && m.district === b.district) return { factor: 'place', weight, points, verdict: 'partly', detail: `same district (${m.district})` };
  if (m.state && m.state === b.state) return { factor: 'place', weight, points, verdict: 'partly', detail: `same State, another district` };
  return { factor: 'place', weight, points, verdict: 'unknown', detail: 'another State' };
}

/**
 * The score of a missing-person report against a body (or found person), with the reason for
 * each factor. Excluded outright: a different sex, a body found (by more than the slack) before
 * the person was last seen, an age at the date found outside the body's range by more than the
 * tolerance. Everything else adds or takes points as the data file says.
 */
export function scorePair(missing: MatchSubject, body: MatchSubject, rules: MatchRules): PairScore {
  const reasons: MatchReason[] = [];
  if (missing.sex !== body.sex && missing.sex !== 'unknown' && body.sex !== 'unknown') {
    return { excluded: `sex differs (${missing.sex} / ${body.sex})`, reasons: [{ factor: 'sex', weight: 0, points: 0, verdict: 'differs', detail: `${missing.sex} / ${body.sex}` }] };
  }
  reasons.push({ factor: 'sex', weight: 0, points: 0, verdict: missing.sex === body.sex ? 'agrees' : 'unknown', detail: missing.sex === body.sex ? missing.sex : 'one side of unknown sex' });

  const gapMs = Date.parse(body.at) - Date.parse(missing.at);
  if (gapMs < -rules.date.slackHours * 3_600_000)
    return {
      excluded: 'found before the person was last seen',
      reasons: [...reasons, { factor: 'date', weight: rules.weights.date, points: 0, verdict: 'differs', detail: 'found before last seen' }],
    };
  const gapDays = Math.max(0, gapMs / DAY);
  reasons.push({
    factor: 'date',
    weight: rules.weights.date,
    points: datePoints(gapDays, rules),
    verdict: gapDays <= rules.date.halfLifeDays ? 'agrees' : 'partly',
    detail: `found ${Math.round(gapDays)} days after last seen`,
  });

  const age = ageReason(missing, body, Math.max(0, gapMs) / YEAR, rules);
  if (age.verdict === 'differs') return { excluded: `age differs (${age.detail})`, reasons: [...reasons, age] };
  reasons.push(age);

  reasons.push(heightReason(missing.heightCm, body.heightCm, rules));
  reasons.push(ordinal('build', missing.build, body.build, rules));
  reasons.push(ordinal('complexion', missing.complexion, body.complexion, rules));
  reasons.push(marksReason(missing.features.marks, body.features.marks, rules));
  reasons.push(clothesReason(missing.features.clothes, body.features.clothes, rules));
  reasons.push(placeReason(missing, body, rules));
  return { score: round1(reasons.reduce((s, r) => s + r.points, 0)), reasons };
}

const datePoints = (gapDays: number, rules: MatchRules) => round1(rules.weights.date * 0.5 ** (gapDays / rules.date.halfLifeDays));

/** The person's age on the day found (lo–hi) and how many years it lies outside the body's range; null when either side has no age. */
function ageGap(missing: MatchSubject, body: MatchSubject, years: number) {
  if (missing.ageFrom === null || body.ageFrom === null || body.ageTo === null) return null;
  const lo = missing.ageFrom + years;
  const hi = (missing.ageTo ?? missing.ageFrom) + years;
  return { lo, hi, off: Math.max(0, body.ageFrom - hi, lo - body.ageTo) };
}

/** The age's points, or null when the age excludes the pair. */
function agePoints(off: number | null, rules: MatchRules): number | null {
  if (off === null) return 0;
  if (off === 0) return rules.weights.age;
  if (off > rules.age.toleranceYears) return null;
  return round1(rules.weights.age * (1 - off / (rules.age.toleranceYears + 1)));
}

function ageReason(missing: MatchSubject, body: MatchSubject, years: number, rules: MatchRules): MatchReason {
  const weight = rules.weights.age;
  const gap = ageGap(missing, body, years);
  if (!gap) return { factor: 'age', weight, points: 0, verdict: 'unknown', detail: 'age not estimated' };
  const { lo, hi, off } = gap;
  const points = agePoints(off, rules);
  const then = Math.floor(lo) === Math.floor(hi) ? `${Math.floor(lo)}` : `${Math.floor(lo)}–${Math.floor(hi)}`;
  const detail = `${then} years when found; body estimated ${body.ageFrom}–${body.ageTo}`;
  if (points === null) return { factor: 'age', weight, points: 0, verdict: 'differs', detail };
  if (off === 0) return { factor: 'age', weight, points, verdict: 'agrees', detail };
  return { factor: 'age', weight, points, verdict: 'partly', detail: `${detail} (${Math.ceil(off)} years outside)` };
}

function heightPoints(a: number | null, b: number | null, rules: MatchRules): number {
  if (a === null || b === null) return 0;
  const diff = Math.abs(a - b);
  const { exactCm, toleranceCm } = rules.height;
  if (diff <= exactCm) return rules.weights.height;
  if (diff <= toleranceCm) return round1(rules.weights.height * (1 - (diff - exactCm) / (toleranceCm - exactCm + 1)));
  return -rules.penalties.height;
}

function heightReason(a: number | null, b: number | null, rules: MatchRules): MatchReason {
  const weight = rules.weights.height;
  if (a === null || b === null) return { factor: 'height', weight, points: 0, verdict: 'unknown', detail: `height not recorded on ${a === null ? 'the report' : 'the body'}` };
  const diff = Math.abs(a - b);
  const detail = `${a} cm / ${b} cm`;
  const points = heightPoints(a, b, rules);
  if (diff <= rules.height.exactCm) return { factor: 'height', weight, points, verdict: 'agrees', detail };
  return { factor: 'height', weight, points, verdict: diff <= rules.height.toleranceCm ? 'partly' : 'differs', detail: `${detail} (${diff} cm apart)` };
}

/**
 * The score of a pair as scorePair gives it, or null where scorePair excludes it — the same
 * factors' points added in the same order, without the words: what ranks a block of thousands
 * of rows (only the few shown get their reasons).
 */
export function pairPoints(missing: MatchSubject, body: MatchSubject, rules: MatchRules): number | null {
  if (missing.sex !== body.sex && missing.sex !== 'unknown' && body.sex !== 'unknown') return null;
  const gapMs = Date.parse(body.at) - Date.parse(missing.at);
  if (gapMs < -rules.date.slackHours * 3_600_000) return null;
  const age = agePoints(ageGap(missing, body, Math.max(0, gapMs) / YEAR)?.off ?? null, rules);
  if (age === null) return null;
  const parts = [
    0,
    datePoints(Math.max(0, gapMs / DAY), rules),
    age,
    heightPoints(missing.heightCm, body.heightCm, rules),
    ordinalPoints('build', missing.build, body.build, rules),
    ordinalPoints('complexion', missing.complexion, body.complexion, rules),
    marksPoints(missing.features.marks, body.features.marks, rules),
    clothesPoints(missing.features.clothes, body.features.clothes, rules),
    placePoints(missing, body, placeKm(missing, body), rules),
  ];
  return round1(parts.reduce((s, p) => s + p, 0));
}

/** The age band a record is indexed under: of the exact age (a report), the middle of the range (a body), or -1 when too vague to block on. */
export function ageBand(ageFrom: number | null, ageTo: number | null, rules: MatchRules): number {
  if (ageFrom === null || ageTo === null || (ageTo - ageFrom) / 2 > rules.retrieval.maxRangeHalfWidthYears) return -1;
  return Math.floor((ageFrom + ageTo) / 2 / rules.retrieval.ageBandYears);
}

/** What the read table is asked for a record's candidates of the other kind: sexes, age bands (-1 always among them), and the time window. */
export interface Block {
  sexes: string[];
  bands: number[] | null;
  from: string;
  to: string;
}

const bandsBetween = (lo: number, hi: number, rules: MatchRules) => {
  const out = [-1];
  for (let b = Math.floor(Math.max(0, lo) / rules.retrieval.ageBandYears); b <= Math.floor(Math.max(0, hi) / rules.retrieval.ageBandYears); b++) out.push(b);
  return out;
};

const sexesFor = (sex: MatchSubject['sex']) => (sex === 'unknown' ? [...GENDERS] : [sex, 'unknown']);

/**
 * The block of a record: every candidate the scoring could keep lies in it (the exclusions are
 * the blocking keys, widened by the tolerances), except pairs older than the window.
 */
export function blockFor(kind: 'missing' | 'body', s: MatchSubject, rules: MatchRules): Block {
  const r = rules.retrieval;
  const windowYears = r.windowDays / 365.25;
  const slack = rules.date.slackHours * 3_600_000;
  const at = Date.parse(s.at);
  const tol = rules.age.toleranceYears;
  if (kind === 'body') {
    // Reports of persons last seen up to the window before the body was found, whose age then fits the range.
    const bands = s.ageFrom === null || s.ageTo === null ? null : bandsBetween(s.ageFrom - tol - windowYears, s.ageTo + tol, rules);
    return { sexes: sexesFor(s.sex), bands, from: new Date(at - r.windowDays * DAY).toISOString(), to: new Date(at + slack).toISOString() };
  }
  // Bodies found up to the window after the person was last seen, whose range's middle lies near the age then.
  const bands = s.ageFrom === null ? null : bandsBetween(s.ageFrom - tol - r.maxRangeHalfWidthYears, (s.ageTo ?? s.ageFrom) + windowYears + tol + r.maxRangeHalfWidthYears, rules);
  return { sexes: sexesFor(s.sex), bands, from: new Date(at - slack).toISOString(), to: new Date(at + r.windowDays * DAY).toISOString() };
}
