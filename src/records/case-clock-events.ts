import { caseArrestEvents, type ArrestFact } from '../domain/accused-custody.js';
import type { ClockFacts } from '../domain/clocks.js';
import type { CustodyPeriod } from '../domain/custody-ledger.js';
import type { Executor } from '../storage/db.js';
import type { ArrestsTable, CustodyPeriodsTable } from '../storage/schema.js';
import { loadInvestigationCodes } from './investigation-reference.js';

/** A row of the custody ledger as the rules read it. */
export const asPeriod = (r: CustodyPeriodsTable): CustodyPeriod & { byCourt: boolean } => ({
  kind: r.kind as CustodyPeriod['kind'],
  from: new Date(r.from_at),
  until: r.until_at ? new Date(r.until_at) : null,
  byCourt: r.by_court === 1,
});

/** An arrest memo as the rules read it; a police bail at the arrest releases the person at once. */
export const asFact = (a: ArrestsTable): ArrestFact => ({
  kind: a.kind as ArrestFact['kind'],
  at: new Date(a.arrested_at),
  releasedAt: a.outcome === 'arrested_bailed' ? new Date(a.arrested_at) : null,
  producedAt: a.produced_at ? new Date(a.produced_at) : null,
});

/**
 * The arrest events of each FIR for its own clocks (the FIR page, the dashboard's clock lists): its
 * first arrest with that arrest's production, and the first remand of any accused (arrests entered
 * in the General Diary without a memo count as arrests: FirQueries.firstArrests); and the steps that
 * end or meet its clocks — the first filed final report completes the investigation, the first
 * filed charge sheet is chargeSheetFiled, the first progress told to the informant or victim meets
 * BNSS 193(3)(ii), the first forensic visit 176(3).
 */
export async function caseClockEvents(exec: Executor, firs: { firstArrests(ids: string[]): Promise<Map<string, Date>> }, firIds: string[]): Promise<Map<string, ClockFacts['events']>> {
  const out = new Map<string, ClockFacts['events']>();
  if (!firIds.length) return out;
  const [gd, arrests, periods, filed, steps] = await Promise.all([
    firs.firstArrests(firIds),
    exec.selectFrom('arrests').selectAll().where('fir_id', 'in', firIds).execute(),
    exec.selectFrom('custody_periods').selectAll().where('fir_id', 'in', firIds).execute(),
    exec.selectFrom('final_reports').select(['fir_id', 'kind', 'filed_at']).where('fir_id', 'in', firIds).where('status', '=', 'filed').execute(),
    exec.selectFrom('case_milestones').select(['fir_id', 'kind', 'at']).where('fir_id', 'in', firIds).execute(),
  ]);
  const kinds = new Map(loadInvestigationCodes().finalReportKinds.map((k) => [k.code, k.kind]));
  for (const firId of firIds) {
    const mine = arrests.filter((a) => a.fir_id === firId);
    const accused = [...new Set(mine.map((a) => a.person_id))].map((personId) => ({
      arrests: mine.filter((a) => a.person_id === personId).map(asFact),
      periods: periods.filter((p) => p.fir_id === firId && p.person_id === personId).map(asPeriod),
    }));
    const events: ClockFacts['events'] = caseArrestEvents(gd.get(firId), accused);
    const earliest = (event: string, at: string) => {
      const t = new Date(at);
      if (!events[event] || t < events[event]) events[event] = t;
    };
    for (const r of filed.filter((x) => x.fir_id === firId)) {
      earliest('investigationCompleted', r.filed_at!);
      if (kinds.get(r.kind) === 'charge_sheet') earliest('chargeSheetFiled', r.filed_at!);
    }
    for (const s of steps.filter((x) => x.fir_id === firId)) earliest(s.kind === 'victim_informed' ? 'victimInformed' : 'forensicVisit', s.at);
    out.set(firId, events);
  }
  return out;
}
