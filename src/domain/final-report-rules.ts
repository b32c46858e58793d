/**
 * The checks of a final report (IIF-5, BNSS 193(3)): a charge sheet or a closure of a kind listed
 * in finalReportKinds (reference/law/investigation-codes.json). Who the case's investigating officer
 * is, is decided by policy and passed in as a fact; this module only compares.
 */
import type { AccusedStatus, FieldProblem, Iif5Status, InvestigationCodes } from './investigation-codes.js';
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
  /** Where each accused stands by the custody record at filing; an accused absent from it was never arrested. */
  custody: ReadonlyMap<string, AccusedStatus>;
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

  const statuses = new Map(codes.accusedStatuses.map((s) => [s.code, s]));
  const known = new Set(facts.caseAccused);
  const given = new Map<string, number>();
  report.accused.forEach((a, i) => {
    if (!known.has(a.accusedId)) problems.push({ path: `accused.${i}.accusedId`, message: 'is not an accused of this case' });
    else if (given.has(a.accusedId)) problems.push({ path: `accused.${i}.accusedId`, message: 'is listed twice' });
    given.set(a.accusedId, i);
    const status = statuses.get(a.status);
    if (!status) {
      problems.push({ path: `accused.${i}.status`, message: `must be one of ${[...statuses.keys()].join(', ')}` });
    } else if (known.has(a.accusedId)) {
      const recorded = facts.custody.get(a.accusedId) ?? 'not_arrested';
      if (!status.custody.includes(recorded)) {
        const agreeing = codes.accusedStatuses.filter((s) => s.custody.includes(recorded)).map((s) => s.code);
        problems.push({ path: `accused.${i}.status`, message: `does not agree with the custody record (${recorded}): give one of ${agreeing.join(', ')}` });
      }
      if (a.charged && !status.sentUp) problems.push({ path: `accused.${i}.charged`, message: `an accused reported as ${status.en.toLowerCase()} is not sent up for trial` });
    }
  });
  facts.caseAccused.forEach((id) => {
    if (!given.has(id)) problems.push({ path: 'accused', message: `every accused of the case needs a status; ${id} has none` });
  });

  const listed = new Set<string>();
  report.exhibits.forEach((e, i) => {
    const history = facts.itemHistories.get(e.itemId);
    const here = history && whereIs(history, codes);
    if (!history || !here) problems.push({ path: `exhibits.${i}.itemId`, message: "is not an item of this case's property room" });
    else if (listed.has(e.itemId)) problems.push({ path: `exhibits.${i}.itemId`, message: 'is listed twice' });
    else if (here.final) {
      const gone = here.place === 'owner' ? 'returned to its owner' : 'disposed of';
      problems.push({ path: `exhibits.${i}.itemId`, message: `was ${gone} on ${here.since!.toISOString()}: it is no longer in custody to be produced` });
    } else if (e.electronic && here.place === 'none') {
      problems.push({ path: `exhibits.${i}.itemId`, message: 'an electronic device needs its sequence of custody recorded (BNSS 193(3)(i))' });
    }
    listed.add(e.itemId);
  });
  return problems;
}

/**
 * How a report's status prints on the IIF-5, whose accused column knows four statuses: the
 * code list's `form`. The mapping loses detail (a proclaimed offender prints as absconding, an
 * accused not sent up under BNSS 189 as released on bond, a deceased one as not arrested), so
 * a status that is not the first of the list to print as its form status carries its own label
 * as `detail`, printed beside the form's.
 */
export function printedStatus(code: string, codes: Pick<InvestigationCodes, 'accusedStatuses'>): { form: Iif5Status; detail: { en: string; hi: string } | null } {
  const status = codes.accusedStatuses.find((s) => s.code === code);
  if (!status) return { form: 'not-arrested', detail: { en: code, hi: code } };
  const first = codes.accusedStatuses.find((s) => s.form === status.form);
  return { form: status.form, detail: first === status ? null : { en: status.en, hi: status.hi } };
}
