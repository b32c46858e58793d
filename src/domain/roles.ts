import type { UnitKind } from './units.js';

/**
 * Roles and what each may do. This table is the single source of permissions: the policy
 * module reads it and docs/roles.md is checked against it by a test.
 */
export const ROLES = [
  'station_writer',
  'investigating_officer',
  'station_house_officer',
  'sub_divisional_officer',
  'superintendent',
  'scrb_officer',
  'ncrb_officer',
  'forensic_analyst',
  'fingerprint_expert',
  'control_room_operator',
  'administrator',
] as const;
export type Role = (typeof ROLES)[number];

/** Every action the policy decides. Each API route names one. */
export const ACTIONS = [
  'self.read',
  'self.update',
  'unit.read',
  'user.read',
  'user.create',
  'user.disable',
  'user.enable',
  'user.reset',
  'user.unlock',
  'audit.read',
  'record.read',
  'record.register',
  'record.amend',
  'complaint.assign',
  'complaint.close',
  'fir.transfer',
  'gd.write',
  'record.unmask',
  'law.correct',
] as const;
export type Action = (typeof ACTIONS)[number];

export interface RoleDefinition {
  /** Kinds of unit a user with this role may belong to. */
  unitKinds: readonly UnitKind[];
  /** Actions allowed on records inside the user's own unit subtree. */
  actions: readonly Action[];
  /**
   * Roles this role may create and manage (inside its subtree). Administrators manage every
   * role; an SHO runs the station's own staff.
   */
  manages: readonly Role[] | 'all';
}

const STATION: readonly UnitKind[] = ['police_station'];
/** One's own profile, password, language and audit trail. */
const SELF: readonly Action[] = ['self.read', 'self.update'];
const USER_ADMIN: readonly Action[] = [
  'user.read',
  'user.create',
  'user.disable',
  'user.enable',
  'user.reset',
  'user.unlock',
];
/** Station records: complaints, FIRs, General Diary, persons. */
const STATION_ENTRY: readonly Action[] = ['record.read', 'record.register', 'gd.write'];
const SUPERVISOR: readonly Action[] = [...SELF, 'unit.read', 'user.read', 'audit.read', 'record.read'];

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  station_writer: { unitKinds: STATION, actions: [...SELF, 'unit.read', ...STATION_ENTRY], manages: [] },
  investigating_officer: {
    unitKinds: STATION,
    actions: [...SELF, 'unit.read', ...STATION_ENTRY, 'record.amend', 'complaint.close'],
    manages: [],
  },
  station_house_officer: {
    unitKinds: STATION,
    actions: [
      ...SELF,
      'unit.read',
      ...USER_ADMIN,
      'audit.read',
      ...STATION_ENTRY,
      'record.amend',
      'complaint.assign',
      'complaint.close',
      'fir.transfer',
      'record.unmask',
    ],
    manages: ['station_writer', 'investigating_officer'],
  },
  sub_divisional_officer: { unitKinds: ['subdivision'], actions: SUPERVISOR, manages: [] },
  // The SP supervises investigations of sexual offences in the district, so may see victims.
  superintendent: { unitKinds: ['district'], actions: [...SUPERVISOR, 'record.unmask'], manages: [] },
  // The SCRB and NCRB keep the law catalogue (corrections with a reason and a source).
  scrb_officer: { unitKinds: ['state'], actions: [...SUPERVISOR, 'law.correct'], manages: [] },
  ncrb_officer: { unitKinds: ['nation'], actions: [...SUPERVISOR, 'law.correct'], manages: [] },
  forensic_analyst: { unitKinds: ['forensic_lab'], actions: [...SELF, 'unit.read'], manages: [] },
  fingerprint_expert: { unitKinds: ['fingerprint_bureau'], actions: [...SELF, 'unit.read'], manages: [] },
  control_room_operator: { unitKinds: ['control_room'], actions: [...SELF, 'unit.read'], manages: [] },
  administrator: {
    unitKinds: ['nation', 'state', 'district', 'subdivision', 'police_station'],
    // law.correct only at state or national level: the service refuses lower levels.
    actions: [...SELF, 'unit.read', ...USER_ADMIN, 'audit.read', 'law.correct'],
    manages: 'all',
  },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleFitsUnit(role: Role, kind: UnitKind): boolean {
  return ROLE_DEFINITIONS[role].unitKinds.includes(kind);
}
