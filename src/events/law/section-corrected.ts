import { z } from 'zod';
import type { LawSectionsTable } from '../../storage/schema.js';
import { defineEvent } from '../event-type.js';
import { keptAbove } from '../routing-rules.js';

/** Field of an entry ↔ column of law_sections. maxYears follows maxPunishment (parsed). */
export const LAW_SECTION_COLUMNS = {
  title: 'title',
  titleHi: 'title_hi',
  maxPunishment: 'max_punishment',
  maxYears: 'max_years',
  cognizable: 'cognizable',
  bailable: 'bailable',
  triableBy: 'triable_by',
  sensitive: 'sensitive',
  crimeHead: 'crime_head',
} as const satisfies Record<string, keyof LawSectionsTable>;
export type CorrectableField = keyof typeof LAW_SECTION_COLUMNS;

const fields = {
  title: z.string(),
  titleHi: z.string().nullable(),
  maxPunishment: z.string(),
  maxYears: z.number().nullable(),
  cognizable: z.string(),
  bailable: z.string(),
  triableBy: z.string().nullable(),
  sensitive: z.boolean(),
  crimeHead: z.string().nullable(),
};

/**
 * A correction of a law catalogue entry: the changed fields with absolute values (so replays are
 * idempotent), the values they replace, why and on what authority. The catalogue tables are
 * master data seeded at migration, not projections: rebuild replays corrections on top.
 */
export const lawSectionCorrected = defineEvent({
  type: 'law.section_corrected',
  version: 1,
  schema: z.strictObject({
    act: z.string().min(1),
    section: z.string().min(1),
    version: z.number().int().positive(),
    changes: z.strictObject(fields).partial(),
    previous: z.strictObject(Object.fromEntries(Object.entries(fields).map(([k, s]) => [k, s.nullable()])) as { [K in keyof typeof fields]: z.ZodNullable<(typeof fields)[K]> }).partial(),
    reason: z.string(),
    source: z.string(),
  }),
  async project(tx, e, p, ctx) {
    const set: Record<string, unknown> = {};
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [field, value] of Object.entries(p.changes)) {
      if (value === undefined) continue;
      const column = LAW_SECTION_COLUMNS[field as CorrectableField];
      set[column] = field === 'sensitive' ? (value ? 1 : 0) : value;
      changes[field] = { from: p.previous[field as CorrectableField] ?? null, to: value };
    }
    await tx
      .updateTable('law_sections')
      .set({ ...set, version: p.version, updated_at: e.at, updated_by: e.actor })
      .where('act', '=', p.act)
      .where('section', '=', p.section)
      .execute();
    await tx
      .insertInto('law_section_versions')
      .values({
        event_id: e.id,
        act: p.act,
        section: p.section,
        version: p.version,
        changes: JSON.stringify(changes),
        reason: p.reason,
        source: p.source,
        changed_by: e.actor,
        changed_at: e.at,
      })
      .onConflict((oc) => oc.column('event_id').doNothing())
      .execute();
    ctx.lawChanged();
  },
  route: keptAbove,
});
