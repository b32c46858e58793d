/**
 * The obvious alternative to the name-key index, for comparison on PostgreSQL: pg_trgm's trigram
 * similarity on persons.name with a GIN index — what a team would reach for first.
 */
import fs from 'node:fs';
import pg from 'pg';

export const SIMILARITY_THRESHOLD = 0.3;

/** The extension's library ships in postgresql-contrib (part of Debian's postgresql package). */
export function trigramAvailable(): boolean {
  const base = '/usr/lib/postgresql';
  return fs.existsSync(base) && fs.readdirSync(base).some((v) => fs.existsSync(`${base}/${v}/lib/pg_trgm.so`));
}

export interface TrigramSearch {
  /** Seconds to build the GIN index. */
  indexSeconds: number;
  find(q: string): Promise<{ name: string; similarity: number }[]>;
  close(): Promise<void>;
}

export async function trigramSearch(databaseUrl: string): Promise<TrigramSearch> {
  const client = new pg.Client(databaseUrl);
  await client.connect();
  await client.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
  const t0 = performance.now();
  await client.query('CREATE INDEX IF NOT EXISTS persons_name_trgm ON persons USING gin (name gin_trgm_ops)');
  await client.query('ANALYZE persons');
  const indexSeconds = (performance.now() - t0) / 1000;
  // `%` uses the session's threshold; 0.3 is the extension's default, set here so it is explicit.
  await client.query(`SET pg_trgm.similarity_threshold = ${SIMILARITY_THRESHOLD}`);
  return {
    indexSeconds,
    async find(q) {
      const r = await client.query({
        name: 'trgm',
        text: 'SELECT id, name, similarity(name, $1) AS sim FROM persons WHERE name % $1 ORDER BY sim DESC, id LIMIT 10',
        values: [q],
      });
      return r.rows.map((row) => ({ name: row.name as string, similarity: Number(row.sim) }));
    },
    close: () => client.end(),
  };
}
