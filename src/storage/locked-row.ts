/**
 * Reads a row that writers queue on — a hash chain's head, a number series — creating it first
 * when it is not there yet. `read` takes the row lock where the engine needs one (PostgreSQL's
 * FOR UPDATE; SQLite serialises writers itself). The row nearly always exists, so the usual cost
 * is that one statement; when it is missing, a concurrent creator makes the insert wait and do
 * nothing, and the second read then waits for its lock and sees its committed row.
 */
export async function readLocked<R>(read: () => Promise<R | undefined>, create: () => Promise<unknown>): Promise<R> {
  const row = await read();
  if (row !== undefined) return row;
  await create();
  const created = await read();
  if (created === undefined) throw new Error('A row created in this transaction cannot be read back.');
  return created;
}
