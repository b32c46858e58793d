import { v7 as uuidv7 } from 'uuid';
import type { Storage } from '../storage/db.js';
import type { ApiTokensTable } from '../storage/schema.js';
import type { Clock } from '../util/clock.js';
import { randomToken, sha256Hex } from '../util/hash.js';

/** The prefix makes a leaked token recognisable to secret scanners and in logs. */
export const TOKEN_PREFIX = 'cctns_';

export type TokenInfo = Omit<ApiTokensTable, 'token_hash'>;

/**
 * Bearer tokens for scripts and integrations. Shown once at creation; only the SHA-256 is kept
 * (the token has 256 bits of entropy, so a fast hash is enough).
 */
export class TokenStore {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
  ) {}

  async create(userId: string, label: string, expiresAt: Date | null, createdBy: string): Promise<{ id: string; token: string }> {
    const token = TOKEN_PREFIX + randomToken(32);
    const id = uuidv7();
    await this.storage.db
      .insertInto('api_tokens')
      .values({
        id,
        user_id: userId,
        token_hash: sha256Hex(token),
        label,
        created_at: this.clock.now().toISOString(),
        created_by: createdBy,
        expires_at: expiresAt?.toISOString() ?? null,
        revoked_at: null,
        last_used_at: null,
      })
      .execute();
    return { id, token };
  }

  /** The token's id and user if it exists, is not revoked and not expired. */
  async check(token: string): Promise<{ id: string; userId: string } | null> {
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
    const row = await this.storage.db.selectFrom('api_tokens').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst();
    const now = this.clock.now();
    if (!row || row.revoked_at || (row.expires_at && Date.parse(row.expires_at) <= now.getTime())) return null;
    if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) > 60_000) {
      await this.storage.db.updateTable('api_tokens').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
    }
    return { id: row.id, userId: row.user_id };
  }

  async revoke(id: string): Promise<boolean> {
    const r = await this.storage.db.updateTable('api_tokens').set({ revoked_at: this.clock.now().toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  }

  async list(userId?: string): Promise<TokenInfo[]> {
    let q = this.storage.db.selectFrom('api_tokens').select(['id', 'user_id', 'label', 'created_at', 'created_by', 'expires_at', 'revoked_at', 'last_used_at']);
    if (userId) q = q.where('user_id', '=', userId);
    return q.orderBy('created_at').execute();
  }
}
