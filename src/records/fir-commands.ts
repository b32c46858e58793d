import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide, mayInvestigateAt } from '../access/policy.js';
import {
  firPersons,
  firRegisteredGdText,
  firRegisteredPayload,
  firRegistration,
  linksOf,
  personEntries,
  resolveSections,
  districtOf,
  type FirDerived,
  type FirRegisteredPayload,
} from '../domain/fir-registration.js';
import { firNumberLabel } from '../domain/fir-numbers.js';
import { istYear } from '../domain/ist.js';
import type { SectionRef } from '../domain/law.js';
import { occurrenceTimeProblems } from '../domain/occurrence-times.js';
import type { FirAmendment, FirContent, FirInput } from '../domain/schemas/fir.js';
import type { PersonInput, PersonOnRecord } from '../domain/schemas/person.js';
import { badRequest, conflict, fieldProblem } from '../errors.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import type { UnitService } from '../directory/units.js';
import type { UserRepository } from '../directory/users.js';
import type { Fir, FirQueries } from './fir-queries.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import type { PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';

/** A registration checked and ready to write, inside the caller's transaction; returns the FIR's id. */
export type RegistrationWrite = (tx: Tx, opts: { complaintId?: string }) => Promise<string>;

/** Persons already on the index whose age at the occurrence decides whether they are a child: the victims and the accused. */
function childhoodAtStake(entries: readonly { p: PersonOnRecord; role: string }[]): string[] {
  return entries.flatMap((e) => ('personId' in e.p && (e.role === 'victim' || e.role === 'accused') ? [e.p.personId] : []));
}

/**
 * The commands on FIRs (IIF-1): registration with a gap-free number per station and year, the law
 * chosen by the occurrence date, amendments as new versions, zero-FIR transfer and e-FIR
 * signature. Each gathers its facts (every collaborator asked once, outside the transaction:
 * SQLite has one writer connection), decides by a pure rule of src/domain/, then writes in one
 * transaction.
 */
export class FirCommands {
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
      firs: FirQueries;
      /** Whether this node keeps the records of the unit at this path (else a node below does). */
      homes: (unitPath: string) => Promise<boolean>;
      /** The registration rule; only a test that watches the walk passes its own (a spy on the same function). */
      registrationRule?: typeof firRegistration;
    },
  ) {}

  async register(actor: RequestActor, input: FirInput, client: ClientInfo): Promise<Fir> {
    const write = await this.prepareRegistration(actor, input, client);
    const id = await this.deps.events.transaction((tx) => write(tx, {}));
    return (await this.deps.firs.get(id))!;
  }

  /**
   * Checks everything that can be checked before writing and returns the write, to run inside
   * the caller's transaction (a complaint converted to an FIR is closed in the same one).
   * `alreadyLinked`: persons the caller has linked already (the complaint's complainant).
   * `under`: where the FIR stands in the caller's request body (`fir` of an NC report's or a lost
   * report's conversion), so that a refusal names the field as the request has it.
   */
  async prepareRegistration(actor: RequestActor, input: FirInput, client: ClientInfo, from: { alreadyLinked?: readonly string[]; under?: string } = {}): Promise<RegistrationWrite> {
    const d = this.deps;
    const entries = personEntries(input);
    const links = linksOf(entries);
    const { station, linkProblems } = await d.access.registering(actor, input.stationCode, { ...links, persons: links.persons.filter((p) => !from.alreadyLinked?.includes(p.id)) }, client);
    const sections = await d.law.getMany(input.sections);
    const io = input.ioUserId ? await d.users.byId(input.ioUserId) : null;
    const jurisdiction = input.jurisdictionStationCode ? await d.units.get(input.jurisdictionStationCode) : null;
    // GD entries are append-only: the one read here is the one the write would have read.
    const gdEntry = input.gdEntryId ? await d.gd.get(input.gdEntryId) : null;
    const now = d.clock.now();
    const ruling = (d.registrationRule ?? firRegistration)(
      input,
      {
        stationCode: station.code,
        linkProblems,
        sections,
        ioMayInvestigate: input.ioUserId ? mayInvestigateAt(io, station.code) : null,
        // Naming the IO is the SHO's (case.assign), at registration as later on the case file.
        mayAssignIo: decide(actor.principal, 'case.assign', { unitPath: station.path }).allowed,
        jurisdiction,
        gdEntry,
      },
      now,
    );
    if (!ruling.derived) throw fieldProblem(from.under ? ruling.problems.map((p) => ({ ...p, path: `${from.under}.${p.path}` })) : ruling.problems);
    const { derived, registeredAt } = ruling;

    return async (tx, opts) => {
      const id = uuidv7();
      const fresh = entries.filter((e): e is typeof e & { p: { person: PersonInput } } => 'person' in e.p);
      // A child when the offence occurred is a juvenile (JJ Act 2015), whatever the age at registration.
      const created = await d.persons.enterOnRecord(tx, {
        fresh: fresh.map((e) => e.p.person),
        pathOf: (i) => `${fresh[i]!.path}.person`,
        linked: childhoodAtStake(entries),
        on: new Date(input.occurredFrom),
        stationCode: station.code,
        actor: actor.user.id,
      });
      const year = istYear(registeredAt);
      const firNo = await peekNextNumber(tx, d.storage.engine, `fir:${station.code}:${year}`);
      const number = firNumberLabel(station.code, year, firNo);
      const gdEntryId =
        input.gdEntryId ??
        (
          await d.gd.add(
            tx,
            { stationCode: station.code, at: registeredAt, kind: 'fir_registered', text: firRegisteredGdText(number, input.sections), officer: actor.user.displayName, refType: 'fir', refId: id },
            actor.user.id,
          )
        ).id;
      const payload = firRegisteredPayload(input, {
        id,
        station,
        registeredAt,
        firNo,
        gdEntryId,
        persons: firPersons(entries, created),
        officerInCharge: actor.user.id,
        complaintId: opts.complaintId ?? null,
        derived,
      });
      await d.events.append(tx, { type: 'fir.registered', entityId: id, payload: { ...payload }, actor: actor.user.id });
      await d.audit.forRequest(actor, client).success(tx, 'fir.register', {
        targetType: 'fir',
        targetId: id,
        targetUnit: station.code,
        detail: { number, sections: input.sections.map((s) => `${s.act} ${s.section}`) },
      });
      return id;
    };
  }

  async amend(actor: RequestActor, id: string, input: FirAmendment, client: ClientInfo): Promise<Fir> {
    const fir = await this.deps.firs.mustGet(id);
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
    if (timeErrors.length) throw fieldProblem(timeErrors);
    const sections = changes.sections ?? c.sections;
    const derived = await this.derive(sections, occurredFrom);
    const added = addPersons ?? [];
    await this.deps.access.checkLinks(actor, linksOf(added.map((p, i) => ({ p, path: `addPersons.${i}` }))));
    await this.deps.events.transaction(async (tx) => {
      const current = (await this.deps.firs.get(id, tx))!;
      const fresh = added.flatMap((p, i) => ('person' in p ? [{ person: p.person, path: `addPersons.${i}.person` }] : []));
      const created = await this.deps.persons.enterOnRecord(tx, {
        fresh: fresh.map((f) => f.person),
        pathOf: (i) => fresh[i]!.path,
        linked: childhoodAtStake(added.map((p) => ({ p, role: p.role }))),
        on: occurredFrom,
        stationCode: fir.stationCode,
        actor: actor.user.id,
      });
      const persons = firPersons([...current.content.persons.map((p) => ({ p: { personId: p.personId }, role: p.role })), ...added.map((p) => ({ p, role: p.role }))], created);
      const content: FirContent = {
        ...current.content,
        ...(changes.place ? { place: changes.place } : {}),
        ...(changes.properties ? { properties: changes.properties } : {}),
        ...(changes.delayReasons !== undefined ? { delayReasons: changes.delayReasons } : {}),
        ...(changes.briefFacts ? { briefFacts: changes.briefFacts } : {}),
        occurredFrom: occurredFrom.toISOString(),
        occurredTo: changes.occurredTo ? new Date(changes.occurredTo).toISOString() : current.content.occurredTo,
        sections,
        // The IO is the case file's (assigned by the SHO), never changed by an amendment.
        ioUserId: current.content.ioUserId,
        persons,
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
    return (await this.deps.firs.get(id))!;
  }

  /**
   * Zero FIR → the jurisdictional station, which gets it under its own number, linked both ways.
   * Where that station keeps its records on another node, the FIR is sent there and registered
   * by that node when it arrives (only the owning station's node numbers its FIRs).
   */
  async transfer(actor: RequestActor, id: string, input: { toStationCode: string; reason: string }, client: ClientInfo): Promise<{ from: Fir; to: Fir | null }> {
    const fir = await this.deps.firs.mustGet(id);
    await this.deps.access.authorise(actor, 'fir.transfer', fir.stationCode, client, { type: 'fir', id });
    if (fir.status === 'transferred') throw conflict('already-transferred', 'This FIR has already been transferred.');
    if (input.toStationCode === fir.stationCode) throw fieldProblem([{ path: 'toStationCode', message: 'is the station that holds the FIR already' }]);
    const target = await this.deps.units.get(input.toStationCode);
    if (!target || target.kind !== 'police_station') throw fieldProblem([{ path: 'toStationCode', message: `${input.toStationCode} is not a police station` }]);
    const now = this.deps.clock.now();
    const here = await this.deps.homes(target.path);
    const derived = await this.derive(fir.content.sections, new Date(fir.content.occurredFrom));
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
    return { from: (await this.deps.firs.get(id))!, to: toId ? await this.deps.firs.get(toId) : null };
  }

  /**
   * Registers, under this node's numbers, the FIRs sent to stations it keeps that have arrived
   * from other nodes. Idempotent: an FIR already registered here is not registered again.
   */
  async registerArrivedTransfers(): Promise<Fir[]> {
    const out: Fir[] = [];
    for (const fir of await this.deps.firs.awaitingRegistrationOnArrival()) {
      const target = await this.deps.units.get(fir.transferredToStation!);
      if (!target || !(await this.deps.homes(target.path))) continue;
      const now = this.deps.clock.now();
      const derived = await this.derive(fir.content.sections, new Date(fir.content.occurredFrom));
      const id = await this.deps.events.transaction(async (tx) => (await this.registerTransferred(tx, fir, derived, target, now, 'system')).id);
      out.push((await this.deps.firs.get(id))!);
    }
    return out;
  }

  /** The receiving station's FIR for a transferred one: its own number, its GD entry, the same content. */
  private async registerTransferred(tx: Tx, fir: Fir, derived: FirDerived, target: { code: string; path: string }, now: Date, actorId: string): Promise<{ id: string; label: string }> {
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
    const payload: FirRegisteredPayload = {
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
    const fir = await this.deps.firs.mustGet(id);
    await this.deps.access.authorise(actor, 'record.amend', fir.stationCode, client, { type: 'fir', id });
    if (fir.content.origin !== 'efir') throw conflict('not-efir', 'This FIR is not an e-FIR.');
    if (fir.efirSignedAt) throw conflict('already-signed', 'The informant has already signed this e-FIR.');
    const signedAt = this.deps.clock.now().toISOString();
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'fir.efir_signed', entityId: id, payload: { signedAt }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'fir.efir_sign', { targetType: 'fir', targetId: id, targetUnit: fir.stationCode });
    });
    return (await this.deps.firs.get(id))!;
  }

  /** The derived facts of sections read from the catalogue: a problem with them is the caller's 400. */
  private async derive(sections: SectionRef[], occurredFrom: Date): Promise<FirDerived> {
    const resolved = resolveSections(sections, await this.deps.law.getMany(sections), occurredFrom);
    if (!resolved.derived) throw fieldProblem(resolved.problems);
    return resolved.derived;
  }
}
