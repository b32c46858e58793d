import { v7 as uuidv7 } from 'uuid';
import { z } from 'zod';
import { verbatimText } from '../domain/schemas/common.js';
import type { AuditActor, AuditLog } from '../access/audit-log.js';
import type { SecretBox } from '../access/secret-box.js';
import { tierRule } from '../domain/tiers.js';
import { UNIT_CODE_PATTERN } from '../domain/units.js';
import { badRequest, conflict, forbidden, notFound, ProblemError, unauthorized } from '../errors.js';
import type { UnitService } from '../directory/units.js';
import type { Storage } from '../storage/db.js';
import type { Insertable } from 'kysely';
import type { SyncNodesTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { encryptFor, enrolmentKeys, hmac, isEd25519PublicKey, newEnrolmentCode, normaliseEnrolmentCode, publicKeyObject, requestSigningText, sameMac, verify } from './crypto.js';
import type { NodeIdentity } from './identity.js';
import type { NodeProfile } from './node-profile.js';

/** How long an enrolment code stays good. */
const ENROL_DAYS = 7;
/** A signed request must be this close to the upstream's clock; its nonce is kept twice as long. */
export const SIGNATURE_WINDOW_MS = 5 * 60_000;

export const enrolRequest = z.strictObject({
  lookup: z.string().regex(/^[0-9a-f]{64}$/),
  unitCode: z.string().max(40).regex(UNIT_CODE_PATTERN),
  // As sent, not normalised: the proof covers them byte for byte.
  publicKey: verbatimText().max(200),
  label: verbatimText().max(120).optional(),
  time: z.number().int(),
  nonce: verbatimText().min(16).max(64),
  proof: verbatimText().max(100),
});
export type EnrolRequest = z.infer<typeof enrolRequest>;

export interface EnrolAnswer {
  nodeId: string;
  unitCode: string;
  upstreamUnit: string;
  upstreamTier: string;
  upstreamKey: string;
  realmKey: string;
  time: number;
  mac: string;
}

export interface NodeHealth {
  id: string;
  unitCode: string;
  unitName: string | null;
  label: string;
  status: 'pending' | 'active' | 'revoked';
  createdAt: string;
  createdBy: string;
  enrolExpiresAt: string | null;
  enrolledAt: string | null;
  revokedAt: string | null;
  revokeReason: string | null;
  lastSeenAt: string | null;
  lastPushAt: string | null;
  lastPullAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  eventsReceived: number;
  /** The newest record time of the node's own events held here. */
  newestEventAt: string | null;
  /** Events the node said it had waiting when it last called. */
  waitingReported: number | null;
  /** Seconds since the node was last heard from (null: never). */
  silentSeconds: number | null;
  dark: boolean;
}

/**
 * The nodes enrolled below this one: added by an administrator with a one-time code, enrolled
 * by the node with its public key, revoked at once when needed. Also checks every signed sync
 * request: known node, not revoked, fresh, not replayed, signed by its key.
 */
export class NodeRegistry {
  private notes = 0;

  constructor(
    private readonly deps: {
      storage: Storage;
      clock: Clock;
      audit: AuditLog;
      units: UnitService;
      profile: NodeProfile;
      secrets: SecretBox;
      identity: () => Promise<NodeIdentity>;
      darkAfterHours: number;
    },
  ) {}

  /** Registers a node for a unit and returns its one-time enrolment code (shown once). */
  async add(by: AuditActor, input: { unitCode: string; label?: string }, ip?: string): Promise<{ node: NodeHealth; code: string }> {
    const { storage, profile, units, clock, audit, secrets } = this.deps;
    const enrols = tierRule(profile.tier).enrols;
    if (!enrols) throw conflict('no-downstream', `A ${profile.tier} node does not enrol other nodes. Start the node with --tier state or --tier national.`);
    const unit = await units.get(input.unitCode);
    if (!unit) throw badRequest('unknown-unit', `There is no unit ${input.unitCode}.`, [{ path: 'unitCode', message: 'is not a known unit' }]);
    const own = await profile.ownPath();
    if (!own || !unit.path.startsWith(own) || unit.code === profile.unitCode) {
      throw badRequest('outside', `${unit.code} is not below this node (${profile.unitCode}).`, [{ path: 'unitCode', message: 'is not below this node' }]);
    }
    if (unit.kind !== enrols) {
      throw badRequest('wrong-kind', `A ${profile.tier} node enrols ${enrols.replace('_', ' ')} nodes; ${unit.code} is a ${unit.kind.replace('_', ' ')}.`, [
        { path: 'unitCode', message: `is not a ${enrols.replace('_', ' ')}` },
      ]);
    }
    const live = await storage.db.selectFrom('sync_nodes').select(['id', 'status']).where('unit_code', '=', unit.code).where('status', '!=', 'revoked').executeTakeFirst();
    if (live) {
      throw conflict('node-exists', `${unit.code} already has a ${live.status} node (${live.id}). Revoke it first to enrol a replacement.`);
    }
    const code = newEnrolmentCode();
    const keys = enrolmentKeys(normaliseEnrolmentCode(code)!);
    const now = clock.now();
    const id = uuidv7();
    const row: Insertable<SyncNodesTable> = {
      id,
      unit_code: unit.code,
      label: input.label?.trim() || `${unit.nameEn} station node`,
      status: 'pending',
      public_key: null,
      enrol_lookup: keys.lookup,
      enrol_secret: secrets.sealLocal(normaliseEnrolmentCode(code)!),
      enrol_expires_at: new Date(now.getTime() + ENROL_DAYS * 86_400_000).toISOString(),
      created_at: now.toISOString(),
      created_by: by.username,
      enrolled_at: null,
      enrolled_from: null,
      revoked_at: null,
      revoked_by: null,
      revoke_reason: null,
      last_seen_at: null,
      last_push_at: null,
      last_pull_at: null,
      last_error: null,
      last_error_at: null,
      reported: null,
    };
    await storage.db.transaction().execute(async (tx) => {
      await tx.insertInto('sync_nodes').values(row).execute();
      await audit.record(tx, { actor: by, action: 'node.add', outcome: 'success', ip, targetType: 'node', targetId: id, targetUnit: unit.code, detail: { label: row.label } });
    });
    profile.invalidate();
    return { node: (await this.get(id))!, code };
  }

  async revoke(by: AuditActor, id: string, reason: string, ip?: string): Promise<NodeHealth> {
    const { storage, audit, clock, profile } = this.deps;
    const node = await storage.db.selectFrom('sync_nodes').selectAll().where('id', '=', id).executeTakeFirst();
    if (!node) throw notFound('There is no node with this id.');
    if (node.status === 'revoked') throw conflict('already-revoked', `This node was revoked on ${node.revoked_at}.`);
    await storage.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('sync_nodes')
        .set({ status: 'revoked', revoked_at: clock.now().toISOString(), revoked_by: by.username, revoke_reason: reason, enrol_secret: null })
        .where('id', '=', id)
        .execute();
      await audit.record(tx, { actor: by, action: 'node.revoke', outcome: 'success', ip, targetType: 'node', targetId: id, targetUnit: node.unit_code, detail: { reason } });
    });
    profile.invalidate();
    return (await this.get(id))!;
  }

  async row(id: string) {
    return this.deps.storage.db.selectFrom('sync_nodes').selectAll().where('id', '=', id).executeTakeFirst();
  }

  async get(id: string): Promise<NodeHealth | null> {
    return (await this.list({ id }))[0] ?? null;
  }

  /** Nodes under the given path (all by default), most silent first. */
  async list(filter: { id?: string; underPath?: string } = {}): Promise<NodeHealth[]> {
    const { storage, clock, darkAfterHours } = this.deps;
    let q = storage.db.selectFrom('sync_nodes').leftJoin('units', 'units.code', 'sync_nodes.unit_code').selectAll('sync_nodes').select(['units.name_en', 'units.path']);
    if (filter.id) q = q.where('sync_nodes.id', '=', filter.id);
    if (filter.underPath) q = q.where('units.path', 'like', `${filter.underPath}%`);
    const rows = await q.execute();
    const newest = rows.length
      ? new Map(
          (
            await storage.db
              .selectFrom('events')
              .select(['origin_unit', (eb) => eb.fn.max('at').as('at')])
              .where(
                'origin_unit',
                'in',
                rows.map((r) => r.unit_code),
              )
              .groupBy('origin_unit')
              .execute()
          ).map((r) => [r.origin_unit, r.at as string]),
        )
      : new Map<string, string>();
    const now = clock.now().getTime();
    return rows
      .map((r) => {
        const silent = r.last_seen_at ? Math.max(0, Math.round((now - Date.parse(r.last_seen_at)) / 1000)) : null;
        const since = r.last_seen_at ?? r.enrolled_at;
        const reported = r.reported ? (JSON.parse(r.reported) as { waiting?: number }) : null;
        return {
          id: r.id,
          unitCode: r.unit_code,
          unitName: r.name_en,
          label: r.label,
          status: r.status as NodeHealth['status'],
          createdAt: r.created_at,
          createdBy: r.created_by,
          enrolExpiresAt: r.status === 'pending' ? r.enrol_expires_at : null,
          enrolledAt: r.enrolled_at,
          revokedAt: r.revoked_at,
          revokeReason: r.revoke_reason,
          lastSeenAt: r.last_seen_at,
          lastPushAt: r.last_push_at,
          lastPullAt: r.last_pull_at,
          lastError: r.last_error,
          lastErrorAt: r.last_error_at,
          eventsReceived: Number(r.events_received),
          newestEventAt: newest.get(r.unit_code) ?? null,
          waitingReported: reported?.waiting ?? null,
          silentSeconds: silent,
          dark: r.status === 'active' && !!since && now - Date.parse(since) > darkAfterHours * 3_600_000,
        };
      })
      .sort((a, b) => (b.silentSeconds ?? Infinity) - (a.silentSeconds ?? Infinity) || a.unitCode.localeCompare(b.unitCode));
  }

  /**
   * A node enrols with its code: it proves it holds the code without sending it, and receives
   * this node's key and the realm key, encrypted and MAC'd under keys derived from the code.
   */
  async enrol(input: EnrolRequest, ip: string): Promise<EnrolAnswer> {
    const { storage, clock, audit, secrets, profile } = this.deps;
    const row = await storage.db.selectFrom('sync_nodes').selectAll().where('enrol_lookup', '=', input.lookup).executeTakeFirst();
    const refuse = async (slug: string, detail: string, status = 403) => {
      await audit.record(storage.db, { actor: null, action: 'node.enrol', outcome: 'denied', ip, targetType: 'node', targetId: row?.id, targetUnit: input.unitCode, detail: { reason: slug } });
      return new ProblemError(status, slug, detail);
    };
    if (!row || !row.enrol_secret)
      throw await refuse('unknown-code', 'This enrolment code is not known here, or has been used already. Check the code and the upstream address, or ask for a new code.');
    // The same node asking again (its answer was lost on the way) is answered again, until its first
    // signed request shows it has the answer; any other node finds the code spent.
    const retry = row.status === 'active' && row.public_key === input.publicKey;
    if (row.status !== 'pending' && !retry) throw await refuse('used-code', 'This enrolment code has been used already. Ask the administrator for a new code.');
    if (row.enrol_expires_at && Date.parse(row.enrol_expires_at) < clock.now().getTime())
      throw await refuse('expired-code', `This enrolment code expired on ${row.enrol_expires_at}. Ask the administrator for a new one.`);
    if (row.unit_code !== input.unitCode) throw await refuse('wrong-unit', `This enrolment code is for ${row.unit_code}, not ${input.unitCode}. Start the node with --unit ${row.unit_code}.`);
    const keys = enrolmentKeys(secrets.open(row.enrol_secret));
    const { proof, ...signed } = input;
    if (!sameMac(proof, hmac(keys.proof, { ...signed, label: signed.label ?? null }))) throw await refuse('bad-proof', 'The enrolment request does not prove knowledge of the code.');
    // No clock check here: the code is good once, and a station whose clock is off learns the
    // upstream's time from this answer and signs its requests by it.
    if (!isEd25519PublicKey(input.publicKey)) throw await refuse('bad-key', 'The node key sent is not an Ed25519 public key.', 400);
    const realm = await profile.realmKey(secrets);
    if (!realm) throw new ProblemError(503, 'no-realm-key', 'This node has no realm key to give; restart it.');
    const identity = await this.deps.identity();
    const now = clock.now();
    const won = await storage.db.transaction().execute(async (tx) => {
      if (retry) {
        await audit.record(tx, { actor: null, action: 'node.enrol', outcome: 'success', ip, targetType: 'node', targetId: row.id, targetUnit: row.unit_code, detail: { retry: true } });
        return true;
      }
      // The sealed code stays until the node's first signed request: a lost answer can be asked for again.
      const r = await tx
        .updateTable('sync_nodes')
        .set({ status: 'active', public_key: input.publicKey, enrolled_at: now.toISOString(), enrolled_from: ip, last_seen_at: now.toISOString(), ...(input.label ? { label: input.label } : {}) })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      // Two enrolments with one code at the same moment: the one that did not change the row lost.
      if (Number(r.numUpdatedRows) !== 1) return false;
      await audit.record(tx, { actor: null, action: 'node.enrol', outcome: 'success', ip, targetType: 'node', targetId: row.id, targetUnit: row.unit_code });
      return true;
    });
    if (!won) throw await refuse('used-code', 'This enrolment code has been used already. Ask the administrator for a new code.');
    const answer = {
      nodeId: row.id,
      unitCode: row.unit_code,
      upstreamUnit: profile.unitCode,
      upstreamTier: profile.tier,
      upstreamKey: identity.publicKey,
      realmKey: encryptFor(keys.seal, realm),
      time: now.getTime(),
    };
    return { ...answer, mac: hmac(keys.response, { ...answer, nonce: input.nonce }) };
  }

  /** Checks a signed sync request; answers with the node and its place in the tree. */
  async authenticate(parts: {
    method: string;
    path: string;
    body: Buffer;
    headers: Record<string, string | string[] | undefined>;
  }): Promise<{ node: NonNullable<Awaited<ReturnType<NodeRegistry['row']>>>; nodePath: string; nonce: string }> {
    const { storage, clock, units } = this.deps;
    const h = (name: string) => {
      const v = parts.headers[name];
      return typeof v === 'string' ? v : undefined;
    };
    const nodeId = h('x-cctns-node');
    const time = Number(h('x-cctns-time'));
    const nonce = h('x-cctns-nonce');
    const signature = h('x-cctns-signature');
    if (!nodeId || !nonce || !signature || !Number.isFinite(time)) throw unauthorized('unsigned', 'Sync requests must be signed by an enrolled node (x-cctns-node, -time, -nonce, -signature).');
    const node = await this.row(nodeId);
    if (!node) throw unauthorized('unknown-node', 'This node is not enrolled here.');
    if (node.status === 'revoked') throw forbidden('revoked', `This node was revoked on ${node.revoked_at} by ${node.revoked_by}: ${node.revoke_reason}. Ask the administrator to enrol it again.`);
    if (node.status !== 'active' || !node.public_key) throw forbidden('not-enrolled', 'This node has not completed enrolment.');
    const now = clock.now().getTime();
    if (Math.abs(now - time) > SIGNATURE_WINDOW_MS) {
      throw new ProblemError(401, 'clock-skew', `The request time differs from this node's clock by ${Math.round((time - now) / 1000)} s.`, { data: { time: now } });
    }
    const text = requestSigningText({ method: parts.method, path: parts.path, nodeId, time, nonce, encoding: h('content-encoding') ?? '', body: parts.body });
    if (!verify(publicKeyObject(node.public_key), text, signature)) throw unauthorized('bad-signature', 'The request signature does not match the node key: forged, or changed on the way.');
    const fresh = await storage.db
      .insertInto('sync_nonces')
      .values({ node_id: nodeId, nonce, expires_at: new Date(now + 2 * SIGNATURE_WINDOW_MS).toISOString() })
      .onConflict((oc) => oc.columns(['node_id', 'nonce']).doNothing())
      .executeTakeFirst();
    if (Number(fresh.numInsertedOrUpdatedRows ?? 0) === 0) throw unauthorized('replay', 'This request was received before: a replay is refused.');
    const unit = await units.get(node.unit_code);
    if (!unit) throw new ProblemError(409, 'unknown-unit', `The node's unit ${node.unit_code} is not known here.`);
    // A node that signs has its enrolment answer: the code is spent for good.
    if (node.enrol_secret) await storage.db.updateTable('sync_nodes').set({ enrol_secret: null }).where('id', '=', node.id).execute();
    return { node, nodePath: unit.path, nonce };
  }

  /** Bookkeeping after each request: when it was last seen, and what went wrong if anything did. */
  async note(
    nodeId: string,
    fields: Partial<Pick<SyncNodesTable, 'last_push_at' | 'last_pull_at' | 'last_error' | 'last_error_at' | 'reported'>> & { eventsReceived?: number; bytesReceived?: number },
  ): Promise<void> {
    const { eventsReceived, bytesReceived, ...rest } = fields;
    const now = this.deps.clock.now();
    await this.deps.storage.db
      .updateTable('sync_nodes')
      .set((eb) => ({
        ...rest,
        last_seen_at: now.toISOString(),
        ...(eventsReceived ? { events_received: eb('events_received', '+', eventsReceived) } : {}),
        ...(bytesReceived ? { bytes_received: eb('bytes_received', '+', bytesReceived) } : {}),
      }))
      .where('id', '=', nodeId)
      .execute();
    // Old nonces are dropped as we go: a replay older than the window fails the time check anyway.
    if (++this.notes % 100 === 0) await this.deps.storage.db.deleteFrom('sync_nonces').where('expires_at', '<', now.toISOString()).execute();
  }
}
