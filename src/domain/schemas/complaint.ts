import { z } from 'zod';
import { instant, MULTILINE, reason, requiredText, text, uuid } from './common.js';
import { sectionRef } from './fir.js';
import { personOnRecord } from './person.js';

export const complaintInput = z.strictObject({
  stationCode: requiredText(40),
  mode: z.enum(['walk_in', 'online', 'control_room', 'post']).default('walk_in'),
  receivedAt: instant.optional(),
  complainant: personOnRecord,
  description: requiredText(20000, MULTILINE),
  place: requiredText(500),
  occurredFrom: instant.optional(),
  occurredTo: instant.optional(),
  /** The offence alleged, if the officer can name it: decides the 14-day enquiry clock. */
  sectionsAlleged: z.array(sectionRef).max(20).default([]),
});
export type ComplaintInput = z.output<typeof complaintInput>;

export const complaintAssign = z.strictObject({ officerUserId: uuid, note: text(500, MULTILINE).optional() });
export const complaintClose = z.strictObject({
  closure: z.enum(['disposed', 'non_cognizable']),
  note: reason,
});
export const complaintListQuery = z.strictObject({
  station: text(40).optional(),
  status: z.enum(['registered', 'under_enquiry', 'closed']).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});
