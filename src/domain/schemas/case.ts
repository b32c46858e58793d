import { z } from 'zod';
import { instant, MULTILINE, reason, requiredText, uuid } from './common.js';

/** The SHO names the IO; a reason is required when the case already has one (reassignment). */
export const caseAssignmentInput = z.strictObject({ ioUserId: uuid, reason: reason.optional() });
export type CaseAssignmentInput = z.output<typeof caseAssignmentInput>;

/** The case handed to another station or agency, with a reason. */
export const caseTransferInput = z.strictObject({ toStationCode: z.string().regex(/^[A-Z0-9-]{2,40}$/, 'is not a unit code'), reason });

/** A supervisor takes a case over on record. */
export const caseTakeOverInput = z.strictObject({ reason });

/** A statement under BNSS 180: by a person on the FIR (by id) or by someone named. */
export const diaryStatementInput = z.union([
  z.strictObject({ personId: uuid, text: requiredText(20000, MULTILINE) }),
  z.strictObject({ name: requiredText(200), text: requiredText(20000, MULTILINE) }),
]);

/**
 * A day's case diary entry (BNSS 192(1)): when the IO began and closed the day's investigation,
 * the places visited, the circumstances ascertained, and the statements recorded that day.
 */
export const diaryEntryInput = z.strictObject({
  beganAt: instant,
  closedAt: instant.nullable().optional(),
  places: z.array(requiredText(300)).max(50, 'lists too many places (at most 50)').default([]),
  text: requiredText(50000, MULTILINE),
  statements: z.array(diaryStatementInput).max(50, 'has too many statements for one entry (at most 50)').default([]),
});
export type DiaryEntryInput = z.output<typeof diaryEntryInput>;

export const caseIdParams = z.strictObject({ firId: uuid });
