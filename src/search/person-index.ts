import type { Executor, Storage, Tx } from '../storage/db.js';
import { keyVersion, nameKeys } from './names/keys.js';
import { parseName } from './names/parse.js';

/** What the index needs of a person to compute its keys. */
export interface IndexablePerson {
  id: string;
  name: string;
  aliases: readonly string[];
}

const VERSION_SETTING = 'search.person_key_version';
/** Rows per INSERT: well under both engines' bound-parameter limits. */
const INSERT_CHUNK = 2000;
/** A part key shared by more persons than this is too common to fetch alone (pairs cover it). */
export const COMMON_KEY = 400;

export function personKeys(p: IndexablePerson): string[] {
  return nameKeys(parseName(p.name, p.aliases));
}

/**
 * The person name-key table: written with the person (same transaction), looked up by key.
 * Keys are derived data: rebuilt from the persons table when the key rules change.
 */
export class PersonNameIndex {
  constructor(private readonly storage: Storage) {}

  async write(tx: Tx, persons: readonly IndexablePerson[]): Promise<void> {
    const rows = persons.flatMap((p) => personKeys(p).map((key) => ({ key, person_id: p.id })));
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      await tx
        .insertInto('person_name_keys')
        .values(rows.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) => oc.columns(['key', 'person_id']).doNothing())
        .execute();
    }
  }

  async remove(tx: Tx, personId: string): Promise<void> {
    await tx.deleteFrom('person_name_keys').where('person_id', '=', personId).execute();
  }

  /** Person ids under each key, at most `cap + 1` per key (so the caller can tell a common key). */
  async lookup(keys: readonly string[], cap: number, exec: Executor = this.storage.db): Promise<Map<string, string[]>> {
    const out = new Map<string, string[]>();
    // One small indexed range scan per key: bounded work however common the key is.
    await Promise.all(
      keys.map(async (key) => {
        const rows = await exec
          .selectFrom('person_name_keys')
          .select('person_id')
          .where('key', '=', key)
          .limit(cap + 1)
          .execute();
        out.set(
          key,
          rows.map((r) => r.person_id),
        );
      }),
    );
    return out;
  }

  async storedVersion(): Promise<string | null> {
    const row = await this.storage.db.selectFrom('settings').select('value').where('key', '=', VERSION_SETTING).executeTakeFirst();
    return row?.value ?? null;
  }

  async isCurrent(): Promise<boolean> {
    return (await this.storedVersion()) === keyVersion();
  }

  /** Marks the keys as computed by the current rules (after a rebuild or a re-index). */
  async markCurrent(exec: Executor): Promise<void> {
    await exec
      .insertInto('settings')
      .values({ key: VERSION_SETTING, value: keyVersion() })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: keyVersion() }))
      .execute();
  }

  /** Re-computes every person's keys with the current rules, in one transaction, with progress. */
  async reindex(onProgress?: (done: number, total: number) => void): Promise<number> {
    return this.storage.db.transaction().execute(async (tx) => {
      await tx.deleteFrom('person_name_keys').execute();
      const total = Number(
        (
          await tx
            .selectFrom('persons')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
      let done = 0;
      let after = '';
      for (;;) {
        const batch = await tx.selectFrom('persons').select(['id', 'name', 'aliases']).where('id', '>', after).orderBy('id').limit(5000).execute();
        if (batch.length === 0) break;
        await this.write(
          tx,
          batch.map((r) => ({ id: r.id, name: r.name, aliases: JSON.parse(r.aliases) as string[] })),
        );
        done += batch.length;
        after = batch[batch.length - 1]!.id;
        onProgress?.(done, total);
      }
      await this.markCurrent(tx);
      return done;
    });
  }
}
