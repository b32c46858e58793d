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
  'auditor',
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
  'audit.read_full',
  'record.read',
  'record.register',
  'record.amend',
  'complaint.assign',
  'complaint.close',
  'case.investigate',
  'case.assign',
  'case.take_over',
  'case.act',
  'case.supervise',
  'property.keep',
  'fir.transfer',
  'gd.write',
  'record.unmask',
  'law.correct',
  'alert.read',
  'alert.issue',
  'node.read',
  'node.manage',
  'sync.run',
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
  /** Actions this role holds only when posted at some of its kinds of unit. */
  onlyAt?: Partial<Record<Action, readonly UnitKind[]>>;
}

/**
 * Actions that change a station's records: only the node that keeps the station's records may
 * perform them (the write gate in the policy module).
 */
export const WRITE_ACTIONS: readonly Action[] = [
  'record.register',
  'record.amend',
  'complaint.assign',
  'complaint.close',
  'fir.transfer',
  'gd.write',
  'case.assign',
  'case.take_over',
  'case.act',
  'property.keep',
];

const STATION: readonly UnitKind[] = ['police_station'];
/** One's own profile, password, language and audit trail. */
const SELF: readonly Action[] = ['self.read', 'self.update'];
const USER_ADMIN: readonly Action[] = ['user.read', 'user.create', 'user.disable', 'user.enable', 'user.reset', 'user.unlock'];
/** Station records: complaints, FIRs, General Diary, persons. */
const STATION_ENTRY: readonly Action[] = ['record.read', 'record.register', 'gd.write'];
/** Supervisors read their jurisdiction, issue lookout notices to it and watch its nodes' sync. */
const SUPERVISOR: readonly Action[] = [...SELF, 'unit.read', 'user.read', 'audit.read', 'record.read', 'alert.read', 'alert.issue', 'node.read'];
/**
 * Supervisors of investigations (the SDPO, the SP): they read the case files of their
 * jurisdiction, case diaries included, and may take a case over on record, after which they act
 * on it like its IO (case.act is decided per case by mayActOnCase).
 */
const CASE_SUPERVISOR: readonly Action[] = ['case.take_over', 'case.act', 'case.supervise'];

export const ROLE_DEFINITIONS: Record<Role, RoleDefinition> = {
  station_writer: { unitKinds: STATION, actions: [...SELF, 'unit.read', ...STATION_ENTRY, 'alert.read'], manages: [] },
  investigating_officer: {
    unitKinds: STATION,
    // case.investigate: may be named the IO of an FIR or be assigned a complaint to enquire into.
    // case.act: the steps of an investigation, on the cases the officer is the IO of (mayActOnCase).
    actions: [...SELF, 'unit.read', ...STATION_ENTRY, 'record.amend', 'complaint.close', 'case.investigate', 'case.act', 'alert.read'],
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
      'case.investigate',
      // The SHO assigns (and reassigns) the IO and supervises the station's investigations.
      'case.assign',
      'case.act',
      'case.supervise',
      // The SHO is in charge of the station's property room (malkhana) and its register.
      'property.keep',
      'fir.transfer',
      'record.unmask',
      'alert.read',
      // The SHO can start a sync round when the link has come back.
      'sync.run',
    ],
    manages: ['station_writer', 'investigating_officer'],
  },
  sub_divisional_officer: { unitKinds: ['subdivision'], actions: [...SUPERVISOR, ...CASE_SUPERVISOR], manages: [] },
  // The SP supervises investigations of sexual offences in the district, so may see victims.
  superintendent: { unitKinds: ['district'], actions: [...SUPERVISOR, ...CASE_SUPERVISOR, 'record.unmask'], manages: [] },
  // The SCRB and NCRB keep the law catalogue (corrections with a reason and a source).
  scrb_officer: { unitKinds: ['state'], actions: [...SUPERVISOR, 'law.correct'], manages: [] },
  ncrb_officer: { unitKinds: ['nation'], actions: [...SUPERVISOR, 'law.correct'], manages: [] },
  forensic_analyst: { unitKinds: ['forensic_lab'], actions: [...SELF, 'unit.read'], manages: [] },
  fingerprint_expert: { unitKinds: ['fingerprint_bureau'], actions: [...SELF, 'unit.read'], manages: [] },
  // The control room sees lookout notices to pass to patrols.
  control_room_operator: { unitKinds: ['control_room'], actions: [...SELF, 'unit.read', 'alert.read'], manages: [] },
  administrator: {
    unitKinds: ['nation', 'state', 'district', 'subdivision', 'police_station'],
    // Nodes are enrolled and revoked by the administrators of the node above them.
    actions: [...SELF, 'unit.read', ...USER_ADMIN, 'audit.read', 'law.correct', 'node.read', 'node.manage', 'sync.run'],
    manages: 'all',
    // The catalogue is one for the state: a district's administrator does not change it.
    onlyAt: { 'law.correct': ['state', 'nation'] },
  },
  // The audit and vigilance officer of the SCRB or of a district: reads the whole trail of the
  // jurisdiction, including what others searched for and what they found; no case records.
  auditor: { unitKinds: ['state', 'district'], actions: [...SELF, 'unit.read', 'audit.read', 'audit.read_full'], manages: [] },
};

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function roleFitsUnit(role: Role, kind: UnitKind): boolean {
  return ROLE_DEFINITIONS[role].unitKinds.includes(kind);
}
