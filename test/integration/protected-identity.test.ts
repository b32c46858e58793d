/**
 * The protected-identity sweep: for one sensitive FIR (rape, BNS 64) whose victim is 16 and whose
 * accused is 15, every route in the node's OpenAPI document is called as every role, inside and
 * outside the station, and no answer — status, headers, body, PDF text, file — may carry the
 * victim's or the child's names (each part, each script), aliases, phone numbers, photo hashes or
 * person ids to a caller who may not see them unmasked (BNS 72, BNSS 193, JJ Act 2015 s.74).
 *
 * The routes come from GET /api/v1/openapi.json, so a new route is swept as soon as it exists;
 * one the sweep does not know how to call (no recipe below) fails the test by name. Who may
 * unmask is a literal table (MAY_UNMASK), not a call into the policy: a role added to ROLES
 * without a row here fails loudly.
 *
 * Two things a caller may always get back: what the request itself carried (a refusal that
 * repeats the id you sent discloses nothing), and, in one's own audit entries, what one sent
 * earlier. Nothing else.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { InjectOptions } from 'fastify';
import sharp from 'sharp';
import { hashPassword } from '../../src/access/passwords.js';
import { ROLES } from '../../src/domain/roles.js';
import { ACCUSED_SEARCH_STATUSES } from '../../src/search/schemas.js';
import { verificationCode } from '../../src/documents/verification.js';
import { ManualClock } from '../../src/util/clock.js';
import { z } from 'zod';
import { bodyOf, shown, type AnswerTo, type ErrorStatus, type Refusal, type Success } from '../support/answers.js';

/** The part of the OpenAPI document the sweep walks: every path and its operations. */
const openApiPaths = z.object({ paths: z.record(z.string(), z.record(z.string(), z.unknown())) });
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

// ————————————————————————————————————————————————————————————————————————————————————————
// Who may see a protected identity. "inside": the sensitive FIR's station (MH-PUN-PS01) lies in
// the caller's unit subtree; "outside": it does not. 'n/a': no unit of that role can be inside.
// The IO of the case may unmask as well (IO_OF_THE_CASE below). `auditSearchTerms`: a role that
// reads others' search terms in audit entries in full (an auditor) — those terms only, nothing else.
// ————————————————————————————————————————————————————————————————————————————————————————
type Cell = boolean | 'n/a';
const MAY_UNMASK: Record<string, { inside: Cell; outside: Cell; auditSearchTerms?: boolean }> = {
  station_writer: { inside: false, outside: false },
  investigating_officer: { inside: false, outside: false }, // but see IO_OF_THE_CASE
  station_house_officer: { inside: true, outside: false },
  sub_divisional_officer: { inside: false, outside: false },
  superintendent: { inside: true, outside: false },
  scrb_officer: { inside: false, outside: false },
  ncrb_officer: { inside: false, outside: 'n/a' },
  forensic_analyst: { inside: 'n/a', outside: false },
  fingerprint_expert: { inside: 'n/a', outside: false },
  control_room_operator: { inside: 'n/a', outside: false },
  administrator: { inside: false, outside: false },
  // Reads the audit log in full (audit.read_full): others' search terms, nothing else of a case.
  auditor: { inside: false, outside: false, auditSearchTerms: true },
};
/** The investigating officer named on the FIR sees the victim and the child. */
const IO_OF_THE_CASE = true;

interface ActorDef {
  username: string;
  role: string;
  unit: string;
  side: 'inside' | 'outside';
  /** The IO named on the sensitive FIR. */
  ioOfCase?: boolean;
  /** Not a demo user: created for the sweep. */
  extra?: boolean;
}

/** Every role at least once; inside and outside wherever the role can be both. */
const ACTORS: ActorDef[] = [
  { username: 'writer.pune1', role: 'station_writer', unit: 'MH-PUN-PS01', side: 'inside' },
  { username: 'io.pune1', role: 'investigating_officer', unit: 'MH-PUN-PS01', side: 'inside', ioOfCase: true },
  { username: 'io2.pune1', role: 'investigating_officer', unit: 'MH-PUN-PS01', side: 'inside', extra: true },
  { username: 'sho.pune1', role: 'station_house_officer', unit: 'MH-PUN-PS01', side: 'inside' },
  { username: 'admin.pune1', role: 'administrator', unit: 'MH-PUN-PS01', side: 'inside', extra: true },
  { username: 'sdpo.pune', role: 'sub_divisional_officer', unit: 'MH-PUN-SD1', side: 'inside' },
  { username: 'sp.pune', role: 'superintendent', unit: 'MH-PUN', side: 'inside' },
  { username: 'scrb.mh', role: 'scrb_officer', unit: 'MH', side: 'inside' },
  { username: 'admin.mh', role: 'administrator', unit: 'MH', side: 'inside' },
  { username: 'ncrb', role: 'ncrb_officer', unit: 'IN', side: 'inside' },
  { username: 'admin.in', role: 'administrator', unit: 'IN', side: 'inside' },
  // Another station of the same district.
  { username: 'writer.pune2', role: 'station_writer', unit: 'MH-PUN-PS02', side: 'outside', extra: true },
  { username: 'io.pune2', role: 'investigating_officer', unit: 'MH-PUN-PS02', side: 'outside', extra: true },
  { username: 'sho.pune2', role: 'station_house_officer', unit: 'MH-PUN-PS02', side: 'outside', extra: true },
  { username: 'admin.pune2', role: 'administrator', unit: 'MH-PUN-PS02', side: 'outside', extra: true },
  // Another district; another state.
  { username: 'sho.nashik1', role: 'station_house_officer', unit: 'MH-NSK-PS01', side: 'outside' },
  { username: 'sdpo.nashik', role: 'sub_divisional_officer', unit: 'MH-NSK-SD1', side: 'outside', extra: true },
  { username: 'sp.nashik', role: 'superintendent', unit: 'MH-NSK', side: 'outside', extra: true },
  { username: 'scrb.dl', role: 'scrb_officer', unit: 'DL', side: 'outside', extra: true },
  { username: 'audit.mh', role: 'auditor', unit: 'MH', side: 'inside' },
  { username: 'audit.nashik', role: 'auditor', unit: 'MH-NSK', side: 'outside', extra: true },
  // Units that never hold case records.
  { username: 'fsl.mh', role: 'forensic_analyst', unit: 'MH-FSL', side: 'outside' },
  { username: 'fpb.mh', role: 'fingerprint_expert', unit: 'MH-FPB', side: 'outside' },
  { username: 'cr.mh', role: 'control_room_operator', unit: 'MH-CR', side: 'outside' },
];

function mayUnmask(a: ActorDef | null): boolean {
  if (!a) return false;
  if (a.ioOfCase) return IO_OF_THE_CASE;
  return MAY_UNMASK[a.role]?.[a.side] === true;
}

// ————————————————————————————————————————————————————————————————————————————————————————
// The protected persons. Names that occur nowhere else in the demo data, nor inside common words.
// ————————————————————————————————————————————————————————————————————————————————————————
const VICTIM = { name: 'Tejaswini Wankhede', deva: 'तेजस्विनी वानखेडे', alias: 'Chinki', aliasDeva: 'चिंकी', phone: '+91 97301 46682' };
const CHILD = { name: 'Yashodhan Kumbhare', deva: 'यशोधन कुंभारे', alias: 'Pintya', aliasDeva: 'पिंट्या', phone: '098810-73419' };

type NeedleKind = 'name' | 'alias' | 'phone' | 'hash' | 'id';
interface Needle {
  key: string;
  /** What it is, for the report: "victim name", "child person id" … */
  group: string;
  kind: NeedleKind;
  /** Lower-case text, or the ten digits of a phone number. */
  text: string;
}

const digitsOf = (phone: string) => phone.replace(/\D/g, '').slice(-10);
const collapseDigits = (s: string) => s.replace(/(?<=\d)[\s\-().]+(?=\d)/g, '');

function textNeedles(who: string, p: typeof VICTIM): Needle[] {
  const out: Needle[] = [];
  for (const full of [p.name, p.deva]) {
    out.push({ key: `${who} name "${full}"`, group: `${who} name`, kind: 'name', text: full.toLowerCase() });
    for (const part of full.split(' ')) out.push({ key: `${who} name part "${part}"`, group: `${who} name`, kind: 'name', text: part.toLowerCase() });
  }
  for (const a of [p.alias, p.aliasDeva]) out.push({ key: `${who} alias "${a}"`, group: `${who} alias`, kind: 'alias', text: a.toLowerCase() });
  out.push({ key: `${who} phone ${digitsOf(p.phone)}`, group: `${who} phone`, kind: 'phone', text: digitsOf(p.phone) });
  return out;
}

/** Every forbidden string found in `s`. */
function findNeedles(s: string, needles: Needle[]): Needle[] {
  const lower = s.toLowerCase();
  const digits = collapseDigits(s);
  return needles.filter((n) => (n.kind === 'phone' ? digits.includes(n.text) : lower.includes(n.text)));
}

/** A real PNG (a photo is decoded and may be re-encoded by the store). */
const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 24, height: 24, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

function pdfText(pdf: Buffer): string {
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8', maxBuffer: 32 * 1024 * 1024 });
  if (out.error || out.status !== 0) throw new Error(`pdftotext failed (apt-get install -y poppler-utils): ${out.error ?? out.stderr}`);
  return out.stdout.replace(/\s+/g, ' ');
}

// ————————————————————————————————————————————————————————————————————————————————————————
// Calling the node and checking the answer.
// ————————————————————————————————————————————————————————————————————————————————————————
interface Req<M extends string = string, P extends string = string> {
  method: M;
  path: P;
  query?: Record<string, string | number>;
  body?: unknown;
  raw?: Buffer;
  contentType?: string;
  /** A search for a protected person's name, alias or phone: no hit at all, here or elsewhere, for one who may not unmask. */
  protectedSearch?: boolean;
}

interface Ans {
  status: number;
  /** JSON, or the bytes of a file. */
  body: unknown;
  headers: Record<string, unknown>;
}

/** A call's answer typed from its route (test/support/answers.ts); the test server checks every success against the route's schema. */
type TypedAns<M extends string, P extends string> = AnswerTo<M, P, Buffer>;
const typed = <M extends string, P extends string>(a: Ans) => a as TypedAns<M, P>;

interface Leak {
  route: string;
  actor: string;
  status: number;
  where: string;
  what: string;
  excerpt: string;
}

interface Fixture {
  firS: string;
  firB: string;
  firC: string | null;
  firOwn: Record<string, string>;
  complaintS: string;
  complaintOpen: string;
  complaintSpare: string;
  /** An NC report at her station whose informant is the child and whose substance names both; a spare one to convert. */
  ncS: string;
  ncSpare: string;
  gdVictim: string;
  victimId: string;
  childId: string;
  complainantSId: string;
  ordinaryA: string;
  ordinaryB: string;
  victimPhoto: string;
  childPhoto: string;
  /** The child's arrest memo on the sensitive case. */
  arrestS: string;
  markId: string;
  alertId: string;
  alertSpare: string;
  targetUserId: string;
  verification: string;
  /** The seizure memo of the sensitive case naming her, and its first item (sent to the FSL). */
  seizureS: string;
  itemS: string;
  phoneS: string;
  /** The court's judgment of the child on her case (IIF-6), and the result of his appeal (IIF-7). */
  disposalS: string;
  appealS: string;
  /** The charge sheet of her case (filed), and a closure of firB awaiting review. */
  reportS: string;
  closureB: string;
  userIds: Record<string, string>;
  /** Records made during the walk, read afterwards. */
  created: { firs: string[]; complaints: string[]; alerts: string[]; missing: string[]; bodies: string[]; ncReports: string[]; foundPersons: string[] };
  /**
   * Found alive: a child found bearing the child's name, his photo and marks, free text naming him;
   * a child found who cannot say who he is (named at the outcome); one of 17 when found, 18 on the day.
   */
  foundPersonChild: string;
  foundPersonSpare: string;
  foundPersonNear18: string;
  /** A missing-child report (an FIR at once) whose child bears the child's name, and its FIR. */
  missingChild: string;
  missingChildAt: string;
  missingAdult: string;
  /** A body identified as the child, its free text naming him; a body not yet identified; a missing child's report to identify it as. */
  bodyChild: string;
  bodyOpen: string;
  missingForBody: string;
  missingForBodyAt: string;
  /** A lost article report by the child, and property he handed in and had returned to him. */
  lostChild: string;
  foundChild: string;
  /**
   * Bearing the child's name, children on the date their record looks at but not on the day it is
   * made: missing at 17 and 18 when reported (by birth date; by birth date and an age of 18), and
   * bodies of the dead identified as a person of 17 at death, of unknown age in a body of 15–19,
   * and one entered as an adult (18 on the day of a complaint) who was 17 when found dead.
   */
  near18: { missing: string[]; bodies: string[]; complaint: string };
}

type RecipeCtx = { fx: Fixture; me: ActorDef | null; call: <M extends string, P extends string>(r: Req<M, P>) => Promise<TypedAns<M, P>> };
type Recipe = (x: RecipeCtx) => Promise<void>;

const own = (me: ActorDef | null) => me?.unit ?? 'MH-PUN-PS01';
const STAMP = { occurredFrom: '2026-07-01T20:00:00+05:30', infoReceivedAt: '2026-07-02T09:00:00+05:30' };
const ordinary = (name: string, extra: Record<string, unknown> = {}) => ({ person: { name, gender: 'male', age: 40, ...extra } });
function firBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    infoType: 'written',
    ...STAMP,
    place: { address: 'Near the weekly market' },
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: ordinary('Prabhakar Gaikwad'),
    briefFacts: 'The complainant states that his bicycle was stolen from outside the market.',
    ...over,
  };
}
/** A missing child bearing the child's name, described in words that name him (marks, clothes, place, circumstances). */
function missingChildBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    person: { name: CHILD.name, aliases: [CHILD.alias, CHILD.aliasDeva], age: 12, phones: [CHILD.phone], addresses: [{ line: 'Near the Kumbhare chawl, Gondhali lane' }] },
    description: {
      sex: 'male',
      heightCm: 140,
      marks: `Burn mark on the left hand; answers to ${CHILD.alias}`,
      clothes: `School uniform with the name tag ${CHILD.name}`,
      place: { address: `Near the Kumbhare chawl, Gondhali lane` },
    },
    lastSeenAt: '2026-07-01T18:00:00+05:30',
    informant: ordinary('Vitthal Jagtap'),
    informantRelation: 'neighbour',
    contacts: [{ name: `Mother of ${CHILD.alias}`, relation: 'mother', phone: CHILD.phone }],
    circumstances: `${CHILD.name} (${CHILD.deva}) went to the fair and did not come back.`,
    ...over,
  };
}
/** An unidentified body at the station whose free text names the child (his name tag, his school bag). */
function bodyBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    description: {
      sex: 'male',
      ageRange: { from: 10, to: 14 },
      marks: `Burn mark on the left hand; answers to ${CHILD.alias}`,
      clothes: `School uniform with the name tag ${CHILD.name}`,
      place: { address: 'Canal bank near the Kumbhare chawl' },
    },
    foundAt: '2026-07-02T06:00:00+05:30',
    informant: ordinary('Dattu Kale'),
    belongings: `School bag of ${CHILD.name} (${CHILD.deva})`,
    circumstances: `Found by the canal; the bag says ${CHILD.alias}.`,
    ...over,
  };
}
/** A lost article report at the station whose free text names the child (his bag, his name tag). */
function lostBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    informant: ordinary('Savita Jagtap'),
    lostAt: '2026-07-01T18:00:00+05:30',
    lostPlace: `Near the house of ${CHILD.name}, Kumbhare chawl`,
    articles: [{ kind: 'bag', description: `School bag with the name tag ${CHILD.name} (${CHILD.deva})` }],
    circumstances: `${CHILD.alias} says it was left on the bus.`,
    ...over,
  };
}
/** A child found alive at the station, named as the child, his photo and marks, free text naming him. */
function foundPersonBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    person: { name: CHILD.name, aliases: [CHILD.alias, CHILD.aliasDeva], phones: [CHILD.phone] },
    description: {
      sex: 'male',
      ageRange: { from: 10, to: 14 },
      marks: `Burn mark on the left hand; answers to ${CHILD.alias}`,
      clothes: `School uniform with the name tag ${CHILD.name}`,
      place: { address: 'Bus stand near the Kumbhare chawl' },
    },
    foundAt: '2026-07-02T06:00:00+05:30',
    foundBy: `Childline volunteer, who knew ${CHILD.alias}`,
    condition: `Frightened; says he is ${CHILD.name} (${CHILD.deva})`,
    circumstances: `Found alone at the bus stand; the bag says ${CHILD.alias}.`,
    ...over,
  };
}
/** Property found at the station, its description naming the child. */
function foundBody(stationCode: string, over: Record<string, unknown> = {}) {
  return {
    stationCode,
    article: { kind: 'bag', description: `School bag of ${CHILD.name} (${CHILD.alias})` },
    foundAt: '2026-07-01T08:00:00+05:30',
    foundPlace: `Bus stand near the school of ${CHILD.name}`,
    depositedBy: 'HC Sunil More',
    receivedBy: 'ASI Malkhana Jadhav',
    ...over,
  };
}
const sweepOrder = { date: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. 41/2026' };
/** A missing adult described in words of no one else: the body of the link and photo attacks. */
const SWEEP_ADULT = { person: { name: 'Sweep Missing', age: 30 }, description: { sex: 'male', place: { address: 'Ward 4' } }, contacts: [], circumstances: 'Left home after a quarrel.' };
/** The recording of the search in her house: it shows her. */
const RECORDING = Buffer.from(`\x00\x00\x00\x18ftypmp42 search at the house of ${VICTIM.name}`);
/** A seizure memo whose free text, witnesses and keeper name the victim and the child. */
function seizureBody(victimId: string, childId: string) {
  return {
    seizedAt: '2026-07-02T10:30:00+05:30',
    place: `House of ${VICTIM.name}, Gondhali lane`,
    searchOf: `Room of ${CHILD.name} (${CHILD.alias})`,
    seizedFrom: `${CHILD.deva}`,
    items: [
      { description: `Clothes worn by ${VICTIM.name} (${VICTIM.alias}) that night`, category: 'clothing', quantity: '3', sealNo: 'S-1', placeFound: `Bathroom of ${VICTIM.deva}` },
      { description: `Phone of ${CHILD.name}`, category: 'mobile_phone', quantity: '1', device: { make: `${CHILD.alias}'s Nokia`, imei: '490154203237518', sha256: 'a'.repeat(64) } },
    ],
    witnesses: [{ personId: victimId }, { personId: childId }, { name: `${VICTIM.name}'s mother`, address: `Gondhali lane, near ${CHILD.name}` }],
    video: { sha256: createHash('sha256').update(RECORDING).digest('hex'), size: RECORDING.length, description: `Search at ${VICTIM.name}'s house`, magistrate: `JMFC, case of ${VICTIM.alias}` },
    remarks: `${VICTIM.name} identified the clothes. ${VICTIM.deva} ने कपड़े पहचाने।`,
    depositedWith: { name: `HC More, uncle of ${VICTIM.name}`, designation: `Moharrir (${CHILD.alias})` },
  };
}
const VICTIM_TERMS = [VICTIM.name, VICTIM.deva, 'Wankhede', VICTIM.alias];
const CHILD_TERMS = [CHILD.name, CHILD.deva, 'Kumbhare', CHILD.alias];
/** The cases a write of the case file is tried on: hers, another at her station, and one of the caller's own station. */
const caseTargets = (fx: Fixture, me: ActorDef | null) => [fx.firS, fx.firB, fx.firOwn[own(me)]].filter((id): id is string => !!id);
const firIds = (fx: Fixture) => [fx.firS, fx.firB, ...(fx.firC ? [fx.firC] : []), ...Object.values(fx.firOwn), ...fx.created.firs];

/**
 * How to call each route, keyed as in the OpenAPI document. Write routes carry the attacks:
 * linking the victim and the child by id into records anywhere, their photo into an alert.
 */
const RECIPES: Record<string, Recipe> = {
  // Sign-in and this node.
  'GET /healthz': async ({ call }) => void (await call({ method: 'GET', path: '/healthz' })),
  'GET /api/v1/session': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/session' })),
  'POST /api/v1/auth/login': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/auth/login', body: { username: 'nobody.sweep', password: 'not-the-password-2026' } })),
  'POST /api/v1/auth/totp': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/auth/totp', body: { code: '123456' } })),
  'GET /api/v1/auth/enrolment': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/auth/enrolment' })),
  'POST /api/v1/auth/enrolment': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/auth/enrolment', body: { code: '123456' } })),
  'POST /api/v1/auth/password': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/auth/password', body: { newPassword: 'a-perfectly-fine-passphrase' } })),
  'POST /api/v1/auth/logout': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/auth/logout', body: {} })),
  'GET /api/v1/me': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/me' })),
  'PATCH /api/v1/me': async ({ call }) => void (await call({ method: 'PATCH', path: '/api/v1/me', body: { language: 'en' } })),
  // A wrong current password: the sweep's sessions must survive.
  'POST /api/v1/me/password': async ({ call }) =>
    void (await call({ method: 'POST', path: '/api/v1/me/password', body: { currentPassword: 'not-my-password-2026', newPassword: 'another-fine-passphrase-2026' } })),
  'GET /api/v1/me/audit': async ({ call }) => void (await pages(call, '/api/v1/me/audit', {})),
  'GET /api/v1/node': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/node' })),
  'POST /api/v1/node/sync': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/node/sync' })),
  'GET /api/v1/nodes': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/nodes' })),
  'POST /api/v1/nodes': async ({ call, me }) => void (await call({ method: 'POST', path: '/api/v1/nodes', body: { unitCode: own(me), label: 'sweep' } })),
  'POST /api/v1/nodes/{id}/revoke': async ({ call }) => void (await call({ method: 'POST', path: `/api/v1/nodes/${randomUUID()}/revoke`, body: { reason: 'sweep probe' } })),

  // Users and units.
  'GET /api/v1/users': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/users' })),
  'POST /api/v1/users': async ({ call, me }) =>
    void (await call({
      method: 'POST',
      path: '/api/v1/users',
      body: { username: `sweep.${randomUUID().slice(0, 8)}`, displayName: 'Sweep User', role: 'station_writer', unitCode: me?.unit.includes('-PS') ? me.unit : 'MH-PUN-PS01' },
    })),
  'GET /api/v1/users/{id}': async ({ call, fx }) => {
    for (const id of [fx.targetUserId, fx.userIds['io.pune1']!, fx.userIds['sho.pune2']!]) await call({ method: 'GET', path: `/api/v1/users/${id}` });
  },
  'POST /api/v1/users/{id}/disable': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/users/${fx.targetUserId}/disable`, body: { reason: 'sweep probe' } })),
  'POST /api/v1/users/{id}/enable': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/users/${fx.targetUserId}/enable`, body: { reason: 'sweep probe' } })),
  'POST /api/v1/users/{id}/reset': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/users/${fx.targetUserId}/reset`, body: { reason: 'sweep probe' } })),
  'POST /api/v1/users/{id}/unlock': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/users/${fx.targetUserId}/unlock`, body: { reason: 'sweep probe' } })),
  'GET /api/v1/roles': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/roles' })),
  'GET /api/v1/units': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/units' })),
  'GET /api/v1/stations': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/stations', query: { state: 'MH' } })),
  'GET /api/v1/stations/{code}/dashboard': async ({ call, me }) => {
    for (const code of new Set(['MH-PUN-PS01', 'MH-PUN-PS02', own(me)])) await call({ method: 'GET', path: `/api/v1/stations/${code}/dashboard` });
  },
  // Counts only, but swept over the protected records' station, its sub-division, district and State and the reader's own unit.
  'GET /api/v1/units/{code}/register-counts': async ({ call, me }) => {
    for (const code of new Set(['MH-PUN-PS01', 'MH-PUN-SD1', 'MH-PUN', 'MH', own(me)])) await call({ method: 'GET', path: `/api/v1/units/${code}/register-counts` });
  },
  'GET /api/v1/audit': async ({ call }) => {
    await pages(call, '/api/v1/audit', {});
    await call({ method: 'GET', path: '/api/v1/audit', query: { from: 'below', limit: 500 } });
  },

  // The law catalogue holds no personal data, but is swept like every route.
  'GET /api/v1/law/sections': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/law/sections', query: { q: '64' } })),
  'GET /api/v1/law/sections/{act}/{section}': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/law/sections/BNS/64' })),
  'POST /api/v1/law/sections/{act}/{section}/corrections': async ({ call }) =>
    void (await call({ method: 'POST', path: '/api/v1/law/sections/BNS/64/corrections', body: { changes: {}, reason: 'sweep probe', source: 'sweep' } })),
  'GET /api/v1/law/acts': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/law/acts' })),
  'GET /api/v1/investigation/codes': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/investigation/codes', query: { unit: 'MH-PUN-PS01' } })),

  // Complaints: link the victim and the child by id; convert a fresh complaint into an FIR naming them by id.
  'POST /api/v1/complaints': async ({ call, me, fx }) => {
    for (const personId of [fx.victimId, fx.childId]) {
      const a = await call({ method: 'POST', path: '/api/v1/complaints', body: { stationCode: own(me), complainant: { personId }, description: 'A quarrel over a water tap.', place: 'Ward 4' } });
      if (a.status === 201) fx.created.complaints.push(a.body.id);
    }
  },
  'GET /api/v1/complaints': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) await call({ method: 'GET', path: '/api/v1/complaints', query: { station, limit: 500 } });
  },
  'GET /api/v1/complaints/{id}': async ({ call, fx }) => {
    for (const id of [fx.complaintS, fx.complaintOpen, fx.near18.complaint, ...fx.created.complaints]) await call({ method: 'GET', path: `/api/v1/complaints/${id}` });
  },
  'POST /api/v1/complaints/{id}/assign': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: `/api/v1/complaints/${fx.complaintOpen}/assign`, body: { officerUserId: fx.userIds['io2.pune1'] } })),
  'POST /api/v1/complaints/{id}/close': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: `/api/v1/complaints/${fx.complaintOpen}/close`, body: { closure: 'disposed', note: 'Sweep: enquiry finished' } })),
  'POST /api/v1/complaints/{id}/convert': async ({ call, me, fx }) => {
    const c = await call({
      method: 'POST',
      path: '/api/v1/complaints',
      body: { stationCode: own(me), complainant: ordinary('Vasant Londhe'), description: 'Harassment near the school.', place: 'School road' },
    });
    const id = c.status === 201 ? c.body.id : fx.complaintSpare;
    const a = await call({
      method: 'POST',
      path: `/api/v1/complaints/${id}/convert`,
      body: firBody(own(me), { sections: [{ act: 'BNS', section: '64' }], victims: [{ personId: fx.victimId }], accused: [{ personId: fx.childId }], briefFacts: 'Registered on the complaint.' }),
    });
    if (a.status === 201) fx.created.firs.push(a.body.fir.id);
  },

  // Non-cognizable reports: link the victim and the child by id; search by their names; read, print and convert the child's report.
  'POST /api/v1/nc-reports': async ({ call, me, fx }) => {
    for (const [informant, accused] of [
      [{ personId: fx.victimId }, []],
      [ordinary('Shankar Jagtap'), [{ personId: fx.childId }]],
    ] as const) {
      const a = await call({
        method: 'POST',
        path: '/api/v1/nc-reports',
        body: { stationCode: own(me), informant, accused, substance: 'Abuse over a water tap.', place: 'Ward 4', sections: [{ act: 'BNS', section: '352' }], courtCode: 'MH-PUN-JMFC-BRM' },
      });
      if (a.status === 201) fx.created.ncReports.push(a.body.id);
    }
  },
  'GET /api/v1/nc-reports': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) await call({ method: 'GET', path: '/api/v1/nc-reports', query: { station, limit: 500 } });
    for (const informant of [CHILD.name, CHILD.alias, VICTIM.name]) await call({ method: 'GET', path: '/api/v1/nc-reports', query: { informant }, protectedSearch: true });
  },
  'GET /api/v1/nc-reports/{id}': async ({ call, fx }) => {
    for (const id of [fx.ncS, fx.ncSpare, ...fx.created.ncReports]) await call({ method: 'GET', path: `/api/v1/nc-reports/${id}` });
  },
  'POST /api/v1/nc-reports/{id}/convert': async ({ call, me, fx }) => {
    const order = { date: '2026-07-02', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Sweep order' };
    const fir = firBody(own(me), { sections: [{ act: 'BNS', section: '352' }], complainant: undefined, victims: [{ personId: fx.victimId }], accused: [{ personId: fx.childId }] });
    // The child's own report (its persons carried over), then the spare one naming them by id.
    for (const id of [fx.ncS, fx.ncSpare]) {
      const a = await call({ method: 'POST', path: `/api/v1/nc-reports/${id}/convert`, body: { order, fir } });
      if (a.status === 201) fx.created.firs.push(a.body.fir.id);
    }
  },
  'POST /api/v1/nc-diaries': async ({ call, me }) =>
    void (await call({ method: 'POST', path: '/api/v1/nc-diaries', body: { stationCode: own(me), from: '2026-06-16', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Sweep dispatch' } })),
  'GET /api/v1/nc-diaries/diary.pdf': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)]))
      for (const lang of ['en', 'hi']) await call({ method: 'GET', path: '/api/v1/nc-diaries/diary.pdf', query: { station, from: '2026-07-01', lang } });
  },

  // FIRs.
  'POST /api/v1/firs': async ({ call, me, fx }) => {
    // An ordinary case: the victim's and the child's protection must follow them into it.
    const a = await call({ method: 'POST', path: '/api/v1/firs', body: firBody(own(me), { victims: [{ personId: fx.victimId }], witnesses: [{ personId: fx.childId }] }) });
    if (a.status === 201) fx.created.firs.push(a.body.id);
  },
  'GET /api/v1/firs': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', 'MH-PUN-PS02', own(me)])) await call({ method: 'GET', path: '/api/v1/firs', query: { station, limit: 500 } });
  },
  'GET /api/v1/firs/{id}': async ({ call, fx }) => {
    for (const id of firIds(fx)) await call({ method: 'GET', path: `/api/v1/firs/${id}` });
  },
  'GET /api/v1/firs/{id}/versions': async ({ call, fx }) => {
    for (const id of firIds(fx)) await call({ method: 'GET', path: `/api/v1/firs/${id}/versions` });
  },
  'POST /api/v1/firs/{id}/amendments': async ({ call, me, fx }) => {
    for (const id of [fx.firS, fx.firB, fx.firOwn[own(me)]].filter(Boolean)) {
      await call({
        method: 'POST',
        path: `/api/v1/firs/${id}/amendments`,
        body: {
          reason: 'Sweep: a witness came forward',
          addPersons: [
            { role: 'witness', personId: fx.victimId },
            { role: 'witness', personId: fx.childId },
          ],
        },
      });
    }
  },
  'POST /api/v1/firs/{id}/efir-signature': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/firs/${fx.firS}/efir-signature`, body: {} })),
  // The ordinary FIR naming the child as a witness: its copy at the receiving station must not show him.
  'POST /api/v1/firs/{id}/transfer': async ({ call, fx }) => {
    const a = await call({ method: 'POST', path: `/api/v1/firs/${fx.firB}/transfer`, body: { toStationCode: 'MH-PUN-PS02', reason: 'Sweep: the offence occurred there' } });
    if (a.status === 200 && a.body.to) fx.created.firs.push(a.body.to.id);
  },
  'GET /api/v1/firs/{id}/copy.pdf': async ({ call, fx }) => {
    for (const [lang, forWhom] of [
      ['en', 'other'],
      ['hi', 'other'],
      ['en', 'informant'],
    ])
      await call({ method: 'GET', path: `/api/v1/firs/${fx.firS}/copy.pdf`, query: { lang: lang!, for: forWhom! } });
    for (const id of [fx.firB, ...(fx.firC ? [fx.firC] : [])]) await call({ method: 'GET', path: `/api/v1/firs/${id}/copy.pdf`, query: { lang: 'en' } });
  },
  'GET /api/v1/verify/{code}': async ({ call, fx }) => void (await call({ method: 'GET', path: `/api/v1/verify/${fx.verification}` })),

  // Case files: read every case; write diary entries naming the victim and the child, on her case and on others.
  'GET /api/v1/cases/{firId}': async ({ call, fx }) => {
    for (const id of firIds(fx)) await call({ method: 'GET', path: `/api/v1/cases/${id}` });
  },
  'GET /api/v1/cases/{firId}/diary': async ({ call, fx }) => {
    for (const id of firIds(fx)) await call({ method: 'GET', path: `/api/v1/cases/${id}/diary` });
  },
  // Never the sensitive case: its IO decides who may unmask (MAY_UNMASK is fixed for the sweep).
  'POST /api/v1/cases/{firId}/assignment': async ({ call, me, fx }) => {
    for (const id of [fx.firB, fx.firOwn[own(me)]].filter(Boolean))
      await call({ method: 'POST', path: `/api/v1/cases/${id}/assignment`, body: { ioUserId: fx.userIds['io2.pune1'], reason: `Sweep: ${VICTIM.name} asked for another officer` } });
  },
  // Never the sensitive case: a transfer releases its IO, who may unmask (MAY_UNMASK is fixed for the sweep).
  'POST /api/v1/cases/{firId}/transfer': async ({ call, me, fx }) => {
    const id = fx.firOwn[own(me)];
    if (id) await call({ method: 'POST', path: `/api/v1/cases/${id}/transfer`, body: { toStationCode: 'MH-NSK-PS01', reason: `Sweep: ${VICTIM.name} lives in Niphad` } });
  },
  'POST /api/v1/cases/{firId}/takeover': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: `/api/v1/cases/${fx.firS}/takeover`, body: { reason: `Sweep: the case of ${VICTIM.name} (${VICTIM.alias}) is taken over` } })),
  'POST /api/v1/cases/{firId}/diary': async ({ call, me, fx }) => {
    for (const id of [fx.firS, fx.firB, fx.firOwn[own(me)]].filter(Boolean))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/diary`,
        body: {
          beganAt: '2026-07-02T10:30:00+05:30',
          text: `Sweep: enquired about ${VICTIM.name} and ${CHILD.deva}.`,
          statements: [
            { personId: fx.victimId, text: 'Sweep statement.' },
            { personId: fx.childId, text: 'Sweep statement.' },
          ],
        },
      });
  },

  // Seizures and the property room: seize naming them, move and read her case's items; the registers of the stations.
  'POST /api/v1/cases/{firId}/seizures': async ({ call, me, fx }) => {
    for (const id of [fx.firS, fx.firB, fx.firOwn[own(me)]].filter(Boolean)) await call({ method: 'POST', path: `/api/v1/cases/${id}/seizures`, body: seizureBody(fx.victimId, fx.childId) });
  },
  'POST /api/v1/cases/{firId}/seizures/{seizureId}/recording': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: `/api/v1/cases/${fx.firS}/seizures/${fx.seizureS}/recording`, raw: RECORDING, contentType: 'video/mp4' })),
  'POST /api/v1/cases/{firId}/property/{itemId}/moves': async ({ call, fx }) => {
    // From where it is not (409, naming where it is), and back to the property room from the FSL.
    for (const kind of ['sent_to_fsl', 'returned_to_malkhana'])
      await call({
        method: 'POST',
        path: `/api/v1/cases/${fx.firS}/property/${fx.itemS}/moves`,
        body: {
          kind,
          at: '2026-07-02T10:50:00+05:30',
          handedBy: { name: `FSL clerk of ${VICTIM.name}` },
          receivedBy: { name: `Moharrir ${CHILD.name}` },
          destination: `RFSL, ${VICTIM.alias}`,
          note: `Sweep: ${VICTIM.deva}`,
        },
      });
  },
  'POST /api/v1/cases/{firId}/property/{itemId}/court-steps': async ({ call, fx }) => {
    for (const step of ['statement_prepared', 'disposal_ordered'])
      await call({
        method: 'POST',
        path: `/api/v1/cases/${fx.firS}/property/${fx.itemS}/court-steps`,
        body: { step, at: '2026-07-02T10:55:00+05:30', orderRef: `Order in the case of ${VICTIM.name}` },
      });
  },
  'GET /api/v1/cases/{firId}/seizures/{seizureId}/memo.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${fx.firS}/seizures/${fx.seizureS}/memo.pdf`, query: { lang } });
  },
  'GET /api/v1/cases/{firId}/seizures/{seizureId}/bsa63.pdf': async ({ call, fx }) => {
    for (const record of ['video', fx.phoneS, fx.itemS]) await call({ method: 'GET', path: `/api/v1/cases/${fx.firS}/seizures/${fx.seizureS}/bsa63.pdf`, query: { record, lang: 'hi' } });
  },
  'GET /api/v1/stations/{code}/property-room': async ({ call, me }) => {
    for (const code of new Set(['MH-PUN-PS01', 'MH-PUN-PS02', own(me)])) await call({ method: 'GET', path: `/api/v1/stations/${code}/property-room` });
  },
  'GET /api/v1/stations/{code}/property-room/{itemId}': async ({ call, fx }) => void (await call({ method: 'GET', path: `/api/v1/stations/MH-PUN-PS01/property-room/${fx.itemS}` })),
  // Crime details, final report and court: every write names the victim and the child (in text and by id), on her case and on others.
  'POST /api/v1/cases/{firId}/crime-details': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/crime-details`,
        body: {
          placeType: 'residence',
          moCodes: ['night'],
          remarks: `Sweep: ${VICTIM.name} (${VICTIM.alias}) and ${CHILD.deva}.`,
          properties: [{ description: `Phone of ${VICTIM.name}`, value: 100 }],
        },
      });
  },
  'GET /api/v1/cases/{firId}/similar': async ({ call, fx }) => {
    for (const id of firIds(fx)) await call({ method: 'GET', path: `/api/v1/cases/${id}/similar` });
  },
  'POST /api/v1/cases/{firId}/final-reports': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/final-reports`,
        body: {
          kind: 'charge_sheet',
          // The child by his accused code, as a reader to whom he is withheld names him; his custody is the record's.
          accused: [{ code: 'A1', status: 'in_custody', charged: true }],
          witnesses: [fx.victimId],
          sections: [{ act: 'BNS', section: '64' }],
          medicalReportAttached: true,
          documents: [{ description: `Sweep: statement of ${VICTIM.name}` }],
          exhibits: [{ itemId: fx.itemS }, { itemId: fx.phoneS }],
          courtCode: 'MH-PUN-SPL-POCSO',
          summary: `Sweep: ${CHILD.name} (${CHILD.alias}) and ${VICTIM.deva}.`,
        },
      });
  },
  'POST /api/v1/cases/{firId}/final-reports/{reportId}/review': async ({ call, fx }) => {
    for (const reportId of [fx.reportS, fx.closureB])
      await call({
        method: 'POST',
        path: `/api/v1/cases/${reportId === fx.reportS ? fx.firS : fx.firB}/final-reports/${reportId}/review`,
        body: { decision: 'returned', remarks: `Sweep: ask ${VICTIM.name} again` },
      });
  },
  'GET /api/v1/cases/{firId}/final-report.pdf': async ({ call, fx }) => {
    for (const id of firIds(fx)) for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${id}/final-report.pdf`, query: { lang } });
  },
  'GET /api/v1/cases/{firId}/crime-details.pdf': async ({ call, fx }) => {
    for (const id of firIds(fx)) for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${id}/crime-details.pdf`, query: { lang } });
  },
  'GET /api/v1/cases/{firId}/disposals/{disposalId}/form.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${fx.firS}/disposals/${fx.disposalS}/form.pdf`, query: { lang } });
  },
  'GET /api/v1/cases/{firId}/appeals/{appealId}/form.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${fx.firS}/appeals/${fx.appealS}/form.pdf`, query: { lang } });
  },
  'POST /api/v1/cases/{firId}/victim-progress': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/victim-progress`,
        body: { informedAt: '2026-07-02T10:40:00+05:30', means: 'in_person', personId: fx.victimId, note: `Sweep: told ${VICTIM.name}` },
      });
  },
  'POST /api/v1/cases/{firId}/forensic-visit': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({ method: 'POST', path: `/api/v1/cases/${id}/forensic-visit`, body: { visitedAt: '2026-07-02T10:20:00+05:30', team: `Sweep team at the house of ${VICTIM.name}` } });
  },
  'POST /api/v1/cases/{firId}/court-case': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({ method: 'POST', path: `/api/v1/cases/${id}/court-case`, body: { courtCode: 'MH-PUN-SPL-POCSO', courtCaseNo: `Sweep ${CHILD.alias}`, registeredOn: '2026-07-02' } });
  },
  'POST /api/v1/cases/{firId}/hearings': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me)) await call({ method: 'POST', path: `/api/v1/cases/${id}/hearings`, body: { date: '2026-07-02', purpose: `Sweep: evidence of ${VICTIM.name}` } });
  },
  'POST /api/v1/cases/{firId}/disposal': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/disposal`,
        body: {
          judgmentDate: '2026-07-02',
          outcomes: [{ personId: fx.childId, section: { act: 'BNS', section: '64' }, outcome: 'acquitted', sentence: `Sweep ${CHILD.alias}` }],
          remarks: `Sweep: ${VICTIM.deva}`,
        },
      });
  },
  'POST /api/v1/cases/{firId}/appeals': async ({ call, me, fx }) => {
    for (const id of caseTargets(fx, me))
      await call({
        method: 'POST',
        path: `/api/v1/cases/${id}/appeals`,
        body: {
          courtCode: 'MH-HC-BOM',
          appealNo: 'Sweep 1/2026',
          appellant: `Sweep: ${CHILD.name}`,
          filedOn: '2026-07-02',
          decidedOn: '2026-07-02',
          results: [{ personId: fx.childId, result: 'conviction_upheld' }],
          remarks: `Sweep: ${VICTIM.name}`,
        },
      });
  },

  // Arrests: memos of the child and the victim on her case and others, the child's production and custody, the lists of arrested persons.
  'POST /api/v1/cases/{firId}/arrests': async ({ call, me, fx }) => {
    for (const id of [fx.firS, fx.firB, fx.firOwn[own(me)]].filter(Boolean))
      for (const personId of [fx.childId, fx.victimId])
        await call({
          method: 'POST',
          path: `/api/v1/cases/${id}/arrests`,
          body: {
            personId,
            outcome: 'arrested_sent_up',
            at: '2026-07-02T10:40:00+05:30',
            place: `Sweep: the house of ${VICTIM.name}`,
            grounds: `Sweep: ${CHILD.name} named by ${VICTIM.alias}.`,
            personInformed: { name: `${CHILD.name}'s father`, relationship: 'father', phone: VICTIM.phone, informedAt: '2026-07-02T10:45:00+05:30' },
            attestingWitness: VICTIM.name,
          },
        });
  },
  'POST /api/v1/cases/{firId}/arrests/{arrestId}/production': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/cases/${fx.firS}/arrests/${fx.arrestS}/production`,
      body: { at: '2026-07-02T10:50:00+05:30', court: 'Juvenile Justice Board, Pune', magistrate: `Sweep: heard ${VICTIM.name}` },
    })),
  'POST /api/v1/cases/{firId}/arrests/{arrestId}/custody': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/cases/${fx.firS}/arrests/${fx.arrestS}/custody`,
      body: { kind: 'bail', from: '2026-07-02T10:55:00+05:30', court: 'Juvenile Justice Board, Pune', orderReference: `Sweep: bail of ${CHILD.name}` },
    })),
  'POST /api/v1/cases/{firId}/absconding': async ({ call, me, fx }) => {
    for (const id of [fx.firS, fx.firB, fx.firOwn[own(me)]].filter(Boolean))
      for (const personId of [fx.childId, fx.victimId])
        await call({
          method: 'POST',
          path: `/api/v1/cases/${id}/absconding`,
          body: { personId, since: '2026-07-02T10:58:00+05:30', note: `Sweep: ${CHILD.name} (${CHILD.alias}) not found at the house of ${VICTIM.name}.` },
        });
  },
  'GET /api/v1/cases/{firId}/arrests/{arrestId}/memo.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/cases/${fx.firS}/arrests/${fx.arrestS}/memo.pdf`, query: { lang } });
  },
  'GET /api/v1/arrested-persons': async ({ call, me }) => {
    for (const unit of new Set(['MH-PUN-PS01', 'MH-PUN', own(me)])) await call({ method: 'GET', path: '/api/v1/arrested-persons', query: { unit, from: '2026-07-01' } });
  },

  // General Diary.
  'GET /api/v1/gd': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', 'MH-PUN-PS02', own(me)])) await call({ method: 'GET', path: '/api/v1/gd', query: { station } });
  },
  'POST /api/v1/gd': async ({ call, me, fx }) =>
    void (await call({ method: 'POST', path: '/api/v1/gd', body: { stationCode: own(me), kind: 'information', text: 'Sweep: patrol returned to the station.', firId: fx.firS } })),
  'POST /api/v1/gd/corrections': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: '/api/v1/gd/corrections', body: { correctsId: fx.gdVictim, text: 'Sweep correction: the entry was made at 10:15.' } })),

  // Persons and person search.
  'GET /api/v1/persons/matches': async ({ call }) => {
    for (const name of [...VICTIM_TERMS, ...CHILD_TERMS]) await call({ method: 'GET', path: '/api/v1/persons/matches', query: { name }, protectedSearch: true });
  },
  'GET /api/v1/persons/{id}': async ({ call, fx }) => {
    for (const id of [fx.victimId, fx.childId, fx.complainantSId, fx.ordinaryA]) await call({ method: 'GET', path: `/api/v1/persons/${id}` });
  },
  'GET /api/v1/persons/{id}/same-as': async ({ call, fx }) => {
    for (const id of [fx.victimId, fx.childId, fx.ordinaryA]) await call({ method: 'GET', path: `/api/v1/persons/${id}/same-as` });
  },
  'POST /api/v1/persons/{id}/same-as': async ({ call, fx }) => {
    await call({ method: 'POST', path: `/api/v1/persons/${fx.ordinaryA}/same-as`, body: { personId: fx.victimId, reason: 'Sweep: same phone number' } });
    await call({ method: 'POST', path: `/api/v1/persons/${fx.childId}/same-as`, body: { personId: fx.ordinaryB, reason: 'Sweep: same phone number' } });
  },
  'POST /api/v1/same-person-marks/{id}/withdraw': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: `/api/v1/same-person-marks/${fx.markId}/withdraw`, body: { reason: 'Sweep: not the same person' } })),
  'GET /api/v1/search/persons': async ({ call }) => {
    for (const q of [...VICTIM_TERMS, ...CHILD_TERMS]) await call({ method: 'GET', path: '/api/v1/search/persons', query: { q }, protectedSearch: true });
  },
  'GET /api/v1/search/phones': async ({ call }) => {
    for (const q of [VICTIM.phone, digitsOf(VICTIM.phone), CHILD.phone, digitsOf(CHILD.phone)]) await call({ method: 'GET', path: '/api/v1/search/phones', query: { q }, protectedSearch: true });
  },
  'GET /api/v1/search/firs': async ({ call }) => {
    for (const text of [...VICTIM_TERMS, ...CHILD_TERMS, 'चिंकी']) await call({ method: 'GET', path: '/api/v1/search/firs', query: { text }, protectedSearch: true });
  },
  'GET /api/v1/search/vehicles': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/search/vehicles', query: { q: 'MH12AB1234' } })),
  // Stolen property answers carry no person; her case's seized phone is checked by its IMEI, and every station's register listed.
  'GET /api/v1/stolen-property/check': async ({ call }) => {
    for (const query of [{ imei: '490154203237518' }, { registration: 'MH12AB1234' }] as Record<string, string>[]) await call({ method: 'GET', path: '/api/v1/stolen-property/check', query });
  },
  'GET /api/v1/stations/{code}/stolen-property': async ({ call, me }) => {
    for (const code of new Set(['MH-PUN-PS01', 'MH-PUN-PS02', own(me)])) await call({ method: 'GET', path: `/api/v1/stations/${code}/stolen-property` });
  },
  // The child is an accused, arrested: every status, in her station, her district and the caller's own unit.
  'GET /api/v1/search/accused': async ({ call, me }) => {
    for (const unit of new Set(['MH-PUN-PS01', 'MH-PUN', own(me)]))
      for (const status of ACCUSED_SEARCH_STATUSES) await call({ method: 'GET', path: '/api/v1/search/accused', query: { unit, status } });
  },
  // Her case's seized items are described by her name and the child's: searched by them, and listed.
  'GET /api/v1/search/property': async ({ call, me }) => {
    for (const q of [...VICTIM_TERMS, ...CHILD_TERMS, 'चिंकी']) await call({ method: 'GET', path: '/api/v1/search/property', query: { q, unit: 'MH-PUN-PS01' }, protectedSearch: true });
    for (const unit of new Set(['MH-PUN-PS01', 'MH-PUN', own(me)]))
      for (const category of ['clothing', 'mobile_phone']) await call({ method: 'GET', path: '/api/v1/search/property', query: { unit, category } });
  },

  // Files.
  'POST /api/v1/attachments': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/attachments', raw: await png(10, 200, 30), contentType: 'image/png' })),
  // Missing persons: link the victim and the child by id as informant, their photos as the missing person's; read the missing child's report every way.
  'POST /api/v1/missing-persons': async ({ call, me, fx }) => {
    for (const informant of [{ personId: fx.victimId }, { personId: fx.childId }]) {
      const a = await call({ method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody(own(me), { ...SWEEP_ADULT, informant }) });
      if (a.status === 201) fx.created.missing.push(a.body.id);
    }
    for (const photoSha256 of [fx.victimPhoto, fx.childPhoto]) {
      const a = await call({
        method: 'POST',
        path: '/api/v1/missing-persons',
        body: missingChildBody(own(me), { ...SWEEP_ADULT, description: { sex: 'male', photoSha256, place: { address: 'Ward 4' } } }),
      });
      if (a.status === 201) fx.created.missing.push(a.body.id);
    }
  },
  'GET /api/v1/missing-persons': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) {
      await call({ method: 'GET', path: '/api/v1/missing-persons', query: { station, limit: 500 } });
      for (const name of [CHILD.name, CHILD.deva, CHILD.alias, VICTIM.name]) await call({ method: 'GET', path: '/api/v1/missing-persons', query: { station, name } });
    }
  },
  'GET /api/v1/missing-persons/{id}': async ({ call, fx }) => {
    for (const id of [fx.missingChild, fx.missingAdult, ...fx.near18.missing, ...fx.created.missing]) await call({ method: 'GET', path: `/api/v1/missing-persons/${id}` });
  },
  'GET /api/v1/missing-persons/{id}/report.pdf': async ({ call, fx }) => {
    for (const id of [fx.missingChild, fx.missingAdult, ...fx.near18.missing])
      for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/missing-persons/${id}/report.pdf`, query: { lang } });
  },
  'POST /api/v1/missing-persons/{id}/status': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/missing-persons/${fx.missingChild}/status`,
      body: { status: 'traced', at: fx.missingChildAt, note: `Sweep: ${CHILD.name} traced at the fair` },
    })),
  // Unidentified bodies: link the victim and the child by id as informant, their photos as the body's; identify a body as the child, by id and through a missing child's report; read the one identified as him every way.
  'POST /api/v1/unnatural-deaths': async ({ call, me, fx }) => {
    for (const informant of [{ personId: fx.victimId }, { personId: fx.childId }]) {
      const a = await call({ method: 'POST', path: '/api/v1/unnatural-deaths', body: bodyBody(own(me), { informant }) });
      if (a.status === 201) fx.created.bodies.push(a.body.id);
    }
    for (const photoSha256 of [fx.victimPhoto, fx.childPhoto]) {
      const a = await call({
        method: 'POST',
        path: '/api/v1/unnatural-deaths',
        body: bodyBody(own(me), { description: { sex: 'male', photoSha256, place: { address: 'Ward 4' } }, photos: [photoSha256] }),
      });
      if (a.status === 201) fx.created.bodies.push(a.body.id);
    }
  },
  'GET /api/v1/unnatural-deaths': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) await call({ method: 'GET', path: '/api/v1/unnatural-deaths', query: { station, limit: 500 } });
  },
  'GET /api/v1/unnatural-deaths/{id}': async ({ call, fx }) => {
    for (const id of [fx.bodyChild, fx.bodyOpen, ...fx.near18.bodies, ...fx.created.bodies]) await call({ method: 'GET', path: `/api/v1/unnatural-deaths/${id}` });
  },
  'GET /api/v1/unnatural-deaths/{id}/report.pdf': async ({ call, fx }) => {
    for (const id of [fx.bodyChild, fx.bodyOpen, ...fx.near18.bodies])
      for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/unnatural-deaths/${id}/report.pdf`, query: { lang } });
  },
  'POST /api/v1/unnatural-deaths/{id}/inquest': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/unnatural-deaths/${fx.bodyOpen}/inquest`,
      body: {
        heldBy: 'PSI Kiran Wagh',
        heldAt: fx.missingForBodyAt,
        witnesses: [`Father of ${CHILD.alias}`, 'Nandu Bhosale'],
        findings: `The body of ${CHILD.name}, by the name tag.`,
        forwardedTo: { designation: 'sub_divisional_magistrate' },
        forwardedAt: fx.missingForBodyAt,
      },
    })),
  'POST /api/v1/unnatural-deaths/{id}/post-mortem': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/unnatural-deaths/${fx.bodyOpen}/post-mortem`,
      body: { hospital: 'Rural Hospital, Baramati', number: 'PM/1/2026', conductedAt: fx.missingForBodyAt, causeOfDeath: `Drowning (${CHILD.alias})` },
    })),
  'POST /api/v1/unnatural-deaths/{id}/identify': async ({ call, fx }) => {
    for (const person of [{ personId: fx.victimId }, { personId: fx.childId }])
      await call({ method: 'POST', path: `/api/v1/unnatural-deaths/${fx.bodyOpen}/identify`, body: { person, at: fx.missingForBodyAt, note: 'Sweep: identified by a relative.' } });
    await call({
      method: 'POST',
      path: `/api/v1/unnatural-deaths/${fx.bodyOpen}/identify`,
      body: { missingPersonId: fx.missingForBody, at: fx.missingForBodyAt, note: 'Sweep: identified by the mother.' },
    });
  },
  // Lost and found property: link the victim and the child by id as informant, finder and claimant; read the child's report and receipt every way.
  'POST /api/v1/lost-reports': async ({ call, me, fx }) => {
    for (const informant of [{ personId: fx.victimId }, { personId: fx.childId }]) await call({ method: 'POST', path: '/api/v1/lost-reports', body: lostBody(own(me), { informant }) });
  },
  'GET /api/v1/lost-reports': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)]))
      for (const status of ['lost', 'found']) await call({ method: 'GET', path: '/api/v1/lost-reports', query: { station, status, limit: 500 } });
  },
  'GET /api/v1/lost-reports/{id}': async ({ call, fx }) => void (await call({ method: 'GET', path: `/api/v1/lost-reports/${fx.lostChild}` })),
  'GET /api/v1/lost-reports/{id}/report.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/lost-reports/${fx.lostChild}/report.pdf`, query: { lang } });
  },
  'POST /api/v1/lost-reports/{id}/convert': async ({ call, fx, me }) =>
    void (await call({ method: 'POST', path: `/api/v1/lost-reports/${fx.lostChild}/convert`, body: { fir: firBody(own(me), { briefFacts: `The bag of ${CHILD.name} was stolen.` }) } })),
  'POST /api/v1/found-property': async ({ call, me, fx }) => {
    for (const handedInBy of [{ personId: fx.victimId }, { personId: fx.childId }]) await call({ method: 'POST', path: '/api/v1/found-property', body: foundBody(own(me), { handedInBy }) });
  },
  'GET /api/v1/found-property': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) await call({ method: 'GET', path: '/api/v1/found-property', query: { station, limit: 500 } });
  },
  'GET /api/v1/found-property/{id}': async ({ call, fx }) => void (await call({ method: 'GET', path: `/api/v1/found-property/${fx.foundChild}` })),
  'GET /api/v1/found-property/{id}/receipt.pdf': async ({ call, fx }) => {
    for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/found-property/${fx.foundChild}/receipt.pdf`, query: { lang } });
  },
  'POST /api/v1/found-property/{id}/magistrate-report': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/found-property/${fx.foundChild}/magistrate-report`,
      body: { courtCode: 'MH-PUN-JMFC-BRM', reportedOn: '2026-07-01', reference: `About ${CHILD.name}` },
    })),
  'POST /api/v1/found-property/{id}/claim': async ({ call, fx }) => {
    for (const claimant of [{ personId: fx.victimId }, { personId: fx.childId }])
      await call({
        method: 'POST',
        path: `/api/v1/found-property/${fx.foundChild}/claim`,
        body: { claimant, at: fx.missingForBodyAt, identity: { document: 'School ID', number: '7' }, proof: `The bag says ${CHILD.name}`, order: sweepOrder, handedBy: 'ASI Malkhana Jadhav' },
      });
  },
  'POST /api/v1/found-property/{id}/dispose': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/found-property/${fx.foundChild}/dispose`,
      body: { at: fx.missingForBodyAt, ground: 'owner_benefit', order: sweepOrder, manner: `Given to ${CHILD.alias}`, handedBy: 'ASI Malkhana Jadhav', receivedBy: 'Auctioneer' },
    })),
  // Matching: the candidates of the missing children and of the bodies whose free text names the child, read by everyone; pairs decided with reasons naming him.
  'GET /api/v1/missing-persons/{id}/match-candidates': async ({ call, fx }) => {
    for (const id of [fx.missingChild, fx.missingForBody, fx.missingAdult, ...fx.created.missing])
      await call({ method: 'GET', path: `/api/v1/missing-persons/${id}/match-candidates`, query: { limit: 50 } });
  },
  'GET /api/v1/unnatural-deaths/{id}/match-candidates': async ({ call, fx }) => {
    for (const id of [fx.bodyOpen, fx.bodyChild, ...fx.created.bodies]) await call({ method: 'GET', path: `/api/v1/unnatural-deaths/${id}/match-candidates`, query: { limit: 50 } });
  },
  // A candidate's photo, every report against every body both ways: the child's and the victim's photos are never served, whatever pair is asked.
  'GET /api/v1/missing-persons/{id}/match-candidates/{candidateId}/photo': async ({ call, fx }) => {
    for (const id of [fx.missingChild, fx.missingForBody, fx.missingAdult, ...fx.created.missing])
      for (const candidateId of [fx.bodyOpen, fx.bodyChild, ...fx.created.bodies]) await call({ method: 'GET', path: `/api/v1/missing-persons/${id}/match-candidates/${candidateId}/photo` });
  },
  'GET /api/v1/unnatural-deaths/{id}/match-candidates/{candidateId}/photo': async ({ call, fx }) => {
    for (const id of [fx.bodyOpen, fx.bodyChild, ...fx.created.bodies])
      for (const candidateId of [fx.missingChild, fx.missingForBody, fx.missingAdult, ...fx.created.missing])
        await call({ method: 'GET', path: `/api/v1/unnatural-deaths/${id}/match-candidates/${candidateId}/photo` });
  },
  'POST /api/v1/matches/confirm': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: '/api/v1/matches/confirm',
      body: { missingPersonId: fx.missingForBody, unnaturalDeathId: fx.bodyOpen, reason: `Sweep: ${CHILD.name} (${CHILD.alias}) recognised by his mother` },
    })),
  'POST /api/v1/matches/reject': async ({ call, fx }) =>
    void (await call({ method: 'POST', path: '/api/v1/matches/reject', body: { missingPersonId: fx.missingChild, unnaturalDeathId: fx.bodyOpen, reason: `Sweep: not ${CHILD.name}, another boy` } })),
  // Found persons: register children found bearing his name and text naming him, offer the victim's and the child's photos for an entry, read them every way, place and conclude them with text naming him.
  'POST /api/v1/found-persons': async ({ call, fx }) => {
    // At her station: the writer registers a child he may not see (the answer masked), outsiders are refused.
    const a = await call({ method: 'POST', path: '/api/v1/found-persons', body: foundPersonBody('MH-PUN-PS01') });
    if (a.status === 201) fx.created.foundPersons.push(a.body.id);
    // A protected person's photo is never reused for an entry, whoever registers it.
    for (const photoSha256 of [fx.victimPhoto, fx.childPhoto]) {
      const b = await call({
        method: 'POST',
        path: '/api/v1/found-persons',
        body: foundPersonBody('MH-PUN-PS01', { person: undefined, description: { sex: 'male', ageRange: { from: 30, to: 40 }, photoSha256, place: { address: 'Ward 4' } } }),
      });
      if (b.status === 201) fx.created.foundPersons.push(b.body.id);
    }
  },
  'GET /api/v1/found-persons': async ({ call, me }) => {
    for (const station of new Set(['MH-PUN-PS01', own(me)])) {
      await call({ method: 'GET', path: '/api/v1/found-persons', query: { station, limit: 500 } });
      await call({ method: 'GET', path: '/api/v1/found-persons', query: { station, child: 'true' } });
    }
  },
  'GET /api/v1/found-persons/{id}': async ({ call, fx }) => {
    for (const id of [fx.foundPersonChild, fx.foundPersonSpare, fx.foundPersonNear18, ...fx.created.foundPersons]) await call({ method: 'GET', path: `/api/v1/found-persons/${id}` });
  },
  'GET /api/v1/found-persons/{id}/report.pdf': async ({ call, fx }) => {
    for (const id of [fx.foundPersonChild, fx.foundPersonSpare, fx.foundPersonNear18])
      for (const lang of ['en', 'hi']) await call({ method: 'GET', path: `/api/v1/found-persons/${id}/report.pdf`, query: { lang } });
  },
  'POST /api/v1/found-persons/{id}/placement': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: `/api/v1/found-persons/${fx.foundPersonChild}/placement`,
      body: { kind: 'family', name: `Mother of ${CHILD.name} (${CHILD.alias})`, at: fx.missingForBodyAt, note: `Sweep: ${CHILD.name} with his mother` },
    })),
  'POST /api/v1/found-persons/{id}/outcome': async ({ call, fx }) => {
    await call({
      method: 'POST',
      path: `/api/v1/found-persons/${fx.foundPersonSpare}/outcome`,
      body: { outcome: 'identified', at: fx.missingForBodyAt, person: { name: CHILD.name, aliases: [CHILD.alias], phones: [CHILD.phone] }, note: `Sweep: he is ${CHILD.name}` },
    });
    await call({
      method: 'POST',
      path: `/api/v1/found-persons/${fx.foundPersonChild}/outcome`,
      body: { outcome: 'restored', at: fx.missingForBodyAt, restoredTo: `Mother of ${CHILD.alias}`, note: `Sweep: ${CHILD.name} restored` },
    });
  },
  'GET /api/v1/found-persons/{id}/match-candidates': async ({ call, fx }) => {
    for (const id of [fx.foundPersonChild, fx.foundPersonSpare, fx.foundPersonNear18, ...fx.created.foundPersons])
      await call({ method: 'GET', path: `/api/v1/found-persons/${id}/match-candidates`, query: { limit: 50 } });
  },
  'POST /api/v1/matches/found-persons/confirm': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: '/api/v1/matches/found-persons/confirm',
      body: { missingPersonId: fx.missingChild, foundPersonId: fx.foundPersonChild, reason: `Sweep: ${CHILD.name} (${CHILD.alias}) recognised by his mother` },
    })),
  'POST /api/v1/matches/found-persons/reject': async ({ call, fx }) =>
    void (await call({
      method: 'POST',
      path: '/api/v1/matches/found-persons/reject',
      body: { missingPersonId: fx.missingAdult, foundPersonId: fx.foundPersonSpare, reason: `Sweep: not ${CHILD.name}, another boy` },
    })),
  'GET /api/v1/attachments/{sha256}': async ({ call, fx }) => {
    for (const sha of [fx.victimPhoto, fx.childPhoto]) await call({ method: 'GET', path: `/api/v1/attachments/${sha}` });
  },

  // Alerts: an alert carrying the victim's photo would hand it to every station beneath.
  'GET /api/v1/alerts': async ({ call }) => void (await call({ method: 'GET', path: '/api/v1/alerts', query: { status: 'all' } })),
  'POST /api/v1/alerts': async ({ call, fx }) => {
    const a = await call({
      method: 'POST',
      path: '/api/v1/alerts',
      body: { kind: 'missing_person', title: 'Sweep: girl missing', details: 'Last seen near the bus stand.', photoSha256: fx.victimPhoto },
    });
    if (a.status === 201) fx.created.alerts.push(a.body.id);
  },
  'POST /api/v1/alerts/photos': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/alerts/photos', raw: await png(200, 10, 30), contentType: 'image/png' })),
  'GET /api/v1/alerts/{id}/photo': async ({ call, fx }) => {
    for (const id of [fx.alertId, ...fx.created.alerts]) await call({ method: 'GET', path: `/api/v1/alerts/${id}/photo` });
  },
  'POST /api/v1/alerts/{id}/withdraw': async ({ call, fx }) => void (await call({ method: 'POST', path: `/api/v1/alerts/${fx.alertSpare}/withdraw`, body: { reason: 'Sweep: found' } })),

  // Node-to-node sync: signed by nodes, not people; a user's call must be refused without a word of the records.
  'POST /api/v1/sync/enrol': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/enrol', body: {} })),
  'POST /api/v1/sync/hello': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/hello', body: {} })),
  'POST /api/v1/sync/push': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/push', body: {} })),
  'POST /api/v1/sync/audit': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/audit', body: {} })),
  'POST /api/v1/sync/pull': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/pull', body: {} })),
  'POST /api/v1/sync/restore': async ({ call }) => void (await call({ method: 'POST', path: '/api/v1/sync/restore', body: {} })),
  'POST /api/v1/sync/blobs/status': async ({ call, fx }) => void (await call({ method: 'POST', path: '/api/v1/sync/blobs/status', body: { sha256: [fx.victimPhoto] } })),
  'PUT /api/v1/sync/blobs/{sha}': async ({ call, fx }) =>
    void (await call({ method: 'PUT', path: `/api/v1/sync/blobs/${fx.victimPhoto}`, raw: Buffer.from('x'), contentType: 'application/octet-stream' })),
  'GET /api/v1/sync/blobs/{sha}': async ({ call, fx }) => {
    for (const sha of [fx.victimPhoto, fx.childPhoto]) await call({ method: 'GET', path: `/api/v1/sync/blobs/${sha}` });
  },
};

/** Writes that change what later writes act on run last. */
const LAST = new Set(['POST /api/v1/firs/{id}/transfer']);

/** An audit trail, every page of it. */
async function pages(call: RecipeCtx['call'], path: '/api/v1/audit' | '/api/v1/me/audit', query: Record<string, string | number>) {
  let before: number | undefined;
  for (let i = 0; i < 100; i++) {
    const a = await call({ method: 'GET', path, query: { ...query, limit: 500, ...(before ? { before } : {}) } });
    const entries = a.status === 200 ? (a.body.entries as { seq: number }[]) : [];
    if (entries.length < 500) return;
    before = entries.at(-1)!.seq;
  }
}

describe(`protected identities never leave the case: every route × every role (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-02T05:30:00Z'); // 11:00 IST
  const tokens = new Map<string, string>();
  const leaks: Leak[] = [];
  /** Forbidden strings each actor has sent: they may find them again in their own audit entries. */
  const sent = new Map<string, Set<string>>();
  let needles: Needle[] = [];
  let photoHashes = new Set<string>();
  let fx: Fixture;
  let routes: string[] = [];
  let calls = 0;
  let injectMs = 0;
  const routeMs = new Map<string, number>();

  async function send(actor: ActorDef | null, r: Req): Promise<{ ans: Ans; raw: Buffer }> {
    const qs = r.query ? '?' + new URLSearchParams(Object.entries(r.query).map(([k, v]) => [k, String(v)])).toString() : '';
    const headers: Record<string, string> = {};
    if (actor) headers.authorization = `Bearer ${tokens.get(actor.username)}`;
    let payload: string | Buffer | undefined;
    if (r.raw) {
      payload = r.raw;
      headers['content-type'] = r.contentType ?? 'application/octet-stream';
    } else if (r.body !== undefined) {
      payload = JSON.stringify(r.body);
      headers['content-type'] = 'application/json';
    }
    const t0 = performance.now();
    const res = await server.app.inject({ method: r.method as InjectOptions['method'], url: r.path + qs, headers, payload, remoteAddress: '10.7.7.7' });
    calls++;
    injectMs += performance.now() - t0;
    const raw = res.rawPayload;
    const ct = String(res.headers['content-type'] ?? '');
    const body = ct.includes('json') && raw.length ? JSON.parse(raw.toString('utf8')) : raw;
    return { ans: { status: res.statusCode, body, headers: res.headers as Record<string, unknown> }, raw };
  }

  /** One call, its answer checked for every forbidden string the caller may not have. */
  async function checkedCall(route: string, actor: ActorDef | null, r: Req): Promise<Ans> {
    const { ans, raw } = await send(actor, r);
    const who = actor?.username ?? '(anonymous)';
    const requestText = `${r.path} ${JSON.stringify(r.query ?? {})} ${r.body === undefined ? '' : JSON.stringify(r.body)}`;
    const echo = new Set(findNeedles(requestText, needles).map((n) => n.key));
    const mine = sent.get(who) ?? new Set<string>();
    for (const k of echo) mine.add(k);
    sent.set(who, mine);
    if (mayUnmask(actor)) return ans;
    const searchTermsAllowed = actor ? MAY_UNMASK[actor.role]?.auditSearchTerms === true : false;
    const report = (where: string, n: Needle, text: string) => {
      const i = n.kind === 'phone' ? -1 : text.toLowerCase().indexOf(n.text);
      leaks.push({ route, actor: who, status: ans.status, where, what: n.group, excerpt: i >= 0 ? text.slice(Math.max(0, i - 60), i + n.text.length + 60) : text.slice(0, 160) });
    };
    const check = (where: string, text: string, ctx: { ownEntry?: boolean; searchEntry?: boolean } = {}) => {
      for (const n of findNeedles(text, needles)) {
        if (echo.has(n.key)) continue;
        if (ctx.ownEntry && mine.has(n.key)) continue;
        if (ctx.searchEntry && searchTermsAllowed && (n.kind === 'name' || n.kind === 'alias' || n.kind === 'phone')) continue;
        report(where, n, text);
      }
    };
    for (const [k, v] of Object.entries(ans.headers)) check(`header ${k}`, String(v));
    const ct = String(ans.headers['content-type'] ?? '');
    if (Buffer.isBuffer(ans.body)) {
      if (photoHashes.has(createHash('sha256').update(raw).digest('hex'))) {
        leaks.push({ route, actor: who, status: ans.status, where: 'body (file)', what: 'protected photo served', excerpt: `${raw.length} bytes of ${ct}` });
      }
      if (ct.includes('application/pdf')) check('PDF text', pdfText(raw));
      else check('body', raw.toString('utf8'));
    } else {
      walk(ans.body, '$', {}, check);
    }
    if (r.protectedSearch && ans.status === 200 && typeof ans.body === 'object' && ans.body !== null) {
      const fields = new Map(Object.entries(ans.body));
      const hits = ['results', 'matches', 'elsewhere'].flatMap((k) => {
        const v = fields.get(k);
        return Array.isArray(v) ? v : [];
      });
      if (hits.length)
        leaks.push({
          route,
          actor: who,
          status: ans.status,
          where: 'search answer',
          what: `hit for a protected term (${r.query ? Object.values(r.query).join(' ') : ''})`,
          excerpt: JSON.stringify(hits).slice(0, 200),
        });
    }
    return ans;
  }

  /** Every string of a JSON answer (keys too), with its path; audit entries marked as the caller's own or a search's. */
  function walk(
    v: unknown,
    path: string,
    ctx: { ownEntry?: boolean; searchEntry?: boolean },
    check: (where: string, text: string, ctx: { ownEntry?: boolean; searchEntry?: boolean }) => void,
    me?: string,
  ) {
    if (typeof v === 'string') return check(`body ${path}`, v, ctx);
    if (typeof v === 'number') return check(`body ${path}`, String(v), ctx);
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`, ctx, check, me));
    if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      let c = ctx;
      if (typeof o.action === 'string' && typeof o.seq === 'number' && 'actor' in o) {
        c = { ownEntry: currentActor !== null && o.actor === currentActor, searchEntry: o.action.startsWith('search.') };
      }
      for (const [k, x] of Object.entries(o)) {
        check(`body ${path} (key)`, k, c);
        walk(x, `${path}.${k}`, c, check, me);
      }
    }
  }
  let currentActor: string | null = null;

  const actorNamed = (u: string) => ACTORS.find((a) => a.username === u)!;
  /** A fixture step through the API, its answer checked like the walk's. */
  async function as<M extends string, P extends string, E extends number | undefined = undefined>(
    username: string,
    r: Req<M, P>,
    expect?: E,
  ): Promise<E extends ErrorStatus ? Refusal : E extends number ? Success<TypedAns<M, P>> : TypedAns<M, P>> {
    currentActor = username;
    const a = await checkedCall(`fixture ${r.method} ${r.path.replace(/[0-9a-f-]{36}/g, '{id}')}`, actorNamed(username), r);
    if (expect !== undefined) assert.equal(a.status, expect, `${username} ${r.method} ${r.path}: ${JSON.stringify(a.body).slice(0, 400)}`);
    // The status asserted above is the one the return type names.
    return a as E extends ErrorStatus ? Refusal : E extends number ? Success<TypedAns<M, P>> : TypedAns<M, P>;
  }

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const { node } = server;
    assert.ok(await node.units.get('DL'), 'the reference units include the state of Delhi');
    needles = [...textNeedles('victim', VICTIM), ...textNeedles('child', CHILD)];
    const passwordHash = await hashPassword('sweep-password-2026-unused');
    const extras = [...ACTORS.filter((a) => a.extra), { username: 'target.pune1', role: 'station_writer', unit: 'MH-PUN-PS01' }];
    for (const a of extras) {
      await node.events.transaction((tx) =>
        node.users.create(
          tx,
          {
            id: randomUUID(),
            username: a.username,
            displayName: `${a.username} (sweep)`,
            role: a.role as never,
            unitCode: a.unit,
            language: 'en',
            passwordHash,
            mustChangePassword: false,
            totpSecret: null,
          },
          'test',
        ),
      );
    }
    const userIds: Record<string, string> = {};
    for (const a of [...ACTORS, { username: 'target.pune1' }]) {
      const u = await node.users.byUsername(a.username);
      assert.ok(u, `no user ${a.username}`);
      userIds[a.username] = u.id;
      tokens.set(a.username, (await node.tokens.create(u.id, 'sweep', null, 'test')).token);
    }

    // The photos, uploaded at the station.
    const vp = await as('writer.pune1', { method: 'POST', path: '/api/v1/attachments', raw: await png(180, 40, 90), contentType: 'image/png' }, 201);
    const cp = await as('writer.pune1', { method: 'POST', path: '/api/v1/attachments', raw: await png(40, 90, 180), contentType: 'image/png' }, 201);
    const victimPhoto: string = vp.body.sha256;
    const childPhoto: string = cp.body.sha256;
    needles.push({ key: 'victim photo hash', group: 'victim photo hash', kind: 'hash', text: victimPhoto }, { key: 'child photo hash', group: 'child photo hash', kind: 'hash', text: childPhoto });
    photoHashes = new Set([victimPhoto, childPhoto]);

    // The complaint naming her, converted into the FIR.
    const facts =
      `The complainant states that on the night of 1 July her niece ${VICTIM.name} alias ${VICTIM.alias}, aged 16, was raped behind the ST stand by ${CHILD.name} alias ${CHILD.alias}, aged 15, of the same lane. ` +
      `शिकायतकर्ता ने बताया कि उसकी भतीजी ${VICTIM.deva} (${VICTIM.aliasDeva}) के साथ ${CHILD.deva} (${CHILD.aliasDeva}) ने दुष्कर्म किया।`;
    const complaint = await as(
      'writer.pune1',
      {
        method: 'POST',
        path: '/api/v1/complaints',
        body: {
          stationCode: 'MH-PUN-PS01',
          complainant: { person: { name: 'Radhabai Kokate', relativeName: 'Shankar Kokate', relativeKind: 'husband', gender: 'female', age: 44, phones: ['+91 94220 55170'] } },
          description: facts,
          place: 'Behind the ST stand, Baramati',
          occurredFrom: STAMP.occurredFrom,
          sectionsAlleged: [{ act: 'BNS', section: '64' }],
        },
      },
      201,
    );
    const conv = await as(
      'sho.pune1',
      {
        method: 'POST',
        path: `/api/v1/complaints/${complaint.body.id}/convert`,
        body: {
          stationCode: 'MH-PUN-PS01',
          infoType: 'written',
          ...STAMP,
          place: { address: 'Behind the ST stand, Baramati' },
          sections: [{ act: 'BNS', section: '64' }],
          // No complainant: a converted complaint's own is linked (the writer who took it never holds her id).
          victims: [
            { person: { name: VICTIM.name, aliases: [VICTIM.alias], gender: 'female', age: 16, phones: [VICTIM.phone], photoSha256: victimPhoto, addresses: [{ line: 'Gondhali lane, Baramati' }] } },
          ],
          accused: [
            { person: { name: CHILD.name, aliases: [CHILD.alias], gender: 'male', age: 15, phones: [CHILD.phone], photoSha256: childPhoto, relativeName: 'Ramesh Kumbhare', relativeKind: 'father' } },
          ],
          briefFacts: facts,
          ioUserId: userIds['io.pune1'],
        },
      },
      201,
    );
    const firS: string = conv.body.fir.id;
    assert.equal(conv.body.fir.sensitive, true, 'BNS 64 makes the case sensitive');
    const victimId: string = shown(conv.body.fir.victims[0]).id;
    const childId: string = shown(conv.body.fir.accused[0]).id;
    assert.ok(victimId && childId, 'the SHO sees the persons unmasked, with their ids');
    needles.push({ key: 'victim person id', group: 'victim person id', kind: 'id', text: victimId }, { key: 'child person id', group: 'child person id', kind: 'id', text: childId });

    const gd = await as(
      'writer.pune1',
      {
        method: 'POST',
        path: '/api/v1/gd',
        body: {
          stationCode: 'MH-PUN-PS01',
          kind: 'information',
          text: `Statement of the victim ${VICTIM.name} (${VICTIM.alias}) recorded at her home. पीड़िता ${VICTIM.deva} का बयान दर्ज किया गया।`,
          firId: firS,
        },
      },
      201,
    );
    await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/firs/${firS}/amendments`,
        body: { reason: `Age of ${VICTIM.name} confirmed from her school certificate`, addPersons: [{ role: 'witness', person: { name: 'Dnyaneshwar Salve', gender: 'male', age: 52 } }] },
      },
      200,
    );

    // The case diary of the sensitive case: the victim's statement, naming her and the child in both scripts.
    await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/cases/${firS}/diary`,
        body: {
          beganAt: '2026-07-02T10:00:00+05:30',
          places: [`House of ${VICTIM.name}, Gondhali lane`],
          text: `Met ${VICTIM.name} (${VICTIM.alias}) and her mother. ${CHILD.name} (${CHILD.alias}) was not at home. ${VICTIM.deva} का बयान।`,
          statements: [
            { personId: victimId, text: `I am ${VICTIM.name}; ${CHILD.name} followed me from the ST stand. मैं ${VICTIM.deva} हूँ।` },
            { name: `${VICTIM.name}'s mother`, text: `My daughter ${VICTIM.alias} came home crying.` },
          ],
        },
      },
      201,
    );

    // A seizure in the sensitive case: her clothes, the memo's free text, a witness and the parties name her and the child.
    const seized = await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/cases/${firS}/seizures`,
        body: seizureBody(victimId, childId),
      },
      201,
    );
    const moved = await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/cases/${firS}/property/${seized.body.items[0]!.id}/moves`,
        body: {
          kind: 'sent_to_fsl',
          at: '2026-07-02T10:45:00+05:30',
          receivedBy: { name: `${VICTIM.name}'s cousin, FSL clerk`, designation: `Clerk (${CHILD.deva})` },
          destination: `RFSL Pune, case of ${VICTIM.name}`,
          reference: `FSL letter on ${VICTIM.alias}`,
          note: `Clothes of ${VICTIM.deva}`,
        },
      },
      201,
    );
    // The child apprehended on the sensitive case: his memo's free text names him and the victim; his father's phone is his.
    const arrest = await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/cases/${firS}/arrests`,
        body: {
          personId: childId,
          outcome: 'arrested_sent_up',
          at: '2026-07-02T10:00:00+05:30',
          place: `Near the house of ${VICTIM.name}, Gondhali lane`,
          grounds: `Named by ${VICTIM.name}; ${CHILD.name} (${CHILD.alias}) followed her. ${CHILD.deva}`,
          personInformed: { name: 'Ramesh Kumbhare', relationship: 'father', phone: CHILD.phone, informedAt: '2026-07-02T10:15:00+05:30' },
          attestingWitness: 'Dnyaneshwar Salve',
        },
      },
      201,
    );
    assert.equal(moved.body.place, 'fsl');
    // Her case's crime details, forensic visit, progress told to her, charge sheet and course in
    // court: free text naming her and the child in both scripts, the child accused and her a witness.
    const step = <P extends string>(path: P, body: unknown, username = 'io.pune1') => as(username, { method: 'POST', path: `/api/v1/cases/${firS}/${path}` as const, body }, 201);
    await step('crime-details', {
      placeType: 'bus_stand',
      motive: 'sexual',
      moCodes: ['night', 'woman_alone', 'on_foot'],
      remarks: `${CHILD.name} (${CHILD.alias}) followed ${VICTIM.name} (${VICTIM.alias}) from the ST stand. ${VICTIM.deva}।`,
      properties: [{ description: `Mobile phone of ${VICTIM.name}`, value: 8000 }],
    });
    await step('forensic-visit', { visitedAt: '2026-07-02T10:30:00+05:30', team: 'Mobile forensic unit, Pune', note: `Visited the house of ${VICTIM.name}` });
    await step('victim-progress', {
      informedAt: '2026-07-02T10:45:00+05:30',
      means: 'in_person',
      personId: victimId,
      note: `Told ${VICTIM.name} (${VICTIM.aliasDeva}) that ${CHILD.alias} is in custody.`,
    });
    const charged = await step('final-reports', {
      kind: 'charge_sheet',
      accused: [{ personId: childId, status: 'in_custody', charged: true }],
      witnesses: [victimId],
      sections: [{ act: 'BNS', section: '64' }],
      medicalReportAttached: true,
      documents: [{ description: `Medical examination report of ${VICTIM.name}`, pages: 4 }],
      // Her clothes and the child's phone: their descriptions and the phone's chain (its custody sequence) name them.
      exhibits: seized.body.items.map((i: { id: string }) => ({ itemId: i.id })),
      courtCode: 'MH-PUN-SPL-POCSO',
      summary: `${CHILD.name} (${CHILD.alias}, ${CHILD.deva}) is sent up for trial for the rape of ${VICTIM.name} (${VICTIM.deva}).`,
    });
    await step('court-case', { courtCode: 'MH-PUN-SPL-POCSO', courtCaseNo: 'POCSO 4/2026', registeredOn: '2026-07-02' }, 'sho.pune1');
    await step('hearings', { date: '2026-07-02', purpose: `Evidence of ${VICTIM.name}`, nextDate: '2026-07-20' });
    const judged = await step('disposal', {
      judgmentDate: '2026-07-02',
      outcomes: [{ personId: childId, section: { act: 'BNS', section: '64' }, outcome: 'convicted', sentence: `${CHILD.alias}: to the special home for three years` }],
      remarks: `The evidence of ${VICTIM.name} was believed.`,
    });
    const appealed = await step('appeals', {
      courtCode: 'MH-HC-BOM',
      appealNo: 'Cri. Appeal 1/2026',
      appellant: `${CHILD.name} through his father`,
      filedOn: '2026-07-02',
      decidedOn: '2026-07-02',
      results: [{ personId: childId, result: 'conviction_upheld' }],
      remarks: `${VICTIM.deva} was heard.`,
    });

    // An ordinary FIR at the same station naming the child as a witness, and one at the next station (by its SHO, if the node lets him).
    const firB = await as(
      'sho.pune1',
      {
        method: 'POST',
        path: '/api/v1/firs',
        body: firBody('MH-PUN-PS01', { complainant: ordinary('Prabhakar Gaikwad'), accused: [ordinary('Santosh Waghmare')], witnesses: [{ personId: childId }] }),
      },
      201,
    );
    const firC = await as('sho.pune2', { method: 'POST', path: '/api/v1/firs', body: firBody('MH-PUN-PS02', { complainant: ordinary('Maruti Bhosale'), witnesses: [{ personId: childId }] }) });
    const firOwn: Record<string, string> = {};
    for (const [u, station] of [
      ['writer.pune2', 'MH-PUN-PS02'],
      ['sho.nashik1', 'MH-NSK-PS01'],
      ['writer.pune1', 'MH-PUN-PS01'],
    ] as const) {
      firOwn[station] = (await as(u, { method: 'POST', path: '/api/v1/firs', body: firBody(station, { complainant: ordinary('Eknath Pardeshi') }) }, 201)).body.id;
    }
    const complaintOpen = await as(
      'sho.pune1',
      {
        method: 'POST',
        path: '/api/v1/complaints',
        body: {
          stationCode: 'MH-PUN-PS01',
          complainant: ordinary('Kisan Ubale'),
          description: `Threats to the family of ${VICTIM.name} after the FIR was registered.`,
          place: 'Gondhali lane',
          sectionsAlleged: [{ act: 'BNS', section: '351(2)' }],
        },
      },
      201,
    );
    const complaintSpare = await as(
      'sho.pune1',
      { method: 'POST', path: '/api/v1/complaints', body: { stationCode: 'MH-PUN-PS01', complainant: ordinary('Ganpat Zende'), description: 'Noise at night.', place: 'Ward 2' } },
      201,
    );
    // The child reports an insult (non-cognizable) naming her; the SHO, who may see both, registers it.
    const ncBody = (informant: unknown, accused: unknown[], substance: string) => ({
      stationCode: 'MH-PUN-PS01',
      informant,
      accused,
      substance,
      place: `Gondhali lane, near the house of ${VICTIM.name}`,
      sections: [{ act: 'BNS', section: '352' }],
      courtCode: 'MH-PUN-JMFC-BRM',
    });
    const ncS = await as(
      'sho.pune1',
      {
        method: 'POST',
        path: '/api/v1/nc-reports',
        body: ncBody({ personId: childId }, [{ personId: victimId }], `${CHILD.name} (${CHILD.alias}) states that ${VICTIM.name} insulted him. ${CHILD.deva} ने बताया।`),
      },
      201,
    );
    const ncSpare = await as('sho.pune1', { method: 'POST', path: '/api/v1/nc-reports', body: ncBody(ordinary('Dnyaneshwar Kale'), [], 'A quarrel over a water tap.') }, 201);
    const fB = firB.body;
    const ordinaryA: string = shown(fB.complainant).id;
    const ordinaryB: string = shown(fB.accused[0]).id;
    // A closure of the ordinary FIR, naming her, awaiting the SDPO's or SP's approval (Maharashtra).
    await as('sho.pune1', { method: 'POST', path: `/api/v1/cases/${fB.id}/assignment`, body: { ioUserId: userIds['io.pune1'] } }, 200);
    const closureB = await as(
      'io.pune1',
      {
        method: 'POST',
        path: `/api/v1/cases/${fB.id}/final-reports`,
        body: {
          kind: 'closure_false',
          reason: `False: ${VICTIM.name} was not there`,
          accused: [{ personId: ordinaryB, status: 'not_sent_up', charged: false }],
          witnesses: [childId],
          courtCode: 'MH-PUN-CJM',
        },
      },
      201,
    );
    const mark = await as('sho.pune1', { method: 'POST', path: `/api/v1/persons/${ordinaryA}/same-as`, body: { personId: ordinaryB, reason: 'Same address and phone' } }, 201);
    const ap = await as('sp.pune', { method: 'POST', path: '/api/v1/alerts/photos', raw: await png(90, 90, 20), contentType: 'image/png' }, 201);
    const alert = await as(
      'sp.pune',
      { method: 'POST', path: '/api/v1/alerts', body: { kind: 'wanted_person', title: 'Chain snatcher', details: 'Seen on a red scooter.', photoSha256: ap.body.sha256 } },
      201,
    );
    const alertSpare = await as('sp.pune', { method: 'POST', path: '/api/v1/alerts', body: { kind: 'general', title: 'Festival bandobast', details: 'Extra patrols on the fair day.' } }, 201);
    // A missing child: an FIR of kidnapping at once, and an alert to every station of the State.
    const missingChild = await as('sho.pune1', { method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody('MH-PUN-PS01') }, 201);
    // A missing adult at her station whose report names the child in every free-text field (a neighbour's child, a witness).
    const missingAdult = await as('sho.pune1', { method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody('MH-PUN-PS01', { person: { name: 'Sakharam Dhotre', age: 45 } }) }, 201);

    // A body identified as the child (by his SHO), one not yet identified, and a missing child's report to identify it as.
    const bodyChild = await as('sho.pune1', { method: 'POST', path: '/api/v1/unnatural-deaths', body: bodyBody('MH-PUN-PS01') }, 201);
    const bodyOpen = await as('sho.pune1', { method: 'POST', path: '/api/v1/unnatural-deaths', body: bodyBody('MH-PUN-PS01') }, 201);
    const missingForBody = await as('sho.pune1', { method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody('MH-PUN-PS01') }, 201);
    await as(
      'sho.pune1',
      {
        method: 'POST',
        path: `/api/v1/unnatural-deaths/${bodyChild.body.id}/identify`,
        body: { person: { personId: childId }, at: missingForBody.body.reportedAt, note: `Identified as ${CHILD.name} (${CHILD.alias}) by his mother.` },
      },
      200,
    );
    // The child's own lost report, and a bag he handed in and had back on the Magistrate's order.
    const lostChild = await as('sho.pune1', { method: 'POST', path: '/api/v1/lost-reports', body: lostBody('MH-PUN-PS01', { informant: { personId: childId } }) }, 201);
    const foundChild = await as('sho.pune1', { method: 'POST', path: '/api/v1/found-property', body: foundBody('MH-PUN-PS01', { handedInBy: { personId: childId } }) }, 201);
    await as(
      'sho.pune1',
      {
        method: 'POST',
        path: `/api/v1/found-property/${foundChild.body.id}/claim`,
        body: {
          claimant: { personId: childId },
          at: missingForBody.body.reportedAt,
          identity: { document: 'School ID', number: `${CHILD.name} 7` },
          proof: `The name tag says ${CHILD.name}`,
          order: sweepOrder,
          handedBy: 'ASI Malkhana Jadhav',
        },
      },
      200,
    );

    // Children on the date that matters, 18 on the day (the clock's 2 July 2026 is the eighteenth birthday).
    const NEAR18 = { name: CHILD.name, aliases: [CHILD.alias, CHILD.aliasDeva], phones: [CHILD.phone], birthDate: '2008-07-02' };
    const near18Missing = [
      await as('sho.pune1', { method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody('MH-PUN-PS01', { person: NEAR18 }) }, 201),
      await as('sho.pune1', { method: 'POST', path: '/api/v1/missing-persons', body: missingChildBody('MH-PUN-PS01', { person: { ...NEAR18, age: 18 } }) }, 201),
    ];
    const foundAt = '2026-07-01T12:00:00+05:30';
    const near18Complaint = await as(
      'sho.pune1',
      { method: 'POST', path: '/api/v1/complaints', body: { stationCode: 'MH-PUN-PS01', complainant: { person: { ...NEAR18, gender: 'male' } }, description: 'A lost bicycle.', place: 'Ward 6' } },
      201,
    );
    const near18Adult = (await server.node.complaints.get(near18Complaint.body.id))!.complainantId;
    const near18Bodies: string[] = [];
    for (const [range, person] of [
      [{ from: 16, to: 20 }, { person: { ...NEAR18, gender: 'male' } }],
      [{ from: 15, to: 19 }, { person: { name: CHILD.name, aliases: [CHILD.alias, CHILD.aliasDeva], gender: 'male' } }],
      [{ from: 16, to: 20 }, { personId: near18Adult }],
    ] as const) {
      const b = await as(
        'sho.pune1',
        { method: 'POST', path: '/api/v1/unnatural-deaths', body: bodyBody('MH-PUN-PS01', { foundAt, description: { sex: 'male', ageRange: range, place: { address: 'Canal bank' } } }) },
        201,
      );
      await as('sho.pune1', { method: 'POST', path: `/api/v1/unnatural-deaths/${b.body.id}/identify`, body: { person, at: missingForBody.body.reportedAt, note: 'Identified by a relative.' } }, 200);
      near18Bodies.push(b.body.id);
    }

    // Children found alive: one named as the child, with his photo; one who cannot say who he is; one of 17 on the day found.
    const foundPersonChild = await as('sho.pune1', { method: 'POST', path: '/api/v1/found-persons', body: foundPersonBody('MH-PUN-PS01') }, 201);
    const foundPersonSpare = await as('sho.pune1', { method: 'POST', path: '/api/v1/found-persons', body: foundPersonBody('MH-PUN-PS01', { person: undefined }) }, 201);
    const foundPersonNear18 = await as(
      'sho.pune1',
      { method: 'POST', path: '/api/v1/found-persons', body: foundPersonBody('MH-PUN-PS01', { person: NEAR18, foundAt, description: { sex: 'male', place: { address: 'Ward 6' } } }) },
      201,
    );
    await as('sho.pune1', { method: 'POST', path: `/api/v1/found-persons/${foundPersonNear18.body.id}/placement`, body: { kind: 'family', name: `Uncle of ${CHILD.name}`, at: foundAt } }, 200);

    // Searches by others, so the audit trail holds her name as a search term; reads that audit her ids.
    await as('writer.pune2', { method: 'GET', path: '/api/v1/search/persons', query: { q: VICTIM.name }, protectedSearch: true });
    await as('sdpo.pune', { method: 'GET', path: '/api/v1/search/firs', query: { text: 'Wankhede' }, protectedSearch: true });
    await as('sho.nashik1', { method: 'GET', path: '/api/v1/search/phones', query: { q: digitsOf(VICTIM.phone) }, protectedSearch: true });
    await as('io2.pune1', { method: 'GET', path: '/api/v1/search/persons', query: { q: CHILD.alias }, protectedSearch: true });
    await as('sho.pune1', { method: 'GET', path: `/api/v1/persons/${victimId}` }, 200);
    await as('io.pune1', { method: 'GET', path: `/api/v1/attachments/${victimPhoto}` });

    const fir = (await node.firs.get(firS))!;
    fx = {
      firS,
      firB: fB.id,
      firC: firC.status === 201 ? firC.body.id : null,
      firOwn,
      complaintS: complaint.body.id,
      complaintOpen: complaintOpen.body.id,
      complaintSpare: complaintSpare.body.id,
      ncS: ncS.body.id,
      ncSpare: ncSpare.body.id,
      gdVictim: gd.body.id,
      victimId,
      childId,
      complainantSId: (await server.node.complaints.get(complaint.body.id))!.complainantId,
      ordinaryA,
      ordinaryB,
      victimPhoto,
      childPhoto,
      arrestS: arrest.body.arrests[0]!.id,
      markId: mark.body.id,
      alertId: alert.body.id,
      alertSpare: alertSpare.body.id,
      targetUserId: userIds['target.pune1']!,
      verification: verificationCode(node.secrets, fir),
      seizureS: seized.body.id,
      disposalS: judged.body.court.disposals[0]!.id,
      appealS: appealed.body.court.appeals[0]!.id,
      itemS: seized.body.items[0]!.id,
      phoneS: seized.body.items[1]!.id,
      reportS: charged.body.finalReports[0]!.id,
      closureB: closureB.body.finalReports[0]!.id,
      userIds,
      created: { firs: [missingChild.body.fir!.id, missingForBody.body.fir!.id], complaints: [], alerts: [], missing: [], bodies: [], ncReports: [], foundPersons: [] },
      foundPersonChild: foundPersonChild.body.id,
      foundPersonSpare: foundPersonSpare.body.id,
      foundPersonNear18: foundPersonNear18.body.id,
      missingChild: missingChild.body.id,
      missingChildAt: missingChild.body.reportedAt,
      missingAdult: missingAdult.body.id,
      bodyChild: bodyChild.body.id,
      bodyOpen: bodyOpen.body.id,
      missingForBody: missingForBody.body.id,
      missingForBodyAt: missingForBody.body.reportedAt,
      lostChild: lostChild.body.id,
      foundChild: foundChild.body.id,
      near18: { missing: near18Missing.map((m) => m.body.id), bodies: near18Bodies, complaint: near18Complaint.body.id },
    };

    const doc = await send(null, { method: 'GET', path: '/api/v1/openapi.json' });
    assert.equal(doc.ans.status, 200);
    routes = Object.entries(bodyOf(doc.ans, openApiPaths).paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`));
  });
  after(() => server?.close());

  test('the table says, for every role, whether it may unmask inside and outside', () => {
    for (const role of ROLES) {
      assert.ok(MAY_UNMASK[role], `role ${role} is missing from MAY_UNMASK: decide whether it may see protected identities inside and outside the station`);
      for (const side of ['inside', 'outside'] as const) {
        if (MAY_UNMASK[role]![side] === 'n/a') continue;
        assert.ok(
          ACTORS.some((a) => a.role === role && a.side === side && !a.ioOfCase),
          `no actor of role ${role} ${side} the station: add one to ACTORS`,
        );
      }
    }
    for (const role of Object.keys(MAY_UNMASK)) assert.ok((ROLES as readonly string[]).includes(role), `MAY_UNMASK names ${role}, which is not a role`);
    for (const a of ACTORS) assert.notEqual(MAY_UNMASK[a.role]?.[a.side], 'n/a', `${a.username} is ${a.side}, which the table says a ${a.role} cannot be`);
  });

  test('every route in the OpenAPI document has a recipe', () => {
    assert.ok(routes.length > 50, `only ${routes.length} routes in the OpenAPI document`);
    const missing = routes.filter((r) => !RECIPES[r]);
    assert.deepEqual(missing, [], `the sweep does not know how to call ${missing.join(', ')}: add a recipe to RECIPES`);
    const stale = Object.keys(RECIPES).filter((r) => !routes.includes(r));
    assert.deepEqual(stale, [], `recipes for routes that no longer exist: ${stale.join(', ')}`);
  });

  test('no answer to anyone who may not unmask names, reaches, or points to the victim or the child', async () => {
    const swept = routes.filter((r) => RECIPES[r]);
    const writes = swept.filter((r) => !r.startsWith('GET ')).sort((a, b) => Number(LAST.has(a)) - Number(LAST.has(b)));
    // Audit trails last, so that they hold every attempt of the walk.
    const reads = swept.filter((r) => r.startsWith('GET ')).sort((a, b) => Number(a.includes('/audit')) - Number(b.includes('/audit')));
    const callers: (ActorDef | null)[] = [...ACTORS, null];
    for (const route of [...writes, ...reads]) {
      const t0 = performance.now();
      for (const me of callers) {
        currentActor = me?.username ?? null;
        await RECIPES[route]!({ fx, me, call: async <M extends string, P extends string>(r: Req<M, P>) => typed<M, P>(await checkedCall(route, me, r)) });
      }
      routeMs.set(route, performance.now() - t0);
    }
    const byRoute = new Map<string, Leak[]>();
    for (const l of leaks) byRoute.set(l.route, [...(byRoute.get(l.route) ?? []), l]);
    const summary = (max: number) =>
      [...byRoute].map(([route, ls]) => {
        const kinds = new Map<string, Leak>();
        for (const l of ls) if (!kinds.has(`${l.where.replace(/\[\d+\]/g, '[]')} ← ${l.what}`)) kinds.set(`${l.where.replace(/\[\d+\]/g, '[]')} ← ${l.what}`, l);
        const actors = [...new Set(ls.map((l) => l.actor))].join(', ');
        const shown = [...kinds].slice(0, max).map(([k, l]) => `    ${k}  e.g. to ${l.actor} (${l.status}): …${l.excerpt.replace(/\s+/g, ' ').slice(0, 140)}…`);
        return `${route} (${ls.length} leaks; to ${actors})\n${shown.join('\n')}${kinds.size > max ? `\n    … and ${kinds.size - max} more kinds` : ''}`;
      });
    if (process.env.SWEEP_REPORT) {
      console.log(
        `${calls} calls, ${Math.round(injectMs)} ms in the node\n` +
          [...routeMs]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([r, ms]) => `  ${Math.round(ms)} ms ${r}`)
            .join('\n'),
      );
      console.log(summary(1000).join('\n'));
    }
    const lines = summary(15);
    assert.equal(leaks.length, 0, `protected identities reached callers who may not unmask them:\n${lines.join('\n')}`);
  });
});
