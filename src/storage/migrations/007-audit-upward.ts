import type { Kysely } from 'kysely';
import type { Engine } from '../db.js';
import { makeAppendOnly } from './append-only.js';

/**
 * Audit trails travel upward: a state keeps a verified copy of each of its station nodes' audit
 * chains, so supervisors there can read who looked at what at a station, and a lost station
 * machine does not take its trail with it. A chain is one node's log from its first entry; a
 * replacement machine, or a node restored from a backup, starts a new chain (a new id).
 */
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  await db.schema
    .createTable('audit_remote')
    .addColumn('chain_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('origin_unit', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('actor_username', 'text')
    .addColumn('actor_unit', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text')
    .addColumn('target_id', 'text')
    .addColumn('target_unit', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('ip', 'text')
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('audit_remote_pk', ['chain_id', 'seq'])
    .execute();
  await makeAppendOnly(db, engine, 'audit_remote');
  await db.schema.createIndex('audit_remote_actor_unit').on('audit_remote').columns(['actor_unit', 'at']).execute();
  await db.schema.createIndex('audit_remote_target_unit').on('audit_remote').columns(['target_unit', 'at']).execute();

  await db.schema
    .createTable('audit_remote_heads')
    .addColumn('chain_id', 'text', (c) => c.primaryKey())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('origin_unit', 'text', (c) => c.notNull())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // A downstream's side: which chain it is sending, and how far the upstream has acknowledged it.
  await db.schema.alterTable('sync_upstream').addColumn('audit_chain', 'text').execute();
  await db.schema
    .alterTable('sync_upstream')
    .addColumn('audit_acked', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();
}
