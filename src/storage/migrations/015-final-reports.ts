import type { Kysely } from 'kysely';

/**
 * The end of an investigation and the case in court (issue 13): crime details (IIF-2, the latest
 * record of each case) with its modus operandi codes one row each, so that "cases like this one"
 * is an index lookup; final reports (IIF-5) with their review and filing; the steps that meet the
 * clocks of BNSS 193(3)(ii) and 176(3); the court's case number, hearings, disposal (IIF-6) and
 * appeals (IIF-7). Every row is projected from an event of the FIR's id.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_crime_details')
    .addColumn('fir_id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_mo_codes')
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('mo_code', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('crime_head', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_mo_codes_pk', ['fir_id', 'mo_code'])
    .execute();
  await db.schema.createIndex('case_mo_codes_code').on('case_mo_codes').columns(['mo_code', 'occurred_at']).execute();
  await db.schema.createIndex('case_mo_codes_head').on('case_mo_codes').columns(['crime_head', 'occurred_at']).execute();

  await db.schema
    .createTable('final_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('report_no', 'integer', (c) => c.notNull())
    .addColumn('law', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_level', 'text')
    .addColumn('submitted_by', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('review_remarks', 'text')
    .addColumn('filed_at', 'text')
    .addUniqueConstraint('final_reports_fir_no', ['fir_id', 'report_no'])
    .execute();

  await db.schema
    .createTable('case_milestones')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_milestones_fir').on('case_milestones').columns(['fir_id', 'kind']).execute();

  await db.schema
    .createTable('court_cases')
    .addColumn('fir_id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('court_code', 'text', (c) => c.notNull())
    .addColumn('court_case_no', 'text', (c) => c.notNull())
    .addColumn('registered_on', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();

  // Hearings, disposals and appeals: one row per record, its content as the event gave it.
  for (const table of ['court_hearings', 'court_disposals', 'court_appeals']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('fir_id', 'text', (c) => c.notNull())
      .addColumn('station_code', 'text', (c) => c.notNull())
      .addColumn('on_date', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('recorded_by', 'text', (c) => c.notNull())
      .addColumn('recorded_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex(`${table}_fir`).on(table).columns(['fir_id', 'on_date']).execute();
  }
}
