import { caseArrestEvents, type ArrestFact } from '../domain/accused-custody.js';
import type { ClockFacts } from '../domain/clocks.js';
import type { CustodyPeriod } from '../domain/custody-ledger.js';
import type { Executor } from '../storage/db.js';
import type { ArrestsTable, CustodyPeriodsTable } from '../storage/schema.js';

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
 * first arrest with that arrest's production, and the first remand of any accused. Arrests entered
 * in the General Diary without a memo count as arrests (`gdFirstArrests`, FirService.firstArrests).
 */
export async function caseClockEvents(exec: Executor, firs: { firstArrests(ids: string[]): Promise<Map<string, Date>> }, firIds: string[]): Promise<Map<string, ClockFacts['events']>> {
  const out = new Map<string, ClockFacts['events']>();
  if (!firIds.length) return out;
  const [gd, arrests, periods] = await Promise.all([
    firs.firstArrests(firIds),
    exec.selectFrom('arrests').selectAll().where('fir_id', 'in', firIds).execute(),
    exec.selectFrom('custody_periods').selectAll().where('fir_id', 'in', firIds).execute(),
  ]);
  for (const firId of firIds) {
    const mine = arrests.filter((a) => a.fir_id === firId);
    const accused = [...new Set(mine.map((a) => a.person_id))].map((personId) => ({
      arrests: mine.filter((a) => a.person_id === personId).map(asFact),
      periods: periods.filter((p) => p.fir_id === firId && p.person_id === personId).map(asPeriod),
    }));
    out.set(firId, caseArrestEvents(gd.get(firId), accused));
  }
  return out;
}
