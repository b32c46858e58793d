import { auditActor } from '../../access/auth-service.js';
import { reasonBody } from '../schemas/user.js';
import { nodeAddBody, nodeAdded, nodeIdParams, nodeListSchema, nodeRevokedSchema, roundSchema, thisNodeSchema } from '../schemas/sync.js';
import { route } from '../route.js';

/** This node, its link upward, and the nodes enrolled below it (docs/sync.md). */
export const nodeRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/node',
    summary: 'This node: its tier and unit, and the health of its link to the upstream',
    tag: 'sync',
    access: 'user',
    action: 'self.read',
    response: { status: 200, schema: thisNodeSchema, description: 'This node' },
    handler: async ({ node }) => ({
      tier: node.profile.tier,
      unit: node.profile.unitCode,
      unitName: (await node.units.get(node.profile.unitCode))?.nameEn ?? null,
      acceptsNodes: node.sync.acceptsNodes,
      darkAfterHours: node.config.sync.darkAfterHours,
      sync: await node.sync.client.status(),
    }),
  }),
  route({
    method: 'POST',
    path: '/api/v1/node/sync',
    summary: 'Sync with the upstream now; answers when the round is done (ok false, with the reason, if it failed)',
    tag: 'sync',
    access: 'user',
    action: 'sync.run',
    response: { status: 200, schema: roundSchema, description: 'The round' },
    errors: [409],
    handler: async ({ node }) => node.sync.runRound(),
  }),
  route({
    method: 'GET',
    path: '/api/v1/nodes',
    summary: 'The nodes enrolled below this one inside the caller’s jurisdiction, most silent first',
    tag: 'sync',
    access: 'user',
    action: 'node.read',
    response: { status: 200, schema: nodeListSchema, description: 'Nodes' },
    handler: async ({ node, actor }) => ({ nodes: await node.sync.registry.list({ underPath: actor.unit.path }), darkAfterHours: node.config.sync.darkAfterHours }),
  }),
  route({
    method: 'POST',
    path: '/api/v1/nodes',
    summary: 'Register a node for a unit below this one; answers its one-time enrolment code (shown once)',
    tag: 'sync',
    access: 'user',
    action: 'node.manage',
    body: nodeAddBody,
    response: { status: 201, schema: nodeAdded, description: 'Registered' },
    errors: [400, 403, 409],
    handler: async ({ node, actor, body, client }) => {
      // An unknown unit is the registry's field error (400), not a refusal.
      if (await node.units.get(body.unitCode)) await node.recordAccess.authorise(actor, 'node.manage', body.unitCode, client, { type: 'node' });
      const { node: added, code } = await node.sync.registry.add(auditActor(actor.user), body, client.ip);
      return { node: added, enrolmentCode: code };
    },
  }),
  route({
    method: 'POST',
    path: '/api/v1/nodes/:id/revoke',
    summary: 'Revoke a node: its sync requests are refused from now on',
    tag: 'sync',
    access: 'user',
    action: 'node.manage',
    params: nodeIdParams,
    body: reasonBody,
    response: { status: 200, schema: nodeRevokedSchema, description: 'Revoked' },
    errors: [403, 404, 409],
    handler: async ({ node, actor, params, body, client }) => {
      const found = await node.sync.registry.get(params.id);
      if (found) await node.recordAccess.authorise(actor, 'node.manage', found.unitCode, client, { type: 'node', id: found.id });
      return { node: await node.sync.registry.revoke(auditActor(actor.user), params.id, body.reason, client.ip) };
    },
  }),
];
