/**
 * The checks of a final report (IIF-5, BNSS 193(3)): a charge sheet or a closure of a kind listed
 * in finalReportKinds (reference/law/investigation-codes.json). Who the case's investigating officer
 * is, is decided by policy and passed in as a fact; this module only compares.
 */
import type { FieldProblem, InvestigationCodes } from './investigation-codes.js';
import { whereIs, type CustodyMove } from './property-room.js';

export interface FinalReportDraft {
  /** A code of finalReportKinds. */
  kind: string;
  /** Why the case is closed (closure kinds). */
  reason: string | null;
  /** The sections charged, e.g. "BNS 303(2)" (charge sheets). */
  sections: readonly string[];
  accused: readonly { accusedId: string; status: string; charged: boolean }[];
  /** Property-room items produced as exhibits. */
  exhibits: readonly { itemId: string; electronic: boolean }[];
  /** The user filing the report. */
  filedBy: string;
}

export interface FinalReportFacts {
  /** The case's investigating officer (or the supervisor who took the case over on record), from policy. */
  investigatingOfficer: string | null;
  /** Every accused of the case. */
  caseAccused: readonly string[];
  /** The custody movements of each property-room item of the case, by item id. */
  itemHistories: ReadonlyMap<string, readonly CustodyMove[]>;
}

export function finalReportProblems(report: FinalReportDraft, facts: FinalReportFacts, codes: Pick<InvestigationCodes, 'finalReportKinds' | 'accusedStatuses' | 'custodyMoves'>): FieldProblem[] {
  const kind = codes.finalReportKinds.find((k) => k.code === report.kind);
  if (!kind) return [{ path: 'kind', message: `must be one of ${codes.finalReportKinds.map((k) => k.code).join(', ')}` }];
  const problems: FieldProblem[] = [];
  if (!facts.investigatingOfficer || report.filedBy !== facts.investigatingOfficer) {
    problems.push({ path: 'filedBy', message: "a final report is filed only by the case's investigating officer" });
  }
  if (kind.kind === 'charge_sheet') {
    if (!report.accused.some((a) => a.charged)) problems.push({ path: 'accused', message: 'a charge sheet needs at least one accused sent up for trial' });
    if (!report.sections.some((s) => s.trim() !== '')) problems.push({ path: 'sections', message: 'a charge sheet names the sections of law charged' });
  }
  if (kind.needsReason && (!report.reason || report.reason.trim() === '')) problems.push({ path: 'reason', message: `give the reason for the ${kind.en}` });

  const statuses = new Set(codes.accusedStatuses.map((s) => s.code));
  const known = new Set(facts.caseAccused);
  const given = new Map<string, number>();
  report.accused.forEach((a, i) => {
    if (!known.has(a.accusedId)) problems.push({ path: `accused.${i}.accusedId`, message: 'is not an accused of this case' });
    else if (given.has(a.accusedId)) problems.push({ path: `accused.${i}.accusedId`, message: 'is listed twice' });
    given.set(a.accusedId, i);
    if (!statuses.has(a.status)) problems.push({ path: `accused.${i}.status`, message: `must be one of ${[...statuses].join(', ')}` });
  });
  facts.caseAccused.forEach((id) => {
    if (!given.has(id)) problems.push({ path: 'accused', message: `every accused of the case needs a status; ${id} has none` });
  });

  report.exhibits.forEach((e, i) => {
    const history = facts.itemHistories.get(e.itemId);
    if (!history) problems.push({ path: `exhibits.${i}.itemId`, message: "is not an item of this case's property room" });
    else if (e.electronic && whereIs(history, codes).place === 'none') {
      problems.push({ path: `exhibits.${i}.itemId`, message: 'an electronic device needs its sequence of custody recorded (BNSS 193(3)(i))' });
    }
  });
  return problems;
}
