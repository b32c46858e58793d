import { z } from 'zod';
import { route } from '../route.js';
import { notFound } from '../../errors.js';
import { stationListSchema, unitListSchema } from '../schemas/unit.js';

export const unitRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/units',
    summary: 'The caller’s unit and every unit below it, parents first',
    tag: 'units',
    access: 'user',
    action: 'unit.read',
    response: { status: 200, schema: unitListSchema, description: 'Units' },
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

  route({
    method: 'GET',
    path: '/api/v1/stations',
    summary: 'Police stations of a state (default: the caller’s), for choosing where a zero FIR belongs or goes',
    tag: 'units',
    access: 'user',
    action: 'record.read',
    query: z.strictObject({
      state: z
        .string()
        .regex(/^[A-Z]{2}$/, 'must be a two-letter state code')
        .optional(),
    }),
    response: { status: 200, schema: stationListSchema, description: 'Stations, by district' },
    errors: [404],
    handler: async ({ node, actor, query }) => {
      // Unit names and codes are not secret: every station may need to name any other one.
      const stateCode = query.state ?? actor.unit.path.split('/').filter(Boolean)[1] ?? '';
      const state = await node.units.get(stateCode);
      if (!state || state.kind !== 'state') throw notFound(`There is no state ${stateCode || '(none for a national user: give ?state=)'}.`);
      return {
        stations: (await node.units.subtree(state.path))
          .filter((u) => u.kind === 'police_station')
          .map((u) => ({ code: u.code, kind: u.kind, parentCode: u.parentCode, depth: 0, nameEn: u.nameEn, nameHi: u.nameHi, category: u.category, demo: u.demo, phone: u.phone })),
      };
    },
  }),
];
