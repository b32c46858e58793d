import { fortnightOf } from '../domain/fortnights.js';
import { istDate } from '../domain/ist.js';
import { byAttention, noCounts, totalCounts, type RegisterCounts } from '../domain/register-counts.js';
import type { Unit, UnitService } from '../directory/units.js';
import type { StolenPropertyRegister } from '../search/stolen-property.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import { lostPropertyCountsWithin, type LostPropertyService } from './lost-property.js';
import type { FoundPersonService } from './found-persons.js';
import type { MissingPersonService } from './missing-persons.js';
import type { NcReportService } from './nc-reports.js';
import type { UnnaturalDeathService } from './unnatural-deaths.js';

/** The services whose registers a supervisor's counts cover. */
export interface CountedRegisters {
  storage: Storage;
  clock: Clock;
  units: UnitService;
  ncReports: Pick<NcReportService, 'countsWithin'>;
  missingPersons: Pick<MissingPersonService, 'countsWithin'>;
  foundPersons: Pick<FoundPersonService, 'countsWithin'>;
  unnaturalDeaths: Pick<UnnaturalDeathService, 'countsWithin'>;
  stolenProperty: Pick<StolenPropertyRegister, 'countsWithin'>;
  lostProperty: Pick<LostPropertyService, 'claimClock'>;
}

/**
 * Every register of every police station within `unit` (already authorised for the reader),
 * counted: per station, most needing attention first, and the unit's totals. Each register is
 * counted by one grouped query (or two) over all the unit's stations, never one per station, so a
 * district of 40 stations and a State of 1,000 cost the same few queries. Counts only: no person,
 * no record, so nothing protected can show.
 */
export async function registerCounts(r: CountedRegisters, unit: Unit) {
  const [stations, nc, missing, found, bodies, stolen, lostAndFound] = await Promise.all([
    r.units.subtree(unit.path).then((all) => all.filter((u) => u.kind === 'police_station')),
    r.ncReports.countsWithin(unit),
    r.missingPersons.countsWithin(unit),
    r.foundPersons.countsWithin(unit),
    r.unnaturalDeaths.countsWithin(unit),
    r.stolenProperty.countsWithin(unit),
    lostPropertyCountsWithin(r.lostProperty, r.storage, unit),
  ]);
  const rows = stations
    .map((s) => {
      const zero = noCounts();
      const lf = lostAndFound.get(s.code);
      const sp = stolen.get(s.code);
      const counts: RegisterCounts = {
        ncReports: nc.get(s.code) ?? zero.ncReports,
        missingPersons: missing.get(s.code) ?? zero.missingPersons,
        foundPersons: found.get(s.code) ?? zero.foundPersons,
        unidentifiedBodies: bodies.get(s.code) ?? zero.unidentifiedBodies,
        stolenVehicles: sp?.vehicles ?? zero.stolenVehicles,
        stolenPhones: sp?.mobilePhones ?? zero.stolenPhones,
        lostReports: { open: lf?.lostOpen ?? 0 },
        foundProperty: lf ? { unclaimed: lf.unclaimed, claimPeriodsRunOut: lf.claimPeriodsRunOut } : zero.foundProperty,
      };
      return { code: s.code, parentCode: s.parentCode, nameEn: s.nameEn, nameHi: s.nameHi, counts };
    })
    .sort(byAttention);
  const date = istDate(r.clock.now());
  return {
    unit: { code: unit.code, kind: unit.kind, nameEn: unit.nameEn, nameHi: unit.nameHi },
    date,
    fortnight: fortnightOf(date),
    stations: rows,
    totals: totalCounts(rows.map((s) => s.counts)),
  };
}
