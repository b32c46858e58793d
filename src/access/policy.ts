import { ROLE_DEFINITIONS, isRole, type Action, type Role } from '../domain/roles.js';
import { isWithin } from '../domain/units.js';

/** Who is asking. */
export interface Principal {
  userId: string;
  username: string;
  role: string;
  unitCode: string;
  unitPath: string;
}

/** The record acted on, described by its place in the unit tree. */
export interface Resource {
  unitPath: string;
  /** For user records: the role the user has or would have. */
  role?: string;
  /** For user records: the user's id, so that nobody disables or resets themself. */
  userId?: string;
}

export type Decision = { allowed: true } | { allowed: false; reason: string };

const USER_MANAGEMENT: ReadonlySet<Action> = new Set([
  'user.create',
  'user.disable',
  'user.enable',
  'user.reset',
  'user.unlock',
]);

/**
 * May this user do this action on this record? Fails closed: an unknown role, an unknown
 * action or a missing fact is a denial.
 */
export function decide(principal: Principal, action: Action, resource: Resource): Decision {
  if (!isRole(principal.role)) return deny('Your role is not recognised.');
  const def = ROLE_DEFINITIONS[principal.role];
  if (!def.actions.includes(action)) return deny(`Your role may not perform "${action}".`);
  if (!principal.unitPath || !resource.unitPath) return deny('The record has no place in the unit tree.');
  if (!isWithin(resource.unitPath, principal.unitPath)) {
    return deny('The record belongs to a unit outside your jurisdiction.');
  }
  if (USER_MANAGEMENT.has(action)) {
    if (!resource.role || !isRole(resource.role)) return deny('The target role is not recognised.');
    if (!manages(principal.role, resource.role)) return deny(`Your role may not manage ${resource.role} accounts.`);
    if (resource.userId !== undefined && resource.userId === principal.userId) {
      return deny('You may not change your own account this way; ask another administrator.');
    }
  }
  return { allowed: true };
}

/**
 * The first gate, before any record is loaded: does the role have this action at all? The
 * record-level decision (jurisdiction, target role) follows in the service with decide().
 */
export function decideRoute(principal: Principal, action: Action): Decision {
  if (!isRole(principal.role)) return deny('Your role is not recognised.');
  if (!ROLE_DEFINITIONS[principal.role].actions.includes(action)) return deny(`Your role may not perform "${action}".`);
  return { allowed: true };
}

export function manages(actor: Role, target: Role): boolean {
  const m = ROLE_DEFINITIONS[actor].manages;
  return m === 'all' || m.includes(target);
}

/** The roles this principal may assign, for forms. */
export function assignableRoles(principal: Principal): Role[] {
  if (!isRole(principal.role)) return [];
  const def = ROLE_DEFINITIONS[principal.role];
  if (!def.actions.includes('user.create')) return [];
  return (Object.keys(ROLE_DEFINITIONS) as Role[]).filter((r) => manages(principal.role as Role, r));
}

/** The actions the principal's role has anywhere, for the web app to show or hide menus. */
export function permissionsOf(principal: Principal): Action[] {
  return isRole(principal.role) ? [...ROLE_DEFINITIONS[principal.role].actions] : [];
}

function deny(reason: string): Decision {
  return { allowed: false, reason };
}
