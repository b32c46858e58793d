import { ROLE_DEFINITIONS, WRITE_ACTIONS, isRole, type Action, type Role } from '../domain/roles.js';
import type { Tier } from '../domain/tiers.js';
import { isAtOrAbove, isWithin, type UnitKind } from '../domain/units.js';

/** Who is asking. */
export interface Principal {
  userId: string;
  username: string;
  role: string;
  unitCode: string;
  unitPath: string;
  /** The kind of the user's unit, for actions a role holds only at some levels (onlyAt). */
  unitKind?: string;
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

const USER_MANAGEMENT: ReadonlySet<Action> = new Set(['user.create', 'user.disable', 'user.enable', 'user.reset', 'user.unlock']);

/**
 * May this user do this action on this record? Fails closed: an unknown role, an unknown
 * action or a missing fact is a denial.
 */
export function decide(principal: Principal, action: Action, resource: Resource): Decision {
  if (!isRole(principal.role)) return deny('Your role is not recognised.');
  const def = ROLE_DEFINITIONS[principal.role];
  if (!def.actions.includes(action)) return deny(`Your role may not perform "${action}".`);
  const levels = def.onlyAt?.[action];
  if (levels && !levels.includes(principal.unitKind as UnitKind)) {
    const words = levels.map((k) => (k === 'nation' ? 'national' : k.replace('_', ' '))).join(' or ');
    return deny(`Your role may perform "${action}" only at ${words} level; your unit ${principal.unitCode} is a ${(principal.unitKind ?? 'unit of unknown kind').replace('_', ' ')}.`);
  }
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

/**
 * May this reader see a protected person through this one record? Its IO may, and whoever holds
 * record.unmask over the record's unit (the SHO, the SP). Which records protect a person is
 * found by ProtectedIdentities; a person is shown if any one of them allows it.
 */
export function mayUnmask(principal: Principal, record: { unitPath: string | null; ioUserId: string | null }): boolean {
  if (record.ioUserId && record.ioUserId === principal.userId) return true;
  return !!record.unitPath && decide(principal, 'record.unmask', { unitPath: record.unitPath }).allowed;
}

/**
 * May this user be named the IO of a station's FIR, or be assigned one of its complaints? An
 * active account of that station whose role may investigate (case.investigate).
 */
export function mayInvestigateAt<U extends { role: string; status: string; unitCode: string }>(officer: U | null | undefined, stationCode: string): officer is U {
  return !!officer && officer.status === 'active' && officer.unitCode === stationCode && isRole(officer.role) && ROLE_DEFINITIONS[officer.role].actions.includes('case.investigate');
}

/** Who may act on a case: its unit, its IO and the supervisor who took it over, if any. */
export interface CaseFacts {
  unitPath: string;
  ioUserId: string | null;
  /** A supervisor who took the case over on record (case.take_over), acting like its IO. */
  actingUserId: string | null;
}

/**
 * May this user perform a step of this case's investigation (an arrest, a seizure, a diary entry,
 * the final report)? Only its IO, or a supervisor who took it over on record, and only while the
 * case lies in their jurisdiction and their role may act on cases at all. Anyone else at the
 * station — the SHO included, until they assign the case to themselves — is refused.
 */
export function mayActOnCase(principal: Principal, c: CaseFacts): Decision {
  const role = decide(principal, 'case.act', { unitPath: c.unitPath });
  if (!role.allowed) return role;
  if (principal.userId === c.ioUserId || principal.userId === c.actingUserId) return { allowed: true };
  return deny(
    c.ioUserId
      ? 'Only the investigating officer of this case, or a supervisor who has taken it over on record, may act on it.'
      : 'This case has no investigating officer yet: the SHO assigns one first.',
  );
}

/**
 * May this user record a movement of a case's seized item in the chain of custody? The case's IO
 * (or the supervisor acting on it), and the keeper of the property room (malkhana) that holds the
 * item (`keptAtPath`: after a transfer, the old station's, until the item is handed over), who hands
 * items out and takes them back whoever investigates. A hand-over into the malkhana of the unit now
 * investigating the case may also be recorded by that unit's keeper, who receives it
 * (`receivingPath`).
 */
export function mayMoveProperty(principal: Principal, c: CaseFacts, item: { keptAtPath: string; receivingPath: string | null }): Decision {
  const asIo = mayActOnCase(principal, c);
  if (asIo.allowed) return asIo;
  for (const unitPath of [item.keptAtPath, item.receivingPath]) {
    if (unitPath !== null && decide(principal, 'property.keep', { unitPath }).allowed) return { allowed: true };
  }
  return deny(`${asIo.reason} The keeper of the property room holding the item may also move it${item.receivingPath === null ? '' : ", and the keeper of the unit's property room receiving it"}.`);
}

/**
 * May this user record the case's course in court (its number there, hearings, the judgment, the
 * appeal)? Its IO or acting supervisor, and the SHO of its station (who assigns its cases): the
 * court's own staff get accounts when court systems are connected.
 */
export function mayRecordCourtStep(principal: Principal, c: CaseFacts): Decision {
  if (mayActOnCase(principal, c).allowed) return { allowed: true };
  if (decide(principal, 'case.assign', { unitPath: c.unitPath }).allowed) return { allowed: true };
  return deny("Only the case's investigating officer or the SHO of its station records its course in court.");
}

/**
 * May this user approve, or return with remarks, a final report the State's rules send to a
 * supervisor at `level` (the SDPO or the SP)? One who supervises the case's unit (case.supervise)
 * posted at that level or above — and not the officer who submitted it.
 */
export function mayReviewFinalReport(principal: Principal, r: { unitPath: string; level: UnitKind; submittedBy: string }): Decision {
  const role = decide(principal, 'case.supervise', { unitPath: r.unitPath });
  if (!role.allowed) return role;
  if (!isAtOrAbove(principal.unitKind, r.level)) return deny(`This final report is approved by a supervisor at ${r.level.replace('_', ' ')} level or above.`);
  if (principal.userId === r.submittedBy) return deny('A final report is approved by a supervisor other than the officer who submitted it.');
  return { allowed: true };
}

/**
 * May this user read the case file and its diary (BNSS 192: the IO, the SHO and supervisors — never
 * the accused, never a citizen copy)? Those who may act on it, and those who supervise the unit.
 */
export function mayReadCase(principal: Principal, c: CaseFacts): Decision {
  if (mayActOnCase(principal, c).allowed) return { allowed: true };
  return decide(principal, 'case.supervise', { unitPath: c.unitPath });
}

/**
 * May this user read an alert addressed to the unit at targetPath? Those it is addressed to (the
 * unit and everyone beneath it) and those above it, who supervise whoever issued it.
 */
export function mayReadAlert(principal: Principal, targetPath: string): boolean {
  if (!principal.unitPath || !targetPath) return false;
  return isWithin(principal.unitPath, targetPath) || isWithin(targetPath, principal.unitPath);
}

/**
 * May this user confirm or reject a missing-person report and an unidentified body as the same
 * person? An officer who may amend the records of either station (the report's or the body's):
 * the match is the business of both, wherever in the State they are.
 */
export function mayDecideMatch(principal: Principal, stations: { missingPath: string; bodyPath: string }): Decision {
  const either = [stations.missingPath, stations.bodyPath].some((unitPath) => decide(principal, 'record.amend', { unitPath }).allowed);
  return either ? { allowed: true } : deny("Only an officer who may amend the missing-person report's or the body's station records may confirm or reject their match.");
}

/**
 * May this user see the photo of a match candidate of a record? Whoever may read the record sees
 * its candidates from the whole State (the candidates list), so the photo of a candidate the list
 * offers, or of a pair an officer confirmed, goes with it — whatever station the candidate is of.
 * Not a rejected pair (the list no longer shows it), nor any record that is not this one's
 * candidate: the route is not a way round the owning station's `record.read` for any photo by id.
 * Whether the person in the photo may be seen at all is the protection's (circulation) rule.
 */
export function mayReadMatchPhoto(principal: Principal, r: { subjectPath: string; pair: 'offered' | 'confirmed' | 'rejected' | null }): Decision {
  const read = decide(principal, 'record.read', { unitPath: r.subjectPath });
  if (!read.allowed) return read;
  return r.pair === 'offered' || r.pair === 'confirmed' ? { allowed: true } : deny('The record asked for is not a candidate of this one.');
}

export function isWrite(action: Action): boolean {
  return WRITE_ACTIONS.includes(action);
}

/** What the write gate needs to know about this node, for the unit a record belongs to. */
export interface NodeWriteFacts {
  tier: Tier;
  /** The node's own unit. */
  unitCode: string;
  /** Whether this node keeps the records of the record's unit (not another node, above or below). */
  keepsUnit: boolean;
  /** A station node: whether its first sync with the state has finished (it brings the numbers already given). */
  firstSyncDone: boolean;
}

/**
 * The write gate: only the node that keeps a unit's records may change them (two nodes numbering
 * one station's FIRs would collide), and a station node not before its first sync. Reads and
 * other actions pass.
 */
export function decideWrite(action: Action, node: NodeWriteFacts, unitCode: string): Decision {
  if (!isWrite(action)) return { allowed: true };
  if (!node.keepsUnit) {
    return deny(
      node.tier === 'station'
        ? `This station node keeps the records of ${node.unitCode} only; ${unitCode} keeps its own.`
        : `${unitCode} keeps its records on its own node: make this change there. It reaches this node when that node syncs.`,
    );
  }
  if (node.tier === 'station' && !node.firstSyncDone) {
    return deny('This station node has not finished its first sync with the state yet (it brings the FIR and GD numbers already given). Records can be registered once it has.');
  }
  return { allowed: true };
}

/** Accounts are made where usernames are kept unique across the state: never on a station node. */
export function createsAccounts(tier: Tier): boolean {
  return tier !== 'station';
}

function deny(reason: string): Decision {
  return { allowed: false, reason };
}
