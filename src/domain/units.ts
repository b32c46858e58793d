/** The jurisdiction tree: which kinds of unit exist and which may sit under which. */
export const UNIT_KINDS = ['nation', 'state', 'district', 'subdivision', 'police_station', 'forensic_lab', 'fingerprint_bureau', 'control_room'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

const ALLOWED_PARENT: Record<UnitKind, UnitKind | null> = {
  nation: null,
  state: 'nation',
  district: 'state',
  subdivision: 'district',
  police_station: 'subdivision',
  forensic_lab: 'state',
  fingerprint_bureau: 'state',
  control_room: 'state',
};

export function allowedParentKind(kind: UnitKind): UnitKind | null {
  return ALLOWED_PARENT[kind];
}

export const NATION_CODE = 'IN';

/** Unit codes: upper-case letters, digits and hyphens, e.g. MH, MH-PUN, MH-PUN-PS01. */
export const UNIT_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

/** Materialised path: "/IN/MH/MH-PUN/", so "is X inside Y" is a prefix test in SQL and code. */
export function childPath(parentPath: string | null, code: string): string {
  return `${parentPath ?? '/'}${code}/`;
}

export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** Whether a unit of kind `kind` is `level` or above it in the tree (a district is above a subdivision); false for units outside the chain of command (labs, bureaux). */
export function isAtOrAbove(kind: string | undefined, level: UnitKind): boolean {
  for (let k: UnitKind | null = level; k; k = ALLOWED_PARENT[k]) if (k === kind) return true;
  return false;
}
