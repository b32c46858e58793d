import fs from 'node:fs';
import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { courtsFor, type Court } from '../domain/final-report-steps.js';
import { linksOf } from '../domain/fir-registration.js';
import { istDate, istMidnight, istYear } from '../domain/ist.js';
import type { SectionRef } from '../domain/law.js';
import { diaryOwed, fortnightByNumber, fortnightOf, isFortnightStart, ncNumberLabel, ncSectionProblems, parseNcRules, type Fortnight, type NcRules } from '../domain/nc-reports.js';
import { occurrenceTimeProblems } from '../domain/occurrence-times.js';
import type { FirInput } from '../domain/schemas/fir.js';
import type { NcConversion, NcDiaryForward, NcListQuery, NcReportInput } from '../domain/schemas/nc-report.js';
import type { PersonInput } from '../domain/schemas/person.js';
import { codesWithin, type Unit, type UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';
import { MARKERS } from '../search/names/redact.js';
import { rankOf } from './fir-copy-view.js';
import { conflict, fieldProblem, notFound } from '../errors.js';
import type { PersonSearch } from '../search/person-search.js';
import type { Executor, Storage } from '../storage/db.js';
import { istFortnightStartSql } from '../storage/ist-sql.js';
import type { EventLog } from '../storage/event-log.js';
import type { NcReportsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { referencePath } from '../util/paths.js';
import { loadCourts } from './court-reference.js';
import { diaryStep, numberedEntry } from './register.js';
import type { FirCommands } from './fir-commands.js';
import type { Fir, FirQueries } from './fir-queries.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import type { PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';
import type { RecordViews } from './views.js';

let rules: NcRules | null = null;
/** reference/law/nc-reports.json, validated once. */
export function loadNcRules(): NcRules {
  rules ??= parseNcRules(JSON.parse(fs.readFileSync(referencePath('law', 'nc-reports.json'), 'utf8')));
  return rules;
}

export interface NcReport {
  id: string;
  stationCode: string;
  year: number;
  ncNo: number;
  number: string;
  receivedAt: string;
  informantId: string;
  substance: string;
  place: string;
  occurredFrom: string | null;
  occurredTo: string | null;
  sections: SectionRef[];
  courtCode: string;
  gdEntryId: string;
  diaryId: string | null;
  firId: string | null;
  order: { date: string; courtCode: string; reference: string } | null;
}

function toReport(r: NcReportsTable): NcReport {
  return {
    id: r.id,
    stationCode: r.station_code,
    year: r.year,
    ncNo: r.nc_no,
    number: ncNumberLabel(r.year, r.nc_no),
    receivedAt: r.received_at,
    informantId: r.informant_id,
    substance: r.substance,
    place: r.place,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    sections: JSON.parse(r.sections),
    courtCode: r.court_code,
    gdEntryId: r.gd_entry_id,
    diaryId: r.diary_id,
    firId: r.fir_id,
    order: r.fir_id && r.order_date && r.order_court_code ? { date: r.order_date, courtCode: r.order_court_code, reference: r.order_reference ?? '' } : null,
  };
}

export const courtView = (code: string) => {
  const c = loadCourts().find((k) => k.code === code);
  return c ? { code: c.code, nameEn: c.nameEn, nameHi: c.nameHi } : { code, nameEn: code, nameHi: code };
};

/** The Magistrates' courts of the station's district, where an informant is referred and the diary goes. */
export function magistrateCourt(stationPath: string, code: string): Court | undefined {
  return courtsFor(stationPath, loadCourts()).find((k) => k.code === code && k.level === 'magistrate');
}
export const NOT_A_MAGISTRATE = "is not a Magistrate's court of the station's district";

/**
 * The non-cognizable register (BNSS 174): a report entered with its GD entry and the informant
 * referred to the Magistrate; the fortnightly diary of reports forwarded to the Magistrate; and,
 * when the Magistrate orders investigation, the FIR registered on the order in the same
 * transaction, linked both ways, carrying over the report's persons.
 */
export class NcReportService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      units: UnitService;
      users: UserRepository;
      persons: PersonRegistry;
      personSearch: PersonSearch;
      gd: GeneralDiary;
      law: LawCatalogue;
      firs: FirQueries;
      firCommands: FirCommands;
      access: RecordAccess;
      views: RecordViews;
    },
  ) {}

  async register(actor: RequestActor, input: NcReportInput, client: ClientInfo): Promise<NcReport> {
    const d = this.deps;
    const entries = [{ p: input.informant, path: 'informant' }, ...input.accused.map((p, i) => ({ p, path: `accused.${i}` }))];
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, linksOf(entries), client);
    const now = d.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    const problems = [
      ...occurrenceTimeProblems(input, { at: receivedAt, path: input.receivedAt ? 'receivedAt' : undefined, what: 'the information was received' }, now),
      ...ncSectionProblems(input.sections, await d.law.getMany(input.sections)),
      ...(magistrateCourt(station.path, input.courtCode) ? [] : [{ path: 'courtCode', message: NOT_A_MAGISTRATE }]),
      ...linkProblems,
    ];
    // A report entered late belongs to its own fortnight, whose diary must not have gone already.
    const fortnight = fortnightOf(istDate(receivedAt));
    if (await this.diaryOf(station.code, fortnight.start))
      problems.push({ path: 'receivedAt', message: `the diary of ${fortnight.start} to ${fortnight.end} has already been forwarded to the Magistrate` });
    if (problems.length) throw fieldProblem(problems);
    const id = uuidv7();
    await d.events.transaction(async (tx) => {
      const fresh = entries.filter((e): e is typeof e & { p: { person: PersonInput } } => 'person' in e.p);
      const created = await d.persons.createMany(
        tx,
        fresh.map((e) => e.p.person),
        station.code,
        actor.user.id,
        (i) => `${fresh[i]!.path}.person`,
        input.occurredFrom ? new Date(input.occurredFrom) : undefined,
      );
      let next = 0;
      const ids = entries.map((e) => ('personId' in e.p ? e.p.personId : created[next++]!));
      const court = magistrateCourt(station.path, input.courtCode)!;
      const { year, seq, number, gd } = await numberedEntry(d, tx, actor, {
        stationCode: station.code,
        refType: 'nc_report',
        refId: id,
        series: 'nc',
        at: receivedAt,
        numberOf: ncNumberLabel,
        diary: (number) => ({
          kind: 'nc_registered',
          text: `${number} (non-cognizable, BNSS 174): ${input.sections.map((s) => `${s.act} ${s.section}`).join(', ')}. ${input.substance.slice(0, 200)} Informant referred to the ${court.nameEn}.`,
        }),
      });
      await d.events.append(tx, {
        type: 'nc.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          year,
          seq,
          receivedAt: receivedAt.toISOString(),
          informantId: ids[0]!,
          accusedIds: ids.slice(1),
          substance: input.substance,
          place: input.place,
          occurredFrom: input.occurredFrom ? new Date(input.occurredFrom).toISOString() : null,
          occurredTo: input.occurredTo ? new Date(input.occurredTo).toISOString() : null,
          sections: input.sections,
          courtCode: court.code,
          gdEntryId: gd.id,
        },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'nc.register', { targetType: 'nc_report', targetId: id, targetUnit: station.code, detail: { number } });
    });
    return (await this.get(id))!;
  }

  /**
   * The Magistrate ordered investigation (BNSS 174(2)): the FIR is registered on the order and the
   * report marked converted, in one transaction. The FIR's complainant is the informant and its
   * accused include the report's accused unless the body names them.
   */
  async convert(actor: RequestActor, id: string, body: NcConversion, client: ClientInfo): Promise<{ report: NcReport; fir: Fir }> {
    const d = this.deps;
    const nc = await this.mustGet(id);
    const station = await d.access.authorise(actor, 'record.register', nc.stationCode, client, { type: 'nc_report', id });
    if (nc.firId) throw conflict('converted', `${nc.number} has already been converted to an FIR.`);
    const problems: { path: string; message: string }[] = [];
    if (body.fir.stationCode !== nc.stationCode) problems.push({ path: 'fir.stationCode', message: 'must be the station that holds the report' });
    if (!magistrateCourt(station.path, body.order.courtCode)) problems.push({ path: 'order.courtCode', message: NOT_A_MAGISTRATE });
    const today = istDate(d.clock.now());
    if (body.order.date > today) problems.push({ path: 'order.date', message: 'is in the future' });
    if (body.order.date < istDate(new Date(nc.receivedAt))) problems.push({ path: 'order.date', message: 'is before the report was received' });
    if (problems.length) throw fieldProblem(problems);
    const accused = await this.personIds(id, 'accused');
    const given = new Set(body.fir.accused.flatMap((p) => ('personId' in p ? [p.personId] : [])));
    const input: FirInput = {
      ...body.fir,
      complainant: body.fir.complainant ?? { personId: nc.informantId },
      accused: [...body.fir.accused, ...accused.filter((a) => !given.has(a)).map((personId) => ({ personId }))],
    };
    // The report's own persons are carried over whoever converts it (as a complaint's complainant is).
    const write = await d.firCommands.prepareRegistration(actor, input, client, { alreadyLinked: [nc.informantId, ...accused], under: 'fir' });
    const firId = await d.events.transaction(async (tx) => {
      const newFirId = await write(tx, {});
      await d.events.append(tx, {
        type: 'nc.converted',
        entityId: id,
        payload: { stationCode: nc.stationCode, firId: newFirId, orderDate: body.order.date, orderCourtCode: body.order.courtCode, orderReference: body.order.reference },
        actor: actor.user.id,
      });
      await d.audit.forRequest(actor, client).success(tx, 'nc.convert', { targetType: 'nc_report', targetId: id, targetUnit: nc.stationCode, detail: { fir: newFirId, order: body.order.reference } });
      return newFirId;
    });
    return { report: (await this.get(id))!, fir: (await d.firs.get(firId))! };
  }

  /** Records the fortnight's diary of NC reports as forwarded to the Magistrate (BNSS 174(1)), with its GD entry. */
  async forwardDiary(actor: RequestActor, input: NcDiaryForward, client: ClientInfo) {
    const d = this.deps;
    const station = await d.access.authorise(actor, 'record.register', input.stationCode, client, { type: 'nc_diary' });
    const fortnight = this.fortnightFrom(input.from, 'from');
    const problems: { path: string; message: string }[] = [];
    if (fortnight.end > istDate(d.clock.now())) problems.push({ path: 'from', message: `the fortnight ${fortnight.start} to ${fortnight.end} has not ended` });
    if (!magistrateCourt(station.path, input.courtCode)) problems.push({ path: 'courtCode', message: NOT_A_MAGISTRATE });
    if (problems.length) throw fieldProblem(problems);
    if (await this.diaryOf(station.code, fortnight.start)) throw conflict('forwarded', `The diary of ${fortnight.start} to ${fortnight.end} has already been forwarded.`);
    const reports = await this.inFortnight(station.code, fortnight);
    const id = uuidv7();
    const now = d.clock.now();
    const court = courtView(input.courtCode);
    await d.events.transaction(async (tx) => {
      await diaryStep(
        d,
        tx,
        actor,
        { stationCode: station.code, refType: 'nc_diary', refId: id, at: now },
        'nc_diary_forwarded',
        `Diary of non-cognizable reports ${fortnight.start} to ${fortnight.end} (${reports.length ? reports.map((r) => r.number).join(', ') : 'nil'}) forwarded to the ${court.nameEn} (BNSS 174(1))${input.reference ? `, ref. ${input.reference}` : ''}.`,
      );
      await d.events.append(tx, {
        type: 'nc.diary_forwarded',
        entityId: id,
        payload: {
          stationCode: station.code,
          periodStart: fortnight.start,
          periodEnd: fortnight.end,
          courtCode: input.courtCode,
          reference: input.reference ?? null,
          reportIds: reports.map((r) => r.id),
          forwardedAt: now.toISOString(),
        },
        actor: actor.user.id,
      });
      await d.audit
        .forRequest(actor, client)
        .success(tx, 'nc.diary_forward', { targetType: 'nc_diary', targetId: id, targetUnit: station.code, detail: { from: fortnight.start, reports: reports.length } });
    });
    return (await this.diaryOf(station.code, fortnight.start))!;
  }

  /** A fortnight named by its first day; a 400 naming the field otherwise. */
  fortnightFrom(from: string, path: string): Fortnight {
    if (!isFortnightStart(from)) throw fieldProblem([{ path, message: 'must be the first day of a fortnight (the 1st or the 16th of a month)' }]);
    return fortnightOf(from);
  }

  async diaryOf(stationCode: string, periodStart: string) {
    const r = await this.deps.storage.db.selectFrom('nc_diaries').selectAll().where('station_code', '=', stationCode).where('period_start', '=', periodStart).executeTakeFirst();
    if (!r) return null;
    return {
      id: r.id,
      stationCode: r.station_code,
      fortnight: { start: r.period_start, end: r.period_end },
      court: courtView(r.court_code),
      reference: r.reference,
      reportIds: JSON.parse(r.report_ids) as string[],
      forwardedAt: r.forwarded_at,
      forwardedBy: r.forwarded_by,
    };
  }

  /** The station's reports received in a fortnight (IST), in number order. */
  async inFortnight(stationCode: string, f: Fortnight): Promise<NcReport[]> {
    const rows = await this.deps.storage.db
      .selectFrom('nc_reports')
      .selectAll()
      .where('station_code', '=', stationCode)
      .where('received_at', '>=', istMidnight(f.start).toISOString())
      .where('received_at', '<', new Date(istMidnight(f.end).getTime() + 86_400_000).toISOString())
      .orderBy('year')
      .orderBy('nc_no')
      .execute();
    return rows.map(toReport);
  }

  async get(id: string, exec: Executor = this.deps.storage.db): Promise<NcReport | null> {
    const r = await exec.selectFrom('nc_reports').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toReport(r) : null;
  }

  async mustGet(id: string): Promise<NcReport> {
    const r = await this.get(id);
    if (!r) throw notFound('There is no non-cognizable report with this id.');
    return r;
  }

  /**
   * What the fortnight's diary prints, as this reader may see it (withheld persons as the
   * placeholder, their names out of the free text), and what its verification code covers.
   */
  async diaryView(actor: RequestActor, stationCode: string, from: string, language: 'en' | 'hi', client: ClientInfo) {
    const d = this.deps;
    const station = await d.access.readableStation(actor, stationCode, client);
    const fortnight = this.fortnightFrom(from, 'from');
    const [reports, diary, district, state] = await Promise.all([
      this.inFortnight(station.code, fortnight),
      this.diaryOf(station.code, fortnight.start),
      d.units.get(station.path.split('/').filter(Boolean)[2] ?? ''),
      d.units.get(station.path.split('/').filter(Boolean)[1] ?? ''),
    ]);
    const name = (u: { nameEn: string; nameHi: string } | null, fallback: string) => (u ? (language === 'hi' ? u.nameHi : u.nameEn) : fallback);
    const entries = [];
    for (const nc of reports) {
      const v = await this.view(actor, nc);
      const who = (p: (typeof v)['accused'][number]) => (p.masked ? MARKERS.name[language] : p.name);
      const court = v.referredTo;
      entries.push({
        number: nc.number,
        receivedAt: nc.receivedAt,
        informant: v.informant ? who(v.informant) : '',
        accused: v.accused.map(who),
        sections: nc.sections.map((s) => `${s.act} ${s.section}`).join(', '),
        place: v.place,
        substance: v.substance,
        referredTo: language === 'hi' ? court.nameHi : court.nameEn,
        ...(v.fir ? { fir: v.fir.number } : {}),
      });
    }
    const court = diary?.court ?? (reports[0] ? courtView(reports[0].courtCode) : null);
    await d.audit.forRequest(actor, client).success(d.storage.db, 'nc.diary_print', {
      targetType: 'nc_diary',
      targetId: diary?.id,
      targetUnit: station.code,
      detail: { from: fortnight.start, reports: reports.length },
    });
    const officer = await d.users.byId(diary?.forwardedBy ?? actor.user.id);
    return {
      station,
      fortnight,
      reportIds: reports.map((r) => r.id),
      view: {
        language,
        state: name(state, ''),
        district: name(district, ''),
        policeStation: name(station, station.code),
        from: fortnight.start,
        to: fortnight.end,
        court: { name: court ? (language === 'hi' ? court.nameHi : court.nameEn) : '', ...(court ? { code: court.code } : {}) },
        ...(diary ? { forwardedAt: diary.forwardedAt } : {}),
        ...(diary?.reference ? { reference: diary.reference } : {}),
        officer: { name: officer?.displayName ?? '', rank: officer ? rankOf(officer.role, language) : '' },
        entries,
      },
    };
  }

  /**
   * Whether a code is the one printed on this fortnight's diary as it stands (public: the answer
   * names the station and the fortnight, no person). A diary printed before a report was added
   * verifies as an earlier version.
   */
  async verifyDiary(code: string, ref: { stationCode: string; year: number; fortnight: number }, codeFor: (reportIds: string[]) => string, noMatch: string) {
    const f = fortnightByNumber(ref.year, ref.fortnight);
    const reports = await this.inFortnight(ref.stationCode, f);
    const wanted = code.trim().toUpperCase();
    // Reports are only ever added to a fortnight: each earlier print listed a prefix of them in number order.
    let version = 0;
    for (let n = reports.length; n >= 0 && !version; n--) if (codeFor(reports.slice(0, n).map((r) => r.id)) === wanted) version = n + 1;
    if (!version) throw notFound(noMatch);
    const station = await this.deps.units.get(ref.stationCode);
    return {
      valid: true as const,
      document: 'nc-diary',
      number: `NC diary ${f.start} to ${f.end}`,
      station: station?.nameEn ?? ref.stationCode,
      registeredAt: istMidnight(f.start).toISOString(),
      version,
      currentVersion: reports.length + 1,
    };
  }

  private async personIds(id: string, role: 'complainant' | 'accused'): Promise<string[]> {
    const rows = await this.deps.storage.db.selectFrom('record_persons').select('person_id').where('record_type', '=', 'nc_report').where('record_id', '=', id).where('role', '=', role).execute();
    return rows.map((r) => r.person_id);
  }

  /**
   * Reports in these stations, newest first. The informant is found by name as the person search
   * finds names, never matching a protected person (whose name must not be confirmed by a search).
   */
  async list(stationCodes: string[], q: NcListQuery): Promise<NcReport[]> {
    if (!stationCodes.length) return [];
    let query = this.deps.storage.db.selectFrom('nc_reports').selectAll().where('station_code', 'in', stationCodes);
    if (q.station) query = query.where('station_code', '=', q.station);
    if (q.number) {
      const m = /^(?:NC\s*)?(\d+)\s*\/\s*(\d{4})$/i.exec(q.number.trim());
      if (!m) throw fieldProblem([{ path: 'number', message: 'must be like NC 7/2026' }]);
      query = query.where('nc_no', '=', Number(m[1])).where('year', '=', Number(m[2]));
    }
    if (q.from) query = query.where('received_at', '>=', istMidnight(q.from).toISOString());
    if (q.to) query = query.where('received_at', '<', new Date(istMidnight(q.to).getTime() + 86_400_000).toISOString());
    if (q.from && q.to && q.from > q.to) throw fieldProblem([{ path: 'to', message: 'is before from' }]);
    if (q.status) query = q.status === 'converted' ? query.where('fir_id', 'is not', null) : query.where('fir_id', 'is', null);
    if (q.informant) {
      const hits = await this.deps.personSearch.find({ q: q.informant, limit: 200 });
      const hidden = await this.deps.access.identities.protectedIds(hits.map((h) => h.id));
      const ids = hits.map((h) => h.id).filter((id) => !hidden.has(id));
      if (!ids.length) return [];
      query = query.where('informant_id', 'in', ids);
    }
    return (await query.orderBy('received_at', 'desc').orderBy('nc_no', 'desc').limit(q.limit).execute()).map(toReport);
  }

  /** The register on the station dashboard: reports this fortnight, and diaries owed (oldest first). */
  async dashboard(stationCode: string) {
    const today = istDate(this.deps.clock.now());
    const current = fortnightOf(today);
    const thisFortnight = (await this.inFortnight(stationCode, current)).length;
    const pending = await this.undiarised(current).where('station_code', '=', stationCode).execute();
    return { fortnight: current, thisFortnight, diariesOwed: diariesOwedBy(today, pending).get(stationCode) ?? [] };
  }

  /**
   * The NC figures of every station within a unit (a supervisor's counts), one grouped query for
   * the fortnight's and the year's reports and one for those not yet in a diary: by station code,
   * stations without reports absent.
   */
  async countsWithin(unit: Pick<Unit, 'path'>) {
    const db = this.deps.storage.db;
    const now = this.deps.clock.now();
    const today = istDate(now);
    const current = fortnightOf(today);
    const fortnightFrom = istMidnight(current.start).toISOString();
    const [registered, pending] = await Promise.all([
      db
        .selectFrom('nc_reports')
        .select((eb) => ['station_code', eb.fn.countAll<number>().as('year'), eb.fn.sum<number>(eb.case().when('received_at', '>=', fortnightFrom).then(1).else(0).end()).as('fortnight')])
        .where('station_code', 'in', codesWithin(db, unit.path))
        .where('received_at', '>=', istMidnight(`${istYear(now)}-01-01`).toISOString())
        .groupBy('station_code')
        .execute(),
      this.undiarised(current).where('station_code', 'in', codesWithin(db, unit.path)).execute(),
    ]);
    const owed = diariesOwedBy(today, pending);
    const out = new Map<string, { thisFortnight: number; thisYear: number; diariesOwed: number; diariesOverdue: number }>();
    const byStation = new Map(registered.map((r) => [r.station_code, r]));
    for (const code of new Set([...byStation.keys(), ...owed.keys()])) {
      const r = byStation.get(code);
      const o = owed.get(code) ?? [];
      out.set(code, { thisFortnight: Number(r?.fortnight ?? 0), thisYear: Number(r?.year ?? 0), diariesOwed: o.length, diariesOverdue: o.filter((d) => d.overdue).length });
    }
    return out;
  }

  /**
   * Reports of fortnights ended before `current` not yet in a diary, counted by station and
   * fortnight (the database reckons the IST fortnight): each such fortnight owes one.
   */
  private undiarised(current: Fortnight) {
    const { db, engine } = this.deps.storage;
    const fortnight = istFortnightStartSql(engine, 'received_at');
    return db
      .selectFrom('nc_reports')
      .select((eb) => ['station_code', fortnight.as('fortnight'), eb.fn.countAll<number>().as('reports')])
      .where('diary_id', 'is', null)
      .where('received_at', '<', istMidnight(current.start).toISOString())
      .groupBy(['station_code', fortnight]);
  }

  /** The report as this reader may read it: withheld persons masked, their names out of the free text. */
  async view(actor: RequestActor, nc: NcReport) {
    const d = this.deps;
    const links = await d.storage.db.selectFrom('record_persons').select(['person_id', 'role']).where('record_type', '=', 'nc_report').where('record_id', '=', nc.id).execute();
    const ids = links.map((l) => l.person_id);
    const persons = await d.persons.getMany(ids);
    const decided = await d.access.identities.decide(actor, ids);
    const withheld = (id: string) => {
      const p = decided.get(id);
      return p && !p.unmask ? p.reason : undefined;
    };
    const { substance, ...row } = await this.row(actor, nc);
    const [gd, sections, diary, fir] = await Promise.all([
      d.gd.get(nc.gdEntryId),
      d.law.getMany(nc.sections),
      nc.diaryId ? d.storage.db.selectFrom('nc_diaries').selectAll().where('id', '=', nc.diaryId).executeTakeFirst() : Promise.resolve(undefined),
      nc.firId ? d.firs.get(nc.firId) : Promise.resolve(null),
    ]);
    const view = (l: { person_id: string; role: string }) => d.views.personView(persons.get(l.person_id)!, l.role === 'accused' ? 'accused' : 'complainant', withheld(l.person_id));
    const { informantName: _name, ...common } = row;
    return {
      ...common,
      informant: links.filter((l) => l.role === 'complainant').map(view)[0] ?? null,
      accused: links.filter((l) => l.role === 'accused').map(view),
      substance,
      occurredFrom: nc.occurredFrom,
      occurredTo: nc.occurredTo,
      sectionTitles: nc.sections.map((s, i) => ({ ...s, title: sections[i]?.title ?? '', titleHi: sections[i]?.titleHi ?? null })),
      referredTo: courtView(nc.courtCode),
      gdEntry: gd ? { id: gd.id, entryNo: gd.entryNo, gdDate: gd.gdDate, entryAt: gd.entryAt } : null,
      diary: diary ? { id: diary.id, periodStart: diary.period_start, periodEnd: diary.period_end, forwardedAt: diary.forwarded_at } : null,
      fir: fir ? { id: fir.id, number: fir.number } : null,
      order: nc.order ? { date: nc.order.date, court: courtView(nc.order.courtCode), reference: nc.order.reference } : null,
      /** A protected person was shown to this reader (audited apart by the route). */
      unmasked: [...decided.values()].some((p) => p.unmask),
    };
  }

  /** A list row: the informant's name unless withheld, the free text redacted as the station's. */
  async row(actor: RequestActor, nc: NcReport) {
    const d = this.deps;
    const withheld = await d.access.identities.withheld(actor, [nc.informantId]);
    const informant = withheld.has(nc.informantId) ? null : await d.persons.get(nc.informantId);
    const ids = await this.personIds(nc.id, 'accused');
    const redact = await d.views.redactorFor(actor, [nc.informantId, ...ids], [nc.stationCode]);
    const substance = redact(nc.substance);
    const place = redact(nc.place);
    return {
      id: nc.id,
      stationCode: nc.stationCode,
      number: nc.number,
      year: nc.year,
      ncNo: nc.ncNo,
      receivedAt: nc.receivedAt,
      place: place.text,
      substance: substance.text,
      sections: nc.sections,
      status: nc.firId ? ('converted' as const) : ('registered' as const),
      diaryForwarded: nc.diaryId !== null,
      firId: nc.firId,
      informantName: informant?.name ?? null,
      textWithheld: substance.withheld || place.withheld,
    };
  }
}

/** The diaries owed, by station, for the fortnights with reports not yet in one (ended fortnights only), oldest first. */
function diariesOwedBy(today: string, pending: readonly { station_code: string; fortnight: string; reports: number | string }[]) {
  const rules = loadNcRules();
  const out = new Map<string, { fortnight: Fortnight; reports: number; due: string; overdue: boolean }[]>();
  for (const r of [...pending].sort((a, b) => a.fortnight.localeCompare(b.fortnight))) {
    const e = { fortnight: fortnightOf(r.fortnight), reports: Number(r.reports) };
    const owed = diaryOwed(today, { ...e, forwarded: false }, rules);
    if (owed) out.set(r.station_code, [...(out.get(r.station_code) ?? []), { ...e, ...owed }]);
  }
  return out;
}
