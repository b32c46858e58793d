import fs from 'node:fs';
import { parseClockRules, type ClockRules } from '../domain/clocks.js';
import { referencePath } from '../util/paths.js';

let cached: ClockRules | null = null;

/** reference/law/statutory-clocks.json, validated once and cached: the rules the clock engine (src/domain/clocks.ts) is given. */
export function loadClockRules(): ClockRules {
  if (!cached) {
    const text = fs.readFileSync(referencePath('law', 'statutory-clocks.json'), 'utf8');
    cached = parseClockRules(JSON.parse(text));
  }
  return cached;
}
