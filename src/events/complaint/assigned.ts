import { z } from 'zod';
import { defineEvent } from '../event-type.js';
import { ofComplaint } from '../routing-rules.js';
import { id } from '../shapes.js';

/** A complaint given to an officer for enquiry. */
export const complaintAssigned = defineEvent({
  type: 'complaint.assigned',
  version: 1,
  schema: z.strictObject({ officerUserId: id }),
  async project(tx, e, p) {
    await tx.updateTable('complaints').set({ assigned_to: p.officerUserId, assigned_at: e.at, status: 'under_enquiry', updated_at: e.at }).where('id', '=', e.entity_id).execute();
  },
  route: ofComplaint,
});
