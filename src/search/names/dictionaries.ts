import { readFileSync } from 'node:fs';
import { referencePath } from '../../util/paths.js';
import { sha256Hex } from '../../util/hash.js';
import { soundKey } from './phonetic.js';

/** The reviewed name dictionaries in reference/names, loaded once. */
export interface NameDictionaries {
  honorifics: Set<string>;
  /** Abbreviation (lower case, no dot) → the part it stands for. */
  abbreviations: Map<string, string>;
  aliasMarkers: string[];
  /** Sound key → the sound key of its group's first name (the group's canonical form). */
  canonical: Map<string, string>;
  /** Sound key → weight and gender mark of common parts. */
  common: Map<string, { weight: number; marks: 'male' | 'female' | null }>;
  /** Hash of all files: part of the key version. */
  digest: string;
}

function rows(file: string): string[][] {
  return readFileSync(referencePath('names', file), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(',').map((c) => c.trim().normalize('NFC')));
}

let loaded: NameDictionaries | null = null;

export function dictionaries(): NameDictionaries {
  if (loaded) return loaded;
  const files = ['honorifics.csv', 'abbreviations.csv', 'alias-markers.csv', 'equivalents.csv', 'common-parts.csv'];
  const digest = sha256Hex(files.map((f) => readFileSync(referencePath('names', f), 'utf8')).join('\n')).slice(0, 16);
  const canonical = new Map<string, string>();
  for (const [, names] of rows('equivalents.csv')) {
    const keys = names!.split('|').map(soundKey).filter(Boolean);
    for (const k of keys) if (!canonical.has(k)) canonical.set(k, keys[0]!);
  }
  const common = new Map<string, { weight: number; marks: 'male' | 'female' | null }>();
  for (const [part, weight, marks] of rows('common-parts.csv')) {
    common.set(soundKey(part!), { weight: Number(weight), marks: marks === 'male' || marks === 'female' ? marks : null });
  }
  loaded = {
    honorifics: new Set(rows('honorifics.csv').map(([h]) => h!.toLowerCase())),
    abbreviations: new Map(rows('abbreviations.csv').map(([a, e]) => [a!.toLowerCase(), e!])),
    aliasMarkers: rows('alias-markers.csv').map(([m]) => m!.toLowerCase()),
    canonical,
    common,
    digest,
  };
  return loaded;
}
