import { z } from 'zod';

export const auditEntrySchema = z
  .object({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(['success', 'failure', 'denied']),
    ip: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetUnit: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEntry' });

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});
