import { z } from 'zod';
import type { ClientInfo, RequestActor } from '../access/auth-service.js';
import type { AuditLog } from '../access/audit-log.js';
import { decide } from '../access/policy.js';
import type { LawSection, SectionRef, TriState } from '../domain/law.js';
import {
  actLevelEntry,
  isSensitive as sensitiveByRules,
  normaliseSection,
  parseMaxYears,
  refKey,
  searchCatalogue,
  type CatalogueAct,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
} from '../domain/law-catalogue-rules.js';
import { badRequest, conflict, forbidden, notFound } from '../errors.js';
import type { Executor, Storage, Tx } from '../storage/db.js';
import { LAW_SECTION_COLUMNS, type CorrectableField } from '../events/law/section-corrected.js';
import type { EventLog } from '../storage/event-log.js';
import type { LawSectionsTable } from '../storage/schema.js';
import { MULTILINE, safeText } from '../domain/schemas/common.js';
import { loadLawReference, LAW_REFERENCE_DIR, type LawReference } from './law-reference.js';

const TRI_STATES = ['yes', 'no', 'depends', 'unknown'] as const satisfies readonly TriState[];

/** What an administrator may correct in an entry. */
export const lawSectionChanges = z
  .strictObject({
    title: safeText().min(1, 'is required').max(300, 'is too long').optional(),
    titleHi: safeText().min(1).max(300, 'is too long').nullable().optional(),
    maxPunishment: safeText().min(1, 'is required').max(300, 'is too long').optional(),
    cognizable: z.enum(TRI_STATES, { error: `must be one of: ${TRI_STATES.join(', ')}` }).optional(),
    bailable: z.enum(TRI_STATES, { error: `must be one of: ${TRI_STATES.join(', ')}` }).optional(),
    triableBy: safeText().min(1).max(120, 'is too long').nullable().optional(),
    sensitive: z.boolean().optional(),
    crimeHead: safeText().min(1).max(120, 'is too long').nullable().optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), {
    message: 'name at least one field to change',
    // Only when the fields themselves are valid: an unknown field is reported alone.
    when: (payload) => payload.issues.length === 0,
  });
export type LawSectionChanges = z.input<typeof lawSectionChanges>;

export const correctionMeta = z.strictObject({
  reason: safeText(MULTILINE).min(10, 'must say why, in at least 10 characters').max(1000, 'is too long'),
  source: safeText().min(3, 'must name the source (an Act, a notification, a judgment)').max(500, 'is too long'),
});

/** The changed fields of a correction as stored in the event: absolute values, so replays are idempotent. */
interface CorrectionPayload {
  act: string;
  section: string;
  version: number;
  changes: Record<string, unknown>;
  previous: Record<string, unknown>;
  reason: string;
  source: string;
}

const COLUMNS = LAW_SECTION_COLUMNS;

export interface LawSectionVersion {
  eventId: string;
  version: number;
  changes: Record<string, { from: unknown; to: unknown }>;
  reason: string;
  source: string;
  changedBy: string;
  changedByUsername: string | null;
  changedAt: string;
}

export type LawAct = CatalogueAct & { source: string };

function toSection(r: LawSectionsTable): LawSection {
  return {
    act: r.act,
    section: r.section,
    title: r.title,
    titleHi: r.title_hi,
    chapter: r.chapter,
    maxPunishment: r.max_punishment,
    maxYears: r.max_years === null ? null : Number(r.max_years),
    cognizable: r.cognizable as TriState,
    bailable: r.bailable as TriState,
    triableBy: r.triable_by,
    equivalents: JSON.parse(r.equivalents) as SectionRef[],
    sensitive: r.sensitive === 1,
    crimeHead: r.crime_head,
    version: Number(r.version),
    source: r.source,
  };
}

interface Snapshot {
  index: SearchIndex;
  byKey: Map<string, LawSection>;
  acts: LawAct[];
  stamp: string;
}

/** How often a node re-checks whether another process corrected the catalogue. */
const STALE_CHECK_MS = 5000;

/**
 * The versioned law catalogue: BNS, IPC and special and local acts. Held in memory (about 800
 * entries) and reloaded after a correction; corrections are events whose projector updates the
 * entry and records the version. The tables are master data, not projections: rebuild leaves the
 * seeded rows and replays the corrections on top (each sets absolute values).
 */
export class LawCatalogue {
  private snapshot: Snapshot | null = null;
  private loading: Promise<Snapshot> | null = null;
  private generation = 0;
  private checkedAt = 0;
  private reference: LawReference | null = null;

  constructor(
    private readonly storage: Storage,
    private readonly events: EventLog,
    private readonly referenceDir: string = LAW_REFERENCE_DIR,
  ) {}

  /** Drops the in-memory copy; the next read loads the committed catalogue. */
  invalidate(): void {
    this.generation++;
    this.snapshot = null;
    this.loading = null;
  }

  private ref(): LawReference {
    this.reference ??= loadLawReference(this.referenceDir);
    return this.reference;
  }

  private async stamp(exec: Executor): Promise<string> {
    const r = await exec
      .selectFrom('law_section_versions')
      .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('event_id').as('last')])
      .executeTakeFirstOrThrow();
    return `${Number(r.n)}:${r.last ?? ''}`;
  }

  /** `exec`: a transaction reading (a projection, an upcast) must not wait for another connection. */
  private async load(exec: Executor = this.storage.db): Promise<Snapshot> {
    if (this.snapshot) {
      if (Date.now() - this.checkedAt < STALE_CHECK_MS) return this.snapshot;
      // Another process (a second node process on the same database) may have corrected an entry.
      this.checkedAt = Date.now();
      if ((await this.stamp(exec)) === this.snapshot.stamp) return this.snapshot;
      this.invalidate();
    }
    if (this.loading) return this.loading;
    const generation = this.generation;
    const loading = (async () => {
      const db = exec;
      const stamp = await this.stamp(db);
      const rows = await db.selectFrom('law_sections').selectAll().orderBy('ordinal').execute();
      const actRows = await db.selectFrom('law_acts').selectAll().execute();
      const ref = this.ref();
      const order = new Map(ref.acts.map((a, i) => [a.code, i]));
      const acts: LawAct[] = actRows
        .map((a) => ({
          code: a.code,
          name: a.name,
          year: a.year === null ? null : Number(a.year),
          kind: a.kind as LawAct['kind'],
          stateCode: a.state_code,
          source: a.source,
        }))
        .sort((a, b) => (order.get(a.code) ?? 999) - (order.get(b.code) ?? 999) || (a.code < b.code ? -1 : 1));
      const sections = rows.map(toSection);
      const snapshot: Snapshot = {
        index: { sections, acts, keywords: ref.keywords, crimeHeadRules: ref.crimeHeadRules, sensitiveRules: ref.sensitiveRules },
        byKey: new Map(sections.map((s) => [refKey(s), s])),
        acts,
        stamp,
      };
      // A correction committed while this load was reading must not leave a stale copy behind.
      if (generation === this.generation) {
        this.snapshot = snapshot;
        this.checkedAt = Date.now();
      }
      return snapshot;
    })();
    this.loading = loading;
    try {
      return await loading;
    } finally {
      if (this.loading === loading) this.loading = null;
    }
  }

  /** Reloads the catalogue now (after a correction, or when told the data changed). */
  async refresh(): Promise<void> {
    this.invalidate();
    await this.load();
  }

  /**
   * One entry. The section is normalised ("303 (2)" finds 303(2)). A section of a special or
   * local act that the catalogue does not list comes back as an act-level entry (version 0,
   * classification unknown, sensitivity and crime head from the act's rules); null for an
   * unknown act or section of BNS or IPC.
   */
  async get(ref: SectionRef): Promise<LawSection | null> {
    return this.lookup(await this.load(), ref);
  }

  /** Entries in the order asked, null where there is none. */
  async getMany(refs: readonly SectionRef[]): Promise<(LawSection | null)[]> {
    const snap = await this.load();
    return refs.map((r) => this.lookup(snap, r));
  }

  private lookup(snap: Snapshot, ref: SectionRef): LawSection | null {
    const act = String(ref.act ?? '')
      .trim()
      .toUpperCase();
    const section = normaliseSection(String(ref.section ?? ''));
    if (!section) return null;
    const found = snap.byKey.get(refKey({ act, section }));
    if (found) return found;
    const a = snap.acts.find((x) => x.code === act);
    if (!a || a.kind === 'penal') return null;
    return actLevelEntry(a, section, snap.index);
  }

  /**
   * Sections for what a user typed: `303`, `theft`, `चोरी`, `IPC 379`, `NDPS 20(b)` — ranked by
   * searchCatalogue (exact section in the code for the offence date first).
   */
  async search(q: string, opts: SearchOptions = {}): Promise<SearchHit[]> {
    return searchCatalogue((await this.load()).index, q, opts);
  }

  async acts(): Promise<LawAct[]> {
    return (await this.load()).acts;
  }

  /** Does any of these sections make the case sensitive (by the entries' own flags; act rules for the rest)? */
  async isSensitive(refs: readonly SectionRef[], exec: Executor = this.storage.db): Promise<boolean> {
    const snap = await this.load(exec);
    const entries = refs.map((r) => this.lookup(snap, r) ?? r);
    return sensitiveByRules(entries, this.ref().sensitiveRules);
  }

  /**
   * Corrects an entry inside the caller's transaction: appends `law.section_corrected` (ref,
   * changes, previous values, reason, source, the new version), whose projector updates the entry
   * and records the version. Fields given with their current value are left out; nothing left
   * to change is a 409. The caller authorises, audits, and calls refresh() after commit.
   */
  async correct(tx: Tx, ref: SectionRef, changes: LawSectionChanges, meta: { reason: string; source: string }, actorUserId: string): Promise<LawSection> {
    const parsed = lawSectionChanges.safeParse(changes);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: ['changes', ...i.path].join('.'), message: i.message }));
      throw badRequest('validation', `The correction is invalid: ${errors[0]!.path}: ${errors[0]!.message}`, errors);
    }
    const m = correctionMeta.safeParse(meta);
    if (!m.success) {
      const errors = m.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw badRequest('validation', `The correction is invalid: ${errors[0]!.path}: ${errors[0]!.message}`, errors);
    }
    const act = ref.act.trim().toUpperCase();
    const section = normaliseSection(ref.section);
    if (!section) throw notFound(`There is no section "${ref.section}" in the law catalogue.`);
    let q = tx.selectFrom('law_sections').selectAll().where('act', '=', act).where('section', '=', section);
    if (this.storage.engine === 'postgres') q = q.forUpdate();
    const row = await q.executeTakeFirst();
    if (!row) throw notFound(`There is no entry ${act} ${section} in the law catalogue to correct.`);
    const current = toSection(row);
    const next: Record<string, unknown> = {};
    const previous: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(parsed.data) as [CorrectableField, unknown][]) {
      if (value === undefined) continue;
      const now = current[field as keyof LawSection];
      if (now === value) continue;
      next[field] = value;
      previous[field] = now;
    }
    if ('maxPunishment' in next) {
      const years = parseMaxYears(next.maxPunishment as string);
      if (years !== current.maxYears) {
        next.maxYears = years;
        previous.maxYears = current.maxYears;
      }
    }
    if (Object.keys(next).length === 0) {
      throw conflict('no-change', `The correction changes nothing: ${act} ${section} already has these values.`);
    }
    const payload: CorrectionPayload = {
      act,
      section,
      version: current.version + 1,
      changes: next,
      previous,
      reason: m.data.reason,
      source: m.data.source,
    };
    await this.events.append(tx, {
      type: 'law.section_corrected',
      entityId: `law:${act}:${section}`,
      payload: payload as unknown as Record<string, unknown>,
      actor: actorUserId,
    });
    const after = await tx.selectFrom('law_sections').selectAll().where('act', '=', act).where('section', '=', section).executeTakeFirstOrThrow();
    return toSection(after);
  }

  /** The corrections of an entry, oldest first. */
  async history(ref: SectionRef, exec: Executor = this.storage.db): Promise<LawSectionVersion[]> {
    const act = ref.act.trim().toUpperCase();
    const section = normaliseSection(ref.section);
    if (!section) return [];
    const rows = await exec
      .selectFrom('law_section_versions')
      .leftJoin('users', 'users.id', 'law_section_versions.changed_by')
      .selectAll('law_section_versions')
      .select('users.username')
      .where('law_section_versions.act', '=', act)
      .where('law_section_versions.section', '=', section)
      .orderBy('law_section_versions.version')
      .orderBy('law_section_versions.changed_at')
      .execute();
    return rows.map((r) => ({
      eventId: r.event_id,
      version: Number(r.version),
      changes: JSON.parse(r.changes) as LawSectionVersion['changes'],
      reason: r.reason,
      source: r.source,
      changedBy: r.changed_by,
      changedByUsername: r.username ?? null,
      changedAt: r.changed_at,
    }));
  }
}

/**
 * Corrections through the API: the policy (the role has law.correct, an administrator only at
 * state or national level), then the change with its audit entry in one transaction. Every
 * refusal is audited too.
 */
export class LawAdminService {
  constructor(
    private readonly deps: {
      storage: Storage;
      events: EventLog;
      audit: AuditLog;
      law: LawCatalogue;
    },
  ) {}

  async correct(
    actor: RequestActor,
    ref: SectionRef,
    input: { changes: LawSectionChanges; reason: string; source: string },
    client: ClientInfo,
  ): Promise<{ section: LawSection; version: LawSectionVersion }> {
    const { law, audit, events } = this.deps;
    const target = `${ref.act} ${ref.section}`;
    const refuse = async (reason: string): Promise<never> => {
      await audit.forRequest(actor, client).denied('law.correct', reason, {
        targetType: 'law_section',
        targetId: target,
        targetUnit: actor.unit.code,
        detail: { act: ref.act, section: ref.section },
      });
      throw forbidden('not-permitted', reason);
    };
    const decision = decide(actor.principal, 'law.correct', { unitPath: actor.unit.path });
    if (!decision.allowed) return refuse(decision.reason);
    const existing = await law.get(ref);
    if (!existing || existing.version === 0) throw notFound(`There is no entry ${target} in the law catalogue to correct.`);
    const section = await events.transaction(async (tx) => {
      const updated = await law.correct(tx, ref, input.changes, { reason: input.reason, source: input.source }, actor.user.id);
      await audit.forRequest(actor, client).success(tx, 'law.correct', {
        targetType: 'law_section',
        targetId: `${updated.act} ${updated.section}`,
        targetUnit: actor.unit.code,
        detail: {
          act: updated.act,
          section: updated.section,
          version: updated.version,
          fields: (Object.keys(COLUMNS) as CorrectableField[]).filter((k) => existing[k] !== updated[k]),
          reason: input.reason,
          source: input.source,
        },
      });
      return updated;
    });
    await law.refresh();
    const history = await law.history(section);
    return { section, version: history[history.length - 1]! };
  }
}
