import type { Kysely } from 'kysely';
import type { Engine } from '../db.js';

/**
 * Person search: the name keys of every person (and alias) in an indexed table, the district
 * each person is known in, and officers' decisions that two records are the same person.
 */
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  // The simple exact-name key of the records issue gives way to the key table below.
  await db.schema.dropIndex('persons_name_key').execute();
  await db.schema.alterTable('persons').dropColumn('name_key').execute();
  await db.schema.alterTable('persons').addColumn('district', 'text').execute();

  // One row per (key, person): the primary key is the lookup index and keeps keys unique.
  await db.schema
    .createTable('person_name_keys')
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_name_keys_pk', ['key', 'person_id'])
    .execute();
  await db.schema.createIndex('person_name_keys_person').on('person_name_keys').columns(['person_id']).execute();

  await db.schema
    .createTable('person_same_marks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_a', 'text', (c) => c.notNull())
    .addColumn('person_b', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('marked_by', 'text', (c) => c.notNull())
    .addColumn('marked_at', 'text', (c) => c.notNull())
    .addColumn('withdrawn_by', 'text')
    .addColumn('withdrawn_at', 'text')
    .addColumn('withdraw_reason', 'text')
    .execute();
  await db.schema.createIndex('person_same_marks_a').on('person_same_marks').columns(['person_a']).execute();
  await db.schema.createIndex('person_same_marks_b').on('person_same_marks').columns(['person_b']).execute();
}
