import type { Kysely } from 'kysely';

/**
 * The found-persons register (issue 14, A5): persons found alive who cannot say who they are or
 * whose family is unknown — a wandering adult, an elderly person with dementia, a child found
 * alone or rescued. One row per entry, projected from its events; the description is the shared
 * JSON (as for missing persons and bodies) with the columns a list filters on, the latest
 * placement as JSON with the first production before the Child Welfare Committee as a column
 * (the JJ Act s. 31 clock's end).
 *
 * `found_match_decisions` holds an officer's confirmation or rejection of a missing-person report
 * and a found person as the same person, one per pair. It is a table of its own, not a widening of
 * `match_decisions` (migration 022): that table's key and its events' payloads name a body
 * (`unnatural_death_id`), a frozen migration cannot change a primary key, and a general
 * (kind, id) table would have to copy 022's rows and change its events' contract for nothing the
 * two kinds do differently. Same columns, so the matcher reads both through one shape.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('found_persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('found_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('found_place', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age', 'integer')
    .addColumn('age_from', 'integer')
    .addColumn('age_to', 'integer')
    .addColumn('child', 'integer', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('found_by', 'text', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('circumstances', 'text')
    .addColumn('placement', 'text')
    .addColumn('cwc_produced_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('outcome_at', 'text')
    .addColumn('restored_to', 'text')
    .addColumn('outcome_note', 'text')
    .addColumn('missing_person_id', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('found_persons_number', ['station_code', 'year', 'seq'])
    .execute();
  await db.schema.createIndex('found_persons_station').on('found_persons').columns(['station_code', 'found_at']).execute();
  await db.schema.createIndex('found_persons_missing').on('found_persons').column('missing_person_id').execute();
  await db.schema
    .createTable('found_match_decisions')
    .addColumn('missing_person_id', 'text', (c) => c.notNull())
    .addColumn('found_person_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_unit', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('found_match_decisions_pk', ['missing_person_id', 'found_person_id'])
    .execute();
  await db.schema.createIndex('found_match_decisions_found').on('found_match_decisions').columns(['found_person_id', 'decision']).execute();
  await db.schema.createIndex('found_match_decisions_missing').on('found_match_decisions').columns(['missing_person_id', 'decision']).execute();
}
