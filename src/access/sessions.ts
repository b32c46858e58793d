import type { SecuritySettings } from '../config.js';
import type { Storage } from '../storage/db.js';
import type { SessionsTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { randomToken, sha256Hex } from '../util/hash.js';

/** Where a sign-in stands: password checked but a second step due, or fully signed in. */
export type Stage = 'mfa' | 'enrol' | 'password' | 'full';

export interface Session {
  idHash: string;
  userId: string;
  stage: Stage;
  csrfToken: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string;
  totpSecretPending: string | null;
}

/** A half-finished sign-in must be completed within this time. */
const PENDING_STAGE_SECONDS = 10 * 60;
/** last_seen is written at most this often, so every request is not a database write. */
const TOUCH_EVERY_SECONDS = 30;

export type SessionCheck = { ok: true; session: Session } | { ok: false; reason: 'unknown' | 'ended' | 'idle' | 'expired' };

/**
 * Server-side sessions. The cookie holds a random token; the database holds only its hash, so a
 * leaked database does not leak usable sessions.
 */
export class SessionStore {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly settings: SecuritySettings,
  ) {}

  async create(userId: string, stage: Stage, ip: string, userAgent: string): Promise<{ token: string; session: Session }> {
    const token = randomToken(32);
    const now = this.clock.now();
    const lifetime = stage === 'full' ? this.settings.absoluteTimeoutSeconds : PENDING_STAGE_SECONDS;
    const row: SessionsTable = {
      id_hash: sha256Hex(token),
      user_id: userId,
      stage,
      csrf_token: randomToken(24),
      created_at: now.toISOString(),
      last_seen_at: now.toISOString(),
      expires_at: new Date(now.getTime() + lifetime * 1000).toISOString(),
      ip,
      user_agent: userAgent.slice(0, 300),
      ended_at: null,
      totp_secret_pending: null,
    };
    await this.storage.db.insertInto('sessions').values(row).execute();
    return { token, session: toSession(row) };
  }

  /**
   * Checks a session token. A background request (a screen refreshing its status by itself)
   * does not count as activity, so an unattended screen still locks after the idle limit.
   */
  async check(token: string, opts: { background?: boolean } = {}): Promise<SessionCheck> {
    const row = await this.storage.db.selectFrom('sessions').selectAll().where('id_hash', '=', sha256Hex(token)).executeTakeFirst();
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.ended_at) return { ok: false, reason: 'ended' };
    const now = this.clock.now().getTime();
    if (now >= Date.parse(row.expires_at)) return { ok: false, reason: 'expired' };
    if (now - Date.parse(row.last_seen_at) > this.settings.idleTimeoutSeconds * 1000) {
      await this.end(row.id_hash);
      return { ok: false, reason: 'idle' };
    }
    if (!opts.background && now - Date.parse(row.last_seen_at) > TOUCH_EVERY_SECONDS * 1000) {
      row.last_seen_at = new Date(now).toISOString();
      await this.storage.db.updateTable('sessions').set({ last_seen_at: row.last_seen_at }).where('id_hash', '=', row.id_hash).execute();
    }
    return { ok: true, session: toSession(row) };
  }

  /**
   * Moves a sign-in to its next stage under a new session id, ending the old one: a token seen or
   * planted before the second factor (session fixation) is worthless after it. Reaching "full"
   * starts the 12-hour absolute limit. Also used with "full" to "full" after a password change.
   */
  async advance(idHash: string, stage: Stage): Promise<{ token: string; session: Session }> {
    const now = this.clock.now();
    const token = randomToken(32);
    const row = await this.storage.db.transaction().execute(async (tx) => {
      const old = await tx.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('ended_at', 'is', null).executeTakeFirst();
      if (!old) throw new Error('advance: the session has ended');
      const signsIn = stage === 'full' && old.stage !== 'full';
      const fresh: SessionsTable = {
        ...old,
        id_hash: sha256Hex(token),
        stage,
        // A new CSRF token once fully signed in, so a token seen before sign-in is worthless.
        csrf_token: signsIn ? randomToken(24) : old.csrf_token,
        last_seen_at: now.toISOString(),
        expires_at: signsIn ? new Date(now.getTime() + this.settings.absoluteTimeoutSeconds * 1000).toISOString() : old.expires_at,
        totp_secret_pending: null,
      };
      await tx.updateTable('sessions').set({ ended_at: now.toISOString() }).where('id_hash', '=', idHash).execute();
      await tx.insertInto('sessions').values(fresh).execute();
      return fresh;
    });
    return { token, session: toSession(row) };
  }

  async setPendingSecret(idHash: string, sealed: string): Promise<void> {
    await this.storage.db.updateTable('sessions').set({ totp_secret_pending: sealed }).where('id_hash', '=', idHash).execute();
  }

  async end(idHash: string): Promise<void> {
    await this.storage.db.updateTable('sessions').set({ ended_at: this.clock.now().toISOString() }).where('id_hash', '=', idHash).where('ended_at', 'is', null).execute();
  }

  /** Ends every session of a user: on disable, reset, password change. */
  async endAllFor(userId: string, exceptIdHash?: string): Promise<void> {
    let q = this.storage.db.updateTable('sessions').set({ ended_at: this.clock.now().toISOString() }).where('user_id', '=', userId).where('ended_at', 'is', null);
    if (exceptIdHash) q = q.where('id_hash', '!=', exceptIdHash);
    await q.execute();
  }

  idleExpiry(session: Session): string {
    return new Date(Date.parse(session.lastSeenAt) + this.settings.idleTimeoutSeconds * 1000).toISOString();
  }
}

function toSession(r: SessionsTable): Session {
  return {
    idHash: r.id_hash,
    userId: r.user_id,
    stage: r.stage as Stage,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    lastSeenAt: r.last_seen_at,
    expiresAt: r.expires_at,
    ip: r.ip,
    totpSecretPending: r.totp_secret_pending,
  };
}
