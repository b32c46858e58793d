import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { computeClocks, type ClockFacts, type ClockState } from '../domain/clocks.js';
import type { MissingStatus } from '../domain/missing-persons.js';
import type { UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';
import { firClockFacts } from '../records/clock-facts.js';
import { loadClockRules } from '../records/clock-rules.js';
import type { Fir } from '../records/fir-queries.js';
import type { Redactor } from '../records/views.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';
import type { Arrests } from './arrests.js';
import type { CaseDiary } from './case-diary.js';
import type { CaseFiles } from './case-files.js';
import type { PropertyRoom } from './property-room.js';
import type { CourtRecord } from './court-record.js';
import type { CrimeDetails } from './crime-details.js';
import type { FinalReports } from './final-reports.js';

/** One happening in a case's life, newest last. `text` is free text already redacted for the reader. */
export interface TimelineItem {
  at: string;
  /** The event type (fir.registered, case.io_assigned, …) or gd.<kind> for a General Diary entry about the case. */
  type: string;
  by: { id: string; name: string } | null;
  /** The officer an assignment named. */
  officer: { id: string; name: string } | null;
  /** A diary or GD entry's number. */
  entryNo: number | null;
  text: string | null;
}

type Officer = { id: string; name: string; role: string };

/**
 * The case file page: the case, who investigates it, what the reader may do on it, its running
 * statutory clocks and one timeline of everything that happened to it — the events recorded
 * against the FIR's id and the General Diary entries about it. Read only by those the policy lets
 * read the case (mayReadCase), and audited.
 */
export class CaseFileView {
  constructor(
    private readonly deps: {
      storage: Storage;
      audit: AuditLog;
      clock: Clock;
      units: UnitService;
      users: UserRepository;
      cases: CaseFiles;
      diary: CaseDiary;
      property: PropertyRoom;
      crimeDetails: CrimeDetails;
      finalReports: FinalReports;
      courtRecord: CourtRecord;
      arrests: Pick<Arrests, 'accused'>;
      /** The case's events of the investigation for its clocks (src/records/case-clock-events.ts). */
      caseEvents(firIds: string[]): Promise<Map<string, ClockFacts['events']>>;
      firRedactor(actor: RequestActor, fir: Fir): Promise<Redactor>;
    },
  ) {}

  async view(actor: RequestActor, firId: string, client: ClientInfo) {
    const d = this.deps;
    const c = await d.cases.forReading(actor, firId, client);
    const { fir } = c;
    const redact = await d.firRedactor(actor, fir);
    const [abilities, timeline, diaryEntries, property, station, unit, io, acting, caseEvents, accused, crimeDetails, reports, court] = await Promise.all([
      d.cases.abilities(actor, c),
      this.timeline(actor, fir),
      d.diary.count(firId),
      d.property.ofCase(actor, fir),
      d.units.get(fir.stationCode),
      d.units.get(c.unitCode),
      this.officer(c.ioUserId),
      this.officer(c.actingUserId),
      d.caseEvents([fir.id]),
      d.arrests.accused(actor, fir),
      d.crimeDetails.view(fir, redact),
      d.finalReports.view(actor, fir, c.unit.path, redact),
      d.courtRecord.view(actor, fir, redact),
    ]);
    // A missing child's FIR: the report it was registered from, and whether the child has been traced
    // (the IO closes the case with a final report; tracing the child does not).
    const missing = await d.storage.db.selectFrom('missing_persons').select(['id', 'number', 'status', 'status_at']).where('fir_id', '=', fir.id).executeTakeFirst();
    const clocks: ClockState[] = computeClocks(firClockFacts(fir, caseEvents.get(fir.id)), d.clock.now(), loadClockRules());
    await d.audit.forRequest(actor, client).success(d.storage.db, 'case.read', { targetType: 'fir', targetId: fir.id, targetUnit: c.unitCode });
    return {
      firId: fir.id,
      number: fir.number,
      station: { code: fir.stationCode, nameEn: station?.nameEn ?? fir.stationCode, nameHi: station?.nameHi ?? fir.stationCode },
      registeredAt: fir.registeredAt,
      status: fir.status,
      sections: fir.content.sections,
      crimeHead: fir.crimeHead,
      maxYears: fir.maxYears,
      sensitive: fir.sensitive,
      investigatingUnit: { code: c.unitCode, nameEn: unit?.nameEn ?? c.unitCode, nameHi: unit?.nameHi ?? c.unitCode },
      io,
      acting: acting ? { ...acting, since: c.actingSince! } : null,
      may: abilities,
      clocks,
      diaryEntries,
      property,
      crimeDetails,
      finalReports: reports.finalReports,
      victimInformed: reports.victimInformed,
      forensicVisits: reports.forensicVisits,
      court,
      accused,
      missingPerson: missing ? { id: missing.id, number: missing.number, status: missing.status as MissingStatus, statusAt: missing.status_at } : null,
      timeline,
    };
  }

  private async officer(id: string | null): Promise<Officer | null> {
    if (!id) return null;
    const u = await this.deps.users.byId(id);
    return { id, name: u?.displayName ?? id, role: u?.role ?? '' };
  }

  /** Every event of the case and every GD entry about it, in time order, free text redacted for the reader. */
  private async timeline(actor: RequestActor, fir: Fir): Promise<TimelineItem[]> {
    const db = this.deps.storage.db;
    const [events, gd, redact] = await Promise.all([
      db.selectFrom('events').select(['type', 'payload', 'actor', 'at']).where('entity_id', '=', fir.id).orderBy('at').orderBy('local_pos').execute(),
      db.selectFrom('gd_entries').select(['kind', 'entry_no', 'entry_at', 'text', 'created_by']).where('ref_type', '=', 'fir').where('ref_id', '=', fir.id).execute(),
      this.deps.firRedactor(actor, fir),
    ]);
    const names = new Map<string, { id: string; name: string } | null>();
    const who = async (id: string | null | undefined) => {
      if (!id || id === 'system') return null;
      if (!names.has(id)) {
        const o = await this.officer(id);
        names.set(id, o && { id: o.id, name: o.name });
      }
      return names.get(id)!;
    };
    const say = (t: unknown) => (typeof t === 'string' && t ? redact(t).text : null);
    // The GD entry that records a happening comes first when both bear the same time.
    const items: TimelineItem[] = [];
    for (const g of gd) items.push({ at: g.entry_at, type: `gd.${g.kind}`, by: await who(g.created_by), officer: null, entryNo: g.entry_no, text: say(g.text) });
    for (const e of events) {
      const p = JSON.parse(e.payload) as Record<string, unknown>;
      items.push({
        at: e.at,
        type: e.type,
        by: await who(e.actor),
        officer: e.type === 'case.io_assigned' ? await who(p.ioUserId as string) : null,
        entryNo: typeof p.entryNo === 'number' ? p.entryNo : null,
        // Only reasons: a diary entry's text is read in the diary, by those who may.
        text: say(p.reason),
      });
    }
    return items.sort((a, b) => a.at.localeCompare(b.at));
  }
}
