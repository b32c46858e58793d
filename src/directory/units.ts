import { z } from 'zod';
import { allowedParentKind, UNIT_CODE_PATTERN, UNIT_KINDS, type UnitKind } from '../domain/units.js';
import type { Db, Executor, Storage, Tx } from '../storage/db.js';
import type { EventLog } from '../storage/event-log.js';
import type { UnitsTable } from '../storage/schema.js';

export const unitCreatedPayload = z.strictObject({
  code: z.string().regex(UNIT_CODE_PATTERN).max(40),
  kind: z.enum(UNIT_KINDS),
  parentCode: z.string().nullable(),
  nameEn: z.string().min(1).max(200),
  nameHi: z.string().min(1).max(200),
  category: z.string().max(40).nullable().default(null),
  demo: z.boolean().default(false),
  phone: z.string().max(40).nullable().default(null),
  addressEn: z.string().max(400).nullable().default(null),
});
export type UnitInput = z.input<typeof unitCreatedPayload>;

export interface Unit {
  code: string;
  kind: UnitKind;
  parentCode: string | null;
  path: string;
  depth: number;
  nameEn: string;
  nameHi: string;
  category: string | null;
  demo: boolean;
  phone: string | null;
  addressEn: string | null;
}

export class UnitError extends Error {}

function toUnit(r: UnitsTable): Unit {
  return {
    code: r.code,
    kind: r.kind as UnitKind,
    parentCode: r.parent_code,
    path: r.path,
    depth: r.depth,
    nameEn: r.name_en,
    nameHi: r.name_hi,
    category: r.category,
    demo: r.demo === 1,
    phone: r.phone,
    addressEn: r.address_en,
  };
}

/** The jurisdiction tree: created through events, read from the units table. */
export class UnitService {
  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
  ) {}

  /** Creates a unit inside an open transaction, checking its place in the tree. */
  async create(tx: Tx, input: UnitInput, actor: string): Promise<void> {
    const p = unitCreatedPayload.parse(input);
    const expectedParent = allowedParentKind(p.kind);
    if (expectedParent === null) {
      if (p.parentCode !== null) throw new UnitError(`A ${p.kind} has no parent unit.`);
    } else {
      const parent = p.parentCode ? await this.get(p.parentCode, tx) : null;
      if (!parent) throw new UnitError(`Parent unit ${p.parentCode ?? '(none)'} does not exist.`);
      if (parent.kind !== expectedParent) {
        throw new UnitError(`A ${p.kind} must sit under a ${expectedParent}, not a ${parent.kind}.`);
      }
    }
    if (await this.get(p.code, tx)) throw new UnitError(`Unit ${p.code} already exists.`);
    await this.events.append(tx, { type: 'unit.created', entityId: p.code, payload: p, actor });
  }

  /**
   * Units are read on every request and change rarely (and are never removed), so committed ones
   * are cached; a unit event empties the cache. Reads inside a transaction bypass it.
   */
  private readonly cache = new Map<string, Unit>();

  /** Drops the cached units: a unit event was applied. */
  forget(): void {
    this.cache.clear();
  }

  async get(code: string, exec: Executor = this.storage.db): Promise<Unit | null> {
    const useCache = exec === this.storage.db;
    const hit = useCache ? this.cache.get(code) : undefined;
    if (hit) return hit;
    const row = await exec.selectFrom('units').selectAll().where('code', '=', code).executeTakeFirst();
    const unit = row ? toUnit(row) : null;
    if (unit && useCache) this.cache.set(code, unit);
    return unit;
  }

  /** Units at or below the given path, parents before children. Codes cannot hold LIKE wildcards. */
  async subtree(path: string): Promise<Unit[]> {
    const rows = await this.storage.db.selectFrom('units').selectAll().where('path', 'like', `${path}%`).orderBy('path').execute();
    return rows.map(toUnit);
  }

  async count(): Promise<number> {
    const r = await this.storage.db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}

/**
 * The codes of the units at or below `path`, as a subquery (codes cannot hold LIKE wildcards): the
 * scope of the counts of a sub-division, a district or a State, counted in one grouped query per
 * register rather than one per station.
 */
export function codesWithin(db: Db, path: string) {
  return db.selectFrom('units').select('code').where('path', 'like', `${path}%`);
}
