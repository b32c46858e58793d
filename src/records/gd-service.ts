import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { fieldProblem, forbidden, notFound } from '../errors.js';
import type { FirQueries } from './fir-queries.js';
import type { EventLog } from '../storage/event-log.js';
import type { Clock } from '../util/clock.js';
import type { GdEntry, GdKind, GeneralDiary } from './general-diary.js';
import type { RecordAccess } from './record-access.js';

/** Officers' own GD entries and corrections, through the policy and the audit log. */
export class GdService {
  constructor(private readonly deps: { events: EventLog; audit: AuditLog; clock: Clock; gd: GeneralDiary; access: RecordAccess; firs: FirQueries }) {}

  async add(actor: RequestActor, input: { stationCode: string; kind: GdKind; text: string; officer?: string; firId?: string }, client: ClientInfo): Promise<GdEntry> {
    await this.deps.access.authorise(actor, 'gd.write', input.stationCode, client, { type: 'gd' });
    if (actor.unit.code !== input.stationCode) throw forbidden('not-your-station', `GD entries are written at one's own station (${actor.unit.code}).`);
    if (input.firId) {
      const fir = await this.deps.firs.get(input.firId);
      if (!fir || fir.stationCode !== input.stationCode) throw fieldProblem([{ path: 'firId', message: 'is not an FIR of this station' }]);
    }
    return this.write(
      actor,
      { stationCode: input.stationCode, kind: input.kind, text: input.text, officer: input.officer ?? actor.user.displayName, ...(input.firId ? { refType: 'fir', refId: input.firId } : {}) },
      client,
    );
  }

  async correct(actor: RequestActor, input: { correctsId: string; text: string }, client: ClientInfo): Promise<GdEntry> {
    const old = await this.deps.gd.get(input.correctsId);
    if (!old) throw notFound('There is no GD entry with this id.');
    await this.deps.access.authorise(actor, 'gd.write', old.stationCode, client, { type: 'gd', id: old.id });
    return this.write(
      actor,
      { stationCode: old.stationCode, kind: 'correction', text: `Correction to GD No. ${old.entryNo} of ${old.gdDate}: ${input.text}`, officer: actor.user.displayName, correctsId: old.id },
      client,
    );
  }

  private write(
    actor: RequestActor,
    e: { stationCode: string; kind: GdKind; text: string; officer: string; correctsId?: string; refType?: string; refId?: string },
    client: ClientInfo,
  ): Promise<GdEntry> {
    return this.deps.events.transaction(async (tx) => {
      const entry = await this.deps.gd.add(tx, { ...e, at: this.deps.clock.now() }, actor.user.id);
      await this.deps.audit.forRequest(actor, client).success(tx, 'gd.write', { targetType: 'gd', targetId: entry.id, targetUnit: e.stationCode, detail: { kind: e.kind, entryNo: entry.entryNo } });
      return entry;
    });
  }
}
