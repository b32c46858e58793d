import type { Kysely } from 'kysely';

/**
 * Arrests and custody (IIF-3, BNSS 35–58, 187). One row per arrest or court-surrender memo, with
 * the accused's code in the case (A1 …, the same on every later memo of that person in the case)
 * and the production before the Magistrate once recorded; one row per period of police custody,
 * judicial custody or bail the court ordered for the accused (the remand and custody ledger).
 * Indexed for the station's and the district's lists of arrested persons (BNSS 37). An accused the
 * IO could not find is declared absconding, with the efforts made to trace them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('arrests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('accused_code', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('arrested_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('court', 'text')
    .addColumn('grounds', 'text')
    .addColumn('person_informed', 'text')
    .addColumn('attesting_witness', 'text')
    .addColumn('handcuff', 'text')
    .addColumn('magistrate_permission', 'text')
    .addColumn('senior_permission', 'text')
    .addColumn('infirm', 'integer', (c) => c.notNull())
    .addColumn('age_at_arrest', 'integer')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('arrested_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addColumn('production', 'text')
    .addColumn('produced_at', 'text')
    .execute();
  await db.schema.createIndex('arrests_fir').on('arrests').columns(['fir_id', 'person_id']).execute();
  await db.schema.createIndex('arrests_station').on('arrests').columns(['station_code', 'arrested_at']).execute();
  await db.schema.createIndex('arrests_district').on('arrests').columns(['district_code', 'arrested_at']).execute();

  await db.schema
    .createTable('custody_periods')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('arrest_id', 'text', (c) => c.notNull())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_at', 'text', (c) => c.notNull())
    .addColumn('until_at', 'text')
    .addColumn('by_court', 'integer', (c) => c.notNull())
    .addColumn('court', 'text')
    .addColumn('order_ref', 'text')
    .addColumn('recorded_by', 'text', (c) => c.notNull())
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('custody_periods_fir').on('custody_periods').columns(['fir_id', 'person_id', 'from_at']).execute();

  await db.schema
    .createTable('absconders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('since', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('declared_by', 'text', (c) => c.notNull())
    .addColumn('declared_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('absconders_fir').on('absconders').columns(['fir_id', 'person_id']).execute();
}
