import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { mayInvestigateAt } from '../access/policy.js';
import { firNumberLabel } from '../domain/fir-numbers.js';
import { istYear } from '../domain/ist.js';
import { penalCodeFor, type LawSection, type SectionRef } from '../domain/law.js';
import { principalOffence } from '../domain/law-catalogue-rules.js';
import { badRequest, conflict, fieldProblem, notFound, type FieldError } from '../errors.js';
import { occurrenceTimeProblems } from '../domain/occurrence-times.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { FirsTable } from '../storage/schema.js';
import type { SearchIndex } from '../search/search-index.js';
import type { Clock } from '../util/clock.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import type { PersonRegistry } from './persons.js';
import { LINK_REFUSED, type RecordAccess } from './record-access.js';
import type { FirAmendment, FirContent, FirInput } from '../domain/schemas/fir.js';
import type { PersonInput, PersonOnRecord, PersonRole } from '../domain/schemas/person.js';
import type { UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';

/** What registration and amendments derive from the sections; stored for lists and clocks. */
interface Derived {
  lawCode: string;
  principal: SectionRef;
  crimeHead: string | null;
  maxYears: number | null;
  sensitive: boolean;
}

interface FirRegistered extends Derived {
  id: string;
  stationCode: string;
  districtCode: string;
  year: number;
  firNo: number;
  registeredAt: string;
  gdEntryId: string;
  status: string;
  complaintId: string | null;
  zeroOfStation: string | null;
  transferredFromFir: string | null;
  content: FirContent;
}

export interface Fir {
  id: string;
  stationCode: string;
  districtCode: string;
  year: number;
  firNo: number;
  number: string;
  registeredAt: string;
  gdEntryId: string;
  status: string;
  lawCode: string;
  principal: SectionRef;
  crimeHead: string | null;
  maxYears: number | null;
  sensitive: boolean;
  complaintId: string | null;
  zeroOfStation: string | null;
  transferredToFir: string | null;
  /** Where a transferred FIR went (its new number may not be known here yet). */
  transferredToStation: string | null;
  transferredFromFir: string | null;
  efirSignedAt: string | null;
  version: number;
  content: FirContent;
}

function toFir(r: FirsTable): Fir {
  return {
    id: r.id,
    stationCode: r.station_code,
    districtCode: r.district_code,
    year: r.year,
    firNo: r.fir_no,
    number: firNumberLabel(r.station_code, r.year, r.fir_no),
    registeredAt: r.registered_at,
    gdEntryId: r.gd_entry_id,
    status: r.status,
    lawCode: r.law_code,
    principal: JSON.parse(r.principal),
    crimeHead: r.crime_head,
    maxYears: r.max_years,
    sensitive: r.sensitive === 1,
    complaintId: r.complaint_id,
    zeroOfStation: r.zero_of_station,
    transferredToFir: r.transferred_to_fir,
    transferredToStation: r.transferred_to_station,
    transferredFromFir: r.transferred_from_fir,
    efirSignedAt: r.efir_signed_at,
    version: r.version,
    content: JSON.parse(r.content),
  };
}

const fieldErrors = fieldProblem;

/**
 * FIRs (IIF-1): registration with a gap-free number per station and year, the law chosen by the
 * occurrence date, amendments as new versions, zero-FIR transfer and e-FIR signature.
 */
export class FirService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      units: UnitService;
      users: UserRepository;
      persons: PersonRegistry;
      gd: GeneralDiary;
      law: LawCatalogue;
      access: RecordAccess;
      index: SearchIndex;
      /** Whether this node keeps the records of the unit at this path (else a node below does). */
      homes: (unitPath: string) => Promise<boolean>;
    },
  ) {}

  /** Sections checked against the catalogue and the occurrence date; the derived facts. */
  async resolveSections(refs: SectionRef[], occurredFrom: Date, path = 'sections'): Promise<{ sections: LawSection[]; derived: Derived }> {
    const found = await this.deps.law.getMany(refs);
    const code = penalCodeFor(occurredFrom);
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    found.forEach((s, i) => {
      const ref = refs[i]!;
      const key = `${ref.act} ${ref.section}`;
      if (seen.has(key)) errors.push({ path: `${path}.${i}`, message: `${key} is listed twice` });
      seen.add(key);
      if (!s) {
        errors.push({ path: `${path}.${i}`, message: `${key} is not in the law catalogue` });
        return;
      }
      if ((s.act === 'BNS' || s.act === 'IPC') && s.act !== code) {
        const alt = s.equivalents.filter((x) => x.act === code).map((x) => `${x.act} ${x.section}`);
        const when = code === 'BNS' ? 'on or after 1 July 2024' : 'before 1 July 2024';
        errors.push({
          path: `${path}.${i}`,
          message: `${key} does not apply: the offence occurred ${when}, so the ${code} applies${alt.length ? ` (use ${alt.join(' or ')})` : ''}`,
        });
      }
    });
    if (errors.length) throw fieldErrors(errors);
    const sections = found as LawSection[];
    const principal = principalOffence(sections);
    return {
      sections,
      derived: {
        lawCode: code,
        principal: { act: principal.act, section: principal.section },
        crimeHead: principal.crimeHead,
        maxYears: principal.maxYears,
        sensitive: sections.some((s) => s.sensitive),
      },
    };
  }

  async register(actor: RequestActor, input: FirInput, client: ClientInfo): Promise<Fir> {
    const write = await this.prepareRegistration(actor, input, client);
    const id = await this.deps.events.transaction((tx) => write(tx, {}));
    return (await this.get(id))!;
  }

  /**
   * Checks everything that can be checked before writing (reads outside any transaction: SQLite
   * has one writer connection) and returns the write, to run inside the caller's transaction.
   */
  async prepareRegistration(
    actor: RequestActor,
    input: FirInput,
    client: ClientInfo,
    from: { alreadyLinked?: readonly string[] } = {},
  ): Promise<(tx: Tx, opts: { complaintId?: string }) => Promise<string>> {
    const station = await this.deps.access.registeringStation(actor, input.stationCode, client);
    const now = this.deps.clock.now();
    const registeredAt = input.registeredAt ? new Date(input.registeredAt) : now;
    const occurredFrom = new Date(input.occurredFrom);
    const errors: FieldError[] = [];
    if (input.registeredAt && !input.gdEntryId) errors.push({ path: 'gdEntryId', message: 'a registration time in the past needs the GD entry that recorded the information' });
    errors.push(...occurrenceTimeProblems(input, { at: registeredAt, path: input.registeredAt ? 'registeredAt' : undefined, what: 'the registration time' }, now));
    if (input.origin === 'efir' && input.infoType !== 'electronic') errors.push({ path: 'infoType', message: 'an e-FIR is information received electronically' });
    if (input.origin !== 'zero' && input.jurisdictionStationCode) errors.push({ path: 'jurisdictionStationCode', message: 'only a zero FIR names another station' });
    if (errors.length) throw fieldErrors(errors);
    const { derived } = await this.resolveSections(input.sections, occurredFrom);
    const io = await this.checkIo(input.ioUserId, station.code, 'ioUserId');
    const links = linksOf(personEntries(input));
    await this.deps.access.checkLinks(actor, { ...links, persons: links.persons.filter((p) => !from.alreadyLinked?.includes(p.id)) });
    if (input.jurisdictionStationCode) await this.checkStation(input.jurisdictionStationCode, 'jurisdictionStationCode');

    return async (tx: Tx, opts: { complaintId?: string }) => {
      let gdEntryId = input.gdEntryId;
      if (gdEntryId) {
        const gd = await this.deps.gd.get(gdEntryId, tx);
        if (!gd || gd.stationCode !== station.code) throw fieldErrors([{ path: 'gdEntryId', message: 'is not a GD entry of this station' }]);
        if (Date.parse(gd.entryAt) > registeredAt.getTime()) {
          throw fieldErrors([{ path: 'registeredAt', message: `the FIR cannot be registered before its GD entry (No. ${gd.entryNo} of ${gd.gdDate})` }]);
        }
      }
      const persons = await this.personsFrom(tx, input, station.code, actor.user.id);
      const year = istYear(registeredAt);
      const firNo = await peekNextNumber(tx, this.deps.storage.engine, `fir:${station.code}:${year}`);
      const id = uuidv7();
      if (!gdEntryId) {
        const entry = await this.deps.gd.add(
          tx,
          {
            stationCode: station.code,
            at: registeredAt,
            kind: 'fir_registered',
            text: `FIR No. ${firNumberLabel(station.code, year, firNo)} registered under ${input.sections.map((s) => `${s.act} ${s.section}`).join(', ')}.`,
            officer: actor.user.displayName,
            refType: 'fir',
            refId: id,
          },
          actor.user.id,
        );
        gdEntryId = entry.id;
      }
      const content: FirContent = {
        origin: input.origin,
        infoType: input.infoType,
        occurredFrom: occurredFrom.toISOString(),
        occurredTo: input.occurredTo ? new Date(input.occurredTo).toISOString() : null,
        infoReceivedAt: new Date(input.infoReceivedAt).toISOString(),
        place: input.place,
        sections: input.sections,
        persons,
        unknownAccused: input.unknownAccused,
        properties: input.properties,
        delayReasons: input.delayReasons ?? null,
        briefFacts: input.briefFacts,
        ioUserId: io,
        officerInCharge: actor.user.id,
        jurisdictionStationCode: input.jurisdictionStationCode ?? null,
      };
      const payload: FirRegistered = {
        id,
        stationCode: station.code,
        districtCode: districtOf(station.path),
        year,
        firNo,
        registeredAt: registeredAt.toISOString(),
        gdEntryId,
        status: input.origin === 'efir' ? 'awaiting_signature' : 'registered',
        complaintId: opts.complaintId ?? null,
        zeroOfStation: input.origin === 'zero' ? (input.jurisdictionStationCode ?? null) : null,
        transferredFromFir: null,
        content,
        ...derived,
      };
      await this.deps.events.append(tx, { type: 'fir.registered', entityId: id, payload: { ...payload }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'fir.register', {
        targetType: 'fir',
        targetId: id,
        targetUnit: station.code,
        detail: { number: firNumberLabel(station.code, year, firNo), sections: input.sections.map((s) => `${s.act} ${s.section}`) },
      });
      return id;
    };
  }

  async amend(actor: RequestActor, id: string, input: FirAmendment, client: ClientInfo): Promise<Fir> {
    const fir = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'record.amend', fir.stationCode, client, { type: 'fir', id });
    if (fir.status === 'transferred') throw conflict('transferred', `This FIR was transferred; amend ${fir.transferredToFir ? 'the FIR at the receiving station' : 'it there'}.`);
    const { reason, addPersons, addUnknownAccused, ...changes } = input;
    const hasChange = Object.keys(changes).length > 0 || (addPersons?.length ?? 0) > 0 || (addUnknownAccused?.length ?? 0) > 0;
    if (!hasChange) throw badRequest('no-change', 'The amendment changes nothing: give at least one field to change besides the reason.');
    const c = fir.content;
    const occurredFrom = changes.occurredFrom ? new Date(changes.occurredFrom) : new Date(c.occurredFrom);
    const occurredTo = changes.occurredTo ?? c.occurredTo;
    const timeErrors = occurrenceTimeProblems(
      { occurredFrom: occurredFrom.toISOString(), occurredTo, infoReceivedAt: c.infoReceivedAt },
      { at: new Date(fir.registeredAt), what: 'the registration time' },
      this.deps.clock.now(),
    );
    if (timeErrors.length) throw fieldErrors(timeErrors);
    const sections = changes.sections ?? c.sections;
    const { derived } = await this.resolveSections(sections, occurredFrom);
    const io = changes.ioUserId !== undefined ? await this.checkIo(changes.ioUserId, fir.stationCode, 'ioUserId') : c.ioUserId;
    await this.deps.access.checkLinks(actor, linksOf((addPersons ?? []).map((p, i) => ({ p, path: `addPersons.${i}` }))));
    await this.deps.events.transaction(async (tx) => {
      const current = (await this.get(id, tx))!;
      const added: FirContent['persons'] = [];
      for (const [i, p] of (addPersons ?? []).entries()) {
        const personId =
          'personId' in p
            ? await this.existingPerson(tx, p.personId, `addPersons.${i}.personId`)
            : await this.deps.persons.create(tx, p.person, fir.stationCode, actor.user.id, `addPersons.${i}.person`);
        added.push({ personId, role: p.role });
      }
      const content: FirContent = {
        ...current.content,
        ...(changes.place ? { place: changes.place } : {}),
        ...(changes.properties ? { properties: changes.properties } : {}),
        ...(changes.delayReasons !== undefined ? { delayReasons: changes.delayReasons } : {}),
        ...(changes.briefFacts ? { briefFacts: changes.briefFacts } : {}),
        occurredFrom: occurredFrom.toISOString(),
        occurredTo: changes.occurredTo ? new Date(changes.occurredTo).toISOString() : current.content.occurredTo,
        sections,
        ioUserId: io,
        persons: [...current.content.persons, ...added.filter((a) => !current.content.persons.some((p) => p.personId === a.personId && p.role === a.role))],
        unknownAccused: [...current.content.unknownAccused, ...(addUnknownAccused ?? [])],
      };
      const version = current.version + 1;
      await this.deps.events.append(tx, { type: 'fir.amended', entityId: id, payload: { version, reason, content, ...derived }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'fir.amend', {
        targetType: 'fir',
        targetId: id,
        targetUnit: fir.stationCode,
        detail: { version, reason, fields: Object.keys(changes).concat(addPersons?.length ? ['persons'] : [], addUnknownAccused?.length ? ['unknownAccused'] : []) },
      });
    });
    return (await this.get(id))!;
  }

  /**
   * Zero FIR → the jurisdictional station, which gets it under its own number, linked both ways.
   * Where that station keeps its records on another node, the FIR is sent there and registered
   * by that node when it arrives (only the owning station's node numbers its FIRs).
   */
  async transfer(actor: RequestActor, id: string, input: { toStationCode: string; reason: string }, client: ClientInfo): Promise<{ from: Fir; to: Fir | null }> {
    const fir = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'fir.transfer', fir.stationCode, client, { type: 'fir', id });
    if (fir.status === 'transferred') throw conflict('already-transferred', 'This FIR has already been transferred.');
    if (input.toStationCode === fir.stationCode) throw fieldErrors([{ path: 'toStationCode', message: 'is the station that holds the FIR already' }]);
    const target = await this.checkStation(input.toStationCode, 'toStationCode');
    const now = this.deps.clock.now();
    const here = await this.deps.homes(target.path);
    // Read outside the transaction: SQLite has one connection, which the transaction holds.
    const { derived } = await this.resolveSections(fir.content.sections, new Date(fir.content.occurredFrom));
    const toId = await this.deps.events.transaction(async (tx) => {
      let toId: string | null = null;
      if (here) {
        const received = await this.registerTransferred(tx, fir, derived, target, now, actor.user.id);
        toId = received.id;
        await this.deps.gd.add(
          tx,
          {
            stationCode: fir.stationCode,
            at: now,
            kind: 'fir_transferred',
            text: `FIR No. ${fir.number} transferred to ${target.nameEn} (${target.code}), registered there as ${received.label}. Reason: ${input.reason}`,
            officer: actor.user.displayName,
            refType: 'fir',
            refId: fir.id,
          },
          actor.user.id,
        );
        await this.deps.events.append(tx, { type: 'fir.transferred', entityId: fir.id, payload: { toFirId: toId, toStationCode: target.code, reason: input.reason }, actor: actor.user.id });
      } else {
        await this.deps.gd.add(
          tx,
          {
            stationCode: fir.stationCode,
            at: now,
            kind: 'fir_transferred',
            text: `FIR No. ${fir.number} transferred to ${target.nameEn} (${target.code}); it is registered there when it reaches that station. Reason: ${input.reason}`,
            officer: actor.user.displayName,
            refType: 'fir',
            refId: fir.id,
          },
          actor.user.id,
        );
        await this.deps.events.append(tx, { type: 'fir.transfer_sent', entityId: fir.id, payload: { toStationCode: target.code, reason: input.reason }, actor: actor.user.id });
      }
      await this.deps.audit
        .forRequest(actor, client)
        .success(tx, 'fir.transfer', { targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode, detail: { to: target.code, newFir: toId, reason: input.reason } });
      return toId;
    });
    return { from: (await this.get(id))!, to: toId ? await this.get(toId) : null };
  }

  /**
   * Registers, under this node's numbers, the FIRs sent to stations it keeps that have arrived
   * from other nodes. Idempotent: an FIR already registered here is not registered again.
   */
  async registerArrivedTransfers(): Promise<Fir[]> {
    const waiting = await this.deps.storage.db
      .selectFrom('firs as z')
      .leftJoin('firs as r', 'r.transferred_from_fir', 'z.id')
      .selectAll('z')
      .where('z.transferred_to_station', 'is not', null)
      .where('z.transferred_to_fir', 'is', null)
      .where('r.id', 'is', null)
      .execute();
    const out: Fir[] = [];
    for (const row of waiting) {
      const fir = toFir(row);
      const target = await this.deps.units.get(row.transferred_to_station!);
      if (!target || !(await this.deps.homes(target.path))) continue;
      const now = this.deps.clock.now();
      const { derived } = await this.resolveSections(fir.content.sections, new Date(fir.content.occurredFrom));
      const id = await this.deps.events.transaction(async (tx) => (await this.registerTransferred(tx, fir, derived, target, now, 'system')).id);
      out.push((await this.get(id))!);
    }
    return out;
  }

  /** The receiving station's FIR for a transferred one: its own number, its GD entry, the same content. */
  private async registerTransferred(tx: Tx, fir: Fir, derived: Derived, target: { code: string; path: string }, now: Date, actorId: string): Promise<{ id: string; label: string }> {
    const toId = uuidv7();
    const year = istYear(now);
    const firNo = await peekNextNumber(tx, this.deps.storage.engine, `fir:${target.code}:${year}`);
    const label = firNumberLabel(target.code, year, firNo);
    const entry = await this.deps.gd.add(
      tx,
      {
        stationCode: target.code,
        at: now,
        kind: 'fir_received_on_transfer',
        text: `FIR No. ${fir.number} received on transfer from ${fir.stationCode}; registered as ${label}.`,
        refType: 'fir',
        refId: toId,
      },
      actorId,
    );
    const payload: FirRegistered = {
      id: toId,
      stationCode: target.code,
      districtCode: districtOf(target.path),
      year,
      firNo,
      registeredAt: now.toISOString(),
      gdEntryId: entry.id,
      status: 'registered',
      complaintId: fir.complaintId,
      zeroOfStation: null,
      transferredFromFir: fir.id,
      content: { ...fir.content, origin: 'transfer', ioUserId: null, jurisdictionStationCode: null },
      ...derived,
    };
    await this.deps.events.append(tx, { type: 'fir.registered', entityId: toId, payload: { ...payload }, actor: actorId });
    return { id: toId, label };
  }

  /** The informant's signature on an e-FIR (BNSS 173(1)(ii): within three days). */
  async signEfir(actor: RequestActor, id: string, client: ClientInfo): Promise<Fir> {
    const fir = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'record.amend', fir.stationCode, client, { type: 'fir', id });
    if (fir.content.origin !== 'efir') throw conflict('not-efir', 'This FIR is not an e-FIR.');
    if (fir.efirSignedAt) throw conflict('already-signed', 'The informant has already signed this e-FIR.');
    const signedAt = this.deps.clock.now().toISOString();
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'fir.efir_signed', entityId: id, payload: { signedAt }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'fir.efir_sign', { targetType: 'fir', targetId: id, targetUnit: fir.stationCode });
    });
    return (await this.get(id))!;
  }

  async get(id: string, exec: Executor = this.deps.storage.db): Promise<Fir | null> {
    const r = await exec.selectFrom('firs').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toFir(r) : null;
  }

  /** FIRs by id, in the order of the ids given (ids with no FIR are left out). */
  async getMany(ids: string[]): Promise<Fir[]> {
    if (ids.length === 0) return [];
    const rows = new Map((await this.deps.storage.db.selectFrom('firs').selectAll().where('id', 'in', ids).execute()).map((r) => [r.id, r]));
    return ids.flatMap((id) => (rows.has(id) ? [toFir(rows.get(id)!)] : []));
  }

  async byNumber(stationCode: string, year: number, firNo: number): Promise<Fir | null> {
    const r = await this.deps.storage.db.selectFrom('firs').selectAll().where('station_code', '=', stationCode).where('year', '=', year).where('fir_no', '=', firNo).executeTakeFirst();
    return r ? toFir(r) : null;
  }

  /** When each FIR's first arrest was entered in the General Diary (starts the charge-sheet clock). */
  async firstArrests(firIds: string[]): Promise<Map<string, Date>> {
    if (firIds.length === 0) return new Map();
    const rows = await this.deps.storage.db
      .selectFrom('gd_entries')
      .select(['ref_id', 'entry_at'])
      .where('ref_type', '=', 'fir')
      .where('kind', '=', 'arrest')
      .where('ref_id', 'in', firIds)
      .orderBy('entry_at')
      .execute();
    const out = new Map<string, Date>();
    for (const r of rows) if (r.ref_id && !out.has(r.ref_id)) out.set(r.ref_id, new Date(r.entry_at));
    return out;
  }

  async mustGet(id: string): Promise<Fir> {
    const f = await this.get(id);
    if (!f) throw notFound('There is no FIR with this id.');
    return f;
  }

  async list(stationCodes: string[], filter: { station?: string; year?: number; status?: string; from?: string; to?: string; limit: number }): Promise<Fir[]> {
    if (stationCodes.length === 0) return [];
    let q = this.deps.storage.db.selectFrom('firs').selectAll().where('station_code', 'in', stationCodes);
    if (filter.station) q = q.where('station_code', '=', filter.station);
    if (filter.year) q = q.where('year', '=', filter.year);
    if (filter.status) q = q.where('status', '=', filter.status);
    if (filter.from) q = q.where('registered_at', '>=', new Date(filter.from).toISOString());
    if (filter.to) q = q.where('registered_at', '<', new Date(filter.to).toISOString());
    return (await q.orderBy('registered_at', 'desc').limit(filter.limit).execute()).map(toFir);
  }

  async versions(id: string) {
    return this.deps.storage.db.selectFrom('fir_versions').selectAll().where('fir_id', '=', id).orderBy('version').execute();
  }

  private async personsFrom(tx: Tx, input: FirInput, ownerUnit: string, actor: string): Promise<FirContent['persons']> {
    const entries = personEntries(input);
    // The new persons are created together: one append and one write per read table for all of them.
    const fresh = entries.filter((e) => !('personId' in e.p));
    const ids = await this.deps.persons.createMany(
      tx,
      fresh.map((e) => (e.p as { person: PersonInput }).person),
      ownerUnit,
      actor,
      (i) => `${fresh[i]!.path}.person`,
    );
    const created = new Map(fresh.map((e, i) => [e, ids[i]!]));
    const out: FirContent['persons'] = [];
    for (const e of entries) {
      const personId = 'personId' in e.p ? await this.existingPerson(tx, e.p.personId, `${e.path}.personId`) : created.get(e)!;
      if (!out.some((x) => x.personId === personId && x.role === e.role)) out.push({ personId, role: e.role });
    }
    return out;
  }

  private async existingPerson(tx: Tx, id: string, path: string): Promise<string> {
    if (!(await this.deps.persons.get(id, tx))) throw fieldErrors([{ path, message: LINK_REFUSED }]);
    return id;
  }

  private async checkIo(userId: string | undefined | null, stationCode: string, path: string): Promise<string | null> {
    if (!userId) return null;
    const u = await this.deps.users.byId(userId);
    if (!mayInvestigateAt(u, stationCode)) throw fieldErrors([{ path, message: 'must be an active investigating officer or SHO of this station' }]);
    return u.id;
  }

  private async checkStation(code: string, path: string) {
    const unit = await this.deps.units.get(code);
    if (!unit || unit.kind !== 'police_station') throw fieldErrors([{ path, message: `${code} is not a police station` }]);
    return unit;
  }
}

/** The persons of an IIF-1 body with their roles and where each is in the body. */
function personEntries(input: FirInput): { p: PersonOnRecord; role: PersonRole; path: string }[] {
  return [
    { p: input.complainant, role: 'complainant', path: 'complainant' },
    ...input.accused.map((p, i) => ({ p, role: 'accused' as const, path: `accused.${i}` })),
    ...input.victims.map((p, i) => ({ p, role: 'victim' as const, path: `victims.${i}` })),
    ...input.witnesses.map((p, i) => ({ p, role: 'witness' as const, path: `witnesses.${i}` })),
  ];
}

/** What a body links by id, and the photos its new persons name: checked by RecordAccess.checkLinks. */
export function linksOf(entries: { p: PersonOnRecord; path: string }[]) {
  return {
    persons: entries.flatMap(({ p, path }) => ('personId' in p ? [{ id: p.personId, path: `${path}.personId` }] : [])),
    photos: entries.flatMap(({ p, path }) => ('person' in p && p.person.photoSha256 ? [{ sha256: p.person.photoSha256, path: `${path}.person.photoSha256` }] : [])),
  };
}

/** The district in a unit path /IN/MH/MH-PUN/…: the third segment. */
export function districtOf(path: string): string {
  return path.split('/').filter(Boolean)[2] ?? '';
}
