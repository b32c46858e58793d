import type { Kysely } from 'kysely';

/**
 * What opening a case file at a large station reads, made an index lookup (issue 13: 5,000 cases,
 * p95 ≤ 50 ms). The General Diary entries about a record (its timeline, its clocks) were found by
 * reading the whole diary of the node; now by (ref_type, ref_id).
 *
 * The protected persons on each station's records, kept as its records are written. The free
 * text of a station (diary, facts, reasons) is redacted of every protected person of any of its
 * cases; finding them by reading every person on the station's records made each read (and each
 * write) of a large station slow — 5,000 cases, about 150 ms per case file. A row is a candidate
 * only: who may see the person is still decided on the person at read time, so a row left over
 * after a correction over-redacts, never under-redacts.
 *
 * The rows already due are filled here with the rule as it stands at this migration (a frozen copy
 * of isProtectedPerson in src/access/protection.ts): juveniles, victims and complainants of
 * sensitive FIRs, complainants of sensitive complaints — on every FIR or complaint of a station.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('gd_entries_ref').on('gd_entries').columns(['ref_type', 'ref_id']).execute();
  await db.schema
    .createTable('station_protected_persons')
    .addColumn('station_code', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('station_protected_persons_pk', ['station_code', 'person_id'])
    .execute();
  await backfillStationProtectedPersons(db);
}

/** The rows due from the records already there (a new node has none). */
export async function backfillStationProtectedPersons(db: Kysely<any>): Promise<void> {
  const protectedIds = (await db
    .selectFrom('persons')
    .select('id')
    .where('juvenile', '=', 1)
    .union(
      db
        .selectFrom('record_persons as rp')
        .innerJoin('firs as f', 'f.id', 'rp.record_id')
        .select('rp.person_id as id')
        .where('rp.record_type', '=', 'fir')
        .where('rp.role', 'in', ['victim', 'complainant'])
        .where('f.sensitive', '=', 1),
    )
    .union(
      db.selectFrom('record_persons as rp').innerJoin('complaints as c', 'c.id', 'rp.record_id').select('rp.person_id as id').where('rp.record_type', '=', 'complaint').where('c.sensitive', '=', 1),
    )
    .execute()) as { id: string }[];
  for (let i = 0; i < protectedIds.length; i += 500) {
    const ids = protectedIds.slice(i, i + 500).map((r) => r.id);
    const rows = (await db
      .selectFrom('record_persons as rp')
      .innerJoin('firs as f', 'f.id', 'rp.record_id')
      .select(['f.station_code', 'rp.person_id'])
      .where('rp.record_type', '=', 'fir')
      .where('rp.person_id', 'in', ids)
      .union(
        db
          .selectFrom('record_persons as rp')
          .innerJoin('complaints as c', 'c.id', 'rp.record_id')
          .select(['c.station_code', 'rp.person_id'])
          .where('rp.record_type', '=', 'complaint')
          .where('rp.person_id', 'in', ids),
      )
      .execute()) as { station_code: string; person_id: string }[];
    if (rows.length)
      await db
        .insertInto('station_protected_persons')
        .values(rows)
        .onConflict((oc) => oc.columns(['station_code', 'person_id']).doNothing())
        .execute();
  }
}
