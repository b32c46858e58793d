import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Engine } from '../db.js';

/**
 * Sync between nodes (station → state → national): the nodes an upstream has enrolled, the
 * feed of what is addressed to each of them, a downstream's link to its upstream, attachment
 * files present here, lookout notices, and where a zero FIR was sent.
 */
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  const serial = engine === 'postgres' ? 'bigserial' : 'integer';
  const bytewise = (c: ColumnDefinitionBuilder) => (engine === 'postgres' ? c.modifyFront(sql`collate "C"`) : c);

  // Nodes enrolled at this (upstream) node. Operational security state, not a record: it is not
  // in the event log and does not travel.
  await db.schema
    .createTable('sync_nodes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text')
    // SHA-256 of a key derived from the one-time code: finds the pending node without storing the code.
    .addColumn('enrol_lookup', 'text', (c) => c.unique())
    // The proof key derived from the code, sealed; cleared once enrolled.
    .addColumn('enrol_secret', 'text')
    .addColumn('enrol_expires_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'text')
    .addColumn('enrolled_from', 'text')
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .addColumn('revoke_reason', 'text')
    .addColumn('last_seen_at', 'text')
    .addColumn('last_push_at', 'text')
    .addColumn('last_pull_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('events_received', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_received', 'bigint', (c) => c.notNull().defaultTo(0))
    // What the node said of itself in its last hello (version, events waiting, its clock).
    .addColumn('reported', 'text')
    .execute();
  await db.schema.createIndex('sync_nodes_unit').on('sync_nodes').columns(['unit_code']).execute();

  // Nonces of signed requests seen recently: a replayed request is refused.
  await db.schema
    .createTable('sync_nonces')
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sync_nonces_pk', ['node_id', 'nonce'])
    .execute();
  await db.schema.createIndex('sync_nonces_expiry').on('sync_nonces').columns(['expires_at']).execute();

  // The feed: one row each time an event is addressed to a unit (broadcast to its subtree). Its
  // id is the feed cursor, so an old event addressed anew (a case transferred) comes after it.
  await db.schema
    .createTable('event_addresses')
    .addColumn('id', serial, (c) => (engine === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
    .addColumn('local_pos', 'bigint', (c) => c.notNull())
    .addColumn('unit_path', 'text', (c) => bytewise(c).notNull())
    // 1: for every node at or beneath the unit (master data, alerts); 0: for the node keeping the unit.
    .addColumn('broadcast', 'integer', (c) => c.notNull())
    .addColumn('origin_path', 'text', (c) => bytewise(c).notNull())
    .execute();
  await db.schema.createIndex('event_addresses_unit').on('event_addresses').columns(['unit_path', 'id']).execute();

  // A downstream node's link to its upstream: identity, cursors and health. One row.
  await db.schema
    .createTable('sync_upstream')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('upstream_unit', 'text', (c) => c.notNull())
    .addColumn('upstream_key', 'text', (c) => c.notNull())
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    // Every event at or below this local_pos is held upstream.
    .addColumn('push_floor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('pull_cursor', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('initial_pull_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('clock_offset_ms', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_attempt_at', 'text')
    .addColumn('last_success_at', 'text')
    .addColumn('last_push_at', 'text')
    .addColumn('last_pull_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    // Whether the last failure was the upstream refusing (a node to fix) or the link (to wait out).
    .addColumn('last_error_refused', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('events_pushed', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('events_pulled', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_up', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_down', 'bigint', (c) => c.notNull().defaultTo(0))
    .execute();

  // The upstream's head per origin as last acknowledged.
  await db.schema
    .createTable('sync_acks')
    .addColumn('origin_unit', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .execute();

  // Attachment files present on this node (the attachments table says which exist anywhere).
  await db.schema
    .createTable('blobs')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('stored_at', 'text', (c) => c.notNull())
    .execute();
  // Attachment files the upstream has confirmed it holds.
  await db.schema
    .createTable('sync_blobs_up')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('done_at', 'text', (c) => c.notNull())
    .execute();

  // Alerts and lookout notices, broadcast to every station under the target unit.
  await db.schema
    .createTable('alerts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('photo_sha256', 'text')
    .addColumn('target_unit', 'text', (c) => c.notNull())
    .addColumn('target_path', 'text', (c) => bytewise(c).notNull())
    .addColumn('issuer_unit', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdrawn_by', 'text')
    .addColumn('withdraw_reason', 'text')
    .execute();
  await db.schema.createIndex('alerts_target').on('alerts').columns(['target_path', 'issued_at']).execute();

  // A zero FIR sent to a station served by another node: registered there on arrival.
  await db.schema.alterTable('firs').addColumn('transferred_to_station', 'text').execute();
}
