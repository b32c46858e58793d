import { z } from 'zod';

export const alertSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
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
