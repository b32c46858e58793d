import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import { LAW_ACTS_002, LAW_SECTIONS_002 } from './002-law-catalogue.data.js';

/**
 * The versioned law catalogue: acts, sections (BNS, the IPC sections they correspond to) and the
 * history of corrections, seeded from reference/law as it was when this migration was written
 * (frozen in 002-law-catalogue.data.ts, so that every database gets the same rows). Later changes
 * to the reference files reach databases only through a new migration or through corrections in
 * the application (which are events, with who, when, why and a source).
 *
 * These tables are master data, not projections: `cctns rebuild` does not empty them, and
 * replaying a correction event sets the same absolute values again.
 */
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('law_acts')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    // penal | special | local
    .addColumn('kind', 'text', (c) => c.notNull().check(sqlIn('kind', ['penal', 'special', 'local'])))
    // A local law's State (a unit code); null for central acts.
    .addColumn('state_code', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('law_sections')
    .addColumn('act', 'text', (c) => c.notNull().references('law_acts.code'))
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('title_hi', 'text')
    .addColumn('chapter', 'text')
    .addColumn('max_punishment', 'text', (c) => c.notNull())
    // Years for comparisons: life = 100, death = 200, null when not comparable.
    .addColumn('max_years', 'double precision')
    // yes | no | depends | unknown — a blank source cell is "unknown", never "no".
    .addColumn('cognizable', 'text', (c) => c.notNull().check(sqlIn('cognizable', ['yes', 'no', 'depends', 'unknown'])))
    .addColumn('bailable', 'text', (c) => c.notNull().check(sqlIn('bailable', ['yes', 'no', 'depends', 'unknown'])))
    .addColumn('triable_by', 'text')
    // JSON array of { act, section } in the other penal code, most specific first.
    .addColumn('equivalents', 'text', (c) => c.notNull())
    .addColumn('sensitive', 'integer', (c) => c.notNull())
    .addColumn('crime_head', 'text')
    // 1 as seeded, +1 for each correction.
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    // Order of the reference files, for stable listings.
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('law_sections_pk', ['act', 'section'])
    .execute();

  // One row per correction, keyed by its event: replaying the event inserts nothing twice.
  await db.schema
    .createTable('law_section_versions')
    .addColumn('event_id', 'text', (c) => c.primaryKey())
    .addColumn('act', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    // JSON { field: { from, to } }
    .addColumn('changes', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('changed_by', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('law_section_versions_ref').on('law_section_versions').columns(['act', 'section', 'version']).execute();

  const at = new Date().toISOString();
  await db
    .insertInto('law_acts')
    .values([...LAW_ACTS_002])
    .execute();
  const rows = LAW_SECTIONS_002.map((s, i) => ({ ...s, version: 1, ordinal: i + 1, updated_at: at, updated_by: 'migration' }));
  // In batches: 18 columns × 100 rows stays far below either engine's parameter limit.
  for (let i = 0; i < rows.length; i += 100) {
    await db
      .insertInto('law_sections')
      .values(rows.slice(i, i + 100))
      .execute();
  }
}

/** A CHECK expression; column names and values are our own constants, never user input. */
function sqlIn(column: string, values: string[]) {
  return sql.raw(`${column} IN (${values.map((v) => `'${v}'`).join(', ')})`);
}
