import type { RouteDef } from '../route.js';
import { auditRoutes } from './audit.js';
import { authRoutes } from './auth.js';
import { healthRoutes } from './health.js';
import { meRoutes } from './me.js';
import { unitRoutes } from './units.js';
import { userRoutes } from './users.js';

/** Every route of the node. Each one passes through the access check in server.ts. */
export const allRoutes: RouteDef[] = [...healthRoutes, ...authRoutes, ...meRoutes, ...userRoutes, ...unitRoutes, ...auditRoutes];
