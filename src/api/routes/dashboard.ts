import { z } from 'zod';
import { text } from '../../domain/schemas/common.js';
import { computeClocks, type ClockState } from '../../domain/clocks.js';
import { istDate, istMidnight } from '../../domain/ist.js';
import { loadClockRules } from '../../records/clock-rules.js';
import { caseClockEvents } from '../../records/case-clock-events.js';
import { complaintClockFacts, firClockFacts } from '../../records/clock-facts.js';
import { route } from '../route.js';
import { dashboardSchema } from '../schemas/records.js';

/** A clock due soon or overdue, as computed (its instants become ISO strings in the answer). */
type DueClock = { recordType: 'fir' | 'complaint' | 'unnatural_death' | 'found_person'; recordId: string; number: string; clock: ClockState };

export const dashboardRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/stations/:code/dashboard',
    summary:
      'A station at a glance: today’s GD, new complaints, FIRs this month, statutory clocks due soon or overdue, property statements due, victims to be told of progress, arrested persons to produce and default bail near, NC reports this fortnight and NC diaries owed to the Magistrate, missing persons open, stolen vehicles and phones on the register, unidentified bodies and inquests due (BNSS 194), found property unclaimed and its claim periods (BNSS 503(2)), found persons not yet restored and found children to produce before the CWC (JJ Act s. 31)',
    tag: 'dashboard',
    access: 'user',
    action: 'record.read',
    params: z.strictObject({ code: text(40) }),
    response: { status: 200, schema: dashboardSchema, description: 'The dashboard' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => {
      const station = await node.recordAccess.readableStation(actor, params.code, client);
      const now = node.clock.now();
      const date = istDate(now);
      const monthStart = istMidnight(`${date.slice(0, 8)}01`);
      const [gd, open, firsThisMonth, openFirs] = await Promise.all([
        node.gd.forDay(station.code, date),
        node.complaints.list([station.code], { limit: 200 }).then((l) => l.filter((c) => c.status !== 'closed')),
        node.firs.list([station.code], { from: monthStart.toISOString(), limit: 500 }),
        node.firs.list([station.code], { limit: 500 }).then((l) => l.filter((f) => f.status !== 'transferred')),
      ]);
      const dueSoon: DueClock[] = [];
      const overdue: DueClock[] = [];
      const collect = (recordType: DueClock['recordType'], recordId: string, number: string, clocks: ClockState[]) => {
        for (const clock of clocks) {
          if (clock.status === 'due_soon') dueSoon.push({ recordType, recordId, number, clock });
          if (clock.status === 'overdue') overdue.push({ recordType, recordId, number, clock });
        }
      };
      // A clock is the duty of the station that registered the FIR or of the unit investigating the
      // case (ClockRule.duty): a case transferred in brings its investigation's clocks here, one
      // transferred away leaves only its registration's (RecordAccess.casesWithin).
      const [transferredIn, awayRows] = await Promise.all([
        node.recordAccess.casesWithin(station).where('firs.station_code', '!=', station.code).execute(),
        openFirs.length
          ? node.storage.db
              .selectFrom('case_files')
              .select('fir_id')
              .where(
                'fir_id',
                'in',
                openFirs.map((f) => f.id),
              )
              .where('investigating_unit', 'is not', null)
              .where('investigating_unit', '!=', station.code)
              .execute()
          : Promise.resolve([]),
      ]);
      const away = new Set(awayRows.map((r) => r.fir_id));
      const firs = [...openFirs, ...(await node.firs.getMany(transferredIn.map((r) => r.id))).filter((f) => f.status !== 'transferred')];
      const events = await caseClockEvents(
        node.storage.db,
        node.firs,
        firs.map((f) => f.id),
      );
      const rules = loadClockRules();
      const duty = new Map(rules.rules.map((r) => [r.code, r.duty]));
      for (const f of firs) {
        const ours = (clock: ClockState) => (duty.get(clock.code) === 'registration' ? f.stationCode === station.code : !away.has(f.id));
        collect('fir', f.id, f.number, computeClocks(firClockFacts(f, events.get(f.id)), now, rules).filter(ours));
      }
      for (const c of open) collect('complaint', c.id, c.ackNo, computeClocks(complaintClockFacts(c), now, rules));
      const unnaturalDeaths = await node.unnaturalDeaths.dashboard(station.code);
      for (const u of unnaturalDeaths.inquestsDue) collect('unnatural_death', u.recordId, u.number, [u.clock]);
      const foundPersons = await node.foundPersons.dashboard(station.code);
      for (const f of foundPersons.cwcDue) collect('found_person', f.recordId, f.number, [f.clock]);
      const byDue = (a: { clock: ClockState }, b: { clock: ClockState }) => a.clock.dueAt.getTime() - b.clock.dueAt.getTime();
      const propertyStatementsDue = (await node.propertyRoom.clocksDue(actor, station.code))
        .flatMap((i) => i.clocks.filter((k) => k.status !== 'met' && k.status !== 'met_late').map((clock) => ({ itemId: i.id, number: i.number, firId: i.firId, firNumber: i.firNumber, clock })))
        .sort(byDue);
      // The clocks met by telling the informant or victim of the progress (BNSS 193(3)(ii)), as the rules name them.
      const victimClocks = new Set(rules.rules.filter((r) => r.metBy.includes('victimInformed')).map((r) => r.code));
      return {
        station: { code: station.code, nameEn: station.nameEn, nameHi: station.nameHi },
        date,
        gd: await node.views.gdEntries(actor, station.code, gd),
        complaints: { new: open.filter((c) => c.status === 'registered').length, open: await Promise.all(open.map((c) => node.views.complaintText(actor, c))) },
        firs: { thisMonth: firsThisMonth.length, recent: await node.views.firList(actor, firsThisMonth.slice(0, 10), client) },
        clocks: { dueSoon: dueSoon.sort(byDue), overdue: overdue.sort(byDue) },
        propertyStatementsDue,
        victimsToInform: [...overdue, ...dueSoon].filter((d) => d.recordType === 'fir' && victimClocks.has(d.clock.code)).sort(byDue),
        arrests: await node.arrests.dashboard(actor, station),
        ncReports: await node.ncReports.dashboard(station.code),
        missingPersons: await node.missingPersons.openCounts(station.code),
        stolenProperty: await node.stolenProperty.counts(station.code),
        unnaturalDeaths,
        foundProperty: await node.lostProperty.dashboard(station.code),
        foundPersons,
      };
    },
  }),
];
