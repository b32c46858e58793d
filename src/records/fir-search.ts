import type { SelectQueryBuilder } from 'kysely';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { parseFirNumber } from '../domain/fir-numbers.js';
import type { FirQueries } from './fir-queries.js';
import type { UnitService } from '../directory/units.js';
import type { RecordViews } from './views.js';
import type { Storage } from '../storage/db.js';
import type { Database } from '../storage/schema.js';
import { fullTextFor, type FirFullText } from '../search/fulltext.js';
import { rangeEnd, rangeStart, type FirSearchQuery } from '../search/schemas.js';
import { withoutProtectedPersons } from '../access/protection.js';
import { auditSearch, scopeCounts } from '../search/scope.js';
import { indexText, snippet, textTokens } from '../search/text-tokens.js';

type FirQuery = SelectQueryBuilder<Database, 'firs', object>;

/**
 * FIRs by number, station, year, sections, dates of registration, place, status and the words
 * of their brief facts. Matches are counted per station first, so the hit/no-hit answer for
 * stations outside the jurisdiction is complete however many match inside, and only the FIRs
 * the searcher may read are loaded.
 */
export class FirSearch {
  private readonly fullText: FirFullText;

  constructor(private readonly deps: { storage: Storage; units: UnitService; audit: AuditLog; firs: FirQueries; views: RecordViews }) {
    this.fullText = fullTextFor(deps.storage.engine);
  }

  async search(actor: RequestActor, query: FirSearchQuery, client: ClientInfo) {
    const { storage, units, firs, views } = this.deps;
    const { limit, ...terms } = query;
    const facts = query.text ? textTokens(query.text) : [];
    let filtered = this.filters(storage.db.selectFrom('firs'), query, facts);
    // Inside, an FIR found only through a withheld person's name in its text is not found at all
    // by a reader who may not unmask them (the match is made again on the text as they read it).
    const hidden = await this.foundOnlyByWithheldWords(actor, filtered, query);
    if (hidden.length) filtered = filtered.where('id', 'not in', hidden);
    const countOf = async (q: FirQuery) =>
      new Map(
        (
          await q
            .select(['station_code', (eb) => eb.fn.countAll<number>().as('n')])
            .groupBy('station_code')
            .execute()
        ).map((c) => [c.station_code, Number(c.n)]),
      );
    const counts = await countOf(filtered);
    const { insideUnits } = await scopeCounts(units, actor, counts);
    // Outside, an FIR found through its free text could be found by a protected person's name or
    // address: such FIRs are left out of the hit/no-hit answer.
    const byText = facts.length > 0 || !!query.place;
    const { elsewhere } = await scopeCounts(units, actor, byText ? await countOf(withoutProtectedPersons(filtered)) : counts);
    const total = [...counts].filter(([code]) => insideUnits.has(code)).reduce((a, [, n]) => a + n, 0);
    const ids = insideUnits.size
      ? (
          await filtered
            .select('id')
            .where('station_code', 'in', [...insideUnits])
            .orderBy('registered_at', 'desc')
            .orderBy('id')
            .limit(limit)
            .execute()
        ).map((r) => r.id)
      : [];
    const found = await firs.getMany(ids);
    const rows = await views.firListRows(actor, found);
    const results = [];
    for (const [i, row] of rows.entries()) {
      const fir = found[i]!;
      // The extract is cut from the brief facts as this reader may read them: withheld names replaced.
      const briefFacts = (await views.firRedactor(actor, fir))(fir.content.briefFacts).text;
      results.push({ ...row, snippet: facts.length ? snippet(briefFacts, facts) : null });
    }
    await auditSearch(this.deps.audit, storage.db, actor, client, 'search.firs', terms, ids, elsewhere);
    return { results, total, elsewhere };
  }

  /**
   * FIRs that matched the words only because of a name (or phone, address) withheld from this
   * reader: searched as the reader may read them, they do not have the words — inside the
   * jurisdiction or elsewhere alike, so a withheld name neither finds a case nor counts as held
   * elsewhere. Looked at again: FIRs that withhold someone (sensitive, or with a juvenile), and,
   * when the words themselves are a withheld name, every FIR of a station whose text is redacted
   * for this reader (see RecordViews.redactorFor).
   */
  private async foundOnlyByWithheldWords(actor: RequestActor, filtered: FirQuery, query: FirSearchQuery): Promise<string[]> {
    const facts = query.text ? textTokens(query.text) : [];
    const place = query.place ? textTokens(query.place) : [];
    if (!facts.length && !place.length) return [];
    const { storage, views, firs } = this.deps;
    const juvenileLinks = storage.db
      .selectFrom('record_persons')
      .innerJoin('persons', 'persons.id', 'record_persons.person_id')
      .select('record_persons.record_id')
      .where('record_persons.record_type', '=', 'fir')
      .where('persons.juvenile', '=', 1);
    const stations = (await filtered.select('station_code').distinct().execute()).map((r) => r.station_code);
    const byName = (await views.redactorFor(actor, [], stations))([query.text, query.place].filter(Boolean).join(' ')).withheld;
    const candidates = await filtered
      .select('id')
      .$if(!byName, (q) => q.where((eb) => eb.or([eb('sensitive', '=', 1), eb('id', 'in', juvenileLinks)])))
      .execute();
    const hidden: string[] = [];
    for (const fir of await firs.getMany(candidates.map((r) => r.id))) {
      const redact = await views.firRedactor(actor, fir);
      const p = fir.content.place;
      const has = (text: string, words: string[]) => {
        const present = new Set(indexText(redact(text).text).split(' '));
        return words.every((w) => present.has(w));
      };
      if (!has(fir.content.briefFacts, facts) || !has([p.address, p.beat, p.directionDistance].filter(Boolean).join(' '), place)) hidden.push(fir.id);
    }
    return hidden;
  }

  private filters(q: FirQuery, s: FirSearchQuery, facts: string[]): FirQuery {
    const number = s.number ? parseFirNumber(s.number) : null;
    if (number) {
      q = q.where('fir_no', '=', number.firNo);
      if (number.year !== null) q = q.where('year', '=', number.year);
      if (number.stationCode) q = q.where('station_code', '=', number.stationCode);
    }
    if (s.station) q = q.where('station_code', '=', s.station);
    if (s.year) q = q.where('year', '=', s.year);
    if (s.status) q = q.where('status', '=', s.status);
    if (s.from) q = q.where('registered_at', '>=', rangeStart(s.from).toISOString());
    if (s.to) q = q.where('registered_at', '<', rangeEnd(s.to).toISOString());
    if (s.act || s.section) {
      const { act, section } = s;
      q = q.where('id', 'in', (eb) => {
        let sub = eb.selectFrom('fir_section_index').select('fir_section_index.fir_id');
        if (act) sub = sub.where('fir_section_index.act', '=', act);
        // "303" finds 303(1) and 303(2); "303(2)" only itself.
        if (section) sub = sub.where((e) => e.or([e('fir_section_index.section', '=', section), e('fir_section_index.section_base', '=', section)]));
        return sub;
      });
    }
    const place = s.place ? textTokens(s.place) : [];
    if (facts.length || place.length) q = q.where('id', 'in', this.fullText.matching({ facts, place }));
    return q;
  }
}
