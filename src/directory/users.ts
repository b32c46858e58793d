import { z } from 'zod';
import { ROLES } from '../domain/roles.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { UsersTable } from '../storage/schema.js';

export const LANGUAGES = ['en', 'hi'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Usernames: lower-case letters, digits, dots, hyphens; 3–40 characters; start with a letter. */
export const USERNAME_PATTERN = /^[a-z][a-z0-9.-]{2,39}$/;

const userCreated = z.strictObject({
  id: z.string(),
  username: z.string().regex(USERNAME_PATTERN),
  displayName: z.string().min(1).max(120),
  role: z.enum(ROLES),
  unitCode: z.string(),
  language: z.enum(LANGUAGES),
  passwordHash: z.string(),
  mustChangePassword: z.boolean(),
  totpSecret: z.string().nullable(),
});
export type UserCreated = z.infer<typeof userCreated>;

export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitCode: string;
  language: Language;
  status: 'active' | 'disabled';
  passwordHash: string;
  mustChangePassword: boolean;
  /** Sealed (encrypted) TOTP seed; null until enrolled. */
  totpSecret: string | null;
  totpEnrolledAt: string | null;
  createdAt: string;
}

function toUser(r: UsersTable): User {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    unitCode: r.unit_code,
    language: r.language as Language,
    status: r.status as User['status'],
    passwordHash: r.password_hash,
    mustChangePassword: r.must_change_password === 1,
    totpSecret: r.totp_secret,
    totpEnrolledAt: r.totp_enrolled_at,
    createdAt: r.created_at,
  };
}

/**
 * Ends the user's sessions and revokes their API tokens that existed at a reset or disablement.
 * Done where the event is applied, so it happens on every node the event reaches (sessions and
 * tokens are each node's own), including a station that hears of it at its next sync. Only what
 * was made up to the event's time is touched, so a replay (rebuild) changes nothing more.
 */
async function endAccessBefore(tx: Tx, userId: string, at: string): Promise<void> {
  await tx.updateTable('sessions').set({ ended_at: at }).where('user_id', '=', userId).where('ended_at', 'is', null).where('created_at', '<=', at).execute();
  await tx.updateTable('api_tokens').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).where('created_at', '<=', at).execute();
}

/**
 * User accounts as event-sourced records. Credential hashes and sealed TOTP seeds are in the
 * events because read tables must be rebuildable and station nodes must sign users in offline.
 */
export class UserRepository {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
  ) {
    events.register('user.created', async (tx, e, p: UserCreated) => {
      await tx
        .insertInto('users')
        .values({
          id: p.id,
          username: p.username,
          display_name: p.displayName,
          role: p.role,
          unit_code: p.unitCode,
          language: p.language,
          status: 'active',
          password_hash: p.passwordHash,
          must_change_password: p.mustChangePassword ? 1 : 0,
          totp_secret: p.totpSecret,
          totp_enrolled_at: p.totpSecret ? e.at : null,
          created_at: e.at,
          created_by: e.actor,
          updated_at: e.at,
        })
        .execute();
    });
    events.register('user.password_set', async (tx, e, p: { passwordHash: string; mustChangePassword: boolean }) => {
      await tx
        .updateTable('users')
        .set({ password_hash: p.passwordHash, must_change_password: p.mustChangePassword ? 1 : 0, updated_at: e.at })
        .where('id', '=', e.entity_id)
        .execute();
      // A password set by an administrator is a reset: whoever held the account's access loses it.
      if (p.mustChangePassword) await endAccessBefore(tx, e.entity_id, e.at);
    });
    events.register('user.totp_enrolled', async (tx, e, p: { totpSecret: string }) => {
      await tx
        .updateTable('users')
        .set({ totp_secret: p.totpSecret, totp_enrolled_at: e.at, updated_at: e.at })
        .where('id', '=', e.entity_id)
        .execute();
    });
    events.register('user.totp_cleared', async (tx, e) => {
      await tx
        .updateTable('users')
        .set({ totp_secret: null, totp_enrolled_at: null, updated_at: e.at })
        .where('id', '=', e.entity_id)
        .execute();
    });
    for (const [type, status] of [
      ['user.disabled', 'disabled'],
      ['user.enabled', 'active'],
    ] as const) {
      events.register(type, async (tx, e) => {
        await tx.updateTable('users').set({ status, updated_at: e.at }).where('id', '=', e.entity_id).execute();
        // Enabling does not revive what disabling ended: the user signs in afresh.
        if (status === 'disabled') await endAccessBefore(tx, e.entity_id, e.at);
      });
    }
    events.register('user.language_set', async (tx, e, p: { language: Language }) => {
      await tx.updateTable('users').set({ language: p.language, updated_at: e.at }).where('id', '=', e.entity_id).execute();
    });
    events.registerProjectionTable('users');
  }

  async create(tx: Tx, input: UserCreated, actor: string): Promise<void> {
    const p = userCreated.parse(input);
    await this.events.append(tx, { type: 'user.created', entityId: p.id, payload: p, actor });
  }

  async setPassword(tx: Tx, userId: string, passwordHash: string, mustChangePassword: boolean, actor: string) {
    await this.events.append(tx, {
      type: 'user.password_set',
      entityId: userId,
      payload: { passwordHash, mustChangePassword },
      actor,
    });
  }

  async enrolTotp(tx: Tx, userId: string, sealedSecret: string, actor: string) {
    await this.events.append(tx, { type: 'user.totp_enrolled', entityId: userId, payload: { totpSecret: sealedSecret }, actor });
  }

  async clearTotp(tx: Tx, userId: string, actor: string, reason: string) {
    await this.events.append(tx, { type: 'user.totp_cleared', entityId: userId, payload: { reason }, actor });
  }

  async setStatus(tx: Tx, userId: string, status: 'active' | 'disabled', actor: string, reason: string) {
    await this.events.append(tx, {
      type: status === 'disabled' ? 'user.disabled' : 'user.enabled',
      entityId: userId,
      payload: { reason },
      actor,
    });
  }

  async setLanguage(tx: Tx, userId: string, language: Language, actor: string) {
    await this.events.append(tx, { type: 'user.language_set', entityId: userId, payload: { language }, actor });
  }

  async byId(id: string, exec: Executor = this.storage.db): Promise<User | null> {
    const r = await exec.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  async byUsername(username: string, exec: Executor = this.storage.db): Promise<User | null> {
    const r = await exec.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    return r ? toUser(r) : null;
  }

  /** Users whose unit lies at or below the given unit path. */
  async listInSubtree(path: string, filter: { q?: string; unitCode?: string }, limit = 500): Promise<User[]> {
    let q = this.storage.db
      .selectFrom('users')
      .innerJoin('units', 'units.code', 'users.unit_code')
      .selectAll('users')
      .where('units.path', 'like', `${path}%`);
    if (filter.unitCode) q = q.where('users.unit_code', '=', filter.unitCode);
    if (filter.q) {
      const needle = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
      q = q.where((eb) =>
        eb.or([eb('users.username', 'like', needle), eb(eb.fn('lower', ['users.display_name']), 'like', needle)]),
      );
    }
    return (await q.orderBy('users.unit_code').orderBy('users.username').limit(limit).execute()).map(toUser);
  }

  async count(): Promise<number> {
    const r = await this.storage.db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
