import fs from 'node:fs';
import path from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '../access/passwords.js';
import { newTotpSecret } from '../access/totp.js';
import type { Role } from '../domain/roles.js';
import type { UnitKind } from '../domain/units.js';
import type { CctnsNode } from '../node.js';
import { referencePath } from '../util/paths.js';

/** Demo only: one password for every demo account. Never valid on a real node (it is banned). */
export const DEMO_PASSWORD = 'cctns-demo-2026';

export const DEMO_USERS: { username: string; displayName: string; role: Role; unitCode: string }[] = [
  { username: 'admin.in', displayName: 'National Administrator (demo)', role: 'administrator', unitCode: 'IN' },
  { username: 'ncrb', displayName: 'NCRB Analyst (demo)', role: 'ncrb_officer', unitCode: 'IN' },
  { username: 'admin.mh', displayName: 'Maharashtra Administrator (demo)', role: 'administrator', unitCode: 'MH' },
  { username: 'scrb.mh', displayName: 'SCRB Maharashtra (demo)', role: 'scrb_officer', unitCode: 'MH' },
  { username: 'audit.mh', displayName: 'SCRB Audit & Vigilance Officer (demo)', role: 'auditor', unitCode: 'MH' },
  { username: 'sp.pune', displayName: 'SP Pune Rural (demo)', role: 'superintendent', unitCode: 'MH-PUN' },
  { username: 'sdpo.pune', displayName: 'SDPO Baramati (demo)', role: 'sub_divisional_officer', unitCode: 'MH-PUN-SD1' },
  { username: 'sho.pune1', displayName: 'Insp. Anjali Deshmukh (demo)', role: 'station_house_officer', unitCode: 'MH-PUN-PS01' },
  { username: 'io.pune1', displayName: 'SI Rahul Patil (demo)', role: 'investigating_officer', unitCode: 'MH-PUN-PS01' },
  { username: 'writer.pune1', displayName: 'HC Sunita Jadhav (demo)', role: 'station_writer', unitCode: 'MH-PUN-PS01' },
  { username: 'sho.nashik1', displayName: 'Insp. Vikram Shinde (demo)', role: 'station_house_officer', unitCode: 'MH-NSK-PS01' },
  { username: 'fsl.mh', displayName: 'Forensic Analyst (demo)', role: 'forensic_analyst', unitCode: 'MH-FSL' },
  { username: 'fpb.mh', displayName: 'Fingerprint Expert (demo)', role: 'fingerprint_expert', unitCode: 'MH-FPB' },
  { username: 'cr.mh', displayName: 'Control Room Operator (demo)', role: 'control_room_operator', unitCode: 'MH-CR' },
];

export interface DemoLogin {
  username: string;
  role: string;
  unitCode: string;
  password: string;
  totpSecret: string;
}

interface DemoUnitsFile {
  units: { code: string; kind: UnitKind; parentCode: string; nameEn: string; nameHi: string; demo: boolean; phone?: string; addressEn?: string }[];
}

const LOGINS_FILE = 'demo-logins.json';

/**
 * Creates the demo jurisdiction and one user per role, once. The TOTP secrets are random per
 * data directory and kept in DATA/demo-logins.json so that every start can print them.
 */
export async function ensureDemoData(node: CctnsNode): Promise<DemoLogin[]> {
  const file = path.join(node.config.dataDir, LOGINS_FILE);
  if (await node.units.get('MH-PUN')) {
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as DemoLogin[];
    return [];
  }
  const demo = JSON.parse(fs.readFileSync(referencePath('units', 'demo.json'), 'utf8')) as DemoUnitsFile;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // A state node gets the demo users of its own state only: national accounts are not its to hold.
  const own = node.profile.unitCode;
  const inside = (unitCode: string) => own === 'IN' || unitCode === own || unitCode.startsWith(`${own}-`);
  const users = DEMO_USERS.filter((u) => inside(u.unitCode));
  const logins: DemoLogin[] = users.map((u) => ({
    username: u.username,
    role: u.role,
    unitCode: u.unitCode,
    password: DEMO_PASSWORD,
    totpSecret: newTotpSecret(),
  }));
  await node.events.transaction(async (tx) => {
    for (const u of demo.units) {
      await node.units.create(
        tx,
        {
          code: u.code,
          kind: u.kind,
          parentCode: u.parentCode,
          nameEn: u.nameEn,
          nameHi: u.nameHi,
          demo: u.demo,
          phone: u.phone ?? null,
          addressEn: u.addressEn ?? null,
        },
        'demo',
      );
    }
    for (const [i, u] of users.entries()) {
      await node.users.create(
        tx,
        {
          id: uuidv7(),
          username: u.username,
          displayName: u.displayName,
          role: u.role,
          unitCode: u.unitCode,
          language: 'en',
          passwordHash,
          mustChangePassword: false,
          totpSecret: node.secrets.seal(logins[i]!.totpSecret),
        },
        'demo',
      );
    }
  });
  fs.writeFileSync(file, JSON.stringify(logins, null, 2) + '\n', { mode: 0o600 });
  return logins;
}
