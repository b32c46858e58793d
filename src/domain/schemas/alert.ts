import { z } from 'zod';
import { instant, MULTILINE, reason, requiredText, text, uuid } from './common.js';

/** Kinds of alert a supervisor broadcasts to the stations beneath them. */
export { ALERT_KINDS } from '../code-lists.js';
import { ALERT_KINDS } from '../code-lists.js';

export const alertInput = z.strictObject({
  kind: z.enum(ALERT_KINDS),
  title: requiredText(200),
  details: requiredText(4000, MULTILINE),
  /** The unit whose every station receives it; the issuer's own unit if left out. */
  targetUnit: text(40).optional(),
  expiresAt: instant.optional(),
  photoSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'is not the hash of an uploaded photo')
    .optional(),
});
export type AlertInput = z.infer<typeof alertInput>;

export const alertWithdrawal = z.strictObject({ reason });
export const alertListQuery = z.strictObject({ status: z.enum(['active', 'all']).default('active') });
export const alertIdParam = z.strictObject({ id: uuid });
