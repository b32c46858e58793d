import fs from 'node:fs';
import { parseUnnaturalDeathRules, type UnnaturalDeathRules } from '../domain/unnatural-deaths.js';
import { referencePath } from '../util/paths.js';

let cached: UnnaturalDeathRules | null = null;

/** reference/law/unnatural-deaths.json, validated once and cached. */
export function loadUnnaturalDeathRules(): UnnaturalDeathRules {
  cached ??= parseUnnaturalDeathRules(JSON.parse(fs.readFileSync(referencePath('law', 'unnatural-deaths.json'), 'utf8')));
  return cached;
}
