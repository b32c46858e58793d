/**
 * Search queries as officers type them, made from persons on record: another spelling (ee/i,
 * sh/s, v/w, a doubled or dropped letter), the other script, an initial for the first name, or
 * the parts in another order. The benchmark times the search on these and checks that the
 * person's name comes back.
 */
import { render, type GeneratedPerson, type NamePart, type Rng } from './population.js';

export type QueryKind = 'spelling' | 'script' | 'initial' | 'order' | 'exact';

export interface BenchQuery {
  q: string;
  kind: QueryKind;
  /** The name as stored, which a good answer lists in its top ten. */
  target: string;
}

/** Spelling changes seen in registers, as [pattern, replacement]; one is applied per query. */
const SPELLINGS: [RegExp, string][] = [
  [/ee/, 'i'],
  [/i(?=[^aeiou]|$)/, 'ee'],
  [/oo/, 'u'],
  [/u(?=[^aeiou])/, 'oo'],
  [/sh/, 's'],
  [/s(?!h)/, 'sh'],
  [/v/, 'w'],
  [/w/, 'v'],
  [/ph/, 'f'],
  [/th/, 't'],
  [/t(?!h)/, 'th'],
  [/(?<=[aeiou])([bcdfgjklmnprstvz])(?!\1)(?=[aeiou])/, '$1$1'],
  [/([bcdfgklmnprstvz])\1/, '$1'],
  [/(?<=[a-z][^aeiou])[aeiou](?=[^aeiou])/, ''],
  [/a(?=[^aeiou])/, 'aa'],
  [/aa/, 'a'],
  [/y$/, 'i'],
  [/i$/, 'y'],
  [/q/, 'k'],
  [/z/, 'j'],
  [/kh/, 'k'],
  [/bh/, 'b'],
  [/dh/, 'd'],
];

const pick = <T>(items: readonly T[], rng: Rng): T => items[Math.floor(rng() * items.length)]!;

/** One spelling change somewhere in the Latin name (a part long enough to bear it). */
function misspell(parts: NamePart[], rng: Rng): string | null {
  const latin = parts.map((p) => p.latin);
  const candidates = latin.flatMap((w, i) => (parts[i]!.initial || w.length < 4 ? [] : SPELLINGS.filter(([re]) => re.test(w.toLowerCase())).map((r) => [i, r] as const)));
  if (candidates.length === 0) return null;
  const [i, [re, to]] = pick(candidates, rng);
  const word = latin[i]!;
  const changed = word.toLowerCase().replace(re, to);
  latin[i] = changed.charAt(0).toUpperCase() + changed.slice(1);
  return latin.join(' ');
}

export function makeQuery(p: GeneratedPerson, rng: Rng): BenchQuery {
  const target = p.name;
  const r = rng();
  const named = p.parts.filter((x) => !x.initial);
  let q: string | null = null;
  let kind: QueryKind;
  if (r < 0.4) {
    kind = 'spelling';
    q = misspell(p.parts, rng);
  } else if (r < 0.65) {
    kind = 'script';
    // Written in Latin: asked in the region's script, and the other way round.
    if (p.region.script && p.parts.every((x) => x.native)) q = render(p.parts, !p.native);
  } else if (r < 0.8) {
    kind = 'initial';
    if (named.length >= 2) {
      const first = p.parts.indexOf(named[0]!);
      q = p.parts.map((x, i) => (i === first ? (p.native && x.native ? [...x.native][0]! + '.' : x.latin[0] + '.') : p.native ? (x.native ?? x.latin) : x.latin)).join(' ');
    }
  } else if (r < 0.9) {
    kind = 'order';
    if (p.parts.length >= 2) q = render([...p.parts].reverse(), p.native);
  } else {
    return { q: target, kind: 'exact', target };
  }
  // A person the chosen change does not apply to (one name, no native form) is asked misspelt
  // where possible, else as written.
  if (q === null || q === target) {
    const m = misspell(p.parts, rng);
    return m && !p.native ? { q: m, kind: 'spelling', target } : { q: target, kind: 'exact', target };
  }
  return { q, kind, target };
}
