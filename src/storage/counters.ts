import type { Engine, Tx } from './db.js';
import { readLocked } from './locked-row.js';

/**
 * The next number in a gap-free series (FIR No. of a station and year, GD entry of a station and
 * day). Reads under a row lock so concurrent registrations queue instead of sharing a number;
 * the caller's projector records the number taken with {@link recordNumber}, in the same
 * transaction, so a rollback gives the number back and a rebuild recomputes the counter.
 */
export async function peekNextNumber(tx: Tx, engine: Engine, scope: string): Promise<number> {
  const row = await readLocked(
    () => {
      const q = tx.selectFrom('counters').select('value').where('scope', '=', scope);
      return (engine === 'postgres' ? q.forUpdate() : q).executeTakeFirst();
    },
    () =>
      tx
        .insertInto('counters')
        .values({ scope, value: 0 })
        .onConflict((oc) => oc.column('scope').doNothing())
        .execute(),
  );
  return Number(row.value) + 1;
}

export async function recordNumber(tx: Tx, scope: string, value: number): Promise<void> {
  // One statement: create the series, or raise it if this number is past its end.
  await tx
    .insertInto('counters')
    .values({ scope, value })
    .onConflict((oc) =>
      oc
        .column('scope')
        .doUpdateSet({ value: (eb) => eb.ref('excluded.value') })
        .where('counters.value', '<', value),
    )
    .execute();
}
