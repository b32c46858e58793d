import { z } from 'zod';
import { ALERT_KINDS } from '../../domain/schemas/alert.js';

export const alertSchema = z
  .strictObject({
    id: z.string(),
    kind: z.enum(ALERT_KINDS),
    title: z.string(),
    details: z.string(),
    photoSha256: z.string().nullable(),
    targetUnit: z.string(),
    issuerUnit: z.string(),
    issuedBy: z.string(),
    issuedAt: z.string(),
    expiresAt: z.string().nullable(),
    status: z.enum(['active', 'withdrawn', 'expired']),
    withdrawnAt: z.string().nullable(),
    withdrawReason: z.string().nullable(),
  })
  .meta({ id: 'Alert', description: 'An alert or lookout notice broadcast to every station beneath its target unit.' });

export const alertListSchema = z.strictObject({ alerts: z.array(alertSchema) });
