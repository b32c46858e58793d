import { z } from 'zod';
import { INQUEST_MAGISTRATES } from '../../domain/code-lists.js';
import { canonicalJson } from '../../util/canonical-json.js';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { unitCode, utc } from '../shapes.js';

export const inquestShape = z.strictObject({
  heldBy: z.string().min(1),
  heldAt: utc,
  witnesses: z.array(z.string().min(1)),
  findings: z.string().min(1),
  apparentCause: z.string().nullable(),
  forwardedTo: z.strictObject({ designation: z.enum(INQUEST_MAGISTRATES), name: z.string().nullable() }),
  forwardedAt: utc,
});

/** The inquest held and its report forwarded to the Magistrate (BNSS 194): the forwarding stops the 24-hour clock. */
export const unnaturalDeathInquestRecorded = defineEvent({
  type: 'unnatural_death.inquest_recorded',
  version: 1,
  schema: inquestShape.extend({ stationCode: unitCode }),
  async project(tx, e, { stationCode: _, ...inquest }) {
    await tx
      .updateTable('unnatural_deaths')
      .set({ inquest: canonicalJson(inquest), inquest_forwarded_at: inquest.forwardedAt, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
