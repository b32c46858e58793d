import { auditActor, type ClientInfo, type RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide } from '../access/policy.js';
import type { Action } from '../domain/roles.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import type { Storage } from '../storage/db.js';
import type { Unit, UnitService } from './units.js';

/** Actions that change a station's records: only the node that keeps the station's records may. */
const WRITES: ReadonlySet<Action> = new Set(['record.register', 'record.amend', 'complaint.assign', 'complaint.close', 'fir.transfer', 'gd.write']);

/**
 * Why this node may not change the records of a unit now (another node keeps them, or this
 * station has not finished its first sync), or null if it may.
 */
export type WriteGate = (unit: Unit) => Promise<string | null>;

/**
 * Record-level decisions for station records: the record's owning unit against the user's
 * jurisdiction, through the one policy module. Denials are audited and answered 403.
 */
export class RecordAccess {
  constructor(
    private readonly storage: Storage,
    private readonly units: UnitService,
    private readonly audit: AuditLog,
    private readonly writeGate: WriteGate = async () => null,
  ) {}

  /** The unit a record belongs to, checked against the policy for this action. */
  async authorise(actor: RequestActor, action: Action, unitCode: string, client: ClientInfo, target?: { type: string; id?: string }): Promise<Unit> {
    const unit = await this.units.get(unitCode);
    const decision = unit ? decide(actor.principal, action, { unitPath: unit.path }) : { allowed: false as const, reason: 'The record has no known unit.' };
    if (decision.allowed) {
      const closed = WRITES.has(action) ? await this.writeGate(unit!) : null;
      if (closed) throw conflict('kept-elsewhere', closed);
      return unit!;
    }
    await this.audit.record(this.storage.db, {
      actor: auditActor(actor.user),
      action,
      outcome: 'denied',
      ip: client.ip,
      targetType: target?.type,
      targetId: target?.id,
      targetUnit: unitCode,
      detail: { reason: decision.reason },
    });
    throw forbidden('not-permitted', decision.reason);
  }

  /** A police station the user may read: 404 if there is none, 400 if the unit is not a station. */
  async readableStation(actor: RequestActor, code: string, client: ClientInfo): Promise<Unit> {
    const unit = await this.units.get(code);
    if (!unit) throw notFound(`There is no unit ${code}.`);
    if (unit.kind !== 'police_station') throw badRequest('not-a-station', `${code} is a ${unit.kind.replace('_', ' ')}, not a police station.`);
    return this.authorise(actor, 'record.read', code, client, { type: 'station' });
  }

  /** Registration happens at one's own police station only. */
  async registeringStation(actor: RequestActor, stationCode: string, client: ClientInfo): Promise<Unit> {
    const unit = await this.units.get(stationCode);
    if (!unit || unit.kind !== 'police_station') {
      throw badRequest('unknown-station', `${stationCode} is not a police station.`, [{ path: 'stationCode', message: 'is not a police station' }]);
    }
    if (actor.unit.code !== stationCode) {
      await this.audit.record(this.storage.db, {
        actor: auditActor(actor.user),
        action: 'record.register',
        outcome: 'denied',
        ip: client.ip,
        targetUnit: stationCode,
        detail: { reason: 'not the own station' },
      });
      throw forbidden('not-your-station', `You can register records only at your own station (${actor.unit.code}), not at ${stationCode}.`);
    }
    return this.authorise(actor, 'record.register', stationCode, client, { type: 'station' });
  }

  /**
   * May this user see the identity of victims in a sensitive case and of juveniles? The IO of
   * the case, and roles granted record.unmask inside their jurisdiction (the SHO, the SP).
   */
  async mayUnmask(actor: RequestActor, record: { unitCode: string; ioUserId: string | null }): Promise<boolean> {
    if (record.ioUserId && record.ioUserId === actor.user.id) return true;
    const unit = await this.units.get(record.unitCode);
    return !!unit && decide(actor.principal, 'record.unmask', { unitPath: unit.path }).allowed;
  }

  /** Codes of the units inside the user's jurisdiction (for lists). */
  async jurisdictionCodes(actor: RequestActor): Promise<string[]> {
    return (await this.units.subtree(actor.unit.path)).map((u) => u.code);
  }
}
