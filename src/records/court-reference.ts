import fs from 'node:fs';
import { parseCourts, parseReviewRules, type Court, type FinalReportReviewRules } from '../domain/final-report-steps.js';
import { referencePath } from '../util/paths.js';
import { loadInvestigationCodes } from './investigation-reference.js';

let courts: Court[] | null = null;
let reviewRules: FinalReportReviewRules | null = null;

/** reference/courts/demo.json: the courts per district (and State), validated once and cached. */
export function loadCourts(): Court[] {
  courts ??= parseCourts(JSON.parse(fs.readFileSync(referencePath('courts', 'demo.json'), 'utf8')));
  return courts;
}

/** reference/law/final-report-review.json: which final reports a supervisor approves, per State. */
export function loadFinalReportReviewRules(): FinalReportReviewRules {
  reviewRules ??= parseReviewRules(JSON.parse(fs.readFileSync(referencePath('law', 'final-report-review.json'), 'utf8')), loadInvestigationCodes());
  return reviewRules;
}
