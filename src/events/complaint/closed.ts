import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofComplaint } from '../routing-rules.js';
import { id } from '../shapes.js';

/** A complaint closed with a reason, or because it was made an FIR (`firId`). */
export const complaintClosed = defineEvent({
  type: 'complaint.closed',
  version: 1,
  schema: z.strictObject({ closure: z.enum(['disposed', 'non_cognizable', 'converted_to_fir']), note: z.string(), firId: id.optional() }),
  async project(tx, e, p) {
    await tx
      .updateTable('complaints')
      .set({ status: 'closed', closure: p.closure, closure_note: p.note, closed_at: e.at, fir_id: p.firId ?? null, updated_at: e.at })
      .where('id', '=', e.entity_id)
      .execute();
  },
  route: ofComplaint,
});
