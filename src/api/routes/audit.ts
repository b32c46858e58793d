import { z } from 'zod';
import type { RequestActor } from '../../access/auth-service.js';
import type { AuditRow } from '../../access/audit-log.js';
import { decide } from '../../access/policy.js';
import type { CctnsNode } from '../../node.js';
import { route } from '../route.js';
import { auditEntrySchema, auditListSchema, jurisdictionAuditQuery } from '../schemas/audit.js';

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

type AuditEntry = z.output<typeof auditEntrySchema>;

/** What stands in an entry for the id of a withheld person or the hash of their photo. */
export const WITHHELD = '(withheld)';

/**
 * Audit entries as this reader may see them. Others' searches in full (terms, what was found)
 * only for those granted audit.read_full (the auditor); others see that someone else searched —
 * who, when, which search, how many found — but not the terms or what was found. For everyone,
 * the auditor too, the id of a person withheld from them and the hash of such a person's photo
 * are replaced (an id can be linked, a hash fetched), and free text is redacted as the records
 * of the entry's unit are: reading the log in full is not a way round the masking.
 */
export async function auditViews(node: CctnsNode, actor: RequestActor, rows: (AuditRow & { origin_unit?: string })[]): Promise<AuditEntry[]> {
  const entries = rows.map(auditView);
  const full = decide(actor.principal, 'audit.read_full', { unitPath: actor.unit.path }).allowed;
  rows.forEach((r, i) => {
    const e = entries[i]!;
    if (!full && e.action.startsWith('search.') && r.actor_id !== actor.user.id) e.detail = { count: typeof e.detail.count === 'number' ? e.detail.count : null, limited: true };
  });
  const strings = new Set<string>();
  const collect = (v: unknown): void => {
    if (typeof v === 'string') strings.add(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const e of entries) collect([e.targetId, e.detail]);
  const { identities } = node.recordAccess;
  const hidden = new Set<string>([
    ...(
      await identities.withheld(
        actor,
        [...strings].filter((s) => UUID.test(s)),
      )
    ).keys(),
    ...(await identities.withheldFiles(actor, [...strings])),
  ]);
  // Free text in an entry (a reason, a note) is redacted as the records of its unit are.
  const text = await node.views.redactorFor(actor, [], [...new Set(entries.flatMap((e) => (e.targetUnit ? [e.targetUnit] : [])))]);
  const redact = (v: unknown): unknown =>
    typeof v === 'string'
      ? hidden.has(v)
        ? WITHHELD
        : text(v).text
      : Array.isArray(v)
        ? v.map(redact)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redact(x)]))
          : v;
  return entries.map((e) => ({ ...e, targetId: e.targetId && hidden.has(e.targetId) ? null : e.targetId, detail: redact(e.detail) as Record<string, unknown> }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const auditRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/audit',
    summary: 'Audit trail of the caller’s jurisdiction (supervisors and administrators), newest first: this node’s own, or (from=below) the trails of the station nodes below it',
    tag: 'audit',
    access: 'user',
    action: 'audit.read',
    audit: 'audit.read',
    query: jurisdictionAuditQuery,
    response: { status: 200, schema: auditListSchema, description: 'Entries' },
    errors: [403],
    handler: async ({ node, actor, query, audited }) => {
      // The route gate has checked audit.read; the jurisdiction is the caller's own subtree.
      const units = (await node.units.subtree(actor.unit.path)).map((u) => u.code);
      const entries = query.from === 'below' ? await node.sync.auditCopies.listForUnits(units, query.limit, query.beforeAt) : await node.audit.listForUnits(units, query.limit, query.before);
      audited({ targetUnit: actor.unit.code, detail: { count: entries.length, from: query.from } });
      return { entries: await auditViews(node, actor, entries) };
    },
  }),
];
