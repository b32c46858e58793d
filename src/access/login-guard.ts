import type { SecuritySettings } from '../config.js';
import type { Storage } from '../storage/db.js';
import type { Clock } from '../util/clock.js';

/** Far enough ahead to mean "until an administrator unlocks". */
const UNTIL_UNLOCKED = '9999-12-31T00:00:00.000Z';

/** The one form of a typed username used for lookup, rate limits and lockout counts. */
export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/**
 * The lockout key of a username that names no account. Its failures are counted and locked in the
 * same table and window as an account's, so the answers (401, then 423) cannot tell which names
 * exist. The prefix cannot collide with a user id (a UUID).
 */
export function unknownUsernameKey(username: string): string {
  return 'unknown-username:' + normaliseUsername(username);
}

/**
 * Account lockout: after N failed attempts (password or second factor) within the window the
 * account is locked, for a set time or until an administrator unlocks it. Kept in the database,
 * outside the event log: it is operational state, not a record. Keyed by user id, or for a name
 * with no account by unknownUsernameKey.
 */
export class LoginGuard {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
    private readonly settings: SecuritySettings,
  ) {}

  /** The time the lock ends (ISO), or null if the account is not locked now. */
  async lockedUntil(key: string): Promise<string | null> {
    const row = await this.storage.db.selectFrom('login_state').select('locked_until').where('user_id', '=', key).executeTakeFirst();
    if (!row?.locked_until) return null;
    return Date.parse(row.locked_until) > this.clock.now().getTime() ? row.locked_until : null;
  }

  /** Records a failure; returns true when this failure locked the account (or unknown name). */
  async recordFailure(key: string): Promise<boolean> {
    const now = this.clock.now();
    return this.storage.db.transaction().execute(async (tx) => {
      const row = await tx.selectFrom('login_state').selectAll().where('user_id', '=', key).executeTakeFirst();
      const windowStart = row?.window_started_at ? Date.parse(row.window_started_at) : 0;
      const inWindow = now.getTime() - windowStart < this.settings.lockoutWindowSeconds * 1000;
      const failed = (inWindow ? (row?.failed_count ?? 0) : 0) + 1;
      const lock = failed >= this.settings.lockoutThreshold;
      const lockedUntil = lock
        ? this.settings.lockoutDurationSeconds === 0
          ? UNTIL_UNLOCKED
          : new Date(now.getTime() + this.settings.lockoutDurationSeconds * 1000).toISOString()
        : (row?.locked_until ?? null);
      const values = {
        failed_count: lock ? 0 : failed,
        window_started_at: lock ? null : inWindow && row?.window_started_at ? row.window_started_at : now.toISOString(),
        locked_until: lockedUntil,
      };
      if (row) await tx.updateTable('login_state').set(values).where('user_id', '=', key).execute();
      // Two first failures at once must not collide into a 500.
      else
        await tx
          .insertInto('login_state')
          .values({ user_id: key, last_totp_step: null, ...values })
          .onConflict((oc) => oc.column('user_id').doUpdateSet(values))
          .execute();
      return lock;
    });
  }

  async recordSuccess(userId: string): Promise<void> {
    await this.storage.db.updateTable('login_state').set({ failed_count: 0, window_started_at: null }).where('user_id', '=', userId).execute();
  }

  async unlock(userId: string): Promise<void> {
    await this.storage.db.updateTable('login_state').set({ failed_count: 0, window_started_at: null, locked_until: null }).where('user_id', '=', userId).execute();
  }

  /**
   * Accepts a TOTP time step only if it is later than the last one accepted for this user, so
   * an overheard code cannot be used again. Atomic: two racing uses of one code, one wins.
   */
  async claimTotpStep(userId: string, step: number): Promise<boolean> {
    await this.storage.db
      .insertInto('login_state')
      .values({ user_id: userId, failed_count: 0, window_started_at: null, locked_until: null, last_totp_step: null })
      .onConflict((oc) => oc.column('user_id').doNothing())
      .execute();
    const res = await this.storage.db
      .updateTable('login_state')
      .set({ last_totp_step: step })
      .where('user_id', '=', userId)
      .where((eb) => eb.or([eb('last_totp_step', 'is', null), eb('last_totp_step', '<', step)]))
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async lockedUserIds(userIds: string[]): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const now = this.clock.now().toISOString();
    const rows = await this.storage.db.selectFrom('login_state').select('user_id').where('user_id', 'in', userIds).where('locked_until', '>', now).execute();
    return new Set(rows.map((r) => r.user_id));
  }
}
