import { z } from 'zod';
import { recordNumber } from '../../storage/counters.js';
import type { GdEntriesTable } from '../../storage/schema.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, unitCode, utc } from '../shapes.js';

export { GD_KINDS } from '../../domain/code-lists.js';
import { GD_KINDS } from '../../domain/code-lists.js';

/** The number series of a station's General Diary for one IST day. */
export const gdScope = (station: string, date: string) => `gd:${station}:${date}`;

/** An entry in a station's General Diary, numbered per station per IST day. */
export const gdEntryAdded = defineEvent({
  type: 'gd.entry_added',
  version: 1,
  schema: z.strictObject({
    id,
    stationCode: unitCode,
    gdDate: z.iso.date(),
    entryNo: z.number().int().positive(),
    entryAt: utc,
    kind: z.enum(GD_KINDS),
    text: z.string(),
    officer: z.string().nullable(),
    refType: z.string().nullable(),
    refId: z.string().nullable(),
    correctsId: z.string().nullable(),
  }),
  async project(tx, e, p) {
    await tx.insertInto('gd_entries').values(gdEntryRow(p, e.actor)).execute();
    await recordNumber(tx, gdScope(p.stationCode, p.gdDate), p.entryNo);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});

/** The diary row an entry makes: written by the projector, and answered at once by the service that added it. */
export function gdEntryRow(p: z.output<typeof gdEntryAdded.schema>, actor: string): GdEntriesTable {
  return {
    id: p.id,
    station_code: p.stationCode,
    gd_date: p.gdDate,
    entry_no: p.entryNo,
    entry_at: p.entryAt,
    kind: p.kind,
    text: p.text,
    officer: p.officer,
    ref_type: p.refType,
    ref_id: p.refId,
    corrects_id: p.correctsId,
    created_by: actor,
  };
}
