import { z } from 'zod';
import { route } from '../route.js';
import { notFound } from '../../errors.js';
import { stationListSchema, unitListSchema, unitRegisterCountsSchema } from '../schemas/unit.js';
import { text } from '../../domain/schemas/common.js';
import { registerCounts } from '../../records/register-counts.js';

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

  route({
    method: 'GET',
    path: '/api/v1/units/:code/register-counts',
    summary:
      'A supervisor’s view of the station registers across a unit (a sub-division, district or State, or one station) the caller may read: per police station, most needing attention first, and totals — NC reports this fortnight and year and NC diaries owed to the Magistrate, missing persons open (children among them) and traced this month, unidentified bodies and inquests due or overdue (BNSS 194), stolen vehicles and phones on the register and recovered, lost reports open, found property unclaimed and its claim periods run out (BNSS 503(2)). Counts only.',
    tag: 'units',
    access: 'user',
    action: 'record.read',
    params: z.strictObject({ code: text(40) }),
    response: { status: 200, schema: unitRegisterCountsSchema, description: 'The counts' },
    errors: [403, 404],
    handler: async ({ node, actor, params, client }) => registerCounts(node, await node.recordAccess.readableUnit(actor, params.code, client)),
  }),
];
