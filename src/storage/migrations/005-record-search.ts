import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Engine } from '../db.js';
import { backfillSearchIndex } from './005-record-search.backfill.js';

/**
 * Search over vehicles, phone numbers and FIRs: index tables filled by the record projectors in
 * the transaction that writes the record (and refilled by rebuild).
 */
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  // Identifiers are matched by prefix through range conditions (x >= 'AB12' and x < 'AB12~'),
  // which an index serves only if it orders by bytes: SQLite's default; PostgreSQL needs "C".
  const bytewise = (c: ColumnDefinitionBuilder) => (engine === 'postgres' ? c.modifyFront(sql`collate "C"`) : c);

  // One row per vehicle among an FIR's properties; *_rev hold the number reversed, so that "the
  // last five characters of the chassis number" is a prefix search too.
  await db.schema
    .createTable('vehicle_index')
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('item', 'integer', (c) => c.notNull())
    .addColumn('registration', 'text', bytewise)
    .addColumn('registration_rev', 'text', bytewise)
    .addColumn('engine_no', 'text', bytewise)
    .addColumn('engine_rev', 'text', bytewise)
    .addColumn('chassis_no', 'text', bytewise)
    .addColumn('chassis_rev', 'text', bytewise)
    .addColumn('details', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('vehicle_index_pk', ['fir_id', 'item'])
    .execute();
  for (const col of ['registration', 'registration_rev', 'engine_no', 'engine_rev', 'chassis_no', 'chassis_rev']) {
    await db.schema.createIndex(`vehicle_index_${col}`).on('vehicle_index').column(col).execute();
  }

  // Canonical phone numbers of persons (src/domain/phone-numbers.ts).
  await db.schema
    .createTable('phone_index')
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('phone_index_pk', ['phone', 'person_id'])
    .execute();
  await db.schema.createIndex('phone_index_person').on('phone_index').column('person_id').execute();

  // The sections of each FIR's current version; section_base is "303" for "303(2)", so that a
  // search for 303 finds every sub-section.
  await db.schema
    .createTable('fir_section_index')
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('act', 'text', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('section_base', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fir_section_index_pk', ['fir_id', 'act', 'section'])
    .execute();
  await db.schema.createIndex('fir_section_index_section').on('fir_section_index').columns(['section', 'act']).execute();
  await db.schema.createIndex('fir_section_index_base').on('fir_section_index').columns(['section_base', 'act']).execute();

  // Free text of FIRs (src/search/fulltext.ts). No language rules on either engine.
  if (engine === 'postgres') {
    await sql`create table fir_text (
      fir_id text primary key,
      facts text not null,
      place text not null,
      facts_tsv tsvector generated always as (to_tsvector('simple'::regconfig, facts)) stored,
      place_tsv tsvector generated always as (to_tsvector('simple'::regconfig, place)) stored
    )`.execute(db);
    await sql`create index fir_text_facts on fir_text using gin (facts_tsv)`.execute(db);
    await sql`create index fir_text_place on fir_text using gin (place_tsv)`.execute(db);
  } else {
    await sql`create table fir_text_docs (doc integer primary key, fir_id text not null unique)`.execute(db);
    // Combining marks (M*) are word characters: without them Indian-script words fall apart.
    await sql.raw(`create virtual table fir_text using fts5(facts, place, tokenize = "unicode61 remove_diacritics 0 categories 'L* N* Co M*'")`).execute(db);
  }

  // Dates are searched with the station; FIRs are listed newest first.
  await db.schema.createIndex('firs_registered').on('firs').column('registered_at').execute();

  // A node upgraded from an earlier version has records already: index them now.
  await backfillSearchIndex(db, engine);
}
