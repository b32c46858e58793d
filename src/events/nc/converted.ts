import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ownedBy } from '../routing-rules.js';
import { id, unitCode } from '../shapes.js';

/**
 * The Magistrate ordered investigation of a non-cognizable case (BNSS 174(2)) and the FIR was
 * registered on the order, in the same transaction as this event.
 */
export const ncConverted = defineEvent({
  type: 'nc.converted',
  version: 1,
  schema: z.strictObject({
    stationCode: unitCode,
    firId: id,
    orderDate: z.iso.date(),
    orderCourtCode: unitCode,
    orderReference: z.string().min(1),
  }),
  async project(tx, e, p) {
    await tx
      .updateTable('nc_reports')
      .set({ fir_id: p.firId, order_date: p.orderDate, order_court_code: p.orderCourtCode, order_reference: p.orderReference, converted_at: e.at, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: async (_e, p) => ownedBy(p.stationCode),
});
