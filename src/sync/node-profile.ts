import crypto from 'node:crypto';
import type { Config } from '../config.js';
import { tierRule, type Tier } from '../domain/tiers.js';
import { NATION_CODE, UNIT_CODE_PATTERN } from '../domain/units.js';
import type { SecretBox } from '../access/secret-box.js';
import type { Executor, Storage } from '../storage/db.js';
import { pathWithin } from './feed.js';

/** The node cannot start as asked: told to the operator, who must change a flag. */
export class ProfileError extends Error {}

const KEYS = { tier: 'node.tier', unit: 'node.unit', realm: 'sync.realm_key' } as const;

async function setting(db: Executor, key: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

async function putSetting(db: Executor, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/**
 * Which node this is: its tier and unit, fixed in the database on first start, and which units
 * it serves itself (the rest of its subtree is served by the nodes enrolled below it).
 */
export class NodeProfile {
  private downstreamPaths: string[] = [];
  private loadedAt = 0;
  private ownPathCache: string | null = null;

  private constructor(
    private readonly storage: Storage,
    readonly tier: Tier,
    readonly unitCode: string,
  ) {}

  /** Reads the profile, setting it on first start; refuses a data directory of another node. */
  static async resolve(storage: Storage, requested: Config['node']): Promise<NodeProfile> {
    const db = storage.db;
    const storedUnit = await setting(db, KEYS.unit);
    const storedTier = ((await setting(db, KEYS.tier)) as Tier | undefined) ?? (storedUnit ? 'standalone' : undefined);
    if (storedTier && requested.tier && storedTier !== requested.tier) {
      throw new ProfileError(
        `This data directory belongs to a ${storedTier} node${storedUnit ? ` for ${storedUnit}` : ''}; it cannot start as a ${requested.tier} node. Use another CCTNS_DATA / DATABASE_URL.`,
      );
    }
    const tier = requested.tier ?? storedTier ?? 'standalone';
    const rule = tierRule(tier);
    const defaultUnit = rule.unitKind === 'nation' ? NATION_CODE : undefined;
    const unit = requested.unit ?? (storedTier ? storedUnit : undefined) ?? defaultUnit;
    if (!unit) throw new ProfileError(`A ${tier} node needs its unit: --unit CODE (e.g. ${tier === 'state' ? 'MH' : 'MH-PUN-PS01'}).`);
    if (!UNIT_CODE_PATTERN.test(unit)) throw new ProfileError(`"${unit}" is not a unit code.`);
    if (rule.unitKind === 'nation' && unit !== NATION_CODE) throw new ProfileError(`A ${tier} node serves the nation (IN), not ${unit}.`);
    if (storedTier && storedUnit && storedUnit !== unit) {
      throw new ProfileError(`This data directory belongs to the node of ${storedUnit}; it cannot start as ${unit}.`);
    }
    if (storedTier !== tier || storedUnit !== unit) {
      await putSetting(db, KEYS.tier, tier);
      await putSetting(db, KEYS.unit, unit);
    }
    return new NodeProfile(storage, tier, unit);
  }

  /**
   * Networked nodes seal user secrets under the realm key: a state or national node makes its
   * own, a station is given its state's at enrolment. A standalone node keeps the node key only.
   */
  async loadRealmKey(secrets: SecretBox): Promise<void> {
    if (this.tier === 'standalone') return;
    let sealed = await setting(this.storage.db, KEYS.realm);
    if (!sealed && this.tier !== 'station') {
      sealed = secrets.sealLocal(crypto.randomBytes(32).toString('hex'));
      await putSetting(this.storage.db, KEYS.realm, sealed);
    }
    if (sealed) secrets.useRealmKey(Buffer.from(secrets.open(sealed), 'hex'));
  }

  async storeRealmKey(secrets: SecretBox, key: Buffer, db: Executor = this.storage.db): Promise<void> {
    await putSetting(db, KEYS.realm, secrets.sealLocal(key.toString('hex')));
    secrets.useRealmKey(key);
  }

  /** The realm key, to give a station being enrolled. */
  async realmKey(secrets: SecretBox): Promise<Buffer | null> {
    const sealed = await setting(this.storage.db, KEYS.realm);
    return sealed ? Buffer.from(secrets.open(sealed), 'hex') : null;
  }

  /** The node's place in the unit tree; a station learns it from its first sync. */
  async ownPath(): Promise<string | null> {
    if (this.ownPathCache) return this.ownPathCache;
    const row = await this.storage.db.selectFrom('units').select('path').where('code', '=', this.unitCode).executeTakeFirst();
    this.ownPathCache = row?.path ?? null;
    return this.ownPathCache;
  }

  /** Units enrolled below changed: the next check reloads them. */
  invalidate(): void {
    this.loadedAt = 0;
  }

  /**
   * Does this node keep the records of the unit at this path itself? Not if the unit lies outside
   * its own subtree, nor if a node enrolled below serves it (that node numbers its FIRs; two
   * nodes numbering one station's FIRs would collide).
   */
  async homes(unitPath: string): Promise<boolean> {
    const own = await this.ownPath();
    if (!own || !pathWithin(unitPath, own)) return false;
    if (Date.now() - this.loadedAt > 5000) {
      const rows = await this.storage.db.selectFrom('sync_nodes').innerJoin('units', 'units.code', 'sync_nodes.unit_code').select('units.path').execute();
      this.downstreamPaths = rows.map((r) => r.path);
      this.loadedAt = Date.now();
    }
    return !this.downstreamPaths.some((p) => pathWithin(unitPath, p));
  }

  /**
   * Which origins' chains this node holds whole: its own and those pushed from below. Others
   * (sent down from above) are a selection, checked event by event.
   */
  async completeOrigins(): Promise<(origin: string) => boolean> {
    const own = await this.ownPath();
    const paths = new Map((await this.storage.db.selectFrom('units').select(['code', 'path']).execute()).map((u) => [u.code, u.path]));
    return (origin) => origin === this.unitCode || (!!own && pathWithin(paths.get(origin) ?? '', own));
  }
}
