import type { Kysely } from 'kysely';

/**
 * Non-cognizable reports (BNSS 174) and the fortnightly diaries of them forwarded to the
 * Magistrate. Each report is numbered per station and IST year (counter `nc:<station>:<year>`);
 * its persons are linked through record_persons (record_type 'nc_report'). Every row is projected
 * from an nc.* event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('nc_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('nc_no', 'integer', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('informant_id', 'text', (c) => c.notNull())
    .addColumn('substance', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('occurred_from', 'text')
    .addColumn('occurred_to', 'text')
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('court_code', 'text', (c) => c.notNull())
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('diary_id', 'text')
    .addColumn('fir_id', 'text')
    .addColumn('order_date', 'text')
    .addColumn('order_court_code', 'text')
    .addColumn('order_reference', 'text')
    .addColumn('converted_at', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('nc_reports_number', ['station_code', 'year', 'nc_no'])
    .execute();
  await db.schema.createIndex('nc_reports_received').on('nc_reports').columns(['station_code', 'received_at']).execute();
  await db.schema.createIndex('nc_reports_fir').on('nc_reports').column('fir_id').execute();

  await db.schema
    .createTable('nc_diaries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('court_code', 'text', (c) => c.notNull())
    .addColumn('reference', 'text')
    .addColumn('report_ids', 'text', (c) => c.notNull())
    .addColumn('forwarded_at', 'text', (c) => c.notNull())
    .addColumn('forwarded_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('nc_diaries_period', ['station_code', 'period_start'])
    .execute();
}
