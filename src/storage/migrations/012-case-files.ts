import type { Kysely } from 'kysely';

/**
 * The case file (investigation after registration). The IO stays on the FIR row
 * (firs.io_user_id, assigned by the SHO through case.io_assigned); a case file row exists once
 * something beyond registration happened to the case: a supervisor took it over on record, or it
 * was transferred to another station or agency to investigate (investigating_unit; null: the
 * FIR's own station). The
 * case diary (BNSS 192) is a volume per case, its entries numbered without gaps and never changed.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('case_files')
    .addColumn('fir_id', 'text', (c) => c.primaryKey())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('investigating_unit', 'text')
    .addColumn('acting_user_id', 'text')
    .addColumn('acting_since', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('case_diary_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('fir_id', 'text', (c) => c.notNull())
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('entry_no', 'integer', (c) => c.notNull())
    .addColumn('began_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('places', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('statements', 'text', (c) => c.notNull())
    .addColumn('written_by', 'text', (c) => c.notNull())
    .addColumn('written_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_diary_fir_no', ['fir_id', 'entry_no'])
    .execute();
}
