import type { Kysely } from 'kysely';

/**
 * Seizures (IIF-4) and the station's property room (malkhana). Each seized item has a number in
 * its station's register of the year, without gaps, and a chain of custody: every movement, in
 * order (seq), handed over by one party and received by another. The item row keeps where it is
 * now and the court's steps that meet its clocks (BNSS 497); the chain is the record.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('seizures')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('seized_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('search_of', 'text')
    .addColumn('seized_from', 'text')
    .addColumn('witnesses', 'text', (c) => c.notNull())
    .addColumn('video_sha256', 'text')
    .addColumn('video_size', 'bigint')
    .addColumn('video_description', 'text')
    .addColumn('video_forwarded_at', 'text')
    .addColumn('video_magistrate', 'text')
    .addColumn('remarks', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('seizures_fir').on('seizures').column('fir_id').execute();

  await db.schema
    .createTable('property_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seizure_id', 'text', (c) => c.notNull())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('item_no', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('quantity', 'text', (c) => c.notNull())
    .addColumn('seal_no', 'text')
    .addColumn('place_found', 'text')
    .addColumn('value', 'bigint')
    .addColumn('device', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('destination', 'text')
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('moves', 'integer', (c) => c.notNull())
    .addColumn('statement_at', 'text')
    .addColumn('statement_ref', 'text')
    .addColumn('disposal_order_at', 'text')
    .addColumn('disposal_order_ref', 'text')
    .addUniqueConstraint('property_items_station_no', ['station_code', 'year', 'item_no'])
    .execute();
  await db.schema.createIndex('property_items_fir').on('property_items').column('fir_id').execute();

  await db.schema
    .createTable('property_moves')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('handed_by', 'text', (c) => c.notNull())
    .addColumn('received_by', 'text', (c) => c.notNull())
    .addColumn('destination', 'text')
    .addColumn('reference', 'text')
    .addColumn('order_ref', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('property_moves_item_seq', ['item_id', 'seq'])
    .execute();
}
