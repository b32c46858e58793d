import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../util/clock.js';
import { canonicalJson } from '../util/canonical-json.js';
import { GENESIS_HASH, sha256Hex } from '../util/hash.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import type { AuditLogTable } from '../storage/schema.js';
import type { AuditAction } from '../domain/audit-actions.js';
import { readLocked } from '../storage/locked-row.js';

export type Outcome = 'success' | 'failure' | 'denied';

export interface AuditActor {
  id: string;
  username: string;
  unitCode: string;
}

export interface AuditInput {
  actor: AuditActor | null;
  action: AuditAction;
  outcome: Outcome;
  ip?: string | null;
  targetType?: string;
  targetId?: string;
  /** Unit that owns the target, so supervisors can read the trail of their jurisdiction. */
  targetUnit?: string;
  /** Facts about the action. Never secrets: no passwords, codes, tokens or hashes. */
  detail?: Record<string, unknown>;
}

export type AuditRow = AuditLogTable;

/** What an entry says about the record acted on. */
export interface AuditTarget {
  targetType?: string;
  targetId?: string;
  targetUnit?: string;
  detail?: Record<string, unknown>;
}

/**
 * Entries about one signed-in user's request, actor and address taken from the request: the one
 * way routes (their declared audit action), the policy's denials and services write them.
 */
export interface RequestAudit {
  /**
   * The action succeeded. Given a transaction, the entry commits or rolls back with the change
   * it describes; given the database, it commits on its own (reads).
   */
  success(exec: Executor, action: AuditAction, target?: AuditTarget): Promise<void>;
  /** The action was refused, and why (the reason joins the detail); committed on its own. */
  denied(action: AuditAction, reason: string, target?: AuditTarget): Promise<void>;
}

export function auditHash(row: Omit<AuditRow, 'hash'>): string {
  return sha256Hex(
    canonicalJson({
      seq: row.seq,
      id: row.id,
      at: row.at,
      actor_id: row.actor_id,
      actor_username: row.actor_username,
      actor_unit: row.actor_unit,
      action: row.action,
      target_type: row.target_type,
      target_id: row.target_id,
      target_unit: row.target_unit,
      outcome: row.outcome,
      ip: row.ip,
      detail: row.detail,
      prev_hash: row.prev_hash,
    }),
  );
}

/** Append-only, hash-chained record of who did what, when, from where, with what outcome. */
export class AuditLog {
  constructor(
    private readonly storage: Storage,
    private readonly clock: Clock,
  ) {}

  forRequest(actor: { user: { id: string; username: string; unitCode: string } }, client: { ip: string }): RequestAudit {
    const who: AuditActor = { id: actor.user.id, username: actor.user.username, unitCode: actor.user.unitCode };
    return {
      success: (exec, action, target = {}) => this.record(exec, { ...target, actor: who, action, outcome: 'success', ip: client.ip }),
      denied: (action, reason, target = {}) => this.record(this.storage.db, { ...target, actor: who, action, outcome: 'denied', ip: client.ip, detail: { ...target.detail, reason } }),
    };
  }

  /**
   * Appends an entry. Given a transaction, the entry commits or rolls back with the change it
   * describes; given the database, it commits on its own (for failures and reads).
   */
  async record(exec: Executor, input: AuditInput): Promise<void> {
    if (exec.isTransaction) return this.append(exec as Tx, input);
    return exec.transaction().execute((tx) => this.append(tx, input));
  }

  private async append(tx: Tx, input: AuditInput): Promise<void> {
    const head = await readLocked(
      () => {
        const q = tx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
        return (this.storage.engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
      },
      () =>
        tx
          .insertInto('audit_head')
          .values({ id: 1, seq: 0, hash: GENESIS_HASH })
          .onConflict((oc) => oc.column('id').doNothing())
          .execute(),
    );
    const base = {
      seq: Number(head.seq) + 1,
      id: uuidv7(),
      at: this.clock.now().toISOString(),
      actor_id: input.actor?.id ?? null,
      actor_username: input.actor?.username ?? null,
      actor_unit: input.actor?.unitCode ?? null,
      action: input.action,
      target_type: input.targetType ?? null,
      target_id: input.targetId ?? null,
      target_unit: input.targetUnit ?? null,
      outcome: input.outcome,
      ip: input.ip ?? null,
      detail: canonicalJson(input.detail ?? {}),
      prev_hash: head.hash,
    };
    const row: AuditRow = { ...base, hash: auditHash(base) };
    await tx.insertInto('audit_log').values(row).execute();
    await tx.updateTable('audit_head').set({ seq: row.seq, hash: row.hash }).where('id', '=', 1).execute();
  }

  /** Recomputes the chain from the first entry; stops at the first broken one. */
  async verify(onProgress?: (checked: number) => void): Promise<{ checked: number; firstBroken: { seq: number; reason: string } | null }> {
    const db = this.storage.db;
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let checked = 0;
    for (;;) {
      const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(5000).execute();
      if (rows.length === 0) break;
      for (const r of rows) {
        const row = { ...r, seq: Number(r.seq) };
        let reason: string | null = null;
        if (row.seq !== expectedSeq) reason = `entry ${expectedSeq} is missing (next is ${row.seq})`;
        else if (row.prev_hash !== prevHash) reason = 'previous-hash link does not match the preceding entry';
        else if (auditHash(row) !== row.hash) reason = 'content does not match its hash';
        if (reason) return { checked, firstBroken: { seq: row.seq, reason } };
        prevHash = row.hash;
        expectedSeq++;
        checked++;
      }
      onProgress?.(checked);
    }
    // A chain cut short at the end is caught by the head, which records the last seq and hash.
    const head = await db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst();
    if (head && (Number(head.seq) !== checked || head.hash !== prevHash)) {
      return { checked, firstBroken: { seq: checked + 1, reason: 'entries after this point were removed' } };
    }
    return { checked, firstBroken: null };
  }

  async listForActor(actorId: string, limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    let q = this.storage.db.selectFrom('audit_log').selectAll().where('actor_id', '=', actorId);
    if (beforeSeq) q = q.where('seq', '<', beforeSeq);
    return (await q.orderBy('seq', 'desc').limit(limit).execute()).map(normaliseSeq);
  }

  /** Entries whose actor or target lies in the given units (a supervisor's jurisdiction). */
  async listForUnits(unitCodes: string[], limit: number, beforeSeq?: number): Promise<AuditRow[]> {
    if (unitCodes.length === 0) return [];
    let q = this.storage.db
      .selectFrom('audit_log')
      .selectAll()
      .where((eb) => eb.or([eb('actor_unit', 'in', unitCodes), eb('target_unit', 'in', unitCodes)]));
    if (beforeSeq) q = q.where('seq', '<', beforeSeq);
    return (await q.orderBy('seq', 'desc').limit(limit).execute()).map(normaliseSeq);
  }
}

function normaliseSeq(r: AuditRow): AuditRow {
  return { ...r, seq: Number(r.seq) };
}
