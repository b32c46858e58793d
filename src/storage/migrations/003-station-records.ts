import type { Kysely } from 'kysely';
import type { Engine } from '../db.js';

/** Station records: General Diary, persons, complaints, FIRs and their versions, attachments. */
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  // Gap-free numbers (FIR No. per station per year, GD entry per station per day, complaint
  // acknowledgements): one row per scope, locked while a number is taken.
  await db.schema
    .createTable('counters')
    .addColumn('scope', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('gd_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('gd_date', 'text', (c) => c.notNull())
    .addColumn('entry_no', 'integer', (c) => c.notNull())
    .addColumn('entry_at', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('officer', 'text')
    .addColumn('ref_type', 'text')
    .addColumn('ref_id', 'text')
    .addColumn('corrects_id', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('gd_station_day_no', ['station_code', 'gd_date', 'entry_no'])
    .execute();

  await db.schema
    .createTable('persons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('relative_name', 'text')
    .addColumn('relative_kind', 'text')
    .addColumn('gender', 'text', (c) => c.notNull())
    .addColumn('age', 'integer')
    .addColumn('birth_date', 'text')
    .addColumn('juvenile', 'integer', (c) => c.notNull())
    .addColumn('addresses', 'text', (c) => c.notNull())
    .addColumn('phones', 'text', (c) => c.notNull())
    .addColumn('id_documents', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('photo_sha256', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('persons_name_key').on('persons').columns(['name_key']).execute();

  await db.schema
    .createTable('complaints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('ack_no', 'text', (c) => c.notNull().unique())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('complainant_id', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('occurred_from', 'text')
    .addColumn('occurred_to', 'text')
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('max_years', 'real')
    .addColumn('assigned_to', 'text')
    .addColumn('assigned_at', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('closure', 'text')
    .addColumn('closure_note', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('fir_id', 'text')
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('complaints_station').on('complaints').columns(['station_code', 'received_at']).execute();

  await db.schema
    .createTable('firs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('district_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('fir_no', 'integer', (c) => c.notNull())
    .addColumn('registered_at', 'text', (c) => c.notNull())
    .addColumn('occurred_from', 'text', (c) => c.notNull())
    .addColumn('occurred_to', 'text')
    .addColumn('info_received_at', 'text', (c) => c.notNull())
    .addColumn('gd_entry_id', 'text', (c) => c.notNull())
    .addColumn('info_type', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('law_code', 'text', (c) => c.notNull())
    .addColumn('sections', 'text', (c) => c.notNull())
    .addColumn('principal', 'text', (c) => c.notNull())
    .addColumn('crime_head', 'text')
    .addColumn('max_years', 'real')
    .addColumn('sensitive', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('io_user_id', 'text')
    .addColumn('officer_in_charge', 'text', (c) => c.notNull())
    .addColumn('complaint_id', 'text')
    .addColumn('zero_of_station', 'text')
    .addColumn('transferred_to_fir', 'text')
    .addColumn('transferred_from_fir', 'text')
    .addColumn('efir_signed_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('firs_station_year_no', ['station_code', 'year', 'fir_no'])
    .execute();
  await db.schema.createIndex('firs_station_registered').on('firs').columns(['station_code', 'registered_at']).execute();

  await db.schema
    .createTable('fir_versions')
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('fir_versions_pk', ['fir_id', 'version'])
    .execute();

  // Which persons stand in which role on which record (a person may be on many records).
  await db.schema
    .createTable('record_persons')
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_persons_pk', ['record_type', 'record_id', 'person_id', 'role'])
    .execute();
  await db.schema.createIndex('record_persons_person').on('record_persons').columns(['person_id']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('sha256', 'text', (c) => c.primaryKey())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('owner_unit', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .execute();
}
