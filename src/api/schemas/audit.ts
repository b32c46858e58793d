import { z } from 'zod';

export const auditEntrySchema = z
  .strictObject({
    seq: z.number().int(),
    at: z.string(),
    actor: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(['success', 'failure', 'denied']),
    ip: z.string().nullable(),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetUnit: z.string().nullable(),
    /**
     * Free-form by design: what an entry records varies with its action (a search's terms, a
     * read's version, a refusal's route and reason) across dozens of actions and every node
     * version that wrote one; the log keeps whatever was recorded, and the view redacts it.
     */
    detail: z.record(z.string(), z.unknown()),
    /** The unit of the node below whose log holds the entry; null for this node's own log. */
    node: z.string().nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const auditListSchema = z.strictObject({ entries: z.array(auditEntrySchema) });

export const auditQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  before: z.coerce.number().int().min(1).optional(),
});

/** A jurisdiction's trail: this node's own log (paged by seq), or the copies of the nodes below it (paged by time). */
export const jurisdictionAuditQuery = auditQuery
  .extend({
    from: z.enum(['here', 'below']).default('here'),
    beforeAt: z.iso.datetime().optional(),
  })
  .superRefine((q, ctx) => {
    if (q.from === 'here' && q.beforeAt) ctx.addIssue({ code: 'custom', path: ['beforeAt'], message: 'pages the entries from below (from=below); this node’s own are paged with before' });
    if (q.from === 'below' && q.before) ctx.addIssue({ code: 'custom', path: ['before'], message: 'pages this node’s own entries; those from below are paged with beforeAt' });
  });
