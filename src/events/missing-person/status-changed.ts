import { z } from 'zod';
import { MISSING_STATUSES } from '../../domain/code-lists.js';
import { defineEvent } from '../event-type.js';
import { unindexForMatching } from '../match/index-rows.js';
import { ownedBy } from '../routing-rules.js';
import { unitCode, utc } from '../shapes.js';

/** A missing person traced, returned to the family or found dead, on a date, by the station that holds the report. */
export const missingPersonStatusChanged = defineEvent({
  type: 'missing_person.status_changed',
  version: 1,
  schema: z.strictObject({ stationCode: unitCode, status: z.enum(MISSING_STATUSES), at: utc, note: z.string() }),
  async project(tx, e, p) {
    await tx.updateTable('missing_persons').set({ status: p.status, status_at: p.at, status_note: p.note, updated_at: e.at }).where('id', '=', e.entity_id).execute();
    // Traced, returned or found dead: no longer a candidate for any body.
    await unindexForMatching(tx, 'missing', e.entity_id);
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
