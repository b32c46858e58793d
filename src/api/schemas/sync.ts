import { z } from 'zod';
import { UNIT_CODE_PATTERN } from '../../domain/units.js';
import { safeText, text } from '../../domain/schemas/common.js';

export const syncStatusSchema = z
  .object({
    tier: z.string(),
    unit: z.string(),
    enrolled: z.boolean(),
    upstream: z.object({ url: z.string(), unit: z.string(), nodeId: z.string(), enrolledAt: z.string() }).nullable(),
    link: z.enum(['not-enrolled', 'never-synced', 'online', 'offline', 'refused']),
    running: z.boolean(),
    lastAttemptAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable(),
    waitingEvents: z.number().int(),
    waitingFiles: z.number().int(),
    missingFiles: z.number().int(),
    firstSyncDone: z.boolean(),
  })
  .loose()
  .meta({ id: 'SyncStatus', description: "This node's link to its upstream: last successful sync, what waits to be sent, link state." });

export const thisNodeSchema = z
  .object({ tier: z.string(), unit: z.string(), unitName: z.string().nullable(), acceptsNodes: z.boolean(), darkAfterHours: z.number(), sync: syncStatusSchema })
  .meta({ id: 'ThisNode' });

export const roundSchema = z
  .object({
    ok: z.boolean(),
    error: z.string().nullable(),
    report: z.object({ pushed: z.number().int(), pulled: z.number().int(), filesUp: z.number().int(), filesDown: z.number().int(), milliseconds: z.number() }).loose().nullable(),
    sync: syncStatusSchema,
  })
  .meta({ id: 'SyncRound' });

export const nodeHealthSchema = z
  .object({
    id: z.string(),
    unitCode: z.string(),
    unitName: z.string().nullable(),
    label: z.string(),
    status: z.enum(['pending', 'active', 'revoked']),
    lastSeenAt: z.string().nullable(),
    lastPushAt: z.string().nullable(),
    lastError: z.string().nullable(),
    eventsReceived: z.number().int(),
    newestEventAt: z.string().nullable(),
    waitingReported: z.number().int().nullable(),
    silentSeconds: z.number().int().nullable(),
    dark: z.boolean(),
  })
  .loose()
  .meta({ id: 'NodeHealth', description: 'A node enrolled below this one and its sync health.' });

export const nodeAddBody = z.strictObject({
  unitCode: safeText().max(40).regex(UNIT_CODE_PATTERN, 'is not a unit code'),
  label: text(120).optional(),
});
export const nodeAdded = z.object({ node: nodeHealthSchema, enrolmentCode: z.string() }).meta({ id: 'NodeAdded' });
export const nodeIdParams = z.strictObject({ id: z.uuid({ error: 'is not a valid id' }) });
