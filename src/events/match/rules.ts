import fs from 'node:fs';
import { parseMatchRules, type MatchRules } from '../../domain/matching.js';
import { referencePath } from '../../util/paths.js';

let cached: MatchRules | null = null;

/** reference/matching/match-weights.json, validated once and cached (the projectors index with it, the matcher scores with it). */
export function loadMatchRules(): MatchRules {
  cached ??= parseMatchRules(JSON.parse(fs.readFileSync(referencePath('matching', 'match-weights.json'), 'utf8')));
  return cached;
}
