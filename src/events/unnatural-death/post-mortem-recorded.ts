import { z } from 'zod';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { unitCode, utc } from '../shapes.js';

export const postMortemShape = z.strictObject({
  hospital: z.string().min(1),
  number: z.string().min(1),
  conductedAt: utc,
  reportReceivedAt: utc.nullable(),
  causeOfDeath: z.string().nullable(),
});

/** The post-mortem's reference; recorded again when its report (the cause of death) is received — the latest stands. */
export const unnaturalDeathPostMortemRecorded = defineEvent({
  type: 'unnatural_death.post_mortem_recorded',
  version: 1,
  schema: postMortemShape.extend({ stationCode: unitCode }),
  async project(tx, e, { stationCode: _, ...pm }) {
    await tx
      .updateTable('unnatural_deaths')
      .set({ post_mortem: canonicalJson(pm), updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
