import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide, mayActOnCase, mayInvestigateAt } from '../access/policy.js';
import type { UserRepository } from '../directory/users.js';
import type { Unit, UnitService } from '../directory/units.js';
import type { CaseAssignmentInput } from '../domain/schemas/case.js';
import { conflict, fieldProblem, notFound } from '../errors.js';
import type { Fir } from '../records/fir-queries.js';
import type { CaseAccess, RecordAccess } from '../records/record-access.js';
import type { UnitKind } from '../domain/units.js';
import type { Storage } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import type { GeneralDiary } from '../records/general-diary.js';

/** A case as the policy sees it: the FIR, its current IO and the supervisor acting on it, if any. */
export interface Case {
  fir: Fir;
  /** The unit investigating it: the FIR's station, or the station or agency it was transferred to. */
  unitCode: string;
  ioUserId: string | null;
  actingUserId: string | null;
  actingSince: string | null;
}

/** What a case file's steps need of the FIRs. */
export interface FirReader {
  get(id: string): Promise<Fir | null>;
}

/**
 * The case behind an FIR: who investigates it (assignment by the SHO, take-over by a supervisor on
 * record) and the gate every later step of the investigation passes through (authoriseCase with
 * the policy's mayActOnCase). Steps of an investigation are recorded as events of the FIR's id,
 * so a case's whole history travels with it to the state and to a station it is transferred to.
 */
export class CaseFiles {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      clock: Clock;
      users: UserRepository;
      units: UnitService;
      gd: GeneralDiary;
      firs: FirReader;
      access: RecordAccess;
    },
  ) {}

  async get(firId: string): Promise<Case> {
    const fir = await this.deps.firs.get(firId);
    if (!fir) throw notFound('There is no case (FIR) with this id.');
    const row = await this.deps.storage.db.selectFrom('case_files').select(['investigating_unit', 'acting_user_id', 'acting_since']).where('fir_id', '=', firId).executeTakeFirst();
    return {
      fir,
      unitCode: row?.investigating_unit ?? fir.stationCode,
      ioUserId: fir.content.ioUserId,
      actingUserId: row?.acting_user_id ?? null,
      actingSince: row?.acting_since ?? null,
    };
  }

  /**
   * The case, if this user may act on it now: its IO or the supervisor who took it over, on the
   * node that keeps its station, while it is not transferred away. Refusals are audited. A
   * movement of the case's seized property (`move`) may also be recorded by the keeper of the
   * property room holding the item (mayMoveProperty).
   */
  async forStep(actor: RequestActor, firId: string, client: ClientInfo, kind: 'act' | Extract<CaseAccess, { move: unknown }> = 'act'): Promise<Case & { unit: Unit }> {
    const c = await this.get(firId);
    const unit = await this.deps.access.authoriseCase(actor, kind, this.facts(c), client);
    if (c.fir.status === 'transferred') throw conflict('transferred', 'This case was transferred to another station; its investigation continues there.');
    return { ...c, unit };
  }

  /** The case, if this user may record its course in court: its IO or the SHO (mayRecordCourtStep). Refusals are audited. */
  async forCourt(actor: RequestActor, firId: string, client: ClientInfo): Promise<Case & { unit: Unit }> {
    return this.authorised(actor, firId, 'court', client);
  }

  /** The case, if this user may review a final report submitted by `submittedBy` at the State's `level` (mayReviewFinalReport). */
  async forReview(actor: RequestActor, firId: string, review: { level: UnitKind; submittedBy: string }, client: ClientInfo): Promise<Case & { unit: Unit }> {
    return this.authorised(actor, firId, { review: review.level, submittedBy: review.submittedBy }, client);
  }

  private async authorised(actor: RequestActor, firId: string, kind: CaseAccess, client: ClientInfo): Promise<Case & { unit: Unit }> {
    const c = await this.get(firId);
    const unit = await this.deps.access.authoriseCase(actor, kind, this.facts(c), client);
    if (c.fir.status === 'transferred') throw conflict('transferred', 'This case was transferred to another station; it is followed there.');
    return { ...c, unit };
  }

  /** The case, if this user may read its file and diary (IO, acting supervisor, SHO, supervisors). */
  async forReading(actor: RequestActor, firId: string, client: ClientInfo): Promise<Case & { unit: Unit }> {
    const c = await this.get(firId);
    return { ...c, unit: await this.deps.access.authoriseCase(actor, 'read', this.facts(c), client) };
  }

  /** What this user may do on the case, for the case file page to offer. */
  async abilities(actor: RequestActor, c: Case & { unit: Unit }): Promise<{ act: boolean; assign: boolean; takeOver: boolean; transfer: boolean }> {
    const facts = { unitPath: c.unit.path, ioUserId: c.ioUserId, actingUserId: c.actingUserId };
    const open = c.fir.status !== 'transferred';
    const may = (action: 'case.assign' | 'case.take_over' | 'fir.transfer') => open && decide(actor.principal, action, { unitPath: c.unit.path }).allowed;
    return {
      act: open && mayActOnCase(actor.principal, facts).allowed,
      assign: may('case.assign'),
      takeOver: c.actingUserId !== actor.user.id && may('case.take_over'),
      transfer: may('fir.transfer'),
    };
  }

  /** The SHO names the IO; naming another IO later needs a reason. */
  async assign(actor: RequestActor, firId: string, input: CaseAssignmentInput, client: ClientInfo): Promise<Case> {
    const c = await this.get(firId);
    await this.deps.access.authorise(actor, 'case.assign', c.unitCode, client, { type: 'fir', id: firId });
    if (c.fir.status === 'transferred') throw conflict('transferred', 'This case was transferred to another station: its IO is assigned there.');
    if (c.ioUserId === input.ioUserId) throw conflict('already-assigned', 'This officer is already the investigating officer of this case.');
    if (c.ioUserId && !input.reason) throw fieldProblem([{ path: 'reason', message: 'is required to reassign a case: say why the IO changes' }]);
    const officer = await this.deps.users.byId(input.ioUserId);
    if (!mayInvestigateAt(officer, c.unitCode)) throw fieldProblem([{ path: 'ioUserId', message: 'must be an active investigating officer or SHO of the unit investigating the case' }]);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, {
        type: 'case.io_assigned',
        entityId: firId,
        payload: { ioUserId: officer.id, previousIoUserId: c.ioUserId, reason: input.reason ?? null },
        actor: actor.user.id,
      });
      await this.deps.audit.forRequest(actor, client).success(tx, 'case.assign', {
        targetType: 'fir',
        targetId: firId,
        targetUnit: c.unitCode,
        detail: { io: officer.id, previous: c.ioUserId, ...(input.reason ? { reason: input.reason } : {}) },
      });
    });
    return this.get(firId);
  }

  /** A supervisor takes the case over on record, and acts on it like its IO from then on. */
  async takeOver(actor: RequestActor, firId: string, reason: string, client: ClientInfo): Promise<Case> {
    const c = await this.get(firId);
    await this.deps.access.authorise(actor, 'case.take_over', c.unitCode, client, { type: 'fir', id: firId });
    if (c.fir.status === 'transferred') throw conflict('transferred', 'This case was transferred to another station.');
    if (c.actingUserId === actor.user.id) throw conflict('already-taken-over', 'You have already taken this case over.');
    await this.deps.events.transaction(async (tx) => {
      await this.deps.events.append(tx, { type: 'case.taken_over', entityId: firId, payload: { reason }, actor: actor.user.id });
      await this.deps.audit.forRequest(actor, client).success(tx, 'case.take_over', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { reason } });
    });
    return this.get(firId);
  }

  /**
   * The SHO of the unit investigating the case hands it, with its whole file, to another police
   * station or agency (a crime branch or the CID, notified police stations), whose SHO assigns
   * an IO there. The FIR stays in its own station's register; its General Diary records the
   * hand-over.
   */
  async transfer(actor: RequestActor, firId: string, input: { toStationCode: string; reason: string }, client: ClientInfo): Promise<Case> {
    const c = await this.get(firId);
    await this.deps.access.authorise(actor, 'fir.transfer', c.unitCode, client, { type: 'fir', id: firId });
    if (c.fir.status === 'transferred') throw conflict('transferred', 'This FIR was transferred as a zero FIR; its case is at the receiving station.');
    if (input.toStationCode === c.unitCode) throw fieldProblem([{ path: 'toStationCode', message: 'is the unit investigating the case already' }]);
    const to = await this.deps.units.get(input.toStationCode);
    if (!to || to.kind !== 'police_station') throw fieldProblem([{ path: 'toStationCode', message: `${input.toStationCode} is not a police station or investigating agency` }]);
    await this.deps.events.transaction(async (tx) => {
      await this.deps.gd.add(
        tx,
        {
          stationCode: c.unitCode,
          at: this.deps.clock.now(),
          // The kind of an FIR's transfer: a new GD kind would be refused by nodes of older releases.
          kind: 'fir_transferred',
          text: `Investigation of FIR No. ${c.fir.number} handed over to ${to.nameEn} (${to.code}) with the case file. Reason: ${input.reason}`,
          officer: actor.user.displayName,
          refType: 'fir',
          refId: firId,
        },
        actor.user.id,
      );
      await this.deps.events.append(tx, {
        type: 'case.transferred',
        entityId: firId,
        payload: { fromUnitCode: c.unitCode, toUnitCode: to.code, previousIoUserId: c.ioUserId, reason: input.reason },
        actor: actor.user.id,
      });
      await this.deps.audit.forRequest(actor, client).success(tx, 'case.transfer', { targetType: 'fir', targetId: firId, targetUnit: c.unitCode, detail: { to: to.code, reason: input.reason } });
    });
    return this.get(firId);
  }

  private facts(c: Case) {
    return { firId: c.fir.id, unitCode: c.unitCode, ioUserId: c.ioUserId, actingUserId: c.actingUserId };
  }
}
