import { auditHash, type AuditRow } from '../access/audit-log.js';
import { ProblemError } from '../errors.js';
import type { Storage, Tx } from '../storage/db.js';
import { readLocked } from '../storage/locked-row.js';
import type { Clock } from '../util/clock.js';
import { GENESIS_HASH } from '../util/hash.js';
import type { AuditLine } from './wire.js';

/** An entry of a node below, as kept here: the entry and the unit of the node that wrote it. */
export type RemoteAuditRow = AuditRow & { origin_unit: string };

const INSERT_ROWS = 200;

/**
 * The audit chains of the nodes below, kept at their upstream. Each push continues one chain
 * (a node's log since its first entry) and is checked link by link, as `cctns audit verify` checks
 * a node's own log: a gap, a changed entry or a broken link refuses the whole push.
 */
export class AuditCopies {
  constructor(private readonly deps: { storage: Storage; clock: Clock }) {}

  async receive(node: { id: string; unit_code: string }, chain: string, rows: readonly AuditLine[]): Promise<{ seq: number; stored: number; duplicates: number }> {
    const { storage, clock } = this.deps;
    return storage.db.transaction().execute(async (tx) => {
      const head = await this.head(tx, chain, node);
      if (head.node_id !== node.id) throw new ProblemError(403, 'foreign-chain', 'Refused: this audit chain was started by another node. Nothing was stored.');
      const bad = rows.find((r) => auditHash(r) !== r.hash);
      if (bad) throw auditRefusal(422, 'audit-hash', `entry ${bad.seq} does not match its hash: changed on the way or at the node`, head.seq);
      const held = rows.filter((r) => r.seq <= head.seq);
      if (held.length) {
        const stored = new Map(
          (
            await tx
              .selectFrom('audit_remote')
              .select(['seq', 'hash'])
              .where('chain_id', '=', chain)
              .where(
                'seq',
                'in',
                held.map((r) => r.seq),
              )
              .execute()
          ).map((r) => [Number(r.seq), r.hash]),
        );
        const differs = held.find((r) => stored.get(r.seq) !== r.hash);
        if (differs) throw auditRefusal(409, 'audit-fork', `entry ${differs.seq} differs from the one already kept here`, head.seq);
      }
      const fresh = rows.filter((r) => r.seq > head.seq);
      if (fresh.length === 0) return { seq: head.seq, stored: 0, duplicates: held.length };
      if (fresh[0]!.seq !== head.seq + 1) throw auditRefusal(409, 'audit-gap', `the push starts at entry ${fresh[0]!.seq}, but entries after ${head.seq} are what is missing here`, head.seq);
      let prev = head.hash;
      for (const r of fresh) {
        if (r.prev_hash !== prev) throw auditRefusal(422, 'audit-link', `entry ${r.seq} does not link to the entry before it`, head.seq);
        prev = r.hash;
      }
      for (let i = 0; i < fresh.length; i += INSERT_ROWS) {
        await tx
          .insertInto('audit_remote')
          .values(fresh.slice(i, i + INSERT_ROWS).map((r) => ({ ...r, chain_id: chain, node_id: node.id, origin_unit: node.unit_code })))
          .execute();
      }
      const last = fresh[fresh.length - 1]!;
      await tx.updateTable('audit_remote_heads').set({ seq: last.seq, hash: last.hash, updated_at: clock.now().toISOString() }).where('chain_id', '=', chain).execute();
      return { seq: last.seq, stored: fresh.length, duplicates: held.length };
    });
  }

  /** Entries of the nodes below whose actor or target lies in the given units, newest first. */
  async listForUnits(unitCodes: string[], limit: number, beforeAt?: string): Promise<RemoteAuditRow[]> {
    if (unitCodes.length === 0) return [];
    let q = this.deps.storage.db
      .selectFrom('audit_remote')
      .select(['seq', 'id', 'at', 'actor_id', 'actor_username', 'actor_unit', 'action', 'target_type', 'target_id', 'target_unit', 'outcome', 'ip', 'detail', 'prev_hash', 'hash', 'origin_unit'])
      .where((eb) => eb.or([eb('actor_unit', 'in', unitCodes), eb('target_unit', 'in', unitCodes)]));
    if (beforeAt) q = q.where('at', '<', beforeAt);
    return (await q.orderBy('at', 'desc').orderBy('id', 'desc').limit(limit).execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  /** How far each chain of a node stands here. */
  async heads(nodeId: string): Promise<{ chain: string; seq: number }[]> {
    const rows = await this.deps.storage.db.selectFrom('audit_remote_heads').select(['chain_id', 'seq']).where('node_id', '=', nodeId).execute();
    return rows.map((r) => ({ chain: r.chain_id, seq: Number(r.seq) }));
  }

  private head(tx: Tx, chain: string, node: { id: string; unit_code: string }) {
    const engine = this.deps.storage.engine;
    return readLocked(
      async () => {
        const q = tx.selectFrom('audit_remote_heads').select(['node_id', 'seq', 'hash']).where('chain_id', '=', chain);
        const row = await (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
        return row && { ...row, seq: Number(row.seq) };
      },
      () =>
        tx
          .insertInto('audit_remote_heads')
          .values({ chain_id: chain, node_id: node.id, origin_unit: node.unit_code, seq: 0, hash: GENESIS_HASH, updated_at: this.deps.clock.now().toISOString() })
          .onConflict((oc) => oc.column('chain_id').doNothing())
          .execute(),
    );
  }
}

function auditRefusal(status: number, slug: string, why: string, seq: number): ProblemError {
  return new ProblemError(status, slug, `Refused: ${why}. Nothing of this push was stored.`, { data: { auditSeq: seq } });
}
