import type { RouteDef } from '../route.js';
import { auditRoutes } from './audit.js';
import { dashboardRoutes } from './dashboard.js';
import { authRoutes } from './auth.js';
import { healthRoutes } from './health.js';
import { lawRoutes } from './law.js';
import { meRoutes } from './me.js';
import { personSearchRoutes } from './person-search.js';
import { unitRoutes } from './units.js';
import { userRoutes } from './users.js';
import { attachmentRoutes, complaintRoutes, firCopyRoutes, firRoutes, gdRoutes, personRoutes } from './station-records.js';
import { searchRoutes } from './search.js';
import { alertRoutes } from './alerts.js';
import { nodeRoutes } from './nodes.js';
import { caseRoutes } from './cases.js';
import { propertyRoutes } from './property.js';
import { stolenPropertyRoutes } from './stolen-property.js';
import { arrestRoutes } from './arrests.js';
import { investigationRoutes } from './investigation.js';
import { ncReportRoutes } from './nc-reports.js';
import { missingPersonRoutes } from './missing-persons.js';
import { unnaturalDeathRoutes } from './unnatural-deaths.js';
import { lostPropertyRoutes } from './lost-property.js';
import { matchingRoutes } from './matching.js';
import { foundPersonRoutes } from './found-persons.js';

/**
 * Every route of the node. Each one passes through the access check in server.ts. Its element
 * type is the union of the routes as declared (the tests' API client reads their answers from it).
 */
export const allRoutes = [
  ...healthRoutes,
  ...authRoutes,
  ...meRoutes,
  ...userRoutes,
  ...unitRoutes,
  ...auditRoutes,
  ...lawRoutes,
  ...complaintRoutes,
  ...ncReportRoutes,
  ...missingPersonRoutes,
  ...unnaturalDeathRoutes,
  ...foundPersonRoutes,
  ...lostPropertyRoutes,
  ...matchingRoutes,
  ...firRoutes,
  ...caseRoutes,
  ...propertyRoutes,
  ...stolenPropertyRoutes,
  ...arrestRoutes,
  ...investigationRoutes,
  ...gdRoutes,
  ...personRoutes,
  ...personSearchRoutes,
  ...attachmentRoutes,
  ...dashboardRoutes,
  ...firCopyRoutes,
  ...searchRoutes,
  ...alertRoutes,
  ...nodeRoutes,
] satisfies RouteDef[];
