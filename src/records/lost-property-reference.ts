import fs from 'node:fs';
import { parseLostPropertyRules, type LostPropertyRules } from '../domain/lost-property.js';
import { referencePath } from '../util/paths.js';

let cached: LostPropertyRules | null = null;

/** reference/law/lost-property.json, validated once and cached. */
export function loadLostPropertyRules(): LostPropertyRules {
  cached ??= parseLostPropertyRules(JSON.parse(fs.readFileSync(referencePath('law', 'lost-property.json'), 'utf8')));
  return cached;
}
