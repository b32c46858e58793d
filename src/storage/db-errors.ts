/**
 * Whether a database error says "not now" (the server is going away, out of connections or
 * space, a deadlock or serialisation conflict, the file busy) rather than "not this": the first is
 * worth trying again later, the second will fail the same way every time.
 */
export function isTransientDbError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  // SQLite (better-sqlite3): busy or locked, a disk that failed or filled.
  if (/^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL)/.test(code)) return true;
  // PostgreSQL SQLSTATE classes: 08 connection, 40 transaction rollback (deadlock, serialisation),
  // 53 insufficient resources, 57 operator intervention (shutdown), 58 system error.
  if (/^(08|40|53|57|58)[0-9A-Z]{3}$/.test(code)) return true;
  // The driver lost its socket.
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE'].includes(code);
}

/**
 * Whether the database refused a value as text it cannot store: on PostgreSQL a NUL (in a text
 * column 22021 "invalid byte sequence", in JSON 22P05 "unsupported Unicode escape sequence").
 * Request schemas refuse such text first (src/domain/safe-text.ts); this is the second line, so
 * that anything they miss is the caller's 400, not a server error.
 */
export function isInvalidTextDbError(err: unknown): boolean {
  const e = err as { code?: unknown; message?: unknown } | null;
  if (e?.code === '22021' || e?.code === '22P05') return true;
  return typeof e?.message === 'string' && typeof e.code === 'string' && /unsupported Unicode escape sequence|invalid byte sequence for encoding/.test(e.message);
}
