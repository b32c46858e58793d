import { z } from 'zod';
import { text } from '../../domain/schemas/common.js';
import { stolenCheckQuery } from '../../domain/schemas/stolen-property.js';
import { route } from '../route.js';
import { stolenCheckSchema, stolenRegisterSchema } from '../schemas/stolen-property.js';

export const stolenRegisterQuery = z.strictObject({
  kind: z.enum(['vehicle', 'mobile_phone'], { error: 'must be vehicle or mobile_phone' }).optional(),
  state: z.enum(['stolen', 'recovered'], { error: 'must be stolen or recovered' }).optional(),
  limit: z.coerce.number().int('must be a whole number').min(1, 'must be at least 1').max(1000, 'must be at most 1000').default(200),
});

/** The stolen vehicle and mobile phone registers (docs/property-registers.md). */
export const stolenPropertyRoutes = [
  route({
    method: 'GET',
    path: '/api/v1/stolen-property/check',
    summary:
      'Whether a vehicle (registration, engine or chassis number, any writing) or a mobile phone (IMEI) is reported stolen or recovered, with the FIR number, station and dates; the cases themselves only inside the caller’s jurisdiction, and outside it nothing of a case with a protected person. Audited.',
    tag: 'search',
    access: 'user',
    action: 'record.read',
    query: stolenCheckQuery,
    response: { status: 200, schema: stolenCheckSchema, description: 'The state of the number and its reports' },
    errors: [400],
    handler: ({ node, actor, query, client }) => node.stolenProperty.check(actor, query, client),
  }),
  route({
    method: 'GET',
    path: '/api/v1/stations/:code/stolen-property',
    summary: 'A station’s register of stolen vehicles and mobile phones, each stolen or recovered, newest report first, with counts (audited)',
    tag: 'property',
    access: 'user',
    action: 'record.read',
    audit: 'property.read',
    params: z.strictObject({ code: text(40) }),
    query: stolenRegisterQuery,
    response: { status: 200, schema: stolenRegisterSchema, description: 'The register' },
    errors: [400, 403, 404],
    handler: async ({ node, actor, params, query, client, audited }) => {
      const station = await node.recordAccess.readableStation(actor, params.code, client);
      const register = await node.stolenProperty.register(station.code, query);
      audited({ targetType: 'station', targetId: station.code, targetUnit: station.code, detail: { register: 'stolen_property', items: register.items.length } });
      return register;
    },
  }),
];
