import { z } from 'zod';
import { COURT_STEPS } from '../../domain/seizure-rules.js';
import { defineEvent } from '../event-type.js';
import { ofCase } from '../routing-rules.js';
import { id, utc } from '../shapes.js';

/**
 * A step of the court on a seized item produced before it, as the station learns of it: the
 * statement of the property (BNSS 497(2)) or the order on its disposal (BNSS 497(5)). They meet the
 * item's statutory clocks.
 */
export const casePropertyCourtStep = defineEvent({
  type: 'case.property_court_step',
  version: 1,
  schema: z.strictObject({ itemId: id, step: z.enum(COURT_STEPS), at: utc, orderRef: z.string().nullable() }),
  async project(tx, e, p) {
    const set = p.step === 'statement_prepared' ? { statement_at: p.at, statement_ref: p.orderRef } : { disposal_order_at: p.at, disposal_order_ref: p.orderRef };
    await tx.updateTable('property_items').set(set).where('id', '=', p.itemId).execute();
  },
  route: ofCase,
});
