import { v7 as uuidv7 } from 'uuid';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { mayReadAlert } from '../access/policy.js';
import { conflict, fieldProblem, forbidden, notFound } from '../errors.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { AlertsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { ancestorPaths, subtreeRange } from '../sync/feed.js';
import type { AttachmentStore } from './attachments.js';
import { PHOTO_REFUSED, unuploadedPhotos } from './photo-refs.js';
import type { RecordAccess } from './record-access.js';
import type { AlertInput } from '../domain/schemas/alert.js';
import type { Unit, UnitService } from '../directory/units.js';

export interface Alert {
  id: string;
  kind: string;
  title: string;
  details: string;
  photoSha256: string | null;
  targetUnit: string;
  issuerUnit: string;
  issuedBy: string;
  issuedAt: string;
  expiresAt: string | null;
  status: 'active' | 'withdrawn' | 'expired';
  withdrawnAt: string | null;
  withdrawReason: string | null;
}

function toAlert(r: AlertsTable, now: Date): Alert {
  const expired = r.status === 'active' && !!r.expires_at && Date.parse(r.expires_at) <= now.getTime();
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    details: r.details,
    photoSha256: r.photo_sha256,
    targetUnit: r.target_unit,
    issuerUnit: r.issuer_unit,
    issuedBy: r.issued_by,
    issuedAt: r.issued_at,
    expiresAt: r.expires_at,
    status: expired ? 'expired' : (r.status as Alert['status']),
    withdrawnAt: r.withdrawn_at,
    withdrawReason: r.withdraw_reason,
  };
}

/** What an issued alert's event carries: the alert as issued, with where it goes and who issued it. */
type Issued = Pick<Alert, 'id' | 'kind' | 'title' | 'details' | 'photoSha256' | 'targetUnit' | 'issuerUnit' | 'expiresAt'> & { targetPath: string; issuerName: string };

/**
 * Alerts and lookout notices ("missing child", "wanted", "stolen vehicle"): issued by a
 * supervisor to their unit or one beneath it and broadcast to every station there, which shows
 * them on its dashboard even with the link down once they have arrived.
 */
export class AlertService {
  constructor(private readonly deps: { storage: Storage; events: EventLog; audit: AuditLog; clock: Clock; units: UnitService; attachments: AttachmentStore; access: RecordAccess }) {}

  async issue(actor: RequestActor, input: AlertInput, client: ClientInfo): Promise<Alert> {
    const target = await this.deps.units.get(input.targetUnit ?? actor.unit.code);
    if (!target) throw fieldProblem([{ path: 'targetUnit', message: 'is not a known unit' }]);
    // An alert goes to one's own unit or one beneath it; a refusal is audited like any other.
    await this.deps.access.authorise(actor, 'alert.issue', target.code, client, { type: 'alert' });
    const now = this.deps.clock.now();
    if (input.expiresAt && Date.parse(input.expiresAt) <= now.getTime()) throw fieldProblem([{ path: 'expiresAt', message: 'must be in the future' }]);
    // An alert is published to every station and control room below the issuer. The photo of a
    // sexual-offence victim is never published (BNS 72), whoever issues it; a child's only by an
    // issuer who may see the child (a missing-child lookout). Refused as an unknown photo, so the
    // answer does not confirm whose it is.
    const photo = input.photoSha256;
    const photoHidden = !!photo && (await this.deps.access.identities.uncirculable(actor, [photo])).has(photo);
    if (photo && (photoHidden || (await unuploadedPhotos(this.deps.storage.db, [{ sha256: photo, path: 'photoSha256' }])).length))
      throw fieldProblem([{ path: 'photoSha256', message: PHOTO_REFUSED }]);
    const id = await this.deps.events.transaction((tx) =>
      this.circulate(tx, actor, { ...input, photoSha256: input.photoSha256 ?? null, expiresAt: input.expiresAt ? new Date(input.expiresAt).toISOString() : null, target }, client),
    );
    return (await this.get(id))!;
  }

  /**
   * Writes an alert inside the caller's transaction: for a record whose registration circulates it
   * (a missing person's report goes to the district, a child's to the State), already authorised
   * and checked by that registration. Returns the alert's id.
   */
  async circulate(
    tx: Tx,
    actor: RequestActor,
    a: Pick<Alert, 'kind' | 'title' | 'details' | 'photoSha256' | 'expiresAt'> & { target: Unit; issuerUnit?: string },
    client: ClientInfo,
  ): Promise<string> {
    const payload: Issued = {
      id: uuidv7(),
      kind: a.kind,
      title: a.title,
      details: a.details,
      photoSha256: a.photoSha256,
      targetUnit: a.target.code,
      targetPath: a.target.path,
      issuerUnit: a.issuerUnit ?? actor.unit.code,
      issuerName: actor.user.displayName,
      expiresAt: a.expiresAt,
    };
    await this.deps.events.append(tx, { type: 'alert.issued', entityId: payload.id, payload: { ...payload }, actor: actor.user.id });
    await this.deps.audit.forRequest(actor, client).success(tx, 'alert.issue', { targetType: 'alert', targetId: payload.id, targetUnit: a.target.code, detail: { kind: a.kind, title: a.title } });
    return payload.id;
  }

  async withdraw(actor: RequestActor, id: string, reason: string, client: ClientInfo): Promise<Alert> {
    const alert = await this.mustGet(id);
    await this.deps.access.authorise(actor, 'alert.issue', alert.targetUnit, client, { type: 'alert', id });
    if (alert.status === 'withdrawn') throw conflict('already-withdrawn', `This alert was withdrawn on ${alert.withdrawnAt}.`);
    await this.deps.events.transaction((tx) => this.withdrawIn(tx, actor, alert, reason, client));
    return (await this.get(id))!;
  }

  /** Withdraws an active alert inside the caller's transaction (a missing person traced withdraws the report's alert). */
  async withdrawIn(tx: Tx, actor: RequestActor, alert: Pick<Alert, 'id' | 'targetUnit'>, reason: string, client: ClientInfo): Promise<void> {
    await this.deps.events.append(tx, { type: 'alert.withdrawn', entityId: alert.id, payload: { reason, by: actor.user.displayName }, actor: actor.user.id });
    await this.deps.audit.forRequest(actor, client).success(tx, 'alert.withdraw', { targetType: 'alert', targetId: alert.id, targetUnit: alert.targetUnit, detail: { reason } });
  }

  /** Alerts addressed to the caller's unit or any unit above it, and those issued beneath it; audited. */
  async list(actor: RequestActor, filter: { status: 'active' | 'all' }, client: ClientInfo): Promise<Alert[]> {
    const now = this.deps.clock.now();
    const path = actor.unit.path;
    const [lo, hi] = subtreeRange(path);
    // The policy's mayReadAlert, in SQL.
    let q = this.deps.storage.db
      .selectFrom('alerts')
      .selectAll()
      .where((eb) => eb.or([eb('target_path', 'in', ancestorPaths(path)), eb.and([eb('target_path', '>=', lo), eb('target_path', '<', hi)])]));
    if (filter.status === 'active') q = q.where('status', '=', 'active').where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now.toISOString())]));
    // Newest first, and of alerts issued in the same instant the later issued (ids are time-ordered): the same two hundred on either engine.
    const alerts = await this.withoutVictimPhotos((await q.orderBy('issued_at', 'desc').orderBy('id', 'desc').limit(200).execute()).map((r) => toAlert(r, now)));
    await this.deps.audit.forRequest(actor, client).success(this.deps.storage.db, 'alert.list', { targetType: 'alert', targetUnit: actor.unit.code, detail: { ids: alerts.map((a) => a.id) } });
    return alerts;
  }

  /** One alert the caller may read (addressed to them or issued beneath them); a refusal is audited. */
  async readable(actor: RequestActor, id: string, client: ClientInfo): Promise<Alert> {
    const row = await this.deps.storage.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('There is no alert with this id.');
    if (!mayReadAlert(actor.principal, row.target_path)) {
      const reason = 'This alert is not addressed to your unit.';
      await this.deps.audit.forRequest(actor, client).denied('alert.read', reason, { targetType: 'alert', targetId: id, targetUnit: row.target_unit });
      throw forbidden('not-permitted', reason);
    }
    return toAlert(row, this.deps.clock.now());
  }

  async photo(actor: RequestActor, id: string, client: ClientInfo): Promise<{ mime: string; body: Buffer }> {
    const [alert] = await this.withoutVictimPhotos([await this.readable(actor, id, client)]);
    if (!alert!.photoSha256) throw notFound('This alert has no photo.');
    return this.deps.attachments.readFor(actor, alert!.photoSha256, client, { type: 'alert', id });
  }

  /**
   * Alerts as published: the photo of a sexual-offence victim is never shown with one, even on an
   * alert that came from another node or was issued before the photo's owner became protected.
   */
  private async withoutVictimPhotos(alerts: Alert[]): Promise<Alert[]> {
    const protectedAs = await this.deps.access.identities.protectedFiles(alerts.flatMap((a) => (a.photoSha256 ? [a.photoSha256] : [])));
    return alerts.map((a) => (a.photoSha256 && protectedAs.get(a.photoSha256) === 'sensitive-case' ? { ...a, photoSha256: null } : a));
  }

  async get(id: string, exec: Executor = this.deps.storage.db): Promise<Alert | null> {
    const row = await exec.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAlert(row, this.deps.clock.now()) : null;
  }

  private async mustGet(id: string): Promise<Alert> {
    const a = await this.get(id);
    if (!a) throw notFound('There is no alert with this id.');
    return a;
  }
}
