import type { Kysely } from 'kysely';

/**
 * Whose photo a file is: a file is served, and its hash shown in the audit log, only to those who
 * may see every person it is the photo of (src/access/protection.ts).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('persons_photo').on('persons').column('photo_sha256').execute();
}
