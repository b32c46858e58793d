import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

interface StateUnit {
  code: string;
  category: 'state' | 'union_territory';
  nameEn: string;
  nameHi: string;
  capitalEn: string;
}

interface StatesFile {
  version: string;
  sources: string[];
  units: StateUnit[];
}

interface DemoUnit {
  code: string;
  kind: string;
  parentCode: string;
  nameEn: string;
  nameHi: string;
  demo: boolean;
  phone?: string;
  addressEn?: string;
}

interface DemoFile {
  version: string;
  note: string;
  units: DemoUnit[];
}

function readJson<T>(relative: string): T {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8')) as T;
}

const states = readJson<StatesFile>('../../reference/units/states.json');
const demo = readJson<DemoFile>('../../reference/units/demo.json');

// Devanagari block (letters, vowel signs, nukta, virama, anusvara, etc.),
// plus spaces and ordinary punctuation. No Latin letters or digits.
const DEVANAGARI_NAME = /^[\u0900-\u097F\s()\-,.'’]+$/u;

function byCode(code: string): StateUnit {
  const unit = states.units.find((u) => u.code === code);
  assert.ok(unit, `missing unit ${code}`);
  return unit;
}

test('states.json has version and sources', () => {
  assert.match(states.version, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(Array.isArray(states.sources) && states.sources.length > 0);
  for (const s of states.sources) assert.equal(typeof s, 'string');
});

test('states.json has exactly 36 units: 28 states and 8 union territories', () => {
  assert.equal(states.units.length, 36);
  assert.equal(states.units.filter((u) => u.category === 'state').length, 28);
  assert.equal(states.units.filter((u) => u.category === 'union_territory').length, 8);
  for (const u of states.units) assert.ok(u.category === 'state' || u.category === 'union_territory', u.code);
});

test('state codes are unique two-letter upper-case codes', () => {
  const codes = states.units.map((u) => u.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const c of codes) assert.match(c, /^[A-Z]{2}$/);
});

test('every state has non-empty English name and capital', () => {
  for (const u of states.units) {
    assert.ok(u.nameEn.trim().length > 0, u.code);
    assert.ok(u.capitalEn.trim().length > 0, u.code);
  }
});

test('Hindi names are Devanagari only and NFC-normalised', () => {
  for (const u of states.units) {
    assert.match(u.nameHi, DEVANAGARI_NAME, `${u.code} nameHi: ${u.nameHi}`);
    assert.equal(u.nameHi, u.nameHi.normalize('NFC'), `${u.code} nameHi not NFC`);
    assert.equal(u.nameHi, u.nameHi.trim(), `${u.code} nameHi has surrounding spaces`);
  }
});

test('spot checks', () => {
  assert.deepEqual({ nameEn: byCode('MH').nameEn, category: byCode('MH').category, nameHi: byCode('MH').nameHi }, { nameEn: 'Maharashtra', category: 'state', nameHi: 'महाराष्ट्र' });
  assert.equal(byCode('DL').nameEn, 'Delhi');
  assert.equal(byCode('DL').category, 'union_territory');
  assert.equal(byCode('DL').nameHi, 'दिल्ली');
  assert.equal(byCode('TG').nameEn, 'Telangana');
  assert.equal(byCode('TG').category, 'state');
  assert.equal(
    states.units.some((u) => u.code === 'TS'),
    false,
    'Telangana uses TG since 2024',
  );
  assert.equal(byCode('LA').nameEn, 'Ladakh');
  assert.equal(byCode('LA').category, 'union_territory');
  assert.equal(byCode('JK').nameEn, 'Jammu and Kashmir');
  assert.equal(byCode('JK').category, 'union_territory');
  assert.equal(byCode('DD').nameEn, 'Dadra and Nagar Haveli and Daman and Diu');
  assert.equal(byCode('DD').category, 'union_territory');
  assert.equal(byCode('DD').nameHi, 'दादरा और नगर हवेली और दमन और दीव');
  assert.equal(
    states.units.some((u) => u.code === 'DN'),
    false,
    'DNH and DD are one merged UT',
  );
  assert.equal(byCode('OD').nameEn, 'Odisha');
  assert.equal(byCode('UK').nameEn, 'Uttarakhand');
  assert.equal(byCode('CG').nameEn, 'Chhattisgarh');
  assert.equal(byCode('PY').nameHi, 'पुदुच्चेरी');
});

const DEMO_KINDS = new Set(['district', 'subdivision', 'police_station', 'forensic_lab', 'fingerprint_bureau', 'control_room']);

test('demo.json units have the required fields and known kinds', () => {
  assert.match(demo.version, /^\d{4}-\d{2}-\d{2}$/);
  assert.ok(demo.note.length > 0);
  const codes = demo.units.map((u) => u.code);
  assert.equal(new Set(codes).size, codes.length, 'demo codes unique');
  for (const u of demo.units) {
    assert.ok(DEMO_KINDS.has(u.kind), `${u.code} kind ${u.kind}`);
    for (const key of ['code', 'kind', 'parentCode', 'nameEn', 'nameHi'] as const) {
      assert.equal(typeof u[key], 'string', `${u.code}.${key}`);
      assert.ok(u[key].length > 0, `${u.code}.${key}`);
    }
    assert.equal(typeof u.demo, 'boolean', `${u.code}.demo`);
    if (u.phone !== undefined) assert.equal(typeof u.phone, 'string');
    if (u.addressEn !== undefined) assert.equal(typeof u.addressEn, 'string');
    assert.match(u.nameHi, /[\u0900-\u097F]/u, `${u.code} nameHi has Devanagari`);
    assert.equal(u.nameHi, u.nameHi.normalize('NFC'), `${u.code} nameHi not NFC`);
  }
});

test('demo.json has at least 3 districts and 6 demo police stations', () => {
  assert.ok(demo.units.filter((u) => u.kind === 'district').length >= 3);
  const stations = demo.units.filter((u) => u.kind === 'police_station');
  assert.ok(stations.length >= 6);
  for (const s of stations) {
    assert.equal(s.demo, true, `${s.code} must be demo`);
    assert.match(s.nameEn, /Demo/, `${s.code} nameEn must say Demo`);
  }
});

test('demo.json parent codes resolve to MH or another demo unit', () => {
  assert.equal(byCode('MH').category, 'state');
  const codes = new Set(demo.units.map((u) => u.code));
  for (const u of demo.units) {
    assert.ok(u.parentCode === 'MH' || codes.has(u.parentCode), `${u.code} parent ${u.parentCode}`);
    assert.notEqual(u.parentCode, u.code);
  }
});

test('demo.json codes follow the scheme and parents match kinds', () => {
  const index = new Map(demo.units.map((u) => [u.code, u]));
  const expectedParentKind: Record<string, string | null> = {
    district: null,
    subdivision: 'district',
    police_station: 'subdivision',
    forensic_lab: null,
    fingerprint_bureau: null,
    control_room: null,
  };
  for (const u of demo.units) {
    const want = expectedParentKind[u.kind];
    if (want === null) assert.equal(u.parentCode, 'MH', u.code);
    else assert.equal(index.get(u.parentCode)?.kind, want, u.code);
    if (u.kind === 'district') assert.match(u.code, /^MH-[A-Z]{3}$/);
    if (u.kind === 'subdivision') assert.match(u.code, /^MH-[A-Z]{3}-SD\d+$/);
    if (u.kind === 'police_station') {
      assert.match(u.code, /^MH-[A-Z]{3}-PS\d{2}$/);
      // station code is DISTRICT-PSnn; its sub-division must be in the same district
      assert.equal(u.code.slice(0, 6), u.parentCode.slice(0, 6), u.code);
    }
  }
  for (const code of ['MH-PUN', 'MH-NSK', 'MH-NGP', 'MH-PUN-SD1', 'MH-NSK-SD1', 'MH-NGP-SD1', 'MH-FSL', 'MH-FPB', 'MH-CR']) {
    assert.ok(index.has(code), `missing ${code}`);
  }
});
