import type { Kysely } from 'kysely';

/**
 * The unnatural-death / unidentified-body register (issue 14, A5, BNSS 194): one row per entry,
 * projected from its events. The description is kept whole as JSON (the schema shared with
 * missing persons) and the fields matching filters on — sex, age range, height, place, dates —
 * as columns; the inquest and the post-mortem as JSON, with the inquest's forwarding time (the
 * clock's end) as a column.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('unnatural_deaths')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('informed_at', 'text', (c) => c.notNull())
    .addColumn('found_at', 'text', (c) => c.notNull())
    .addColumn('found_place', 'text', (c) => c.notNull())
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age_from', 'integer')
    .addColumn('age_to', 'integer')
    .addColumn('height_cm', 'integer')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('informant_id', 'text', (c) => c.notNull())
    .addColumn('photos', 'text', (c) => c.notNull())
    .addColumn('belongings', 'text')
    .addColumn('apparent_cause', 'text')
    .addColumn('circumstances', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('inquest', 'text')
    .addColumn('inquest_forwarded_at', 'text')
    .addColumn('post_mortem', 'text')
    .addColumn('identified_at', 'text')
    .addColumn('identified_person_id', 'text')
    .addColumn('missing_person_id', 'text')
    .addColumn('identification_note', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('unnatural_deaths_number', ['station_code', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('unnatural_deaths_station').on('unnatural_deaths').columns(['station_code', 'found_at']).execute();
  await db.schema.createIndex('unnatural_deaths_status').on('unnatural_deaths').columns(['status', 'sex']).execute();
  await db.schema.createIndex('unnatural_deaths_missing').on('unnatural_deaths').column('missing_person_id').execute();
}
