import type { Engine, Tx } from './db.js';

/**
 * The next number in a gap-free series (FIR No. of a station and year, GD entry of a station and
 * day). Reads under a row lock so concurrent registrations queue instead of sharing a number;
 * the caller's projector records the number taken with {@link recordNumber}, in the same
 * transaction, so a rollback gives the number back and a rebuild recomputes the counter.
 */
export async function peekNextNumber(tx: Tx, engine: Engine, scope: string): Promise<number> {
  await tx
    .insertInto('counters')
    .values({ scope, value: 0 })
    .onConflict((oc) => oc.column('scope').doNothing())
    .execute();
  let q = tx.selectFrom('counters').select('value').where('scope', '=', scope);
  if (engine === 'postgres') q = q.forUpdate();
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.value) + 1;
}

export async function recordNumber(tx: Tx, scope: string, value: number): Promise<void> {
  await tx
    .insertInto('counters')
    .values({ scope, value: 0 })
    .onConflict((oc) => oc.column('scope').doNothing())
    .execute();
  await tx.updateTable('counters').set({ value }).where('scope', '=', scope).where('value', '<', value).execute();
}
