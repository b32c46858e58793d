import type { NamePart, NameVariant, ParsedName } from './parse.js';
import { skeleton, soundKey } from './phonetic.js';
import { spellingSimilarity } from './similarity.js';

export type Band = 'strong' | 'possible';

/** What is known of the person being looked for, besides the name. */
export interface PersonFacts {
  relativeName?: ParsedName | null;
  age?: number | null;
  district?: string | null;
  gender?: string | null;
}

export interface NameMatch {
  score: number;
  band: Band;
  explanation: string;
}

type How = 'same' | 'equivalent' | 'sounds' | 'spelling' | 'initial' | 'joined';

interface PartMatch {
  q: number[]; // query part indexes
  c: number[]; // candidate part indexes
  sim: number;
  how: How;
}

/** Weight of an unmatched part of the record against the query's parts (records are fuller). */
const UNMATCHED_RECORD_COST = 0.35;
const ORDER_COST = 0.93;
const ALIAS_COST = 0.97;
const GENDER_CONFLICT = 0.55;
/** Scores below this are not shown at all. */
export const MIN_SCORE = 0.45;
const STRONG_SCORE = 0.85;

function partSimilarity(a: NamePart, b: NamePart): { sim: number; how: How } {
  if (a.initial || b.initial) {
    const ai = a.skeleton[0] ?? '';
    const bi = b.skeleton[0] ?? '';
    const prefix = a.initial && b.initial ? a.sound[0] === b.sound[0] : a.initial ? b.sound.startsWith(a.sound) : a.sound.startsWith(b.sound);
    if (prefix || ai === bi) return { sim: a.initial && b.initial ? 0.9 : 0.8, how: 'initial' };
    return { sim: 0, how: 'initial' };
  }
  if (a.sound === b.sound) {
    const how: How = a.latin === b.latin || (!a.dictionary && !b.dictionary) ? 'same' : 'equivalent';
    return { sim: 1, how: a.dictionary || b.dictionary ? 'equivalent' : how };
  }
  // A name the dictionary folded is also compared as written (Varghese ~ Vargis).
  let sim = Math.max(spellingSimilarity(a.sound, b.sound), spellingSimilarity(a.rawSound, b.rawSound));
  let how: How = 'spelling';
  const sameSkeleton = a.skeleton === b.skeleton || a.rawSkeleton === b.rawSkeleton;
  if (sameSkeleton) {
    sim = Math.max(sim, 0.85);
    how = 'sounds';
  }
  if (a.marks && b.marks && a.marks !== b.marks) sim *= GENDER_CONFLICT;
  return { sim, how };
}

/** A segment: one part, or two adjacent parts read as one word. */
interface Segment {
  idx: number[];
  part: NamePart;
}

function segments(parts: NamePart[]): Segment[] {
  const out: Segment[] = parts.map((p, i) => ({ idx: [i], part: p }));
  for (let i = 0; i + 1 < parts.length; i++) {
    const a = parts[i]!;
    const b = parts[i + 1]!;
    if (a.initial || b.initial) continue;
    const latin = a.latin + b.latin;
    const sound = soundKey(latin);
    out.push({
      idx: [i, i + 1],
      part: {
        ...a,
        written: `${a.written} ${b.written}`,
        latin,
        sound,
        skeleton: skeleton(sound),
        rawSound: sound,
        rawSkeleton: skeleton(sound),
        weight: a.weight + b.weight,
        marks: b.marks,
        dictionary: null,
      },
    });
  }
  return out;
}

/** Greedy one-to-one alignment of query parts to record parts, best pairs first. */
function align(q: NamePart[], c: NamePart[]): PartMatch[] {
  const qs = segments(q);
  const cs = segments(c);
  const pairs: PartMatch[] = [];
  for (const a of qs) {
    for (const b of cs) {
      const joined = a.idx.length > 1 || b.idx.length > 1;
      if (joined && a.idx.length > 1 && b.idx.length > 1) continue;
      const { sim, how } = partSimilarity(a.part, b.part);
      if (sim < 0.5) continue;
      if (joined && sim < 0.9) continue; // a join must read as the same word
      pairs.push({ q: a.idx, c: b.idx, sim, how: joined ? 'joined' : how });
    }
  }
  // Best first; at equal similarity prefer covering more parts, then full parts over initials.
  pairs.sort((x, y) => y.sim - x.sim || y.q.length + y.c.length - (x.q.length + x.c.length) || (x.how === 'initial' ? 1 : 0) - (y.how === 'initial' ? 1 : 0));
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  const chosen: PartMatch[] = [];
  for (const p of pairs) {
    if (p.q.some((i) => usedQ.has(i)) || p.c.some((i) => usedC.has(i))) continue;
    p.q.forEach((i) => usedQ.add(i));
    p.c.forEach((i) => usedC.add(i));
    chosen.push(p);
  }
  return chosen;
}

interface VariantScore {
  score: number;
  strong: boolean;
  notes: string[];
}

function describe(m: PartMatch, q: NamePart[], c: NamePart[]): string {
  const qw = m.q.map((i) => q[i]!.written).join(' ');
  const cw = m.c.map((i) => c[i]!.written).join(' ');
  const dict = [...m.q.map((i) => q[i]!.dictionary), ...m.c.map((i) => c[i]!.dictionary)].find((d) => d && d !== 'equivalent');
  switch (m.how) {
    case 'same':
      return qw === cw ? `${cw}: same` : `${qw} = ${cw}`;
    case 'equivalent':
      return `${qw} = ${cw} (${dict ?? 'same name, other form'})`;
    case 'sounds':
      return `${qw} sounds like ${cw}`;
    case 'spelling':
      return `${qw} ≈ ${cw} (spelling)`;
    case 'initial':
      return `${qw} ~ ${cw} (initial)`;
    case 'joined':
      return `${qw} = ${cw} (written ${m.q.length > 1 ? 'apart' : 'together'})`;
  }
}

function scoreVariant(q: NamePart[], cv: NameVariant): VariantScore {
  const c = cv.parts;
  const matches = align(q, c);
  const qWeight = q.reduce((s, p) => s + p.weight, 0);
  let matched = 0;
  const usedQ = new Set<number>();
  const usedC = new Set<number>();
  let allExact = true;
  for (const m of matches) {
    const w = m.q.reduce((s, i) => s + q[i]!.weight, 0);
    matched += w * m.sim;
    m.q.forEach((i) => usedQ.add(i));
    m.c.forEach((i) => usedC.add(i));
    if (m.sim < 0.97 && m.how !== 'initial') allExact = false;
  }
  const notes = matches.map((m) => describe(m, q, c));
  const missingQ = q.filter((_, i) => !usedQ.has(i));
  const extraC = c.filter((_, i) => !usedC.has(i));
  const extraCost = extraC.reduce((s, p) => s + p.weight * UNMATCHED_RECORD_COST, 0);
  let score = matched / (qWeight + extraCost);
  // Swapped order costs a little (Shinde Ganesh ↔ Ganesh Shinde); initials may stand anywhere.
  const full = matches.filter((m) => m.how !== 'initial').sort((a, b) => a.q[0]! - b.q[0]!);
  let inOrder = true;
  for (let i = 1; i < full.length; i++) if (full[i]!.c[0]! < full[i - 1]!.c[0]!) inOrder = false;
  if (!inOrder) {
    score *= ORDER_COST;
    notes.push('order differs');
  }
  if (missingQ.length) notes.push(`no ${missingQ.map((p) => p.written).join(' ')} on record`);
  if (extraC.length) notes.push(`record also has ${extraC.map((p) => p.written).join(' ')}`);
  if (cv.alias) {
    score *= ALIAS_COST;
    notes.push(`alias ${c.map((p) => p.written).join(' ')}`);
  }
  const strong = allExact && inOrder && missingQ.length === 0 && extraC.every((p) => p.weight < 0.5 || p.initial) && matches.some((m) => m.how !== 'initial');
  return { score, strong, notes };
}

/** Best alignment of the query's parts against any variant (name or alias) of a record's name. */
export function compareNames(query: ParsedName, record: ParsedName): VariantScore {
  let best: VariantScore = { score: 0, strong: false, notes: [] };
  for (const qv of query.variants) {
    for (const cv of record.variants) {
      const s = scoreVariant(qv.parts, cv);
      if (s.score > best.score) best = s;
    }
  }
  return best;
}

const districtKey = (d: string) => soundKey(d.replace(/\s+/g, ''));

/**
 * Score one record against a query: name first, then father's/husband's name, age and district
 * when both sides have them. Never decides identity; it ranks and explains.
 */
export function scoreRecord(query: ParsedName, queryFacts: PersonFacts, record: ParsedName, recordFacts: PersonFacts): NameMatch {
  const name = compareNames(query, record);
  let score = name.score;
  let strong = name.strong && score >= STRONG_SCORE;
  const notes = [...name.notes];
  if (query.script && !record.script) notes.push(`read from ${query.script}`);
  if (queryFacts.relativeName) {
    if (recordFacts.relativeName) {
      const rel = compareNames(queryFacts.relativeName, recordFacts.relativeName);
      score = 0.75 * score + 0.25 * rel.score;
      if (rel.score >= 0.85) notes.push("father's/husband's name matches");
      else {
        notes.push("father's/husband's name differs");
        strong = false;
      }
    } else score = 0.75 * score + 0.25 * 0.5;
  }
  if (queryFacts.age != null && recordFacts.age != null) {
    const d = Math.abs(queryFacts.age - recordFacts.age);
    score *= d <= 2 ? 1 : d <= 5 ? 0.95 : d <= 10 ? 0.85 : 0.7;
    notes.push(d <= 2 ? 'age matches' : `age ${recordFacts.age}`);
    if (d > 5) strong = false;
  }
  if (queryFacts.district && recordFacts.district) {
    const same = districtKey(queryFacts.district) === districtKey(recordFacts.district);
    if (!same) score *= 0.9;
    notes.push(same ? 'same district' : `district ${recordFacts.district}`);
  }
  if (queryFacts.gender && recordFacts.gender && queryFacts.gender !== 'unknown' && recordFacts.gender !== 'unknown' && queryFacts.gender !== recordFacts.gender) {
    score *= 0.8;
    strong = false;
    notes.push(`recorded as ${recordFacts.gender}`);
  }
  // A hair of whole-name spelling breaks ties between records that align the same.
  const whole = (n: ParsedName) => (n.variants[0]?.parts ?? []).map((p) => p.sound).join(' ');
  score += 0.002 * spellingSimilarity(whole(query), whole(record));
  return { score: Math.min(1, Math.round(score * 10000) / 10000), band: strong ? 'strong' : 'possible', explanation: notes.join('; ') };
}
