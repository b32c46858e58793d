import fs from 'node:fs';
import { parseMissingPersonRules, type MissingPersonRules } from '../domain/missing-persons.js';
import { referencePath } from '../util/paths.js';

let cached: MissingPersonRules | null = null;

/** reference/law/missing-persons.json, validated once and cached. */
export function loadMissingPersonRules(): MissingPersonRules {
  cached ??= parseMissingPersonRules(JSON.parse(fs.readFileSync(referencePath('law', 'missing-persons.json'), 'utf8')));
  return cached;
}
