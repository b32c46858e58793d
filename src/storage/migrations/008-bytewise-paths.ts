import { sql, type Kysely } from 'kysely';
import type { Engine } from '../db.js';

/**
 * Unit paths are compared as bytes: a subtree is the range [path, path + '~'). PostgreSQL
 * compares text by the database's locale, under which (en_US and the like) '~' does not sort after
 * letters, so a state's stations fell outside its own subtree. SQLite already compares bytes.
 */
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return;
  await sql`ALTER TABLE units ALTER COLUMN path TYPE text COLLATE "C"`.execute(db);
  await sql`ALTER TABLE alerts ALTER COLUMN target_path TYPE text COLLATE "C"`.execute(db);
}
