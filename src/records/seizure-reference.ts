import fs from 'node:fs';
import { parseSeizureCodes, type SeizureCodes } from '../domain/seizure-rules.js';
import { referencePath } from '../util/paths.js';

let cached: SeizureCodes | null = null;

/** reference/law/seizure-codes.json, validated once and cached. */
export function loadSeizureCodes(): SeizureCodes {
  cached ??= parseSeizureCodes(JSON.parse(fs.readFileSync(referencePath('law', 'seizure-codes.json'), 'utf8')));
  return cached;
}
