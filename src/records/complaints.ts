import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { mayInvestigateAt } from '../access/policy.js';
import { istYear } from '../domain/ist.js';
import { occurrenceTimeProblems } from '../domain/occurrence-times.js';
import type { SectionRef } from '../domain/law.js';
import { principalOffence } from '../domain/law-catalogue-rules.js';
import { conflict, fieldProblem, notFound } from '../errors.js';
import { peekNextNumber } from '../storage/counters.js';
import type { Executor, Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { ComplaintsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import type { FirCommands } from './fir-commands.js';
import type { Fir, FirQueries } from './fir-queries.js';
import type { GeneralDiary } from './general-diary.js';
import type { LawCatalogue } from './law-catalogue.js';
import { missingChildSections } from '../domain/missing-persons.js';
import { loadMissingPersonRules } from './missing-person-reference.js';
import type { PersonRegistry } from './persons.js';
import type { RecordAccess } from './record-access.js';
import { linksOf } from '../domain/fir-registration.js';
import type { ComplaintInput } from '../domain/schemas/complaint.js';
import type { ComplaintConversion, FirInput } from '../domain/schemas/fir.js';
import type { UserRepository } from '../directory/users.js';

export type ComplaintStatus = 'registered' | 'under_enquiry' | 'closed';
export type Closure = 'disposed' | 'non_cognizable' | 'converted_to_fir';

export interface Complaint {
  id: string;
  stationCode: string;
  ackNo: string;
  receivedAt: string;
  mode: string;
  complainantId: string;
  description: string;
  place: string;
  occurredFrom: string | null;
  occurredTo: string | null;
  sectionsAlleged: SectionRef[];
  maxYears: number | null;
  /** A section alleged is a sexual offence: the complainant is withheld from the start (BNS 72). */
  sensitive: boolean;
  assignedTo: string | null;
  assignedAt: string | null;
  status: ComplaintStatus;
  closure: Closure | null;
  closureNote: string | null;
  closedAt: string | null;
  firId: string | null;
  gdEntryId: string;
}

function toComplaint(r: ComplaintsTable): Complaint {
  return {
    id: r.id,
    stationCode: r.station_code,
    ackNo: r.ack_no,
    receivedAt: r.received_at,
    mode: r.mode,
    complainantId: r.complainant_id,
    description: r.description,
    place: r.place,
    occurredFrom: r.occurred_from,
    occurredTo: r.occurred_to,
    sectionsAlleged: JSON.parse(r.sections),
    maxYears: r.max_years,
    sensitive: r.sensitive === 1,
    assignedTo: r.assigned_to,
    assignedAt: r.assigned_at,
    status: r.status as ComplaintStatus,
    closure: r.closure as Closure | null,
    closureNote: r.closure_note,
    closedAt: r.closed_at,
    firId: r.fir_id,
    gdEntryId: r.gd_entry_id,
  };
}

/** Complaints and petitions (A1): acknowledged, enquired into, closed with a reason or made an FIR. */
export class ComplaintService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      users: UserRepository;
      persons: PersonRegistry;
      gd: GeneralDiary;
      law: LawCatalogue;
      firs: FirQueries;
      firCommands: FirCommands;
      access: RecordAccess;
    },
  ) {}

  async register(actor: RequestActor, input: ComplaintInput, client: ClientInfo): Promise<Complaint> {
    const { station, linkProblems } = await this.deps.access.registering(actor, input.stationCode, linksOf([{ p: input.complainant, path: 'complainant' }]), client);
    const now = this.deps.clock.now();
    const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
    const errors = occurrenceTimeProblems(input, { at: receivedAt, path: input.receivedAt ? 'receivedAt' : undefined, what: 'the complaint was received' }, now);
    if (errors.length) throw fieldProblem(errors);
    const childProblems = missingChildSections(loadMissingPersonRules(), input.sectionsAlleged);
    if (childProblems.length) throw fieldProblem(childProblems);
    let maxYears: number | null = null;
    let sensitive = false;
    if (input.sectionsAlleged.length) {
      const found = await this.deps.law.getMany(input.sectionsAlleged);
      const missing = found
        .map((s, i) => (s ? null : { path: `sectionsAlleged.${i}`, message: `${input.sectionsAlleged[i]!.act} ${input.sectionsAlleged[i]!.section} is not in the law catalogue` }))
        .filter((x) => x !== null);
      if (missing.length) throw fieldProblem(missing);
      maxYears = principalOffence(found.filter((s) => s !== null)).maxYears;
      sensitive = await this.deps.law.isSensitive(input.sectionsAlleged);
    }
    if (linkProblems.length) throw fieldProblem(linkProblems);
    const id = uuidv7();
    await this.deps.events.transaction(async (tx) => {
      const complainantId =
        'personId' in input.complainant
          ? input.complainant.personId
          : await this.deps.persons.create(tx, input.complainant.person, station.code, actor.user.id, 'complainant.person', input.occurredFrom ? new Date(input.occurredFrom) : undefined);
      const year = istYear(receivedAt);
      const seq = await peekNextNumber(tx, this.deps.storage.engine, `complaint:${station.code}:${year}`);
      const ackNo = `${station.code}/${year}/C${String(seq).padStart(5, '0')}`;
      const gd = await this.deps.gd.add(
        tx,
        {
          stationCode: station.code,
          at: now,
          kind: 'complaint_registered',
          text: `Complaint ${ackNo} received (${input.mode.replace('_', '-')}). ${input.description.slice(0, 200)}`,
          officer: actor.user.displayName,
          refType: 'complaint',
          refId: id,
        },
        actor.user.id,
      );
      await this.deps.events.append(tx, {
        type: 'complaint.registered',
        entityId: id,
        payload: {
          id,
          stationCode: station.code,
          ackNo,
          receivedAt: receivedAt.toISOString(),
          mode: input.mode,
          complainantId,
          description: input.description,
          place: input.place,
          occurredFrom: input.occurredFrom ? new Date(input.occurredFrom).toISOString() : null,
          occurredTo: input.occurredTo ? new Date(input.occurredTo).toISOString() : null,
          sectionsAlleged: input.sectionsAlleged,
          maxYears,
          sensitive,
          gdEntryId: gd.id,
          seq,
          year,
        },
        actor: actor.user.id,
      });
      await this.deps.audit.forRequest(actor, client).success(tx, 'complaint.register', { targetType: 'complaint', targetId: id, targetUnit: station.code, detail: { ackNo } });
    });
    return (await this.get(id))!;
  }

  async assign(actor: RequestActor, id: string, officerUserId: string, client: ClientInfo): Promise<Complaint> {
    const c = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'complaint.assign', c.stationCode, client, { type: 'complaint', id });
    if (c.status === 'closed') throw conflict('closed', 'This complaint is closed.');
    const officer = await this.deps.users.byId(officerUserId);
    if (!mayInvestigateAt(officer, c.stationCode)) throw fieldProblem([{ path: 'officerUserId', message: 'must be an active investigating officer or SHO of this station' }]);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'complaint.assigned', entityId: id, payload: { officerUserId }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'complaint.assign', { targetType: 'complaint', targetId: id, targetUnit: c.stationCode, detail: { officer: officer.username } });
    });
    return (await this.get(id))!;
  }

  async close(actor: RequestActor, id: string, closure: 'disposed' | 'non_cognizable', note: string, client: ClientInfo): Promise<Complaint> {
    const c = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'complaint.close', c.stationCode, client, { type: 'complaint', id });
    if (c.status === 'closed') throw conflict('closed', 'This complaint is already closed.');
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'complaint.closed', entityId: id, payload: { closure, note }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'complaint.close', { targetType: 'complaint', targetId: id, targetUnit: c.stationCode, detail: { closure } });
    });
    return (await this.get(id))!;
  }

  /** Registers the FIR and closes the complaint as converted, in one transaction. */
  async convert(actor: RequestActor, id: string, conversion: ComplaintConversion, client: ClientInfo): Promise<{ complaint: Complaint; fir: Fir }> {
    const c = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'record.register', c.stationCode, client, { type: 'complaint', id });
    if (c.status === 'closed') throw conflict('closed', c.firId ? 'This complaint has already been converted to an FIR.' : 'This complaint is closed.');
    if (conversion.stationCode !== c.stationCode) throw fieldProblem([{ path: 'stationCode', message: 'must be the station that holds the complaint' }]);
    const input: FirInput = { ...conversion, complainant: conversion.complainant ?? { personId: c.complainantId } };
    // The complaint's own complainant is linked whoever converts it: the FIR only carries on the complaint.
    const write = await this.deps.firCommands.prepareRegistration(actor, input, client, { alreadyLinked: [c.complainantId] });
    const firId = await this.deps.events.transaction(async (tx) => {
      const newFirId = await write(tx, { complaintId: id });
      const number = (await this.deps.firs.get(newFirId, tx))!.number;
      await this.deps.events.append(tx, {
        type: 'complaint.closed',
        entityId: id,
        payload: { closure: 'converted_to_fir', note: `Converted to FIR ${number}`, firId: newFirId },
        actor: actor.user.id,
      });
      return newFirId;
    });
    return { complaint: (await this.get(id))!, fir: (await this.deps.firs.get(firId))! };
  }

  async get(id: string, exec: Executor = this.deps.storage.db): Promise<Complaint | null> {
    const r = await exec.selectFrom('complaints').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toComplaint(r) : null;
  }

  async mustGet(id: string): Promise<Complaint> {
    const c = await this.get(id);
    if (!c) throw notFound('There is no complaint with this id.');
    return c;
  }

  async list(stationCodes: string[], filter: { station?: string; status?: string; limit: number }): Promise<Complaint[]> {
    if (stationCodes.length === 0) return [];
    let q = this.deps.storage.db.selectFrom('complaints').selectAll().where('station_code', 'in', stationCodes);
    if (filter.station) q = q.where('station_code', '=', filter.station);
    if (filter.status) q = q.where('status', '=', filter.status);
    return (await q.orderBy('received_at', 'desc').limit(filter.limit).execute()).map(toComplaint);
  }
}
