import type { Kysely } from 'kysely';

/**
 * The stolen vehicle and mobile phone registers (issue 14): handsets among an FIR's property by
 * IMEI, as vehicles are by their numbers (migration 005), and which property of its FIR a seized
 * item is — the recovery of stolen property. No FIR before this migration could carry an IMEI
 * and no seizure a recovery, so there is nothing to backfill.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('imei_index')
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('item', 'integer', (c) => c.notNull())
    .addColumn('imei', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('imei_index_pk', ['fir_id', 'item', 'imei'])
    .execute();
  await db.schema.createIndex('imei_index_imei').on('imei_index').column('imei').execute();
  await db.schema.alterTable('property_items').addColumn('recovers_property', 'integer').execute();
  await db.schema.createIndex('property_items_recovers').on('property_items').columns(['fir_id', 'recovers_property']).execute();
}
