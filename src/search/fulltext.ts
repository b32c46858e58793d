import { sql, type RawBuilder } from 'kysely';
import type { Engine, Executor } from '../storage/db.js';
import { indexText } from './text-tokens.js';

/** What of an FIR is searchable as text. */
export interface FirTextDoc {
  firId: string;
  facts: string;
  place: string;
}

/** Words that must all occur: in the brief facts, in the place of occurrence. */
export interface FirTextQuery {
  facts: string[];
  place: string[];
}

/**
 * Full-text search over FIRs, one interface for both engines: SQLite FTS5 and PostgreSQL
 * tsvector with a GIN index. Both use no language rules (no stemming, no stop words: the
 * 'simple' configuration, FTS5's unicode61 tokeniser), so Hindi, Marathi, Tamil… are searched
 * word by word just as English is.
 */
export interface FirFullText {
  /** Read tables to declare for rebuild. */
  readonly tables: string[];
  /** Writes the FIR's text; `replace` when it may have some already (an amendment). */
  put(exec: Executor, doc: FirTextDoc, replace: boolean): Promise<void>;
  /** A subquery of the ids of FIRs whose text has every word, for `firs.id in (…)`. */
  matching(q: FirTextQuery): RawBuilder<string>;
}

export function fullTextFor(engine: Engine): FirFullText {
  return engine === 'postgres' ? postgresFullText : sqliteFullText;
}

/**
 * FTS5 rows are addressed by an integer rowid, and deleting by any other column scans the whole
 * index, so fir_text_docs gives each FIR a stable rowid (INTEGER PRIMARY KEY survives VACUUM,
 * the implicit rowid of `firs` does not).
 */
const sqliteFullText: FirFullText = {
  tables: ['fir_text', 'fir_text_docs'],
  async put(exec, doc, replace) {
    const old = replace ? (await sql<{ doc: number }>`select doc from fir_text_docs where fir_id = ${doc.firId}`.execute(exec)).rows[0]?.doc : undefined;
    if (old !== undefined) await sql`delete from fir_text where rowid = ${old}`.execute(exec);
    const rowid = old ?? (await sql<{ doc: number }>`insert into fir_text_docs (fir_id) values (${doc.firId}) returning doc`.execute(exec)).rows[0]!.doc;
    await sql`insert into fir_text (rowid, facts, place) values (${rowid}, ${indexText(doc.facts)}, ${indexText(doc.place)})`.execute(exec);
  },
  matching(q) {
    // Every word is a quoted phrase with its column: FTS5 syntax characters in it are inert.
    const phrase = (column: string, w: string) => `${column} : "${w.replace(/"/g, '""')}"`;
    const expr = [...q.facts.map((w) => phrase('facts', w)), ...q.place.map((w) => phrase('place', w))].join(' AND ');
    return sql<string>`(select d.fir_id from fir_text t join fir_text_docs d on d.doc = t.rowid where fir_text match ${expr})`;
  },
};

/** facts_tsv and place_tsv are generated columns: PostgreSQL keeps them in step with the text. */
const postgresFullText: FirFullText = {
  tables: ['fir_text'],
  async put(exec, doc) {
    await sql`insert into fir_text (fir_id, facts, place) values (${doc.firId}, ${indexText(doc.facts)}, ${indexText(doc.place)})
      on conflict (fir_id) do update set facts = excluded.facts, place = excluded.place`.execute(exec);
  },
  matching(q) {
    // plainto_tsquery parses the words as the document was parsed and ANDs them; it has no syntax to inject.
    const conds = [
      ...(q.facts.length ? [sql`facts_tsv @@ plainto_tsquery('simple', ${q.facts.join(' ')})`] : []),
      ...(q.place.length ? [sql`place_tsv @@ plainto_tsquery('simple', ${q.place.join(' ')})`] : []),
    ];
    return sql<string>`(select fir_id from fir_text where ${sql.join(conds, sql` and `)})`;
  },
};
