import { dictionaries } from './dictionaries.js';
import type { NamePart, ParsedName } from './parse.js';
import { skeleton, soundKey } from './phonetic.js';

/**
 * The rules' version: bump it whenever transliteration, phonetic or key rules change. With the
 * dictionaries' digest it forms the key version stored with the index; a node whose stored keys
 * carry another version re-computes them.
 */
const RULES_VERSION = 2;

export function keyVersion(): string {
  return `${RULES_VERSION}.${dictionaries().digest}`;
}

/** Parts common enough (Kumar, Singh) that they only serve in pairs, never alone. */
const ALONE_MIN_WEIGHT = 0.5;

/** Skeleton of two adjacent parts written as one (Shyam Sundar ↔ Shyamsundar). */
function joinedSkeleton(a: NamePart, b: NamePart): string {
  return skeleton(soundKey(a.latin + b.latin));
}

/**
 * Index keys of one person's name (all variants). `p:` a part's skeleton (or two adjacent parts
 * joined); `q:` a part's skeleton with the first letter-class of another part — what keeps
 * "Santosh Kumar" findable among a million Santoshes, and "P. Kannan" among the Kannans.
 */
export function nameKeys(name: ParsedName): string[] {
  const keys = new Set<string>();
  for (const v of name.variants) {
    const full = v.parts.filter((p) => !p.initial);
    for (const p of full) {
      if (p.weight < ALONE_MIN_WEIGHT) continue;
      keys.add(`p:${p.skeleton}`);
      // As written too, when a dictionary folded it: spellings the dictionary lacks meet here.
      if (p.rawSkeleton !== p.skeleton) keys.add(`p:${p.rawSkeleton}`);
    }
    for (let i = 0; i + 1 < v.parts.length; i++) {
      const a = v.parts[i]!;
      const b = v.parts[i + 1]!;
      if (!a.initial && !b.initial) keys.add(`p:${joinedSkeleton(a, b)}`);
    }
    for (const a of full) {
      if (a.weight < ALONE_MIN_WEIGHT) continue;
      for (const b of v.parts) if (b !== a && b.skeleton) keys.add(`q:${a.skeleton}|${b.skeleton[0]}`);
    }
  }
  return [...keys];
}

/** Keys to look up for a query: the same families, so a query meets what was indexed. */
export function queryKeys(name: ParsedName): { parts: string[]; pairs: string[] } {
  const parts = new Set<string>();
  const pairs = new Set<string>();
  for (const k of nameKeys(name)) (k.startsWith('p:') ? parts : pairs).add(k);
  return { parts: [...parts], pairs: [...pairs] };
}
