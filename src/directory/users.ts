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
 * User accounts as event-sourced records. Credential hashes and sealed TOTP seeds are in the
 * events because read tables must be rebuildable and station nodes must sign users in offline.
 */
export class UserRepository {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
  ) {}

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
    let q = this.storage.db.selectFrom('users').innerJoin('units', 'units.code', 'users.unit_code').selectAll('users').where('units.path', 'like', `${path}%`);
    if (filter.unitCode) q = q.where('users.unit_code', '=', filter.unitCode);
    if (filter.q) {
      const needle = `%${filter.q.toLowerCase().replace(/[\\%_]/g, '')}%`;
      q = q.where((eb) => eb.or([eb('users.username', 'like', needle), eb(eb.fn('lower', ['users.display_name']), 'like', needle)]));
    }
    return (await q.orderBy('users.unit_code').orderBy('users.username').limit(limit).execute()).map(toUser);
  }

  async count(): Promise<number> {
    const r = await this.storage.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
