import type { Kysely } from 'kysely';

/**
 * A complaint alleging a sexual offence protects its complainant from the start, not only once
 * an FIR exists (BNS 72): the flag is kept on the row, as on FIRs. Rows written before this
 * migration are 0 until `cctns rebuild` replays them (the projector derives the flag from the
 * sections alleged when an old event does not carry it).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('complaints')
    .addColumn('sensitive', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}
