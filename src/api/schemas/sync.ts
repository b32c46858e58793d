import { z } from 'zod';
import { UNIT_CODE_PATTERN } from '../../domain/units.js';
import { safeText, text } from '../../domain/schemas/common.js';

export const syncStatusSchema = z
  .strictObject({
    tier: z.string(),
    unit: z.string(),
    enrolled: z.boolean(),
    upstream: z.strictObject({ url: z.string(), unit: z.string(), nodeId: z.string(), enrolledAt: z.string() }).nullable(),
    link: z.enum(['not-enrolled', 'never-synced', 'online', 'offline', 'refused']),
    running: z.boolean(),
    lastAttemptAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastPushAt: z.string().nullable(),
    lastPullAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    consecutiveFailures: z.number().int(),
    nextAttemptAt: z.string().nullable(),
    waitingEvents: z.number().int(),
    waitingFiles: z.number().int(),
    missingFiles: z.number().int(),
    eventsPushed: z.number().int(),
    eventsPulled: z.number().int(),
    bytesUp: z.number().int(),
    bytesDown: z.number().int(),
    firstSyncDone: z.boolean(),
    clockOffsetSeconds: z.number().meta({ description: 'The upstream clock minus this one, as last measured' }),
  })
  .meta({ id: 'SyncStatus', description: "This node's link to its upstream: last successful sync, what waits to be sent, link state." });

export const thisNodeSchema = z
  .strictObject({ tier: z.string(), unit: z.string(), unitName: z.string().nullable(), acceptsNodes: z.boolean(), darkAfterHours: z.number(), sync: syncStatusSchema })
  .meta({ id: 'ThisNode' });

export const roundSchema = z
  .strictObject({
    ok: z.boolean(),
    error: z.string().nullable(),
    report: z
      .strictObject({
        restored: z.number().int(),
        pushed: z.number().int(),
        pulled: z.number().int(),
        auditUp: z.number().int(),
        filesUp: z.number().int(),
        filesDown: z.number().int(),
        bytesUp: z.number().int(),
        bytesDown: z.number().int(),
        batches: z.number().int(),
        retries: z.number().int(),
        milliseconds: z.number(),
      })
      .nullable(),
    sync: syncStatusSchema,
  })
  .meta({ id: 'SyncRound' });

export const nodeHealthSchema = z
  .strictObject({
    id: z.string(),
    unitCode: z.string(),
    unitName: z.string().nullable(),
    label: z.string(),
    status: z.enum(['pending', 'active', 'revoked']),
    createdAt: z.string(),
    createdBy: z.string(),
    enrolExpiresAt: z.string().nullable(),
    enrolledAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    revokeReason: z.string().nullable(),
    lastSeenAt: z.string().nullable(),
    lastPushAt: z.string().nullable(),
    lastPullAt: z.string().nullable(),
    lastError: z.string().nullable(),
    lastErrorAt: z.string().nullable(),
    eventsReceived: z.number().int(),
    newestEventAt: z.string().nullable(),
    waitingReported: z.number().int().nullable(),
    silentSeconds: z.number().int().nullable(),
    dark: z.boolean(),
  })
  .meta({ id: 'NodeHealth', description: 'A node enrolled below this one and its sync health.' });

export const nodeAddBody = z.strictObject({
  unitCode: safeText().max(40).regex(UNIT_CODE_PATTERN, 'is not a unit code'),
  label: text(120).optional(),
});
export const nodeAdded = z.strictObject({ node: nodeHealthSchema, enrolmentCode: z.string() }).meta({ id: 'NodeAdded' });
export const nodeIdParams = z.strictObject({ id: z.uuid({ error: 'is not a valid id' }) });
export const nodeListSchema = z.strictObject({ nodes: z.array(nodeHealthSchema), darkAfterHours: z.number() });
export const nodeRevokedSchema = z.strictObject({ node: nodeHealthSchema });

/** The JSON answers of the node-to-node protocol (docs/sync.md). */
const head = z.strictObject({ origin: z.string(), seq: z.number().int(), hash: z.string() });
export const enrolAnswerSchema = z
  .strictObject({
    nodeId: z.string(),
    unitCode: z.string(),
    upstreamUnit: z.string(),
    upstreamTier: z.string(),
    upstreamKey: z.string(),
    realmKey: z.string().meta({ description: 'Sealed under a key derived from the enrolment code' }),
    time: z.number().int(),
    mac: z.string().meta({ description: 'Proof that the answer comes from the node that issued the code' }),
  })
  .meta({ id: 'SyncEnrolAnswer' });
export const helloAnswerSchema = z.strictObject({ time: z.number().int(), unit: z.string(), tier: z.string(), heads: z.array(head) }).meta({ id: 'SyncHelloAnswer' });
export const pushAnswerSchema = z.strictObject({ heads: z.array(head), stored: z.number().int(), duplicates: z.number().int() }).meta({ id: 'SyncPushAnswer' });
export const auditPushAnswerSchema = z.strictObject({ seq: z.number().int(), stored: z.number().int(), duplicates: z.number().int() }).meta({ id: 'SyncAuditPushAnswer' });
export const blobStatusAnswerSchema = z
  .strictObject({ files: z.array(z.strictObject({ sha256: z.string(), size: z.number().int().nullable(), received: z.number().int(), complete: z.boolean() })) })
  .meta({ id: 'SyncBlobStatusAnswer' });
export const blobPutAnswerSchema = z.strictObject({ received: z.number().int(), complete: z.boolean() }).meta({ id: 'SyncBlobPutAnswer' });
