import type { Kysely } from 'kysely';

/**
 * The missing-persons register (issue 14, A5): one row per report, projected from its events. The
 * description is kept whole as JSON (the schema shared with unidentified bodies) and its fields
 * that matching and lists filter on — sex, age, place and the dates — as columns.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('missing_persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('reported_at', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('informant_id', 'text', (c) => c.notNull())
    .addColumn('informant_relation', 'text')
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age', 'integer', (c) => c.notNull())
    .addColumn('child', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_place', 'text', (c) => c.notNull())
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('circumstances', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_at', 'text')
    .addColumn('status_note', 'text')
    .addColumn('fir_id', 'text')
    .addColumn('alert_id', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('missing_persons_number', ['station_code', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('missing_persons_station').on('missing_persons').columns(['station_code', 'reported_at']).execute();
  await db.schema.createIndex('missing_persons_status').on('missing_persons').columns(['status', 'child']).execute();
  await db.schema.createIndex('missing_persons_fir').on('missing_persons').column('fir_id').execute();
}
