import { z } from 'zod';
import { auditActor } from '../../access/auth-service.js';
import type { AuditRow } from '../../access/audit-log.js';
import { route } from '../route.js';
import { auditEntrySchema, jurisdictionAuditQuery } from '../schemas/audit.js';

export function auditView(r: AuditRow & { origin_unit?: string }): z.output<typeof auditEntrySchema> {
  return {
    node: r.origin_unit ?? null,
    seq: r.seq,
    at: r.at,
    actor: r.actor_username,
    action: r.action,
    outcome: r.outcome as 'success' | 'failure' | 'denied',
    ip: r.ip,
    targetType: r.target_type,
    targetId: r.target_id,
    targetUnit: r.target_unit,
    detail: JSON.parse(r.detail) as Record<string, unknown>,
  };
}

export const auditRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/audit',
    summary: 'Audit trail of the caller’s jurisdiction (supervisors and administrators), newest first: this node’s own, or (from=below) the trails of the station nodes below it',
    tag: 'audit',
    access: 'user',
    action: 'audit.read',
    query: jurisdictionAuditQuery,
    response: { status: 200, schema: z.object({ entries: z.array(auditEntrySchema) }), description: 'Entries' },
    errors: [403],
    handler: async ({ node, actor, query, client }) => {
      // The route gate has checked audit.read; the jurisdiction is the caller's own subtree.
      const units = (await node.units.subtree(actor.unit.path)).map((u) => u.code);
      const entries = query.from === 'below' ? await node.sync.auditCopies.listForUnits(units, query.limit, query.beforeAt) : await node.audit.listForUnits(units, query.limit, query.before);
      await node.audit.record(node.storage.db, {
        actor: auditActor(actor.user),
        action: 'audit.read',
        outcome: 'success',
        ip: client.ip,
        targetUnit: actor.unit.code,
        detail: { count: entries.length, from: query.from },
      });
      return { entries: entries.map(auditView) };
    },
  }),
];
