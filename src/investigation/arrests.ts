import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { nextAccusedCode } from '../domain/accused-codes.js';
import { accusedClockFacts, accusedClocks, accusedStatus, ageOnDate, displayable, isHeld, memoOrderProblems, statusSince, type AccusedStatus } from '../domain/accused-custody.js';
import { arrestProblems } from '../domain/arrest-rules.js';
import type { ClockFacts, ClockState } from '../domain/clocks.js';
import { custodyProblems, defaultBailDeadline, firstRemandAt, type CustodyPeriod } from '../domain/custody-ledger.js';
import { istDate, istDateTime, istMidnight } from '../domain/ist.js';
import type { AbscondingInput, ArrestInput, CustodyOrderInput, ProductionInput } from '../domain/schemas/arrest.js';
import type { Unit, UnitService } from '../directory/units.js';
import { badRequest, conflict, fieldProblem, notFound } from '../errors.js';
import { asFact, asPeriod, caseClockEvents } from '../records/case-clock-events.js';
import { firClockFacts } from '../records/clock-facts.js';
import { loadClockRules } from '../records/clock-rules.js';
import type { Fir } from '../records/fir-queries.js';
import type { GeneralDiary } from '../records/general-diary.js';
import { loadInvestigationCodes } from '../records/investigation-reference.js';
import type { Person, PersonRegistry } from '../records/persons.js';
import type { RecordAccess } from '../records/record-access.js';
import type { Redactor } from '../records/views.js';
import type { ArrestMemoView, FormLanguage, SectionView } from '../documents/index.js';
import { procedureForRegistration } from '../documents/index.js';
import type { UserRepository } from '../directory/users.js';
import { RANKS } from '../records/fir-copy-view.js';
import type { LawCatalogue } from '../records/law-catalogue.js';
import type { Executor, Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { AbscondersTable, ArrestsTable, CustodyPeriodsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { rangeEnd, rangeStart, type AccusedSearchQuery } from '../search/schemas.js';
import { auditSearch } from '../search/scope.js';
import type { CaseFiles } from './case-files.js';

/** An accused as this reader may see them: a protected person withheld from the reader has no identity here. */
export type AccusedPerson = { id: string; name: string; masked: false } | { masked: true };

export interface ArrestView {
  id: string;
  kind: 'arrest' | 'surrender';
  outcome: string;
  at: string;
  place: string;
  court: string | null;
  gdEntryId: string;
  handcuffed: boolean;
  production: { at: string; court: string; magistrate: string } | null;
}

export interface CustodyPeriodView {
  kind: 'police' | 'judicial' | 'bail';
  from: string;
  until: string | null;
  court: string | null;
  orderReference: string | null;
}

/** One accused of a case: code, where they stand, their memos, the court's orders and their clocks. */
export interface AccusedView {
  person: AccusedPerson;
  code: string | null;
  status: AccusedStatus;
  /** The declaration that makes the accused absconding, while it holds. */
  absconding: { since: string; note: string } | null;
  arrests: ArrestView[];
  custody: CustodyPeriodView[];
  clocks: ClockState[];
}

/** A row of the list of arrested persons (BNSS 37). */
export interface ArrestedPersonRow {
  person: { name: string; address: string | null; masked: false } | { masked: true };
  offence: { crimeHead: string | null; sections: { act: string; section: string }[] };
  station: { code: string; nameEn: string; nameHi: string };
  firId: string;
  firNumber: string;
  accusedCode: string;
  arrestedAt: string;
}

/** The public part of the list: names and offences only. */
export interface PublicArrestedRow {
  name: string;
  offence: { crimeHead: string | null; sections: { act: string; section: string }[] };
  station: { code: string; nameEn: string; nameHi: string };
  date: string;
}

/** A person on a dashboard list, with the clock that puts them there. */
export interface DueAccused {
  firId: string;
  number: string;
  accusedCode: string;
  person: AccusedPerson;
  clock: ClockState;
}

type Ledger = { arrests: ArrestsTable[]; periods: CustodyPeriodsTable[]; absconding: AbscondersTable[] };

const DISPLAY_DAYS = 30;

/**
 * At most this many accused are weighed by a search, newest first: a search is narrowed, not
 * paged. One more is read to know whether the answer is cut (`truncated`).
 */
export const ACCUSED_CANDIDATES = 5000;

type UnitRef = { code: string; nameEn: string; nameHi: string };

/** An accused found by the search "accused by status". */
export interface AccusedHit {
  person: { id: string; name: string };
  accusedCode: string | null;
  status: AccusedStatus;
  /** Since when the accused stands so (for one never arrested: the FIR's registration). */
  since: string;
  /** When the production before the Magistrate was due (BNSS 58), for a search of overdue productions. */
  productionDueAt: string | null;
  fir: { id: string; number: string; station: UnitRef; registeredAt: string; crimeHead: string | null; sections: { act: string; section: string }[] };
}

/**
 * Arrests and custody (IIF-3, BNSS 35–58, 187): the arrest or court-surrender memo of each accused
 * with its General Diary entry, the production before the Magistrate, the court's orders of
 * custody and bail, each accused's clocks, and the lists of arrested persons (BNSS 37). Steps pass
 * the case's gate (CaseFiles.forStep); the law's checks are the pure rules of src/domain/.
 */
export class Arrests {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      units: UnitService;
      persons: PersonRegistry;
      gd: GeneralDiary;
      cases: CaseFiles;
      access: RecordAccess;
      firs: { getMany(ids: string[]): Promise<Fir[]>; firstArrests(ids: string[]): Promise<Map<string, Date>> };
      users: UserRepository;
      law: Pick<LawCatalogue, 'getMany'>;
      firRedactor(actor: RequestActor, fir: Fir): Promise<Redactor>;
    },
  ) {}

  /** The IO records an arrest or a court surrender of an accused on the FIR. */
  async record(actor: RequestActor, firId: string, input: ArrestInput, client: ClientInfo): Promise<AccusedView> {
    const d = this.deps;
    const c = await d.cases.forStep(actor, firId, client);
    const { fir } = c;
    if (!fir.content.persons.some((p) => p.personId === input.personId && p.role === 'accused')) {
      throw fieldProblem([{ path: 'personId', message: 'is not an accused on this FIR: add the person to the FIR as accused (amendment) first' }]);
    }
    const person = (await d.persons.get(input.personId))!;
    const now = d.clock.now();
    const at = new Date(input.at);
    const ledger = await this.ledger(firId, input.personId);
    const status = this.status(ledger, now);
    if (isHeld(status)) throw conflict('already-in-custody', `This accused is already ${status.replace('_', ' ')} on an earlier memo of this case; record the court's orders in the ledger instead.`);
    const codes = loadInvestigationCodes();
    const outcome = codes.arrestOutcomes.find((o) => o.code === input.outcome);
    const ageAtArrest = ageOnDate({ birthDate: person.birthDate, age: person.age, recordedAt: new Date(person.createdAt) }, at);
    const errors = [
      ...arrestProblems(
        {
          outcome: input.outcome,
          at,
          grounds: input.grounds ?? null,
          court: input.court ?? null,
          person: { gender: person.gender, ageYears: ageAtArrest, infirm: input.infirm },
          personInformed: input.personInformed ? { name: input.personInformed.name, relationship: input.personInformed.relationship } : null,
          attestingWitness: input.attestingWitness ?? null,
          handcuff: input.handcuff ?? null,
          magistratePermission: input.magistratePermission ? { reference: input.magistratePermission.reference, grantedAt: new Date(input.magistratePermission.grantedAt) } : null,
          seniorPermission: input.seniorPermission ? { ...input.seniorPermission, grantedAt: new Date(input.seniorPermission.grantedAt) } : null,
        },
        { now, informationAt: new Date(fir.content.infoReceivedAt), station: { stateCode: stateOf(c.unit), place: null }, maxYears: fir.maxYears },
        codes,
      ),
    ];
    if (outcome) {
      errors.push(
        ...memoOrderProblems(
          {
            at,
            informedAt: input.personInformed ? new Date(input.personInformed.informedAt) : null,
            custodyUntil: input.custodyUntil ? new Date(input.custodyUntil) : null,
            custody: outcome.arrest ? null : outcome.custody,
          },
          now,
        ),
      );
    }
    const custody = outcome?.custody
      ? {
          periodId: uuidv7(),
          kind: outcome.custody,
          from: at.toISOString(),
          until: input.custodyUntil ? new Date(input.custodyUntil).toISOString() : null,
          byCourt: !outcome.arrest,
          court: outcome.arrest ? null : (input.court ?? null),
          orderReference: outcome.arrest ? null : (input.orderReference ?? null),
        }
      : null;
    if (custody && !errors.length) {
      const next = { kind: custody.kind, from: at, until: custody.until ? new Date(custody.until) : null };
      errors.push(...(await this.ledgerProblems(fir, ledger, next)).map((e) => ({ ...e, path: e.path === 'until' ? 'custodyUntil' : 'at' })));
    }
    if (errors.length) throw fieldProblem(errors);

    const arrestId = uuidv7();
    await d.events.transaction(async (tx) => {
      const codeNow = async () => {
        const taken = await tx.selectFrom('arrests').select(['person_id', 'accused_code']).where('fir_id', '=', firId).execute();
        return taken.find((t) => t.person_id === input.personId)?.accused_code ?? nextAccusedCode(taken.map((t) => t.accused_code));
      };
      const code = await codeNow();
      const kind = outcome!.arrest ? 'arrest' : 'surrender';
      const gd = await d.gd.add(
        tx,
        {
          // The diary of the unit investigating the case: the arresting station.
          stationCode: c.unitCode,
          at: now,
          kind: 'arrest',
          // The accused by code only: the diary is read by the whole station, and a child is never named in it.
          text: `${kind === 'arrest' ? 'Arrest' : 'Surrender in court'} of accused ${code} in FIR ${fir.number} at ${istDateTime(at)}, ${input.place}. Memo (IIF-3) recorded; outcome: ${outcome!.en}.`,
          officer: actor.user.displayName,
          refType: 'fir',
          refId: firId,
        },
        actor.user.id,
      );
      // Again, once the GD entry's append holds the event log's head: a memo of this case sent at
      // the same moment has committed by now and is seen (the person held, the code taken).
      if (isHeld(this.status(await this.ledger(firId, input.personId, tx), now))) throw conflict('already-in-custody', 'This accused was arrested on another memo a moment ago.');
      if ((await codeNow()) !== code) throw conflict('try-again', 'Another memo of this case was recorded at the same moment: send this one again.');
      const informed = input.personInformed;
      await d.events.append(tx, {
        type: 'case.arrest_recorded',
        entityId: firId,
        actor: actor.user.id,
        payload: {
          arrestId,
          personId: input.personId,
          accusedCode: code,
          kind,
          outcome: input.outcome,
          at: at.toISOString(),
          place: input.place,
          court: input.court ?? null,
          grounds: input.grounds ?? null,
          personInformed: informed ? { name: informed.name, relationship: informed.relationship, phone: informed.phone ?? null, informedAt: new Date(informed.informedAt).toISOString() } : null,
          attestingWitness: input.attestingWitness ?? null,
          handcuff: input.handcuff ?? null,
          magistratePermission: input.magistratePermission ? { ...input.magistratePermission, grantedAt: new Date(input.magistratePermission.grantedAt).toISOString() } : null,
          seniorPermission: input.seniorPermission ? { ...input.seniorPermission, grantedAt: new Date(input.seniorPermission.grantedAt).toISOString() } : null,
          infirm: input.infirm,
          ageAtArrest,
          gdEntryId: gd.id,
          custody,
        },
      });
      await d.audit.forRequest(actor, client).success(tx, 'case.arrest', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: fir.stationCode,
        detail: { arrest: arrestId, accusedCode: code, outcome: input.outcome, gdEntryNo: gd.entryNo },
      });
    });
    return this.one(actor, fir, input.personId);
  }

  /** The arrested person was produced before a Magistrate (BNSS 58). */
  async produce(actor: RequestActor, firId: string, arrestId: string, input: ProductionInput, client: ClientInfo): Promise<AccusedView> {
    const d = this.deps;
    const { fir } = await d.cases.forStep(actor, firId, client);
    const arrest = await this.arrest(firId, arrestId);
    if (arrest.kind === 'surrender') throw conflict('surrendered', 'This person surrendered in court: there is no production to record; record the court’s order in the ledger.');
    if (arrest.outcome === 'arrested_bailed') throw conflict('released', 'This person was released on bail at the arrest: there is no production to record.');
    if (arrest.produced_at) throw conflict('already-produced', 'The production of this arrest is already recorded.');
    const at = new Date(input.at);
    if (at.getTime() < Date.parse(arrest.arrested_at)) throw fieldProblem([{ path: 'at', message: 'cannot be before the arrest' }]);
    if (at.getTime() > d.clock.now().getTime()) throw fieldProblem([{ path: 'at', message: 'cannot be in the future' }]);
    await d.events.transaction(async (tx) => {
      await d.events.append(tx, {
        type: 'case.production_recorded',
        entityId: firId,
        actor: actor.user.id,
        payload: { arrestId, at: at.toISOString(), court: input.court, magistrate: input.magistrate },
      });
      await d.audit
        .forRequest(actor, client)
        .success(tx, 'case.production', { targetType: 'fir', targetId: firId, targetUnit: fir.stationCode, detail: { arrest: arrestId, accusedCode: arrest.accused_code } });
    });
    return this.one(actor, fir, arrest.person_id);
  }

  /** A court's order of police custody, judicial custody or bail, entered in the accused's ledger. */
  async orderCustody(actor: RequestActor, firId: string, arrestId: string, input: CustodyOrderInput, client: ClientInfo): Promise<AccusedView> {
    const d = this.deps;
    const { fir } = await d.cases.forStep(actor, firId, client);
    const arrest = await this.arrest(firId, arrestId);
    const from = new Date(input.from);
    const until = input.until ? new Date(input.until) : null;
    const ledger = await this.ledger(firId, arrest.person_id);
    const latest = ledger.arrests[ledger.arrests.length - 1]!;
    if (latest.id !== arrestId) throw conflict('later-memo', `A later memo of this accused exists (${latest.arrested_at}): enter the order against it.`);
    if (from.getTime() < Date.parse(arrest.arrested_at)) throw fieldProblem([{ path: 'from', message: 'cannot be before the arrest or surrender' }]);
    if (from.getTime() > d.clock.now().getTime()) throw fieldProblem([{ path: 'from', message: 'cannot be in the future: enter an order once the court has made it' }]);
    const errors = await this.ledgerProblems(fir, ledger, { kind: input.kind, from, until });
    if (errors.length) throw fieldProblem(errors);
    await d.events.transaction(async (tx) => {
      await d.events.append(tx, {
        type: 'case.custody_ordered',
        entityId: firId,
        actor: actor.user.id,
        payload: {
          periodId: uuidv7(),
          arrestId,
          personId: arrest.person_id,
          kind: input.kind,
          from: from.toISOString(),
          until: until?.toISOString() ?? null,
          court: input.court,
          orderReference: input.orderReference,
        },
      });
      await d.audit.forRequest(actor, client).success(tx, 'case.custody', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: fir.stationCode,
        detail: { arrest: arrestId, accusedCode: arrest.accused_code, kind: input.kind },
      });
    });
    return this.one(actor, fir, arrest.person_id);
  }

  /** The IO declares an accused absconding (not found, with the efforts made to trace them). */
  async declareAbsconding(actor: RequestActor, firId: string, input: AbscondingInput, client: ClientInfo): Promise<AccusedView> {
    const d = this.deps;
    const { fir } = await d.cases.forStep(actor, firId, client);
    if (!fir.content.persons.some((p) => p.personId === input.personId && p.role === 'accused')) {
      throw fieldProblem([{ path: 'personId', message: 'is not an accused on this FIR: add the person to the FIR as accused (amendment) first' }]);
    }
    const now = d.clock.now();
    const since = new Date(input.since);
    if (since.getTime() > now.getTime()) throw fieldProblem([{ path: 'since', message: 'cannot be in the future' }]);
    if (since.getTime() < Date.parse(fir.content.infoReceivedAt)) throw fieldProblem([{ path: 'since', message: 'cannot be before the information of the offence reached the police station' }]);
    const ledger = await this.ledger(firId, input.personId);
    const status = this.status(ledger, now);
    if (isHeld(status)) throw conflict('in-custody', `This accused is ${status.replace('_', ' ')}: a person in custody is not absconding.`);
    const latest = ledger.arrests[ledger.arrests.length - 1];
    if (latest && since.getTime() <= Date.parse(latest.arrested_at)) throw fieldProblem([{ path: 'since', message: 'must be after the latest arrest or surrender of this accused' }]);
    if (status === 'absconding') throw conflict('already-absconding', 'This accused is already declared absconding.');
    await d.events.transaction(async (tx) => {
      await d.events.append(tx, {
        type: 'case.accused_absconding',
        entityId: firId,
        actor: actor.user.id,
        payload: { declarationId: uuidv7(), personId: input.personId, since: since.toISOString(), note: input.note },
      });
      await d.audit.forRequest(actor, client).success(tx, 'case.absconding', { targetType: 'fir', targetId: firId, targetUnit: fir.stationCode, detail: { since: since.toISOString() } });
    });
    return this.one(actor, fir, input.personId);
  }

  /**
   * Where each accused of the case who has a custody record stands now (person id → status and
   * accused code), for the checks of other steps (the final report); not a view for a reader.
   */
  async custodyRecord(firId: string): Promise<Map<string, { status: AccusedStatus; code: string | null }>> {
    const db = this.deps.storage.db;
    const [arrests, periods, absconding] = await Promise.all([
      db.selectFrom('arrests').selectAll().where('fir_id', '=', firId).orderBy('arrested_at').execute(),
      db.selectFrom('custody_periods').selectAll().where('fir_id', '=', firId).orderBy('from_at').execute(),
      db.selectFrom('absconders').selectAll().where('fir_id', '=', firId).orderBy('since').execute(),
    ]);
    const now = this.deps.clock.now();
    const out = new Map<string, { status: AccusedStatus; code: string | null }>();
    for (const id of new Set([...arrests.map((a) => a.person_id), ...absconding.map((x) => x.person_id)])) {
      const ledger = { arrests: arrests.filter((a) => a.person_id === id), periods: periods.filter((p) => p.person_id === id), absconding: absconding.filter((x) => x.person_id === id) };
      out.set(id, { status: this.status(ledger, now), code: ledger.arrests[ledger.arrests.length - 1]?.accused_code ?? null });
    }
    return out;
  }

  /** Every accused of the case, arrested or not, as this reader may see them, with their clocks. */
  async accused(actor: RequestActor, fir: Fir): Promise<AccusedView[]> {
    const db = this.deps.storage.db;
    const onFir = fir.content.persons.filter((p) => p.role === 'accused').map((p) => p.personId);
    const [arrests, periods, absconding] = await Promise.all([
      db.selectFrom('arrests').selectAll().where('fir_id', '=', fir.id).orderBy('arrested_at').execute(),
      db.selectFrom('custody_periods').selectAll().where('fir_id', '=', fir.id).orderBy('from_at').execute(),
      db.selectFrom('absconders').selectAll().where('fir_id', '=', fir.id).orderBy('since').execute(),
    ]);
    const ids = [...new Set([...onFir, ...arrests.map((a) => a.person_id)])];
    const [withheld, persons, redact] = await Promise.all([this.deps.access.identities.withheld(actor, ids), this.deps.persons.getMany(ids), this.deps.firRedactor(actor, fir)]);
    const now = this.deps.clock.now();
    const facts = (await this.caseFacts([fir])).get(fir.id)!;
    const views = ids.map((id) =>
      this.view(
        id,
        { arrests: arrests.filter((a) => a.person_id === id), periods: periods.filter((p) => p.person_id === id), absconding: absconding.filter((x) => x.person_id === id) },
        { withheld: withheld.has(id), person: persons.get(id), redact, now, facts },
      ),
    );
    // Coded accused in code order, then those not arrested.
    return views.sort((a, b) => (a.code === null ? 1 : 0) - (b.code === null ? 1 : 0) || (a.code ?? '').length - (b.code ?? '').length || (a.code ?? '').localeCompare(b.code ?? ''));
  }

  /**
   * The station dashboard's lists: arrested persons awaiting production before the Magistrate
   * (BNSS 58) and accused whose default bail (BNSS 187(3)) is near or passed, by the clocks' own
   * warning margins. Juveniles are never named on them. Of the cases the station investigates
   * (casesWithin), whichever unit made the arrest or recorded the remand.
   */
  async dashboard(actor: RequestActor, station: Unit): Promise<{ toProduce: DueAccused[]; defaultBail: DueAccused[] }> {
    const db = this.deps.storage.db;
    const cases = this.deps.access.casesWithin(station);
    const arrests = await db.selectFrom('arrests').selectAll().where('fir_id', 'in', cases).orderBy('arrested_at').execute();
    if (!arrests.length) return { toProduce: [], defaultBail: [] };
    const firIds = [...new Set(arrests.map((a) => a.fir_id))];
    const [firs, periods] = await Promise.all([this.deps.firs.getMany(firIds), db.selectFrom('custody_periods').selectAll().where('fir_id', 'in', cases).orderBy('from_at').execute()]);
    const personIds = [...new Set(arrests.map((a) => a.person_id))];
    const [withheld, persons] = await Promise.all([this.deps.access.identities.withheld(actor, personIds), this.deps.persons.getMany(personIds)]);
    const now = this.deps.clock.now();
    const rules = loadClockRules();
    const startOf = new Map(rules.rules.map((r) => [r.code, r.startEvent]));
    const toProduce: DueAccused[] = [];
    const defaultBail: DueAccused[] = [];
    const caseFacts = await this.caseFacts(firs);
    for (const fir of firs) {
      if (fir.status === 'transferred') continue;
      const facts = caseFacts.get(fir.id)!;
      for (const personId of new Set(arrests.filter((a) => a.fir_id === fir.id).map((a) => a.person_id))) {
        // Held or not is what the dashboard asks; a declaration of absconding never holds anyone.
        const ledger = {
          arrests: arrests.filter((a) => a.fir_id === fir.id && a.person_id === personId),
          periods: periods.filter((p) => p.fir_id === fir.id && p.person_id === personId),
          absconding: [],
        };
        const latest = ledger.arrests[ledger.arrests.length - 1]!;
        const person = this.displayedPerson(personId, persons.get(personId), withheld.has(personId), latest);
        // Default bail matters while the accused is held; one on bail is not detained.
        const held = isHeld(this.status(ledger, now));
        for (const clock of accusedClocks(accusedClockFacts(facts, ledger.arrests.map(asFact), ledger.periods.map(asPeriod)), now, rules)) {
          const item = { firId: fir.id, number: fir.number, accusedCode: latest.accused_code, person, clock };
          if (startOf.get(clock.code) === 'arrest' && (clock.status === 'running' || clock.status === 'due_soon' || clock.status === 'overdue')) toProduce.push(item);
          if (held && startOf.get(clock.code) === 'firstRemand' && (clock.status === 'due_soon' || clock.status === 'overdue')) defaultBail.push(item);
        }
      }
    }
    const byDue = (a: DueAccused, b: DueAccused) => a.clock.dueAt.getTime() - b.clock.dueAt.getTime();
    return { toProduce: toProduce.sort(byDue), defaultBail: defaultBail.sort(byDue) };
  }

  /**
   * The list of persons arrested at a police station or in a district (BNSS 37), for the police
   * of that unit (audited). Never a juvenile, nor anyone whose age on the arrest date is unknown;
   * a protected person withheld from the reader appears without identity. `withheld` counts the
   * arrests left off.
   */
  async arrestedList(
    actor: RequestActor,
    query: { unit: string; from?: string; to?: string },
    client: ClientInfo,
  ): Promise<{ unit: { code: string; nameEn: string; nameHi: string }; from: string; to: string; persons: ArrestedPersonRow[]; withheld: number }> {
    const unit = await this.deps.units.get(query.unit);
    if (!unit) throw notFound(`There is no unit ${query.unit}.`);
    if (unit.kind !== 'police_station' && unit.kind !== 'district') {
      throw badRequest('not-a-station-or-district', `${unit.code} is a ${unit.kind.replace('_', ' ')}: the list is kept per police station and per district.`, [
        { path: 'unit', message: 'must be a police station or a district' },
      ]);
    }
    await this.deps.access.authorise(actor, 'record.read', unit.code, client, { type: 'unit' });
    const { from, to, rows } = await this.listRows(unit, query);
    const ids = rows.map((r) => r.arrest.person_id);
    const [withheld, protections] = await Promise.all([this.deps.access.identities.withheld(actor, ids), this.deps.access.identities.protections(ids)]);
    const persons: ArrestedPersonRow[] = [];
    let left = 0;
    for (const r of rows) {
      const p = r.person;
      const juvenile = !p || p.juvenile || protections.get(p.id)?.reason === 'juvenile';
      if (juvenile || !displayable({ ageAtArrest: r.arrest.age_at_arrest, juvenile: false, protectedPerson: false })) {
        left++;
        continue;
      }
      persons.push({
        person: withheld.has(p.id) ? { masked: true } : { name: p.name, address: p.addresses[0]?.line ?? null, masked: false },
        offence: r.offence,
        station: r.station,
        firId: r.fir.id,
        firNumber: r.fir.number,
        accusedCode: r.arrest.accused_code,
        arrestedAt: r.arrest.arrested_at,
      });
    }
    await this.deps.audit
      .forRequest(actor, client)
      .success(this.deps.storage.db, 'arrest.list', { targetType: 'unit', targetId: unit.code, targetUnit: unit.code, detail: { from, to, rows: persons.length } });
    return { unit: { code: unit.code, nameEn: unit.nameEn, nameHi: unit.nameHi }, from, to, persons, withheld: left };
  }

  /**
   * Accused of the reader's station, district or State by where they stand (search "accused by
   * status"): the status the custody records give at the time of reading (accusedStatus), or an
   * arrested person whose production before the Magistrate is overdue; optionally of a crime head
   * or section, and since when (from/to). A protected person withheld from the reader is left out
   * altogether, as every search leaves them out. Audited as `search.accused`.
   */
  async search(actor: RequestActor, query: AccusedSearchQuery, client: ClientInfo): Promise<{ unit: UnitRef; results: AccusedHit[]; total: number; truncated: boolean }> {
    const d = this.deps;
    const db = d.storage.db;
    const unit = await d.access.readableUnit(actor, query.unit, client);
    // The FIRs searched: the cases the unit investigates, of the crime head and section asked; a zero FIR sent on is counted where it was registered again.
    let firs = db.selectFrom('firs').select('firs.id').where('firs.id', 'in', d.access.casesWithin(unit)).where('firs.status', '!=', 'transferred');
    if (query.crimeHead) firs = firs.where('firs.crime_head', '=', query.crimeHead);
    if (query.act || query.section) {
      const { act, section } = query;
      firs = firs.where('firs.id', 'in', (eb) => {
        let sub = eb.selectFrom('fir_section_index').select('fir_section_index.fir_id');
        if (act) sub = sub.where('fir_section_index.act', '=', act);
        if (section) sub = sub.where((e) => e.or([e('fir_section_index.section', '=', section), e('fir_section_index.section_base', '=', section)]));
        return sub;
      });
    }
    const from = query.from ? rangeStart(query.from) : null;
    const to = query.to ? rangeEnd(query.to) : null;
    // Candidates narrowed in SQL by what each status needs; the status itself is decided below on the whole ledger.
    const status = query.status;
    let pairs: { fir_id: string; person_id: string }[];
    if (status === 'not_arrested') {
      let q = db
        .selectFrom('record_persons')
        .innerJoin('firs', 'firs.id', 'record_persons.record_id')
        .select(['record_persons.record_id as fir_id', 'record_persons.person_id'])
        .where('record_persons.record_type', '=', 'fir')
        .where('record_persons.role', '=', 'accused')
        .where('firs.id', 'in', firs)
        .where(({ not, exists, selectFrom }) =>
          not(exists(selectFrom('arrests').select('arrests.id').whereRef('arrests.fir_id', '=', 'record_persons.record_id').whereRef('arrests.person_id', '=', 'record_persons.person_id'))),
        );
      if (from) q = q.where('firs.registered_at', '>=', from.toISOString());
      if (to) q = q.where('firs.registered_at', '<', to.toISOString());
      pairs = await q
        .orderBy('firs.registered_at', 'desc')
        .limit(ACCUSED_CANDIDATES + 1)
        .execute();
    } else if (status === 'absconding') {
      let q = db.selectFrom('absconders').select(['fir_id', 'person_id']).where('fir_id', 'in', firs);
      if (from) q = q.where('since', '>=', from.toISOString());
      if (to) q = q.where('since', '<', to.toISOString());
      pairs = await q
        .orderBy('since', 'desc')
        .limit(ACCUSED_CANDIDATES + 1)
        .execute();
    } else {
      let q = db.selectFrom('arrests').select(['fir_id', 'person_id']).where('fir_id', 'in', firs);
      if (status === 'production_overdue') q = q.where('kind', '=', 'arrest').where('produced_at', 'is', null);
      // The status began at the latest memo or after it: a memo after `to` cannot have begun it before.
      if (to) q = q.where('arrested_at', '<', to.toISOString());
      pairs = await q
        .orderBy('arrested_at', 'desc')
        .limit(ACCUSED_CANDIDATES + 1)
        .execute();
    }
    const truncated = pairs.length > ACCUSED_CANDIDATES;
    const keys = [...new Map(pairs.slice(0, ACCUSED_CANDIDATES).map((p) => [`${p.fir_id} ${p.person_id}`, p])).values()];
    const firIds = [...new Set(keys.map((k) => k.fir_id))];
    const [ledgers, firList] = await Promise.all([this.ledgers(firIds), d.firs.getMany(firIds)]);
    const firById = new Map(firList.map((f) => [f.id, f]));
    const now = d.clock.now();
    const rules = loadClockRules();
    const productionRules = new Set(rules.rules.filter((r) => r.startEvent === 'arrest').map((r) => r.code));
    const caseFacts = status === 'production_overdue' ? await this.caseFacts(firList) : null;
    const found: { personId: string; fir: Fir; code: string | null; status: AccusedStatus; since: Date; dueAt: Date | null }[] = [];
    for (const k of keys) {
      const fir = firById.get(k.fir_id);
      if (!fir) continue;
      const ledger = ledgers(k.fir_id, k.person_id);
      const latest = ledger.arrests[ledger.arrests.length - 1];
      const declared = ledger.absconding[ledger.absconding.length - 1];
      const stands = this.status(ledger, now);
      let dueAt: Date | null = null;
      if (status === 'production_overdue') {
        const clock = accusedClocks(accusedClockFacts(caseFacts!.get(fir.id)!, ledger.arrests.map(asFact), ledger.periods.map(asPeriod)), now, rules).find((c) => productionRules.has(c.code));
        if (clock?.status !== 'overdue') continue;
        dueAt = clock.dueAt;
      } else if (stands !== status) continue;
      const since = statusSince(latest ? asFact(latest) : null, ledger.periods.map(asPeriod), now, declared ? new Date(declared.since) : null) ?? new Date(fir.registeredAt);
      if ((from && since < from) || (to && since >= to)) continue;
      found.push({ personId: k.person_id, fir, code: latest?.accused_code ?? null, status: stands, since, dueAt });
    }
    // Left out, not masked: a row would say that a withheld person is accused in this case and where they are.
    const withheld = await d.access.identities.withheld(actor, [...new Set(found.map((f) => f.personId))]);
    const shown = found.filter((f) => !withheld.has(f.personId)).sort((a, b) => b.since.getTime() - a.since.getTime() || a.fir.number.localeCompare(b.fir.number));
    const page = shown.slice(0, query.limit);
    const persons = await d.persons.getMany([...new Set(page.map((f) => f.personId))]);
    const stations = new Map<string, UnitRef>();
    const results: AccusedHit[] = [];
    for (const f of page) {
      const person = persons.get(f.personId);
      if (!person) continue;
      const code = f.fir.stationCode;
      if (!stations.has(code)) {
        const u = await d.units.get(code);
        stations.set(code, { code, nameEn: u?.nameEn ?? code, nameHi: u?.nameHi ?? code });
      }
      results.push({
        person: { id: f.personId, name: person.name },
        accusedCode: f.code,
        status: f.status,
        since: f.since.toISOString(),
        productionDueAt: f.dueAt?.toISOString() ?? null,
        fir: {
          id: f.fir.id,
          number: f.fir.number,
          station: stations.get(code)!,
          registeredAt: f.fir.registeredAt,
          crimeHead: f.fir.crimeHead,
          sections: f.fir.content.sections.map((x) => ({ act: x.act, section: x.section })),
        },
      });
    }
    const { limit: _limit, ...terms } = query;
    await auditSearch(
      d.audit,
      db,
      actor,
      client,
      'search.accused',
      { ...terms, unit: unit.code },
      results.map((r) => r.person.id),
    );
    return { unit: { code: unit.code, nameEn: unit.nameEn, nameHi: unit.nameHi }, results, total: shown.length, truncated };
  }

  /**
   * The public part of the list (BNSS 37), for the citizen portal: names and offences only. Never a
   * juvenile (under 18 on the arrest date, or of unknown age), never a victim of any case, never
   * anyone protected.
   */
  async publicList(unitCode: string, query: { from?: string; to?: string } = {}): Promise<PublicArrestedRow[]> {
    const unit = await this.deps.units.get(unitCode);
    if (!unit) throw notFound(`There is no unit ${unitCode}.`);
    const { rows } = await this.listRows(unit, query);
    const ids = [...new Set(rows.map((r) => r.arrest.person_id))];
    const [protections, victims] = await Promise.all([
      this.deps.access.identities.protections(ids),
      ids.length ? this.deps.storage.db.selectFrom('record_persons').select('person_id').where('role', '=', 'victim').where('person_id', 'in', ids).execute() : Promise.resolve([]),
    ]);
    const victim = new Set(victims.map((v) => v.person_id));
    return rows.flatMap((r) => {
      const p = r.person;
      if (!p || !displayable({ ageAtArrest: r.arrest.age_at_arrest, juvenile: p.juvenile, protectedPerson: protections.has(p.id) || victim.has(p.id) })) return [];
      return [{ name: p.name, offence: r.offence, station: r.station, date: istDate(new Date(r.arrest.arrested_at)) }];
    });
  }

  /**
   * The arrest memo (IIF-3) as printed for this reader, who must be one who may read the case
   * (audited). A protected accused withheld from the reader is printed as a placeholder, and so is
   * the person told of the arrest: a child's relative names the child.
   */
  async memoView(
    actor: RequestActor,
    firId: string,
    arrestId: string,
    opts: { language: FormLanguage; verification(doc: { id: string; version: number; stationCode: string; year: number; firNo: number }): { code: string; url: string } },
    client: ClientInfo,
  ): Promise<{ view: ArrestMemoView; fir: Fir; accusedCode: string }> {
    const d = this.deps;
    const { fir, unit } = await d.cases.forReading(actor, firId, client);
    const a = await this.arrest(firId, arrestId);
    const lang = opts.language;
    const [withheld, person, redact, gd, sections, officer, district, state] = await Promise.all([
      d.access.identities.withheld(actor, [a.person_id]),
      d.persons.get(a.person_id),
      d.firRedactor(actor, fir),
      d.gd.get(a.gd_entry_id),
      d.law.getMany(fir.content.sections),
      d.users.byId(a.arrested_by),
      d.units.get(fir.districtCode),
      d.units.get(unit.path.split('/').filter(Boolean)[1] ?? ''),
    ]);
    const hidden = withheld.has(a.person_id) || !person;
    const say = (t: string | null | undefined) => (t ? redact(t).text : undefined);
    const name = (u: { nameEn: string; nameHi: string } | null | undefined) => (u ? (lang === 'hi' ? u.nameHi : u.nameEn) : '');
    const ist = (iso: string) => {
      const t = new Date(Date.parse(iso) + 330 * 60_000).toISOString();
      return { date: t.slice(0, 10), time: t.slice(11, 16) };
    };
    const placeholder = lang === 'hi' ? 'पहचान गोपनीय' : 'Identity withheld';
    const informed = a.person_informed ? (JSON.parse(a.person_informed) as { name: string; relationship: string; phone: string | null; informedAt: string }) : null;
    const handcuff = a.handcuff ? (JSON.parse(a.handcuff) as { category: string; reason: string }) : null;
    const permission = a.magistrate_permission ? (JSON.parse(a.magistrate_permission) as { magistrate: string; reference: string; grantedAt: string }) : null;
    const codes = loadInvestigationCodes();
    const label = (list: { code: string; en: string; hi: string }[], code: string) => {
      const e = list.find((x) => x.code === code);
      return e ? (lang === 'hi' ? e.hi : e.en) : code;
    };
    const view: ArrestMemoView = {
      language: lang,
      case: {
        state: name(state),
        district: name(district),
        policeStation: name(unit),
        year: fir.year,
        firNumber: String(fir.firNo).padStart(4, '0'),
        firDate: ist(fir.registeredAt),
      },
      verification: opts.verification({ id: a.id, version: 1, stationCode: fir.stationCode, year: fir.year, firNo: fir.firNo }),
      generatedAt: d.clock.now().toISOString(),
      procedure: procedureForRegistration(new Date(fir.registeredAt)),
      kind: a.kind as ArrestMemoView['kind'],
      accusedCode: a.accused_code,
      accused: hidden
        ? { name: placeholder }
        : {
            name: person.name,
            ...(person.aliases[0] ? { alias: person.aliases[0] } : {}),
            ...(person.relativeName && person.relativeKind ? { relative: { relation: person.relativeKind, name: person.relativeName } } : {}),
            ...(a.age_at_arrest !== null ? { age: a.age_at_arrest } : {}),
            ...(person.gender === 'male' || person.gender === 'female' || person.gender === 'transgender' ? { sex: person.gender } : {}),
            ...(person.nationality ? { nationality: person.nationality } : {}),
            ...(person.addresses[0] ? { address: person.addresses[0].line } : {}),
          },
      at: ist(a.arrested_at),
      place: say(a.place) ?? '',
      generalDiary: gd ? { entryNo: String(gd.entryNo), at: ist(gd.entryAt) } : { entryNo: '—' },
      ...(a.court ? { court: say(a.court) } : {}),
      sections: fir.content.sections.map((s, i): SectionView => ({ act: s.act, section: s.section, title: (lang === 'hi' ? sections[i]?.titleHi : null) ?? sections[i]?.title ?? '' })),
      outcome: a.outcome.replace(/_/g, '-') as ArrestMemoView['outcome'],
      groundsOfArrest: say(a.grounds) ?? '',
      ...(informed
        ? {
            personInformed: hidden
              ? { name: placeholder, informedAt: ist(informed.informedAt) }
              : {
                  name: say(informed.name)!,
                  relationship: label(codes.informedRelationships, informed.relationship),
                  ...(informed.phone ? { contact: informed.phone } : {}),
                  informedAt: ist(informed.informedAt),
                },
          }
        : {}),
      ...(a.attesting_witness ? { witness: { name: say(a.attesting_witness)! } } : {}),
      ...(handcuff ? { handcuffingReason: `${label(codes.handcuffCategories, handcuff.category)}: ${say(handcuff.reason)}` } : {}),
      ...(permission ? { magistratePermission: { magistrate: say(permission.magistrate)!, orderRef: say(permission.reference)!, at: ist(permission.grantedAt) } } : {}),
      arrestingOfficer: { name: officer?.displayName ?? a.arrested_by, rank: (officer && RANKS[officer.role]?.[lang]) ?? officer?.role ?? '' },
    };
    await d.audit
      .forRequest(actor, client)
      .success(d.storage.db, 'arrest.memo', { targetType: 'fir', targetId: fir.id, targetUnit: fir.stationCode, detail: { arrest: a.id, accusedCode: a.accused_code, language: lang } });
    return { view, fir, accusedCode: a.accused_code };
  }

  private async listRows(unit: Unit, query: { from?: string; to?: string }) {
    const today = istDate(this.deps.clock.now());
    const to = query.to ?? today;
    const from = query.from ?? istDate(new Date(istMidnight(to).getTime() - (DISPLAY_DAYS - 1) * 86_400_000));
    if (from > to) throw fieldProblem([{ path: 'from', message: 'must not be after to' }]);
    const column = unit.kind === 'district' ? 'district_code' : 'station_code';
    const arrests = await this.deps.storage.db
      .selectFrom('arrests')
      .selectAll()
      .where(column, '=', unit.code)
      .where('arrested_at', '>=', istMidnight(from).toISOString())
      .where('arrested_at', '<', new Date(istMidnight(to).getTime() + 86_400_000).toISOString())
      .orderBy('arrested_at', 'desc')
      .limit(2000)
      .execute();
    const [firs, persons] = await Promise.all([this.deps.firs.getMany([...new Set(arrests.map((a) => a.fir_id))]), this.deps.persons.getMany([...new Set(arrests.map((a) => a.person_id))])]);
    const firById = new Map(firs.map((f) => [f.id, f]));
    const stations = new Map<string, { code: string; nameEn: string; nameHi: string }>();
    for (const code of new Set(arrests.map((a) => a.station_code))) {
      const u = await this.deps.units.get(code);
      stations.set(code, { code, nameEn: u?.nameEn ?? code, nameHi: u?.nameHi ?? code });
    }
    const rows = arrests.flatMap((arrest) => {
      const fir = firById.get(arrest.fir_id);
      if (!fir) return [];
      return [
        {
          arrest,
          fir,
          person: persons.get(arrest.person_id),
          station: stations.get(arrest.station_code)!,
          offence: { crimeHead: fir.crimeHead, sections: fir.content.sections.map((s) => ({ act: s.act, section: s.section })) },
        },
      ];
    });
    return { from, to, rows };
  }

  /**
   * The case's clock facts with its events (src/records/case-clock-events.ts): the accused's clocks
   * take the case's punishments and its events such as a filed charge sheet, never its arrests.
   */
  private async caseFacts(firs: Fir[]): Promise<Map<string, ClockFacts>> {
    const events = await caseClockEvents(
      this.deps.storage.db,
      this.deps.firs,
      firs.map((f) => f.id),
    );
    return new Map(firs.map((f) => [f.id, firClockFacts(f, events.get(f.id))]));
  }

  private async one(actor: RequestActor, fir: Fir, personId: string): Promise<AccusedView> {
    const [withheld, person, redact, ledger, facts] = await Promise.all([
      this.deps.access.identities.withheld(actor, [personId]),
      this.deps.persons.get(personId),
      this.deps.firRedactor(actor, fir),
      this.ledger(fir.id, personId),
      this.caseFacts([fir]),
    ]);
    return this.view(personId, ledger, { withheld: withheld.has(personId), person: person ?? undefined, redact, now: this.deps.clock.now(), facts: facts.get(fir.id)! });
  }

  private view(personId: string, ledger: Ledger, o: { withheld: boolean; person: Person | undefined; redact: Redactor; now: Date; facts: ClockFacts }): AccusedView {
    const say = (t: string) => o.redact(t).text;
    const sayOr = (t: string | null) => (t === null ? null : say(t));
    const latest = ledger.arrests[ledger.arrests.length - 1];
    const declared = ledger.absconding[ledger.absconding.length - 1];
    const status = this.status(ledger, o.now);
    return {
      person: o.withheld || !o.person ? { masked: true } : { id: personId, name: o.person.name, masked: false },
      code: latest?.accused_code ?? null,
      status,
      absconding: status === 'absconding' && declared ? { since: declared.since, note: say(declared.note) } : null,
      arrests: ledger.arrests.map((a) => {
        const production = a.production ? (JSON.parse(a.production) as { court: string; magistrate: string }) : null;
        return {
          id: a.id,
          kind: a.kind as ArrestView['kind'],
          outcome: a.outcome,
          at: a.arrested_at,
          place: say(a.place),
          court: sayOr(a.court),
          gdEntryId: a.gd_entry_id,
          handcuffed: a.handcuff !== null,
          production: production && a.produced_at ? { at: a.produced_at, court: say(production.court), magistrate: say(production.magistrate) } : null,
        };
      }),
      custody: ledger.periods.map((p) => ({ kind: p.kind as CustodyPeriodView['kind'], from: p.from_at, until: p.until_at, court: sayOr(p.court), orderReference: sayOr(p.order_ref) })),
      clocks: ledger.arrests.length ? accusedClocks(accusedClockFacts(o.facts, ledger.arrests.map(asFact), ledger.periods.map(asPeriod)), o.now, loadClockRules()) : [],
    };
  }

  /** A person on a list shown at the station: never a child by name, nor one withheld from the reader. */
  private displayedPerson(personId: string, person: Person | undefined, withheld: boolean, latest: ArrestsTable): AccusedPerson {
    if (!person || withheld || !displayable({ ageAtArrest: latest.age_at_arrest, juvenile: person.juvenile, protectedPerson: false })) return { masked: true };
    return { id: personId, name: person.name, masked: false };
  }

  private status(ledger: Ledger, now: Date): AccusedStatus {
    const latest = ledger.arrests[ledger.arrests.length - 1];
    const declared = ledger.absconding[ledger.absconding.length - 1];
    return accusedStatus(latest ? asFact(latest) : null, ledger.periods.map(asPeriod), now, declared ? new Date(declared.since) : null);
  }

  /** What the custody rules say of adding `next` to the accused's ledger (the open period ends where the new order starts). */
  private async ledgerProblems(fir: Fir, ledger: Ledger, next: CustodyPeriod) {
    const periods = ledger.periods.map(asPeriod).map((p) => (p.until === null && p.from.getTime() < next.from.getTime() ? { ...p, until: next.from } : p));
    const recordedAt = new Date(fir.registeredAt);
    const remand = firstRemandAt([...periods, next]);
    const facts = (await this.caseFacts([fir])).get(fir.id)!;
    const bail = remand ? defaultBailDeadline({ recordedAt, firstRemandAt: remand, maxYears: fir.maxYears, minYears: facts.minYears ?? null }, loadClockRules()) : null;
    const chargeSheet = facts.events.chargeSheetFiled ?? null;
    // Without a rule for the case the shorter period of detention applies (the conservative reading).
    return custodyProblems(periods, next, { recordedAt, detentionDays: bail?.detentionDays ?? 60, chargeSheetFiledAt: chargeSheet }, loadInvestigationCodes());
  }

  private async ledger(firId: string, personId: string, db: Executor = this.deps.storage.db): Promise<Ledger> {
    const [arrests, periods, absconding] = await Promise.all([
      db.selectFrom('arrests').selectAll().where('fir_id', '=', firId).where('person_id', '=', personId).orderBy('arrested_at').execute(),
      db.selectFrom('custody_periods').selectAll().where('fir_id', '=', firId).where('person_id', '=', personId).orderBy('from_at').execute(),
      db.selectFrom('absconders').selectAll().where('fir_id', '=', firId).where('person_id', '=', personId).orderBy('since').execute(),
    ]);
    return { arrests, periods, absconding };
  }

  /** The ledgers of every accused of these cases, read at once. */
  private async ledgers(firIds: string[]): Promise<(firId: string, personId: string) => Ledger> {
    const db = this.deps.storage.db;
    const rows: Ledger = { arrests: [], periods: [], absconding: [] };
    for (let i = 0; i < firIds.length; i += 500) {
      const chunk = firIds.slice(i, i + 500);
      const [arrests, periods, absconding] = await Promise.all([
        db.selectFrom('arrests').selectAll().where('fir_id', 'in', chunk).orderBy('arrested_at').execute(),
        db.selectFrom('custody_periods').selectAll().where('fir_id', 'in', chunk).orderBy('from_at').execute(),
        db.selectFrom('absconders').selectAll().where('fir_id', 'in', chunk).orderBy('since').execute(),
      ]);
      rows.arrests.push(...arrests);
      rows.periods.push(...periods);
      rows.absconding.push(...absconding);
    }
    const by = <T extends { fir_id: string; person_id: string }>(list: T[]) => {
      const m = new Map<string, T[]>();
      for (const r of list) m.set(`${r.fir_id} ${r.person_id}`, [...(m.get(`${r.fir_id} ${r.person_id}`) ?? []), r]);
      return m;
    };
    const [arrests, periods, absconding] = [by(rows.arrests), by(rows.periods), by(rows.absconding)];
    return (firId, personId) => {
      const k = `${firId} ${personId}`;
      return { arrests: arrests.get(k) ?? [], periods: periods.get(k) ?? [], absconding: absconding.get(k) ?? [] };
    };
  }

  private async arrest(firId: string, arrestId: string): Promise<ArrestsTable> {
    const row = await this.deps.storage.db.selectFrom('arrests').selectAll().where('id', '=', arrestId).where('fir_id', '=', firId).executeTakeFirst();
    if (!row) throw notFound('There is no arrest memo with this id in this case.');
    return row;
  }
}

/** The State of a unit: the second part of its path (/IN/MH/…). */
const stateOf = (unit: Unit): string => unit.path.split('/').filter(Boolean)[1] ?? '';
