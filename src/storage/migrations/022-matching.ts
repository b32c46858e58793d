import type { Kysely } from 'kysely';

/**
 * Matching missing persons with unidentified bodies (issue 14, A5). `match_index` holds every
 * open record of either kind (a report still missing, a body still unidentified) by what an index
 * answers — State, sex, age band, the date last seen or found — with the features the
 * scoring compares, so that a record's candidates across the State are blocked by one indexed
 * query and scored in memory. Kept by the projectors of the missing-person and body events; the
 * registers are new with this issue (no released node holds them); records registered before
 * this migration are indexed by `cctns rebuild`, which replays the events.
 *
 * `match_decisions` holds an officer's confirmation or rejection of a pair, one per pair: a
 * rejected pair is never offered again, a confirmed one is the link the identification follows.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('match_index')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text')
    .addColumn('state_code', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('age_from', 'integer')
    .addColumn('age_to', 'integer')
    .addColumn('age_band', 'integer', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('height_cm', 'integer')
    .addColumn('build', 'text')
    .addColumn('complexion', 'text')
    .addColumn('latitude', 'real')
    .addColumn('longitude', 'real')
    .addColumn('features', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('match_index_pk', ['kind', 'id'])
    .execute();
  // Covering: the block is read from the index alone (the marks and clothes only for the few that can still reach the top).
  await db.schema
    .createIndex('match_index_block')
    .on('match_index')
    .columns(['kind', 'state_code', 'sex', 'age_band', 'at', 'id', 'age_from', 'age_to', 'height_cm', 'build', 'complexion', 'latitude', 'longitude', 'district_code'])
    .execute();
  await db.schema
    .createTable('match_decisions')
    .addColumn('missing_person_id', 'text', (c) => c.notNull())
    .addColumn('unnatural_death_id', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('score', 'real')
    .addColumn('decided_by', 'text', (c) => c.notNull())
    .addColumn('decided_unit', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('match_decisions_pk', ['missing_person_id', 'unnatural_death_id'])
    .execute();
  await db.schema.createIndex('match_decisions_body').on('match_decisions').columns(['unnatural_death_id', 'decision']).execute();
  await db.schema.createIndex('match_decisions_missing').on('match_decisions').columns(['missing_person_id', 'decision']).execute();
}
