import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';

/** The arrested person was produced before a Magistrate (BNSS 58): meets the 24-hour clock. */
export const caseProductionRecorded = defineEvent({
  type: 'case.production_recorded',
  version: 1,
  schema: z.strictObject({ arrestId: id, at: utc, court: z.string(), magistrate: z.string() }),
  async project(tx, e, p) {
    await tx
      .updateTable('arrests')
      .set({ produced_at: p.at, production: canonicalJson({ court: p.court, magistrate: p.magistrate, recordedBy: e.actor, recordedAt: e.at }) })
      .where('id', '=', p.arrestId)
      .where('fir_id', '=', e.entity_id)
      .execute();
  },
  route: ofCase,
});
