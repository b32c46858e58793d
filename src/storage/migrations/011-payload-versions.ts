import type { Kysely } from 'kysely';

/**
 * Each event records the version of its payload's shape (src/events): nodes of different releases
 * meet on the wire, and a reader upcasts an older shape instead of guessing from its fields.
 * Every event written before is version 1, which is what the default says. The version enters an
 * event's hash only when it is not 1, so the hashes of the events already written (and the chains
 * other nodes hold of them) are unchanged.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('events')
    .addColumn('payload_version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
