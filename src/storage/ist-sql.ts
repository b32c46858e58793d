import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './db.js';

/**
 * The first day (YYYY-MM-DD) of the IST fortnight (1st–15th, 16th–end: src/domain/fortnights.ts)
 * of an instant stored as ISO text, computed by the database, so that rows can be grouped by
 * fortnight without being read one by one. IST has no daylight saving: UTC + 05:30.
 */
export function istFortnightStartSql(engine: Engine, column: string): RawBuilder<string> {
  const ref = sql.ref(column);
  const day = engine === 'postgres' ? sql`to_char((${ref}::timestamptz AT TIME ZONE 'UTC') + interval '330 minutes', 'YYYY-MM-DD')` : sql`date(${ref}, '+330 minutes')`;
  return sql<string>`substr(${day}, 1, 8) || case when substr(${day}, 9, 2) <= '15' then '01' else '16' end`;
}
