import type { UnitService } from '../directory/units.js';

export interface UnitRef {
  code: string;
  nameEn: string;
  nameHi: string;
}

/** A unit as results name it; a code the node does not know is shown as itself. */
export async function unitRef(units: UnitService, code: string): Promise<UnitRef> {
  const u = await units.get(code);
  return u ? { code: u.code, nameEn: u.nameEn, nameHi: u.nameHi } : { code, nameEn: code, nameHi: code };
}
