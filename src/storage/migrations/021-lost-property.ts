import type { Kysely } from 'kysely';

/**
 * Lost article reports and the register of found / unclaimed property (issue 14). Each is
 * numbered per station and IST year (counters `lar:<station>:<year>` and `fp:<station>:<year>`).
 * A found article's chain of custody is kept on its row (`moves`, the property room's movements,
 * validated by src/domain/property-room.ts): property_items belong to an FIR's seizure and this
 * property has none. Handsets among both are indexed by IMEI for the stolen/lost check. Every row
 * is projected from a lost_report.* or found_property.* event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lost_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('informant_id', 'text', (c) => c.notNull())
    .addColumn('lost_at', 'text', (c) => c.notNull())
    .addColumn('lost_place', 'text', (c) => c.notNull())
    .addColumn('articles', 'text', (c) => c.notNull())
    .addColumn('circumstances', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('fir_id', 'text')
    .addColumn('converted_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('lost_reports_number', ['station_code', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('lost_reports_reported').on('lost_reports').columns(['station_code', 'reported_at']).execute();

  await db.schema
    .createTable('found_property')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('found_at', 'text', (c) => c.notNull())
    .addColumn('found_place', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('handed_in_by', 'text')
    .addColumn('article', 'text', (c) => c.notNull())
    .addColumn('perishable', 'integer', (c) => c.notNull())
    .addColumn('remarks', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('moves', 'text', (c) => c.notNull())
    .addColumn('magistrate_report', 'text')
    .addColumn('proclaimed_on', 'text')
    .addColumn('claim', 'text')
    .addColumn('claimant_id', 'text')
    .addColumn('lost_report_id', 'text')
    .addColumn('claimed_at', 'text')
    .addColumn('disposal', 'text')
    .addColumn('disposed_at', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('found_property_number', ['station_code', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('found_property_station').on('found_property').columns(['station_code', 'status']).execute();
  await db.schema.createIndex('found_property_lost_report').on('found_property').column('lost_report_id').execute();

  await db.schema
    .createTable('lost_property_imeis')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('item', 'integer', (c) => c.notNull())
    .addColumn('imei', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lost_property_imeis_pk', ['record_type', 'record_id', 'item', 'imei'])
    .execute();
  await db.schema.createIndex('lost_property_imeis_imei').on('lost_property_imeis').column('imei').execute();
}
