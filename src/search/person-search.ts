import type { Executor, Storage } from '../storage/db.js';
import { queryKeys } from './names/keys.js';
import { parseName, type ParsedName } from './names/parse.js';
import { MIN_SCORE, scoreRecord, type Band, type PersonFacts } from './names/score.js';
import { COMMON_KEY, PersonNameIndex } from './person-index.js';

export interface PersonQuery {
  q: string;
  fatherName?: string;
  age?: number;
  district?: string;
  gender?: string;
  limit: number;
}

/** A ranked person: enough to show and to decide which record to open. */
export interface PersonHit {
  id: string;
  name: string;
  aliases: string[];
  relativeName: string | null;
  gender: string;
  age: number | null;
  district: string | null;
  ownerUnit: string;
  score: number;
  band: Band;
  explanation: string;
}

/** Pair keys are more specific: a common one still narrows a common first name a lot. */
const PAIR_CAP = 1000;
/** Candidates re-ranked in full, after the index has ordered them by shared keys. */
const RERANK = 300;
const CACHE_SIZE = 50_000;

/**
 * Person search: candidates from the name-key index, re-ranked by aligning name parts, with
 * father's name, age and district when given. Ranks and explains; never decides identity.
 */
export class PersonSearch {
  private readonly parsed = new Map<string, ParsedName>();

  constructor(
    private readonly storage: Storage,
    private readonly index: PersonNameIndex,
  ) {}

  private parse(name: string, aliases: readonly string[] = []): ParsedName {
    const cacheKey = aliases.length ? `${name}\u0000${aliases.join('\u0000')}` : name;
    let p = this.parsed.get(cacheKey);
    if (!p) {
      p = parseName(name, aliases);
      if (this.parsed.size >= CACHE_SIZE) this.parsed.delete(this.parsed.keys().next().value!);
      this.parsed.set(cacheKey, p);
    }
    return p;
  }

  /** Candidate ids, most shared (and rarest) keys first. */
  private async candidates(query: ParsedName, exec: Executor): Promise<string[]> {
    const { parts, pairs } = queryKeys(query);
    const found = await this.index.lookup([...parts, ...pairs], Math.max(COMMON_KEY, PAIR_CAP), exec);
    const weight = new Map<string, number>();
    // A common part alone ("Sunil") is used only when nothing more specific was asked: then some
    // of its holders are better than none (father's name, age and district narrow them).
    const onlyCommon = [...found].every(([key, ids]) => !key.startsWith('q:') && ids.length > COMMON_KEY);
    for (const [key, ids] of found) {
      const isPair = key.startsWith('q:');
      if (!isPair && ids.length > COMMON_KEY && !onlyCommon) continue; // too common alone; its pairs carry it
      // Rarer keys say more; a pair says more than a part.
      const w = (isPair ? 1.5 : 1) / Math.log2(2 + ids.length);
      for (const id of ids.slice(0, isPair ? PAIR_CAP : COMMON_KEY)) weight.set(id, (weight.get(id) ?? 0) + w);
    }
    return [...weight.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, RERANK)
      .map(([id]) => id);
  }

  async find(query: PersonQuery, exec: Executor = this.storage.db): Promise<PersonHit[]> {
    const q = this.parse(query.q);
    if (q.variants.length === 0) return [];
    const ids = await this.candidates(q, exec);
    if (ids.length === 0) return [];
    const facts: PersonFacts = {
      relativeName: query.fatherName ? this.parse(query.fatherName) : null,
      age: query.age ?? null,
      district: query.district ?? null,
      gender: query.gender ?? null,
    };
    const rows = [];
    for (let i = 0; i < ids.length; i += 500) {
      rows.push(
        ...(await exec
          .selectFrom('persons')
          .select(['id', 'name', 'aliases', 'relative_name', 'gender', 'age', 'district', 'owner_unit'])
          .where('id', 'in', ids.slice(i, i + 500))
          .execute()),
      );
    }
    const hits: PersonHit[] = [];
    for (const r of rows) {
      const aliases = JSON.parse(r.aliases) as string[];
      const record = this.parse(r.name, aliases);
      const m = scoreRecord(q, facts, record, {
        // Only compared when the query names the relative: don't parse what won't be read.
        relativeName: facts.relativeName && r.relative_name ? this.parse(r.relative_name) : null,
        age: r.age,
        district: r.district,
        gender: r.gender,
      });
      if (m.score < MIN_SCORE) continue;
      hits.push({ id: r.id, name: r.name, aliases, relativeName: r.relative_name, gender: r.gender, age: r.age, district: r.district, ownerUnit: r.owner_unit, ...m });
    }
    // Best first; equal scores in a stable order so the same search answers the same way.
    hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    return hits.slice(0, query.limit);
  }
}
