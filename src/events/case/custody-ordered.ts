import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';
import { openCustodyPeriod } from './arrest-recorded.js';

/** A court ordered police custody, judicial custody or bail for an arrested accused (BNSS 187, 480). */
export const caseCustodyOrdered = defineEvent({
  type: 'case.custody_ordered',
  version: 1,
  schema: z.strictObject({
    periodId: id,
    arrestId: id,
    personId: id,
    kind: z.enum(['police', 'judicial', 'bail']),
    from: utc,
    until: utc.nullable(),
    court: z.string(),
    orderReference: z.string(),
  }),
  async project(tx, e, p) {
    const fir = await tx.selectFrom('firs').select('station_code').where('id', '=', e.entity_id).executeTakeFirstOrThrow();
    await openCustodyPeriod(tx, {
      id: p.periodId,
      arrestId: p.arrestId,
      firId: e.entity_id,
      stationCode: fir.station_code,
      personId: p.personId,
      kind: p.kind,
      from: p.from,
      until: p.until,
      byCourt: true,
      court: p.court,
      orderReference: p.orderReference,
      by: e.actor,
      at: e.at,
    });
  },
  route: ofCase,
});
