import { z } from 'zod';
import { route } from '../route.js';
import { unitSchema } from '../schemas/unit.js';

export const unitRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/units',
    summary: 'The caller’s unit and every unit below it, parents first',
    tag: 'units',
    access: 'user',
    action: 'unit.read',
    response: { status: 200, schema: z.object({ units: z.array(unitSchema) }), description: 'Units' },
    handler: async ({ node, actor }) => ({
      units: (await node.units.subtree(actor.unit.path)).map((u) => ({
        code: u.code,
        kind: u.kind,
        parentCode: u.parentCode,
        depth: u.depth - actor.unit.depth,
        nameEn: u.nameEn,
        nameHi: u.nameHi,
        category: u.category,
        demo: u.demo,
        phone: u.phone,
      })),
    }),
  }),
];
