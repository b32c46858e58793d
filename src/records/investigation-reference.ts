import fs from 'node:fs';
import { parseInvestigationCodes, type InvestigationCodes } from '../domain/investigation-codes.js';
import { parseCsv } from '../util/csv.js';
import { referencePath } from '../util/paths.js';

let cached: InvestigationCodes | null = null;

/**
 * reference/law/investigation-codes.json and state-capitals.csv, validated once and cached: the code
 * lists and limits the investigation rules of src/domain/ are given.
 */
export function loadInvestigationCodes(): InvestigationCodes {
  if (!cached) {
    const json: unknown = JSON.parse(fs.readFileSync(referencePath('law', 'investigation-codes.json'), 'utf8'));
    const { records } = parseCsv(fs.readFileSync(referencePath('law', 'state-capitals.csv'), 'utf8'), { comment: '#' });
    cached = parseInvestigationCodes(json, records);
  }
  return cached;
}
