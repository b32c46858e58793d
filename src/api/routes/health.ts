import { sql } from 'kysely';
import { z } from 'zod';
import { ProblemError } from '../../errors.js';
import { route } from '../route.js';

export const healthRoutes = [
  route({
    method: 'GET',
    path: '/healthz',
    summary: 'Liveness: answers ok when the database is reachable',
    tag: 'operations',
    access: 'public',
    response: { status: 200, schema: z.strictObject({ status: z.literal('ok') }), description: 'Healthy' },
    errors: [503],
    handler: async ({ node }) => {
      try {
        await sql`select 1`.execute(node.storage.db);
      } catch {
        throw new ProblemError(503, 'database-unreachable', 'The database is not reachable.');
      }
      return { status: 'ok' };
    },
  }),
];
