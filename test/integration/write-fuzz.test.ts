/**
 * Property-based fuzzing of every write operation, generated from its zod schema
 * (test/support/zod-arbitrary.ts), sent by a user who may perform it. For every request:
 *  1. never a 5xx;
 *  2. a refusal (4xx) changes no row of the records: the events and every table read from them;
 *  3. an accepted body reads back equal, after the documented normalisation (the schema's own
 *     trims, defaults and transforms, and NFC);
 *  4. a text field holding a forbidden character (C0/C1 controls, bidi overrides and isolates,
 *     lone surrogates, non-characters) is refused with 400 naming the field.
 *
 * The routes come from the route table: a new write route fails "every write route is driven"
 * until it is given a driver below (who sends it, with which real ids, and how to read it back)
 * or an exclusion with its reason.
 *
 * Replay: the seed is printed with any failure; FUZZ_SEED=<seed> runs the same requests again,
 * FUZZ_RUNS=<n> changes how many per route (FUZZ_ONLY=<part of a route> runs only those routes,
 * FUZZ_DEBUG=1 prints why unbroken bodies were refused, FUZZ_SHRINK=1 shrinks a failure to a
 * smaller body, which takes longer).
 */
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import type { z } from 'zod';
import type { personInput } from '../../src/domain/schemas/person.js';
import { hashPassword, verifyPassword } from '../../src/access/passwords.js';
import type { RouteDef } from '../../src/api/route.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { loadCourts } from '../../src/records/court-reference.js';
import { loadInvestigationCodes } from '../../src/records/investigation-reference.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, type Answer } from '../support/client.js';
import { ok as succeeded, refused, shown, type AnswerOf, type BodyOf, type RouteKey, type SentOf, type Success } from '../support/answers.js';
import { theftFir } from '../support/fir-bodies.js';
import { CLI_ACTOR } from '../support/network.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { bodyText, mutate, validArbitrary, type Mutation, type Override, type Path, type Schema } from '../support/zod-arbitrary.js';

const SEED = Number(process.env.FUZZ_SEED ?? 1_103_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 16);
/** Forbidden characters are one class: fewer runs find it as surely. */
const TEXT_RUNS = Math.max(4, Math.round(RUNS / 3));
const ONLY = process.env.FUZZ_ONLY;

/**
 * Write routes the fuzzer does not drive, and why. Anything else that is not a GET must have a
 * driver: the first test fails naming it.
 */
const EXCLUDED: Record<string, string> = {
  'POST /api/v1/attachments': 'no schema: the body is the raw bytes of a photo (test/integration/blob-files.test.ts)',
  'POST /api/v1/alerts/photos': 'no schema: the body is the raw bytes of a photo (test/integration/blob-files.test.ts)',
  'POST /api/v1/cases/:firId/seizures/:seizureId/recording': 'no schema: the body is the raw bytes of a recording, kept only if they match its hash (test/integration/property-room.test.ts)',
  'POST /api/v1/node/sync': 'no schema and no input: it starts a sync round with the upstream (test/integration/sync.test.ts)',
  // Not "user" routes: they run before a session is complete, and their refusals rightly write
  // the login counters and lock accounts (test/integration/sign-in.test.ts, bad-input.test.ts).
  'POST /api/v1/auth/login': 'sign-in, not a signed-in write; refusals count towards the lockout',
  'POST /api/v1/auth/totp': 'sign-in, not a signed-in write; refusals count towards the lockout',
  'POST /api/v1/auth/enrolment': 'sign-in, not a signed-in write',
  'POST /api/v1/auth/password': 'sign-in (forced change), not a signed-in write',
  'POST /api/v1/auth/logout': 'ends the session; no body to speak of',
};

/**
 * The node-to-node routes (src/api/sync-routes.ts) are not in the user route table and are not
 * fuzzed here: every request must be signed with an enrolled station node's key over a fresh
 * nonce, which needs a station node enrolled at a listening state node. Their JSON bodies
 * (hello, pull, restore, blobs/status) are checked by test/integration/sync-protocol.test.ts.
 */
export const SYNC_ROUTES_NOT_FUZZED = [
  'POST /api/v1/sync/enrol',
  'POST /api/v1/sync/hello',
  'POST /api/v1/sync/push',
  'POST /api/v1/sync/audit',
  'POST /api/v1/sync/pull',
  'POST /api/v1/sync/restore',
  'POST /api/v1/sync/blobs/status',
  'PUT /api/v1/sync/blobs/:sha',
];

/**
 * Tables left out of the before/after comparison, because a refusal rightly writes them:
 * - audit_log, audit_head: denials and reads are audited (a refused write leaves its "denied" entry);
 * - sessions, api_tokens: a request touches its session or token (last use);
 * - login_state, sync_nonces: sign-in failures and replay protection.
 * Every other table (the events, every read table built from them, counters, settings, users,
 * nodes, alerts, files) must be exactly as it was.
 */
const OPERATIONAL = new Set(['audit_log', 'audit_head', 'sessions', 'api_tokens', 'login_state', 'sync_nonces']);

type Who = 'sho' | 'sp' | 'admin' | 'scrb' | 'self' | 'stateAdmin';

interface Ctx<K extends RouteKey> {
  c: ApiClient;
  srv: TestServer;
  params: Record<string, string>;
  /** The body as the schema leaves it (trimmed, defaults applied, transformed). */
  sent: SentOf<K>;
  answer: Success<AnswerOf<K>>;
}

/** A driver as the fuzzer runs it, whatever its route. */
interface AnyDriver {
  who: Who;
  params?: () => Promise<Record<string, string>>;
  override?: Override;
  readBack(ctx: { c: ApiClient; srv: TestServer; params: Record<string, string>; sent: unknown; answer: Answer }): Promise<void>;
}

interface Driver<K extends RouteKey> {
  who: Who;
  /** Path parameters: a fresh target where a success uses it up (a closed complaint, a revoked node). */
  params?: () => Promise<Record<string, string>>;
  /** Real values for leaves of this route's body, by path. */
  override?: Override;
  /** After a 2xx: read the resource back and compare it with what was sent. */
  readBack(ctx: Ctx<K>): Promise<void>;
}

const clock = new ManualClock('2026-03-10T04:30:00Z');
/** Answers per route and status, printed at the end: a route whose bodies never get through tests little. */
const STATS: Record<string, Record<number, number>> = {};

/** NFC of every string inside: what the documented normalisation stores. */
function nfc(v: unknown): unknown {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfc);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, nfc(x)]));
  return v;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** Every field of `expected` is in `actual` with the same value (instants compared as instants). */
function assertSubset(expected: unknown, actual: unknown, where = '(root)'): void {
  if (expected === undefined) return;
  if (typeof expected === 'string' && INSTANT.test(expected) && typeof actual === 'string' && INSTANT.test(actual)) {
    assert.equal(Date.parse(actual), Date.parse(expected), `${where}: read back ${actual}, sent ${expected}`);
    return;
  }
  if (expected === null || typeof expected !== 'object') {
    assert.deepEqual(actual, expected, `${where}: read back ${JSON.stringify(actual)}, sent ${JSON.stringify(expected)}`);
    return;
  }
  assert.ok(actual && typeof actual === 'object', `${where}: read back ${JSON.stringify(actual)}, sent ${JSON.stringify(expected)}`);
  if (Array.isArray(expected)) {
    assert.ok(Array.isArray(actual) && actual.length === expected.length, `${where}: read back ${JSON.stringify(actual)}, sent ${JSON.stringify(expected)}`);
    expected.forEach((e, i) => assertSubset(e, (actual as unknown[])[i], `${where}[${i}]`));
    return;
  }
  for (const [k, e] of Object.entries(expected)) assertSubset(e, (actual as Record<string, unknown>)[k], where === '(root)' ? k : `${where}.${k}`);
}

/** Some item of `list` holds every field of `expected` (the order of records made at the same instant is not fixed). */
function assertSomeSubset(expected: unknown, list: unknown[], where: string): void {
  const fits = list.some((item) => {
    try {
      assertSubset(expected, item, where);
      return true;
    } catch {
      return false;
    }
  });
  assert.ok(fits, `${where}: none of ${JSON.stringify(list)} holds ${JSON.stringify(expected)}`);
}

/** The investigation's code lists and the demo courts of Pune and the State. */
const CODES = loadInvestigationCodes();
const COURTS = loadCourts()
  .filter((c) => c.unitCode === 'MH-PUN' || c.unitCode === 'MH')
  .map((c) => c.code);

function ok<A extends Answer>(r: A, what: string): Success<A>['body'] {
  assert.ok(r.status >= 200 && r.status < 300, `${what}: ${r.status} ${JSON.stringify(r.body)}`);
  return succeeded(r).body;
}

/** The fields of a new person as the FIR or complaint shows them to the SHO (who may unmask). */
/** A person as sent: one on record by id, or a new one. */
type SentPerson = { personId: string } | { person: z.output<typeof personInput> };

function personExpected(p: SentPerson): Record<string, unknown> {
  if (!('person' in p)) return {};
  const { name, aliases, relativeName, relativeKind, gender, age, birthDate, occupation, nationality } = p.person;
  return { masked: false, name, aliases, relativeName, relativeKind, gender, age, birthDate, occupation, nationality };
}

/** Every person of the FIR as sent, in order, against the view's boxes. */
function assertPersons(sent: FirSent, view: BodyOf<'GET /api/v1/firs/:id'>): void {
  if (sent.complainant) assertSubset(nfc(personExpected(sent.complainant)), view.complainant, 'complainant');
  for (const [key, box] of [
    ['accused', 'accused'],
    ['victims', 'victims'],
    ['witnesses', 'witnesses'],
  ] as const) {
    if (!sent[key]) continue;
    assert.equal(view[box].length, sent[key].length, `${box}: ${view[box].length} read back, ${sent[key].length} sent`);
    sent[key].forEach((p, i) => assertSubset(nfc(personExpected(p)), view[box][i], `${box}[${i}]`));
  }
}

/** What an FIR is registered from: a new FIR, or a complaint converted into one. */
type FirSent = SentOf<'POST /api/v1/firs'> | SentOf<'POST /api/v1/complaints/:id/convert'>;

function assertFir(sent: FirSent, view: BodyOf<'GET /api/v1/firs/:id'>): void {
  const { complainant: _c, accused: _a, victims: _v, witnesses: _w, gdEntryId: _g, ioUserId, registeredAt, ...rest } = sent;
  const { stationCode, ...fields } = rest;
  assertSubset(nfc({ ...fields, station: { code: stationCode }, sections: rest.sections?.map((s: { act: string; section: string }) => ({ act: s.act, section: s.section })) }), view, 'fir');
  if (ioUserId) assert.equal(view.io?.id, ioUserId, 'io');
  if (registeredAt) assertSubset(registeredAt, view.registeredAt, 'registeredAt');
  assertPersons(sent, view);
}

describe(`write fuzzing (${ENGINE}, seed ${SEED})`, () => {
  let server: TestServer;
  let stateServer: TestServer;
  const clients = {} as Record<Who, ApiClient>;
  const ids = {
    sho: '',
    io: '',
    otherIo: '',
    target: '',
    self: '',
    fir: '',
    gd: [] as string[],
    persons: [] as string[],
    photo: '',
    caseFir: '',
    casePersons: [] as string[],
    reportFir: '',
    reportAccused: '',
    reportOthers: [] as string[],
    courtFir: '',
    courtAccused: '',
    arrestFir: '',
    arrestPersons: [] as string[],
    arrests: [] as string[],
  };
  let selfPassword = 'the first passphrase of the fuzzer';

  async function bearer(srv: TestServer, userId: string): Promise<ApiClient> {
    const c = new ApiClient(srv.app);
    c.bearer = (await srv.node.tokens.create(userId, 'write fuzzing', null, 'test')).token;
    return c;
  }
  const userId = async (srv: TestServer, username: string) => (await srv.node.users.byUsername(username))!.id;

  async function newUser(username: string, role: string, unitCode: string, password = 'not used'): Promise<string> {
    const id = randomUUID();
    const passwordHash = await hashPassword(password);
    await server.node.events.transaction((tx) =>
      server.node.users.create(tx, { id, username, displayName: username, role: role as never, unitCode, language: 'en', passwordHash, mustChangePassword: false, totpSecret: null }, 'test'),
    );
    return id;
  }

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    stateServer = await startTestServer({ clock, listen: false, node: { tier: 'state', unit: 'MH' } });
    ids.sho = await userId(server, 'sho.pune1');
    ids.io = await userId(server, 'io.pune1');
    clients.sho = await bearer(server, ids.sho);
    clients.admin = await bearer(server, await userId(server, 'admin.mh'));
    clients.scrb = await bearer(server, await userId(server, 'scrb.mh'));
    clients.sp = await bearer(server, await userId(server, 'sp.pune'));
    clients.stateAdmin = await bearer(stateServer, await userId(stateServer, 'admin.mh'));
    ids.otherIo = await newUser('io.pune2', 'investigating_officer', 'MH-PUN-PS02');
    ids.target = await newUser('target.writer', 'station_writer', 'MH-PUN-PS01');
    ids.self = await newUser('fuzz.self', 'station_writer', 'MH-PUN-PS01', selfPassword);
    // Records the bodies refer to: an FIR with several persons, GD entries, an uploaded photo.
    const fir = ok(
      await clients.sho.post(
        '/api/v1/firs',
        theftFir({
          occurredFrom: '2026-03-01T01:00:00+05:30',
          occurredTo: '2026-03-01T05:00:00+05:30',
          infoReceivedAt: '2026-03-01T09:30:00+05:30',
          accused: [{ person: { name: 'Ramesh Jadhav', gender: 'male', age: 30 } }, { person: { name: 'Kiran More', gender: 'male', age: 27 } }],
          witnesses: [{ person: { name: 'Latika Shinde', gender: 'female', age: 52 } }],
        }),
      ),
      'the FIR of the fixtures',
    );
    ids.fir = fir.id;
    ids.persons = (await server.node.persons.onRecord('fir', fir.id)).map((p) => p.person_id);
    for (const text of ['Departure of PSI More on patrol.', 'Information received by telephone.'])
      ids.gd.push(ok(await clients.sho.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text }), 'a GD entry').id);
    ids.gd.push(fir.gdEntry!.id);
    // The case whose diary the SHO keeps as its IO (no other driver changes its IO).
    ids.caseFir = ok(
      await clients.sho.post(
        '/api/v1/firs',
        theftFir({ occurredFrom: '2026-03-01T01:00:00+05:30', occurredTo: '2026-03-01T05:00:00+05:30', infoReceivedAt: '2026-03-01T09:30:00+05:30', ioUserId: ids.sho }),
      ),
      'the case of the diary',
    ).id;
    ids.casePersons = (await server.node.persons.onRecord('fir', ids.caseFir)).map((p) => p.person_id);
    // Candidate pairs (a missing man and a body that may be him) for the match decisions: one for each request, none decided twice.
    for (const pool of [matchPairs.confirmed, matchPairs.rejected]) for (let i = 0; i < RUNS + TEXT_RUNS; i++) pool.push({ missing: await missingReport(), body: await bodyEntry() });
    for (const pool of [foundPairs.confirmed, foundPairs.rejected]) for (let i = 0; i < RUNS + TEXT_RUNS; i++) pool.push({ missing: await missingReport(), found: await foundPersonEntry() });
    // The case of the final reports (its IO the SHO), and one taken to court and judged (for hearings, judgments, appeals).
    const accusedCase = async (what: string) => {
      const id = ok(
        await clients.sho.post(
          '/api/v1/firs',
          theftFir({
            occurredFrom: '2026-03-01T01:00:00+05:30',
            occurredTo: '2026-03-01T05:00:00+05:30',
            infoReceivedAt: '2026-03-01T09:30:00+05:30',
            ioUserId: ids.sho,
            accused: [{ person: { name: 'Sachin Gore', gender: 'male', age: 33 } }],
            witnesses: [{ person: { name: 'Meena Kale', gender: 'female', age: 48 } }],
          }),
        ),
        what,
      ).id as string;
      const persons = await server.node.persons.onRecord('fir', id);
      return { id, accused: persons.find((p) => p.role === 'accused')!.person_id, others: persons.filter((p) => p.role !== 'accused').map((p) => p.person_id) };
    };
    const report = await accusedCase('the case of the final reports');
    [ids.reportFir, ids.reportAccused, ids.reportOthers] = [report.id, report.accused, report.others];
    const judged = await accusedCase('the case in court');
    [ids.courtFir, ids.courtAccused] = [judged.id, judged.accused];
    const courtUrl = `/api/v1/cases/${ids.courtFir}`;
    ok(
      await clients.sho.post(`${courtUrl}/final-reports`, {
        kind: 'charge_sheet',
        accused: [{ personId: ids.courtAccused, status: 'not_arrested', charged: true }],
        sections: [{ act: 'BNS', section: '303(2)' }],
        courtCode: 'MH-PUN-CJM',
      }),
      'its charge sheet',
    );
    ok(await clients.sho.post(`${courtUrl}/court-case`, { courtCode: 'MH-PUN-CJM', courtCaseNo: 'RCC 1/2026', registeredOn: '2026-03-10' }), 'its number in court');
    ok(
      await clients.sho.post(`${courtUrl}/disposal`, { judgmentDate: '2026-03-10', outcomes: [{ personId: ids.courtAccused, section: { act: 'BNS', section: '303(2)' }, outcome: 'convicted' }] }),
      'its judgment',
    );
    // The case of the arrests, the SHO its IO: adult accused to arrest, two of them arrested (for production and remand).
    ids.arrestFir = ok(
      await clients.sho.post(
        '/api/v1/firs',
        theftFir({
          occurredFrom: '2026-03-01T01:00:00+05:30',
          occurredTo: '2026-03-01T05:00:00+05:30',
          infoReceivedAt: '2026-03-01T09:30:00+05:30',
          ioUserId: ids.sho,
          accused: ['Anil', 'Bharat', 'Chetan', 'Dilip', 'Eknath', 'Ganpat', 'Hemant', 'Jitendra'].map((n) => ({ person: { name: `${n} Salunkhe`, gender: 'male', age: 30 } })),
        }),
      ),
      'the case of the arrests',
    ).id;
    ids.arrestPersons = (await server.node.persons.onRecord('fir', ids.arrestFir)).filter((p) => p.role === 'accused').map((p) => p.person_id);
    for (const personId of ids.arrestPersons.slice(0, 2)) {
      const a = ok(
        await clients.sho.post(`/api/v1/cases/${ids.arrestFir}/arrests`, {
          personId,
          outcome: 'arrested_sent_up',
          at: '2026-03-02T10:00:00+05:30',
          place: 'Bus stand, Baramati',
          grounds: 'Found with the stolen motorcycle.',
          personInformed: { name: 'A relative', relationship: 'brother', informedAt: '2026-03-02T10:30:00+05:30' },
          attestingWitness: 'Ramesh Kale',
        }),
        'an arrest',
      );
      ids.arrests.push(a.arrests[0]!.id);
    }
  });
  after(async () => {
    console.log(`write fuzzing, answers per route: ${JSON.stringify(STATS)}`);
    await stateServer?.close();
    await server?.close();
  });

  /** Rows of every record table, as a digest per table (and the row count, to say what changed). */
  async function snapshot(srv: TestServer): Promise<Record<string, string>> {
    const db = srv.node.storage.db;
    const tables = (await db.introspection.getTables()).map((t) => t.name).filter((n) => !OPERATIONAL.has(n) && !n.startsWith('kysely_'));
    const digests = await Promise.all(
      tables.sort().map(async (name) => {
        // Two large tables are read by what stands for their contents, at a fraction of the reading:
        // the events are hash-chained (a hash covers the event), and an entry of the law catalogue
        // changes only with its version (each correction also adds a row to law_section_versions).
        const query =
          name === 'events'
            ? db.selectFrom('events').select(['local_pos', 'hash'])
            : name === 'law_sections'
              ? db.selectFrom('law_sections').select(['act', 'section', 'version'])
              : db.selectFrom(name as never).selectAll();
        const rows = (await query.execute()).map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));
        return [name, `${rows.length} rows, ${createHash('sha256').update(rows.sort().join('\n')).digest('hex').slice(0, 16)}`] as const;
      }),
    );
    return Object.fromEntries(digests);
  }

  /** A knife seized in the SHO's case on 9 March and deposited in the property room (sent to court at 10:00 IST, when asked). */
  async function seizedItem(opts: { toCourt?: boolean } = {}): Promise<string> {
    const seizure = ok(
      await clients.sho.post(`/api/v1/cases/${ids.caseFir}/seizures`, {
        seizedAt: '2026-03-09T09:00:00+05:30',
        place: 'House of the accused',
        items: [{ description: 'Knife', category: 'weapon', quantity: '1' }],
        witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
        depositedWith: { name: 'HC Shinde' },
      }),
      'a seizure',
    );
    const itemId: string = seizure.items[0]!.id;
    if (opts.toCourt) {
      ok(
        await clients.sho.post(`/api/v1/cases/${ids.caseFir}/property/${itemId}/moves`, {
          kind: 'sent_to_court',
          at: '2026-03-09T10:00:00+05:30',
          receivedBy: { name: 'Court clerk' },
          destination: 'JMFC Baramati',
        }),
        'to court',
      );
    }
    return itemId;
  }

  // --- Real values for the leaves of the bodies -------------------------------------------------

  const pick = <T>(real: fc.Arbitrary<T>, path: Path, schema: Schema) => fc.oneof({ weight: 9, arbitrary: real }, { weight: 1, arbitrary: validArbitrary(schema, () => undefined, path) });
  const instantIn = (from: string, to: string) =>
    fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true }).map((d) => new Date(d.getTime() + 330 * 60_000).toISOString().slice(0, 19) + '+05:30');
  const SECTIONS = [
    { act: 'BNS', section: '303(2)' },
    { act: 'BNS', section: '115(2)' },
    { act: 'BNS', section: '318(4)' },
    { act: 'BNS', section: '64' },
    { act: 'bns', section: ' 305 ' },
  ];
  const last = (path: Path) => path[path.length - 1];

  /** Station records at MH-PUN-PS01: real codes, ids and sections, and dates in the order the law wants. */
  const stationOverride: Override = (path, schema) => {
    const key = last(path);
    // Sections of the catalogue, each once; numbers that pass their checks (Aadhaar's 12 digits, a vehicle's letters and digits).
    if (key === 'sections' || key === 'sectionsAlleged')
      return pick(
        fc.subarray(SECTIONS, { minLength: key === 'sections' ? 1 : 0, maxLength: 3 }).map((l) => l.map((x) => ({ ...x }))),
        path,
        schema,
      );
    if (key === 'number' && path.includes('idDocuments')) return fc.oneof(fc.stringMatching(/^\d{4} \d{4} \d{4}$/), fc.stringMatching(/^[A-Z]{5}\d{4}[A-Z]$/));
    if (key === 'registration') return fc.option(fc.stringMatching(/^MH ?\d{2} ?[A-Z]{2} ?\d{4}$/), { nil: undefined });
    if (key === 'engineNo' || key === 'chassisNo') return fc.option(fc.stringMatching(/^[A-Z0-9]{6,17}$/), { nil: undefined });
    switch (key) {
      case 'stationCode':
        return pick(fc.constantFrom('MH-PUN-PS01', 'MH-PUN-PS01', 'MH-PUN-PS01', 'MH-NSK-PS01'), path, schema);
      case 'toStationCode':
        return pick(fc.constantFrom('MH-PUN-PS02', 'MH-NSK-PS01'), path, schema);
      case 'jurisdictionStationCode':
        // Only a zero FIR names another station: now and then, to see it refused.
        return fc.oneof({ weight: 7, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('MH-PUN-PS02', 'MH-NSK-PS01') });
      case 'personId':
        return pick(fc.constantFrom(...ids.persons), path, schema);
      case 'officerUserId':
      case 'ioUserId':
        return pick(fc.constantFrom(ids.io, ids.sho, ids.otherIo), path, schema);
      case 'correctsId':
        return pick(fc.constantFrom(...ids.gd), path, schema);
      case 'firId':
        return fc.option(fc.constantFrom(ids.fir), { nil: undefined });
      case 'gdEntryId':
      case 'registeredAt':
        return fc.constant(undefined);
      case 'occurredFrom':
        return pick(instantIn('2025-01-01T00:00:00Z', '2025-06-30T00:00:00Z'), path, schema);
      case 'occurredTo':
        return fc.option(instantIn('2025-07-01T00:00:00Z', '2025-12-31T00:00:00Z'), { nil: undefined });
      case 'infoReceivedAt':
      case 'receivedAt':
        return pick(instantIn('2026-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
      case 'photoSha256':
        return fc.constant(undefined);
      default:
        return undefined;
    }
  };

  // --- Fresh targets ----------------------------------------------------------------------------

  let counter = 0;
  const complaint = async () =>
    ok(
      await clients.sho.post('/api/v1/complaints', {
        stationCode: 'MH-PUN-PS01',
        complainant: { person: { name: `Meera Kale ${++counter}` } },
        description: 'My phone was snatched.',
        place: 'Bus stand',
      }),
      'a complaint',
    ).id as string;
  const ncReport = async () =>
    ok(
      await clients.sho.post('/api/v1/nc-reports', {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: `Sudhir Pawar ${++counter}` } },
        accused: [{ person: { name: 'Nilesh Bhor' } }],
        substance: 'The informant states that he was abused and threatened over a parking dispute.',
        place: 'Market yard',
        sections: [{ act: 'BNS', section: '352' }],
        courtCode: 'MH-PUN-JMFC-BRM',
      }),
      'an NC report',
    ).id as string;
  /** Non-cognizable sections mostly, a cognizable one now and then (to see it refused). */
  const NC_SECTIONS = [
    { act: 'BNS', section: '115(2)' },
    { act: 'BNS', section: '352' },
    { act: 'BNS', section: '351(2)' },
    { act: 'BNS', section: '303(2)' },
  ];
  /** The first days of the fortnights of early 2026 (the last one still running on 10 March). */
  const FORTNIGHTS = ['2026-01-01', '2026-01-16', '2026-02-01', '2026-02-16', '2026-03-01'];
  const ncOverride: Override = (path, schema) => {
    switch (last(path)) {
      case 'sections':
        return pick(
          fc
            .oneof({ weight: 5, arbitrary: fc.subarray(NC_SECTIONS.slice(0, 3), { minLength: 1, maxLength: 3 }) }, { weight: 1, arbitrary: fc.subarray(NC_SECTIONS, { minLength: 1, maxLength: 3 }) })
            .map((l) => l.map((x) => ({ ...x }))),
          path,
          schema,
        );
      case 'courtCode':
        return pick(fc.oneof({ weight: 5, arbitrary: fc.constantFrom('MH-PUN-JMFC-BRM', 'MH-PUN-CJM') }, { weight: 1, arbitrary: fc.constantFrom(...COURTS) }), path, schema);
      case 'from':
        return pick(fc.constantFrom(...FORTNIGHTS), path, schema);
      case 'date':
        // The report was received today; the order now and then dated before it.
        return pick(fc.oneof({ weight: 5, arbitrary: fc.constant('2026-03-10') }, { weight: 1, arbitrary: fc.constant('2026-03-09') }), path, schema);
      default:
        return stationOverride(path, schema);
    }
  };
  const missingReport = async () =>
    ok(
      await clients.sho.post('/api/v1/missing-persons', {
        stationCode: 'MH-PUN-PS01',
        person: { name: `Ganesh Kale ${++counter}`, age: 40 },
        description: { sex: 'male', place: { address: 'Bus stand' } },
        lastSeenAt: '2026-03-08T18:00:00+05:30',
        informant: { person: { name: 'Sushila Kale' } },
      }),
      'a missing-person report',
    ).id as string;
  const matchPairs: Record<'confirmed' | 'rejected', { missing: string; body: string }[]> = { confirmed: [], rejected: [] };
  /** A match decision's driver: each body decides a fresh pair (so a success is not a conflict), read back from the decision kept. */
  const decisionDriver = <K extends 'POST /api/v1/matches/confirm' | 'POST /api/v1/matches/reject'>(outcome: 'confirmed' | 'rejected'): Driver<K> => {
    let n = 0;
    let current = { missing: '', body: '' };
    return {
      who: 'sho',
      override: (path) => {
        const key = last(path);
        if (key === 'missingPersonId') return fc.constant(null).map(() => (current = matchPairs[outcome][n++ % matchPairs[outcome].length]!).missing);
        if (key === 'unnaturalDeathId') return fc.constant(null).map(() => current.body);
        return undefined;
      },
      readBack: async ({ srv, sent, answer }) => {
        assert.equal(answer.body.decision, outcome);
        const row = await srv.node.storage.db.selectFrom('match_decisions').selectAll().where('unnatural_death_id', '=', sent.unnaturalDeathId).executeTakeFirstOrThrow();
        assertSubset(nfc({ missing_person_id: sent.missingPersonId, decision: outcome, reason: sent.reason }), row, 'decision');
      },
    };
  };
  const foundPairs: Record<'confirmed' | 'rejected', { missing: string; found: string }[]> = { confirmed: [], rejected: [] };
  /** The same for a report and a found person, read back from their own table of decisions. */
  const foundDecisionDriver = <K extends 'POST /api/v1/matches/found-persons/confirm' | 'POST /api/v1/matches/found-persons/reject'>(outcome: 'confirmed' | 'rejected'): Driver<K> => {
    let n = 0;
    let current = { missing: '', found: '' };
    return {
      who: 'sho',
      override: (path) => {
        const key = last(path);
        if (key === 'missingPersonId') return fc.constant(null).map(() => (current = foundPairs[outcome][n++ % foundPairs[outcome].length]!).missing);
        if (key === 'foundPersonId') return fc.constant(null).map(() => current.found);
        return undefined;
      },
      readBack: async ({ srv, sent, answer }) => {
        assert.equal(answer.body.decision, outcome);
        const row = await srv.node.storage.db.selectFrom('found_match_decisions').selectAll().where('found_person_id', '=', sent.foundPersonId).executeTakeFirstOrThrow();
        assertSubset(nfc({ missing_person_id: sent.missingPersonId, decision: outcome, reason: sent.reason }), row, 'decision');
      },
    };
  };
  const foundPersonEntry = async () =>
    ok(
      await clients.sho.post('/api/v1/found-persons', {
        stationCode: 'MH-PUN-PS01',
        description: { sex: 'male', ageRange: { from: 35, to: 45 }, place: { address: 'Bus stand' } },
        foundAt: '2026-03-09T06:00:00+05:30',
        foundBy: `HC Sunil More ${++counter}`,
      }),
      'a found person',
    ).id as string;
  const bodyEntry = async () =>
    ok(
      await clients.sho.post('/api/v1/unnatural-deaths', {
        stationCode: 'MH-PUN-PS01',
        description: { sex: 'male', ageRange: { from: 30, to: 40 }, place: { address: 'Canal bank' } },
        foundAt: '2026-03-08T06:00:00+05:30',
        informant: { person: { name: `Dattu Kale ${++counter}` } },
      }),
      'an unidentified body',
    ).id as string;
  const ARTICLES = [
    { kind: 'bag', description: 'Brown leather wallet' },
    { kind: 'mobile_phone', description: 'Black Redmi phone', mobilePhone: { imei: '490154203237518' } },
    { kind: 'document', description: 'PAN card', document: { type: 'PAN', number: 'ABCDE1234F' } },
    { kind: 'other', description: 'A basket of mangoes', value: 500 },
  ];
  const foundEntry = async () =>
    ok(
      await clients.sho.post('/api/v1/found-property', {
        stationCode: 'MH-PUN-PS01',
        article: { kind: 'other', description: `A basket of mangoes ${++counter}`, value: 500 },
        foundAt: '2026-03-08T06:00:00+05:30',
        foundPlace: 'Market yard',
        perishable: true,
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      }),
      'a found-property entry',
    ).id as string;
  const lostEntry = async () =>
    ok(
      await clients.sho.post('/api/v1/lost-reports', {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: `Savita Jagtap ${++counter}`, age: 35 } },
        lostAt: '2026-03-08T06:00:00+05:30',
        lostPlace: 'Bus stand',
        articles: [ARTICLES[0]],
      }),
      'a lost article report',
    ).id as string;
  const orderOverride: Override = (path, schema) => {
    const key = last(path);
    if (key === 'courtCode') return fc.constant('MH-PUN-JMFC-BRM');
    if (key === 'date' || key === 'reportedOn') return fc.constant('2026-03-09');
    if (key === 'at') return fc.constant(null).map(() => clock.now().toISOString());
    if (key === 'proclamation') return fc.constant(undefined);
    if (key === 'lostReportId') return fc.constant(undefined);
    return stationOverride(path, schema);
  };
  const firOf = async (extra: Record<string, unknown>) =>
    ok(
      await clients.sho.post('/api/v1/firs', theftFir({ occurredFrom: '2026-03-01T01:00:00+05:30', occurredTo: '2026-03-01T05:00:00+05:30', infoReceivedAt: '2026-03-01T09:30:00+05:30', ...extra })),
      'an FIR',
    ).id as string;
  let markPairs: [string, string][] = [];
  async function mark(): Promise<string> {
    if (markPairs.length === 0) {
      const accused = ['Sunil Gaikwad', 'Sanjay Gaikwad', 'Sachin Gaikwad', 'Santosh Gaikwad'].map((name) => ({ person: { name, gender: 'male', age: 30 } }));
      const a = (await server.node.persons.onRecord('fir', await firOf({ accused }))).map((p) => p.person_id);
      markPairs = a.flatMap((x, i) => a.slice(i + 1).map((y) => [x, y] as [string, string]));
    }
    const [x, y] = markPairs.pop()!;
    return ok(await clients.sho.post(`/api/v1/persons/${x}/same-as`, { personId: y, reason: 'Same man, same address' }), 'a same-person mark').id;
  }
  const alert = async () => ok(await clients.scrb.post('/api/v1/alerts', { kind: 'general', title: 'Lookout', details: 'A lookout notice.' }), 'an alert').id as string;
  async function stateNode(): Promise<string> {
    const live = (await stateServer.node.sync.registry.list()).find((n) => n.status !== 'revoked');
    if (live) return live.id;
    return (await stateServer.node.sync.registry.add(CLI_ACTOR, { unitCode: 'MH-NGP-PS02', label: 'to revoke' })).node.id;
  }

  /** The target user, enabled or disabled first so that the change asked for is one. */
  async function targetIs(status: 'active' | 'disabled'): Promise<{ id: string }> {
    const now = ok(await clients.admin.get(`/api/v1/users/${ids.target}`), 'the target').user.status;
    if (now !== status) ok(await clients.admin.post(`/api/v1/users/${ids.target}/${status === 'active' ? 'enable' : 'disable'}`, { reason: 'set up for the fuzzer' }), 'the target set up');
    return { id: ids.target };
  }
  const userBack = async ({ c, params, sent, answer }: Ctx<Extract<RouteKey, `POST /api/v1/users${string}`>>, expect: Record<string, unknown>) => {
    const id = params.id ?? answer.body.user.id;
    assertSubset(nfc(expect), ok(await c.get(`/api/v1/users/${id}`), 'the user').user, 'user');
    void sent;
  };
  const firBack = async (c: ApiClient, id: string) => ok(await c.get(`/api/v1/firs/${id}`), 'the FIR');
  const gdBack = async ({ c, answer }: Ctx<'POST /api/v1/gd' | 'POST /api/v1/gd/corrections'>) => {
    const e = answer.body;
    const day = ok(await c.get(`/api/v1/gd?station=${e.stationCode}&date=${e.gdDate}`), 'the GD');
    const found = day.entries.find((x: { id: string }) => x.id === e.id);
    assert.ok(found, 'the entry is in the GD of its day');
    return found;
  };
  const marksOf = async (c: ApiClient, personId: string) => ok(await c.get(`/api/v1/persons/${personId}/same-as`), 'the marks');

  /** Each write route's driver, its read-back typed with the route's body and answer. */
  const drivers = (d: { [K in RouteKey]?: Driver<K> }): Record<string, AnyDriver> => d;
  const DRIVERS = drivers({
    'PATCH /api/v1/me': { who: 'sho', readBack: async ({ c, sent }) => assert.equal(ok(await c.get('/api/v1/me'), 'me').language, sent.language) },
    'POST /api/v1/me/password': {
      who: 'self',
      // The password of the moment, read when the value is generated (a success changes it).
      override: (path) => (last(path) === 'currentPassword' ? fc.oneof({ weight: 4, arbitrary: fc.constant(0).map(() => selfPassword) }, { weight: 1, arbitrary: fc.string() }) : undefined),
      readBack: async ({ sent }) => {
        const user = (await server.node.users.byId(ids.self))!;
        assert.ok(await verifyPassword(user.passwordHash, sent.newPassword), 'the new password is the one stored');
        selfPassword = sent.newPassword;
      },
    },
    'POST /api/v1/users': {
      who: 'admin',
      // Mostly a role that fits the unit (station staff at a station), sometimes one that does not.
      override: (path, schema) =>
        last(path) === 'unitCode'
          ? pick(fc.constantFrom('MH-PUN-PS01', 'MH-PUN-PS01', 'MH-PUN', 'MH-NSK-PS02'), path, schema)
          : last(path) === 'role'
            ? pick(fc.constantFrom('station_writer', 'investigating_officer'), path, schema)
            : undefined,
      readBack: (ctx) => userBack(ctx, { username: ctx.sent.username, displayName: ctx.sent.displayName, role: ctx.sent.role, unitCode: ctx.sent.unitCode, language: ctx.sent.language }),
    },
    'POST /api/v1/users/:id/disable': { who: 'admin', params: async () => targetIs('active'), readBack: (ctx) => userBack(ctx, { status: 'disabled' }) },
    'POST /api/v1/users/:id/enable': { who: 'admin', params: async () => targetIs('disabled'), readBack: (ctx) => userBack(ctx, { status: 'active' }) },
    'POST /api/v1/users/:id/reset': { who: 'admin', params: async () => ({ id: ids.target }), readBack: (ctx) => userBack(ctx, { mfaEnrolled: false }) },
    'POST /api/v1/users/:id/unlock': { who: 'admin', params: async () => ({ id: ids.target }), readBack: (ctx) => userBack(ctx, { locked: false }) },
    'POST /api/v1/law/sections/:act/:section/corrections': {
      who: 'scrb',
      params: async () =>
        [
          { act: 'BNS', section: '303(2)' },
          { act: 'BNS', section: '115(2)' },
          { act: 'IPC', section: '379' },
        ][counter++ % 3]!,
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/law/sections/${params.act}/${encodeURIComponent(params.section!)}`), 'the section');
        assertSubset(nfc(Object.fromEntries(Object.entries(sent.changes).filter(([, v]) => v !== undefined))), got.section, 'section');
        assertSubset(nfc({ reason: sent.reason, source: sent.source }), got.history.at(-1), 'history');
      },
    },
    'POST /api/v1/complaints': {
      who: 'sho',
      override: stationOverride,
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/complaints/${answer.body.id}`), 'the complaint');
        const { complainant, sectionsAlleged, ...rest } = sent;
        assertSubset(nfc({ ...rest, sectionsAlleged: sectionsAlleged.map((s: { act: string; section: string }) => ({ act: s.act, section: s.section })) }), got, 'complaint');
        assertSubset(nfc(personExpected(complainant)), got.complainant, 'complainant');
      },
    },
    'POST /api/v1/complaints/:id/assign': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ id: await complaint() }),
      readBack: async ({ c, params, sent }) =>
        assertSubset({ status: 'under_enquiry', assignedOfficer: { id: sent.officerUserId } }, ok(await c.get(`/api/v1/complaints/${params.id}`), 'the complaint'), 'complaint'),
    },
    'POST /api/v1/complaints/:id/close': {
      who: 'sho',
      params: async () => ({ id: await complaint() }),
      readBack: async ({ c, params, sent }) =>
        assertSubset(nfc({ status: 'closed', closure: sent.closure, closureNote: sent.note }), ok(await c.get(`/api/v1/complaints/${params.id}`), 'the complaint'), 'complaint'),
    },
    'POST /api/v1/complaints/:id/convert': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ id: await complaint() }),
      readBack: async ({ c, params, sent, answer }) => {
        assertFir(sent, await firBack(c, answer.body.fir.id));
        assertSubset({ status: 'closed', firId: answer.body.fir.id }, ok(await c.get(`/api/v1/complaints/${params.id}`), 'the complaint'), 'complaint');
      },
    },
    'POST /api/v1/nc-reports': {
      who: 'sho',
      override: ncOverride,
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/nc-reports/${answer.body.id}`), 'the NC report');
        const { informant, accused, sections, courtCode, stationCode, ...rest } = sent;
        assertSubset(
          nfc({ ...rest, stationCode, sections: sections.map((s: { act: string; section: string }) => ({ act: s.act, section: s.section })), referredTo: { code: courtCode } }),
          got,
          'nc report',
        );
        assertSubset(nfc(personExpected(informant)), got.informant, 'informant');
        // The informant named again as accused is the informant only.
        const others = accused.filter((p) => !('personId' in p && 'personId' in informant && p.personId === informant.personId));
        assert.equal(got.accused.length, new Set(others.map((p) => ('personId' in p ? p.personId : JSON.stringify(p)))).size, 'accused');
      },
    },
    'POST /api/v1/nc-reports/:id/convert': {
      who: 'sho',
      override: ncOverride,
      params: async () => ({ id: await ncReport() }),
      readBack: async ({ c, params, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/nc-reports/${params.id}`), 'the NC report');
        assertSubset(
          nfc({ status: 'converted', fir: { id: answer.body.fir.id }, order: { date: sent.order.date, court: { code: sent.order.courtCode }, reference: sent.order.reference } }),
          got,
          'nc report',
        );
        assertSubset({ ncReport: { id: params.id } }, await firBack(c, answer.body.fir.id), 'fir');
      },
    },
    'POST /api/v1/nc-diaries': {
      who: 'sho',
      override: ncOverride,
      readBack: async ({ sent, answer }) => {
        const got = await server.node.ncReports.diaryOf(sent.stationCode, sent.from);
        assertSubset(nfc({ id: answer.body.id, fortnight: { start: sent.from }, court: { code: sent.courtCode }, reference: sent.reference ?? null }), got, 'diary');
      },
    },
    'POST /api/v1/missing-persons': {
      who: 'sho',
      override: (path, schema) => {
        const key = last(path);
        if (key === 'lastSeenAt') return pick(instantIn('2025-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
        // Some children (an FIR at once), mostly adults; now and then an age the schema refuses.
        if (key === 'age' && path[0] === 'person') return pick(fc.integer({ min: 0, max: 90 }), path, schema);
        // A birth date or an estimated range that agrees with the age is rare by chance: mostly left out.
        if (key === 'birthDate' || key === 'ageRange') return fc.constant(undefined);
        return stationOverride(path, schema);
      },
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/missing-persons/${answer.body.id}`), 'the report');
        const { person, informant, description, lastSeenAt, informantRelation, contacts, circumstances, stationCode } = sent;
        const { name, aliases, relativeName, relativeKind, birthDate, occupation, nationality } = person;
        assertSubset(nfc({ masked: false, name, aliases, relativeName, relativeKind, birthDate, occupation, nationality, gender: description.sex }), got.person, 'person');
        assertSubset(nfc(personExpected(informant)), got.informant, 'informant');
        assertSubset(nfc({ stationCode, description, lastSeenAt, informantRelation, contacts, circumstances }), got, 'report');
        assert.equal(got.child, !!got.fir, 'a child’s report is an FIR, an adult’s is not');
      },
    },
    'POST /api/v1/missing-persons/:id/status': {
      who: 'sho',
      params: async () => ({ id: await missingReport() }),
      override: (path) => (last(path) === 'at' ? fc.constant(null).map(() => clock.now().toISOString()) : undefined),
      readBack: async ({ c, params, sent }) =>
        assertSubset(nfc({ status: sent.status, statusAt: sent.at, statusNote: sent.note }), ok(await c.get(`/api/v1/missing-persons/${params.id}`), 'the report'), 'report'),
    },
    'POST /api/v1/unnatural-deaths': {
      who: 'sho',
      override: (path, schema) => {
        const key = last(path);
        if (key === 'foundAt') return pick(instantIn('2025-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
        // Told at registration, mostly: a random time is rarely after the finding and before now.
        if (key === 'informedAt') return fc.constant(undefined);
        if (key === 'photos') return fc.constant([]);
        if (key === 'ageRange')
          return pick(
            fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 30 })).map(([from, span]) => ({ from, to: from + span })),
            path,
            schema,
          );
        return stationOverride(path, schema);
      },
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/unnatural-deaths/${answer.body.id}`), 'the entry');
        const { informant, description, belongings, apparentCause, circumstances, stationCode } = sent;
        assertSubset(nfc(personExpected(informant)), got.informant, 'informant');
        assertSubset(nfc({ stationCode, description, belongings, apparentCause, circumstances, status: 'unidentified' }), got, 'entry');
        assert.equal(got.foundAt, new Date(sent.foundAt).toISOString());
      },
    },
    'POST /api/v1/unnatural-deaths/:id/inquest': {
      who: 'sho',
      params: async () => ({ id: await bodyEntry() }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'heldAt' || key === 'forwardedAt') return fc.constant(null).map(() => clock.now().toISOString());
        if (key === 'witnesses') return pick(fc.constant(['Sakharam Pawar', 'Nandu Bhosale']), path, schema);
        if (key === 'designation') return pick(fc.constantFrom('district_magistrate', 'sub_divisional_magistrate'), path, schema);
        return undefined;
      },
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/unnatural-deaths/${params.id}`), 'the entry');
        assertSubset(
          nfc({ heldBy: sent.heldBy, heldAt: sent.heldAt, witnesses: sent.witnesses, findings: sent.findings, apparentCause: sent.apparentCause, forwardedAt: sent.forwardedAt }),
          got.inquest,
          'inquest',
        );
        assert.equal(got.clocks[0]?.status, 'met', 'the inquest clock is met');
      },
    },
    'POST /api/v1/unnatural-deaths/:id/post-mortem': {
      who: 'sho',
      params: async () => ({ id: await bodyEntry() }),
      override: (path) => (last(path) === 'conductedAt' || last(path) === 'reportReceivedAt' ? fc.constant(null).map(() => clock.now().toISOString()) : undefined),
      readBack: async ({ c, params, sent }) => assertSubset(nfc(sent), ok(await c.get(`/api/v1/unnatural-deaths/${params.id}`), 'the entry').postMortem, 'post-mortem'),
    },
    'POST /api/v1/unnatural-deaths/:id/identify': {
      who: 'sho',
      params: async () => ({ id: await bodyEntry() }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'at') return fc.constant(null).map(() => clock.now().toISOString());
        // Identified as a named person: a missing report of its own is the rules' test (unnatural-deaths.test.ts).
        if (key === 'missingPersonId') return fc.constant(undefined);
        return stationOverride(path, schema);
      },
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/unnatural-deaths/${params.id}`), 'the entry');
        assert.equal(got.status, 'identified');
        assertSubset(nfc({ at: sent.at, note: sent.note }), got.identification, 'identification');
        assertSubset(nfc(personExpected(sent.person!)), got.identification!.person, 'person');
      },
    },
    'POST /api/v1/lost-reports': {
      who: 'sho',
      override: (path, schema) => {
        const key = last(path);
        if (key === 'lostAt') return pick(instantIn('2025-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
        if (key === 'reportedAt') return fc.constant(undefined);
        if (key === 'birthDate') return fc.constant(undefined);
        if (key === 'age') return fc.option(fc.integer({ min: 18, max: 90 }), { nil: undefined });
        if (key === 'articles') return pick(fc.subarray(ARTICLES, { minLength: 1, maxLength: 3 }), path, schema);
        return stationOverride(path, schema);
      },
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/lost-reports/${answer.body.id}`), 'the report');
        const { informant, stationCode, lostPlace, circumstances, articles } = sent;
        assertSubset(nfc(personExpected(informant)), got.informant, 'informant');
        assertSubset(nfc({ stationCode, lostPlace, circumstances, articles }), got, 'report');
        assert.equal(got.lostAt, new Date(sent.lostAt).toISOString());
      },
    },
    'POST /api/v1/lost-reports/:id/convert': {
      who: 'sho',
      params: async () => ({ id: await lostEntry() }),
      override: (path, schema) => (last(path) === 'complainant' ? fc.constant(undefined) : stationOverride(path, schema)),
      readBack: async ({ c, params, answer }) => {
        const got = ok(await c.get(`/api/v1/lost-reports/${params.id}`), 'the report');
        assert.equal(got.status, 'converted');
        assert.equal(got.fir!.id, answer.body.fir.id);
      },
    },
    'POST /api/v1/found-property': {
      who: 'sho',
      override: (path, schema) => {
        const key = last(path);
        if (key === 'foundAt') return pick(instantIn('2025-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
        if (key === 'receivedAt') return fc.constant(undefined);
        if (key === 'article') return pick(fc.constantFrom(...ARTICLES), path, schema);
        if (key === 'depositedBy') return fc.constant('HC Sunil More');
        if (key === 'receivedBy') return fc.constant('ASI Malkhana Jadhav');
        return stationOverride(path, schema);
      },
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/found-property/${answer.body.id}`), 'the entry');
        const { stationCode, foundPlace, article, perishable, remarks } = sent;
        assertSubset(nfc({ stationCode, foundPlace, article, perishable, remarks, status: 'unclaimed' }), got, 'entry');
        if (sent.handedInBy) assertSubset(nfc(personExpected(sent.handedInBy)), got.handedInBy, 'handedInBy');
        assert.equal(got.custody.place, 'malkhana');
      },
    },
    'POST /api/v1/found-property/:id/magistrate-report': {
      who: 'sho',
      params: async () => ({ id: await foundEntry() }),
      override: orderOverride,
      readBack: async ({ c, params, sent }) =>
        assertSubset(
          nfc({ courtCode: sent.courtCode, reportedOn: sent.reportedOn, reference: sent.reference }),
          ok(await c.get(`/api/v1/found-property/${params.id}`), 'the entry').magistrateReport,
          'report',
        ),
    },
    'POST /api/v1/found-property/:id/claim': {
      who: 'sho',
      params: async () => ({ id: await foundEntry() }),
      override: orderOverride,
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/found-property/${params.id}`), 'the entry');
        assert.equal(got.status, 'returned');
        assertSubset(nfc({ proof: sent.proof, order: sent.order }), got.claim, 'claim');
        assertSubset(nfc(personExpected(sent.claimant)), got.claim!.claimant, 'claimant');
      },
    },
    'POST /api/v1/found-property/:id/dispose': {
      who: 'sho',
      params: async () => ({ id: await foundEntry() }),
      override: (path, schema) => (last(path) === 'ground' ? pick(fc.constantFrom('perishable', 'owner_benefit', 'low_value'), path, schema) : orderOverride(path, schema)),
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/found-property/${params.id}`), 'the entry');
        assert.equal(got.status, 'disposed');
        assertSubset(nfc({ ground: sent.ground, order: sent.order, manner: sent.manner }), got.disposal, 'disposal');
      },
    },
    'POST /api/v1/found-persons': {
      who: 'sho',
      override: (path, schema) => {
        const key = last(path);
        if (key === 'foundAt') return pick(instantIn('2025-01-01T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
        // Taken charge of at registration, mostly; a birth date or an age that agrees with the estimate is rare by chance.
        if (key === 'receivedAt' || key === 'birthDate' || key === 'age' || key === 'placement') return fc.constant(undefined);
        if (key === 'ageRange')
          return pick(
            fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 30 })).map(([from, span]) => ({ from, to: from + span })),
            path,
            schema,
          );
        return stationOverride(path, schema);
      },
      readBack: async ({ c, sent, answer }) => {
        const got = ok(await c.get(`/api/v1/found-persons/${answer.body.id}`), 'the entry');
        const { description, foundBy, condition, circumstances, stationCode } = sent;
        assertSubset(nfc({ stationCode, description, foundBy, condition, circumstances, status: 'found' }), got, 'entry');
        assert.equal(got.foundAt, new Date(sent.foundAt).toISOString());
        if (sent.person?.name) assertSubset(nfc({ name: sent.person.name }), got.person, 'person');
      },
    },
    'POST /api/v1/found-persons/:id/placement': {
      who: 'sho',
      params: async () => ({ id: await foundPersonEntry() }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'at') return fc.constant(null).map(() => clock.now().toISOString());
        // An adult is not placed before the Child Welfare Committee (the rules' test).
        if (key === 'kind') return pick(fc.constantFrom('family', 'shelter', 'hospital'), path, schema);
        return undefined;
      },
      readBack: async ({ c, params, sent }) =>
        assertSubset(nfc({ kind: sent.kind, name: sent.name, at: sent.at, note: sent.note ?? null }), ok(await c.get(`/api/v1/found-persons/${params.id}`), 'the entry').placement, 'placement'),
    },
    'POST /api/v1/found-persons/:id/outcome': {
      who: 'sho',
      params: async () => ({ id: await foundPersonEntry() }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'at') return fc.constant(null).map(() => clock.now().toISOString());
        // Through a named person: a missing report of its own is the rules' test (found-persons.test.ts).
        if (key === 'missingPersonId') return fc.constant(undefined);
        if (key === 'birthDate') return fc.constant(undefined);
        return stationOverride(path, schema);
      },
      readBack: async ({ c, params, sent }) => {
        const got = ok(await c.get(`/api/v1/found-persons/${params.id}`), 'the entry');
        assert.equal(got.status, sent.outcome);
        assertSubset(nfc({ at: sent.at, note: sent.note, restoredTo: sent.restoredTo ?? null }), got.outcome, 'outcome');
        if (sent.person) assertSubset(nfc({ name: sent.person.name }), got.person, 'person');
      },
    },
    'POST /api/v1/matches/found-persons/confirm': foundDecisionDriver<'POST /api/v1/matches/found-persons/confirm'>('confirmed'),
    'POST /api/v1/matches/found-persons/reject': foundDecisionDriver<'POST /api/v1/matches/found-persons/reject'>('rejected'),
    'POST /api/v1/matches/confirm': decisionDriver<'POST /api/v1/matches/confirm'>('confirmed'),
    'POST /api/v1/matches/reject': decisionDriver<'POST /api/v1/matches/reject'>('rejected'),
    'POST /api/v1/firs': { who: 'sho', override: stationOverride, readBack: async ({ c, sent, answer }) => assertFir(sent, await firBack(c, answer.body.id)) },
    'POST /api/v1/firs/:id/amendments': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ id: ids.fir }),
      readBack: async ({ c, params, sent }) => {
        const view = await firBack(c, params.id!);
        const { reason: _r, addPersons, addUnknownAccused, ...rest } = sent;
        assertSubset(nfc({ ...rest, sections: rest.sections?.map((s: { act: string; section: string }) => ({ act: s.act, section: s.section })) }), view, 'fir');
        if (addUnknownAccused?.length) assertSubset(nfc(addUnknownAccused), view.unknownAccused.slice(-addUnknownAccused.length), 'unknownAccused');
        for (const p of addPersons ?? []) {
          const box = ({ accused: 'accused', victim: 'victims', witness: 'witnesses' } as const)[p.role];
          const names = view[box].map((v) => ('personId' in p ? shown(v).id : shown(v).name));
          assert.ok(names.includes('personId' in p ? p.personId : String(nfc(p.person.name))), `${box}: the person added is there`);
        }
      },
    },
    'POST /api/v1/firs/:id/transfer': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ id: await firOf({ origin: 'zero' }) }),
      readBack: async ({ c, params, sent }) => assertSubset({ status: 'transferred', transferredToStation: sent.toStationCode }, await firBack(c, params.id!), 'fir'),
    },
    'POST /api/v1/firs/:id/efir-signature': {
      who: 'sho',
      params: async () => ({ id: await firOf({ origin: 'efir', infoType: 'electronic' }) }),
      readBack: async ({ c, params }) => assert.ok((await firBack(c, params.id!)).efirSignedAt, 'the signature is recorded'),
    },
    'POST /api/v1/cases/:firId/assignment': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ firId: await firOf({}) }),
      readBack: async ({ c, params, sent }) => assert.equal(ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file').io!.id, sent.ioUserId),
    },
    'POST /api/v1/cases/:firId/transfer': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ firId: await firOf({}) }),
      readBack: async ({ params, sent }) => assert.equal((await server.node.caseFiles.get(params.firId!)).unitCode, sent.toStationCode),
    },
    'POST /api/v1/cases/:firId/takeover': {
      who: 'sp',
      params: async () => ({ firId: await firOf({}) }),
      readBack: async ({ c, params }) => assert.equal(ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file').acting!.id, await userId(server, 'sp.pune')),
    },
    // Final report and court: the SHO is the IO of these cases; the SP reviews closures.
    'POST /api/v1/cases/:firId/crime-details': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'moCodes') return pick(fc.uniqueArray(fc.constantFrom(...CODES.moGroups.flatMap((g) => g.codes.map((c) => c.code))), { minLength: 1, maxLength: 6 }), path, schema);
        if (key === 'placeType') return pick(fc.constantFrom(...CODES.placeTypes.map((c) => c.code)), path, schema);
        if (key === 'motive') return fc.option(fc.constantFrom(...CODES.motives.map((c) => c.code)), { nil: undefined });
        if (key === 'crimeHead') return fc.option(fc.constantFrom('Theft', 'Robbery', 'Other BNS crimes'), { nil: undefined });
        return undefined;
      },
      readBack: async ({ params, sent, answer }) => {
        const cd = answer.body.crimeDetails;
        assertSubset(
          nfc({
            crimeHead: sent.crimeHead,
            crimeSubHead: sent.crimeSubHead,
            placeType: sent.placeType,
            motive: sent.motive,
            moCodes: sent.moCodes,
            properties: sent.properties,
            remarks: sent.remarks,
          }),
          cd,
          'crime details',
        );
        assert.equal(answer.body.firId, params.firId);
      },
    },
    'POST /api/v1/cases/:firId/final-reports': {
      who: 'sho',
      params: async () => ({ firId: ids.reportFir }),
      // Charge sheets: a closure would wait for review in Maharashtra and hold the case (the review driver files closures of its own).
      override: (path, schema) => {
        switch (last(path)) {
          case 'kind':
            return pick(fc.constantFrom(...CODES.finalReportKinds.filter((k) => k.kind === 'charge_sheet').map((k) => k.code)), path, schema);
          case 'accused':
            return pick(
              // Never arrested: the statuses that agree with no custody record and may be charged.
              fc
                .record({
                  personId: fc.constant(ids.reportAccused),
                  status: fc.constantFrom(...CODES.accusedStatuses.filter((c) => c.custody.includes('not_arrested') && c.sentUp).map((c) => c.code)),
                  charged: fc.constant(true),
                })
                .map((a) => [a]),
              path,
              schema,
            );
          case 'witnesses':
            return pick(fc.subarray(ids.reportOthers), path, schema);
          case 'exhibits':
            // The case has no seized items: any item id is refused (the exhibits' checks are in final-report.test.ts).
            return pick(fc.constant([]), path, schema);
          case 'sections':
            return pick(
              fc.subarray(SECTIONS.slice(0, 2), { minLength: 1 }).map((l) => l.map((x) => ({ ...x }))),
              path,
              schema,
            );
          case 'courtCode':
            return pick(fc.constantFrom('MH-PUN-CJM', 'MH-PUN-JMFC-BRM', 'MH-PUN-SESS'), path, schema);
          default:
            return undefined;
        }
      },
      readBack: async ({ sent, answer }) => {
        const report = answer.body.finalReports.at(-1)!;
        assert.equal(report.kind.code, sent.kind);
        assert.equal(report.court.code, sent.courtCode);
        assert.equal(report.status, 'filed');
        assert.deepEqual(
          report.accused.map((a) => [shown(a.person).personId, a.status, a.charged]),
          sent.accused.map((a) => [a.personId, a.status, a.charged]),
        );
        assert.deepEqual(
          report.witnesses.map((w) => shown(w).personId),
          sent.witnesses,
        );
        assertSubset(nfc({ reason: sent.reason, sections: sent.sections, documents: sent.documents, summary: sent.summary }), report, 'report');
      },
    },
    'POST /api/v1/cases/:firId/final-reports/:reportId/review': {
      who: 'sp',
      // A fresh closure awaiting review each time: a review uses it up.
      params: async () => {
        const firId = await firOf({ ioUserId: ids.sho });
        const closure = ok(
          await clients.sho.post(`/api/v1/cases/${firId}/final-reports`, { kind: 'closure_true_undetected', reason: 'Untraced after enquiries.', courtCode: 'MH-PUN-CJM' }),
          'a closure',
        );
        return { firId, reportId: closure.finalReports[0]!.id };
      },
      readBack: async ({ sent, answer }) => {
        const report = answer.body.finalReports[0]!;
        assert.equal(report.status, sent.decision === 'approved' ? 'filed' : 'returned');
        assert.equal(answer.body.status, sent.decision === 'approved' ? 'closed' : 'registered');
        assertSubset(nfc({ decision: sent.decision, remarks: sent.remarks }), report.review, 'review');
      },
    },
    'POST /api/v1/cases/:firId/victim-progress': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir }),
      override: (path, schema) =>
        last(path) === 'informedAt'
          ? pick(instantIn('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema)
          : last(path) === 'personId'
            ? fc.option(fc.constantFrom(...ids.casePersons), { nil: undefined })
            : undefined,
      readBack: async ({ sent, answer }) =>
        assertSomeSubset(
          nfc({ at: sent.informedAt, means: sent.means, note: sent.note, person: sent.personId ? { personId: sent.personId } : undefined }),
          answer.body.victimInformed,
          'progress told',
        ),
    },
    'POST /api/v1/cases/:firId/forensic-visit': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir }),
      override: (path, schema) => (last(path) === 'visitedAt' ? pick(instantIn('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema) : undefined),
      readBack: async ({ sent, answer }) =>
        assertSomeSubset(nfc({ at: sent.visitedAt, team: sent.team, videoSha256: sent.videoSha256, note: sent.note }), answer.body.forensicVisits, 'forensic visit'),
    },
    'POST /api/v1/cases/:firId/court-case': {
      who: 'sho',
      params: async () => ({ firId: ids.courtFir }),
      override: (path, schema) =>
        last(path) === 'courtCode' ? pick(fc.constantFrom(...COURTS), path, schema) : last(path) === 'registeredOn' ? pick(fc.constant('2026-03-10'), path, schema) : undefined,
      readBack: async ({ sent, answer }) =>
        assertSubset(nfc({ court: { code: sent.courtCode }, courtCaseNo: sent.courtCaseNo, registeredOn: sent.registeredOn }), answer.body.court.case, 'court case'),
    },
    'POST /api/v1/cases/:firId/hearings': {
      who: 'sho',
      params: async () => ({ firId: ids.courtFir }),
      override: (path, schema) =>
        last(path) === 'date' ? pick(fc.constant('2026-03-10'), path, schema) : last(path) === 'nextDate' ? fc.option(fc.constantFrom('2026-03-20', '2026-04-15'), { nil: undefined }) : undefined,
      readBack: async ({ sent, answer }) => assertSomeSubset(nfc(sent), answer.body.court.hearings, 'hearing'),
    },
    'POST /api/v1/cases/:firId/disposal': {
      who: 'sho',
      params: async () => ({ firId: ids.courtFir }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'judgmentDate') return pick(fc.constant('2026-03-10'), path, schema);
        // One outcome per section of the case for its accused: the same pair twice is refused.
        if (key === 'outcomes')
          return pick(
            fc
              .tuple(fc.subarray(SECTIONS.slice(0, 2), { minLength: 1 }), fc.constantFrom(...CODES.courtOutcomes.map((c) => c.code)), fc.option(fc.string({ maxLength: 40 }), { nil: undefined }))
              .map(([sections, outcome, sentence]) => sections.map((section) => ({ personId: ids.courtAccused, section: { ...section }, outcome, ...(sentence === undefined ? {} : { sentence }) }))),
            path,
            schema,
          );
        return undefined;
      },
      readBack: async ({ sent, answer }) =>
        assertSomeSubset(
          nfc({
            judgmentDate: sent.judgmentDate,
            judge: sent.judge,
            prosecutor: sent.prosecutor,
            remarks: sent.remarks,
            outcomes: sent.outcomes.map((o: { personId: string; section: unknown; outcome: string; sentence?: string; fine?: number }) => ({
              person: { personId: o.personId },
              section: o.section,
              outcome: o.outcome,
              sentence: o.sentence,
              fine: o.fine,
            })),
          }),
          answer.body.court.disposals,
          'judgment',
        ),
    },
    'POST /api/v1/cases/:firId/appeals': {
      who: 'sho',
      params: async () => ({ firId: ids.courtFir }),
      override: (path, schema) => {
        const key = last(path);
        if (key === 'courtCode') return pick(fc.constantFrom('MH-PUN-SESS', 'MH-HC-BOM'), path, schema);
        if (key === 'filedOn' || key === 'decidedOn') return pick(fc.constant('2026-03-10'), path, schema);
        if (key === 'results')
          return pick(
            fc.constantFrom(...CODES.appealResults.map((c) => c.code)).map((result) => [{ personId: ids.courtAccused, result }]),
            path,
            schema,
          );
        return undefined;
      },
      readBack: async ({ sent, answer }) =>
        assertSomeSubset(
          nfc({
            court: { code: sent.courtCode },
            appealNo: sent.appealNo,
            appellant: sent.appellant,
            filedOn: sent.filedOn,
            decidedOn: sent.decidedOn,
            remarks: sent.remarks,
            results: sent.results.map((r: { personId: string; result: string; sentence?: string }) => ({ person: { personId: r.personId }, result: r.result, sentence: r.sentence })),
          }),
          answer.body.court.appeals,
          'appeal',
        ),
    },
    'POST /api/v1/cases/:firId/diary': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir }),
      // Days of the investigation after the information (1 March) and before the clock (10 March).
      override: (path, schema) => {
        switch (last(path)) {
          case 'beganAt':
            return pick(instantIn('2026-03-02T00:00:00Z', '2026-03-08T00:00:00Z'), path, schema);
          case 'closedAt':
            return fc.option(instantIn('2026-03-08T00:00:00Z', '2026-03-10T00:00:00Z'), { nil: undefined });
          case 'personId':
            return pick(fc.constantFrom(...ids.casePersons), path, schema);
          default:
            return undefined;
        }
      },
      readBack: async ({ c, params, sent, answer }) => {
        const entry = ok(await c.get(`/api/v1/cases/${params.firId}/diary`), 'the diary').entries.find((e: { id: string }) => e.id === answer.body.id);
        assert.ok(entry, 'the entry is in the diary');
        assertSubset(nfc({ text: sent.text, places: sent.places, beganAt: sent.beganAt }), entry, 'entry');
        assertSubset(
          nfc(sent.statements.map((s: { text: string }) => ({ text: s.text }))),
          entry.statements.map((s: { text: string }) => ({ text: s.text })),
          'statements',
        );
      },
    },
    'POST /api/v1/cases/:firId/seizures': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir }),
      // Searched after the information (1 March), before the clock (10 March); categories that need no device.
      override: (path, schema) => {
        switch (last(path)) {
          case 'seizedAt':
            return pick(instantIn('2026-03-02T00:00:00Z', '2026-03-07T00:00:00Z'), path, schema);
          case 'depositedAt':
          case 'forwardedToMagistrateAt':
            return fc.option(instantIn('2026-03-07T00:00:00Z', '2026-03-10T00:00:00Z'), { nil: undefined });
          case 'category':
            return pick(fc.constantFrom('weapon', 'cash', 'document', 'clothing'), path, schema);
          // The two witnesses of the search the law asks for, named or persons on the FIR.
          case 'witnesses': {
            const named = fc.constantFrom('Ganesh More', 'Sunil Pawar', 'Latika Shinde').map((name) => ({ name }));
            const onRecord = fc.constantFrom(...ids.casePersons).map((personId) => ({ personId }));
            return pick(fc.array(fc.oneof(named, onRecord), { minLength: 2, maxLength: 4 }), path, schema);
          }
          case 'device':
            return fc.constant(undefined);
          case 'personId':
            return pick(fc.constantFrom(...ids.casePersons), path, schema);
          case 'userId':
            return pick(fc.constant(ids.io), path, schema);
          default:
            return undefined;
        }
      },
      readBack: async ({ c, sent, answer }) => {
        const { items, witnesses: _w, depositedWith: _d, depositedAt: _a, video, ...memo } = sent;
        assertSubset(nfc(memo), answer.body, 'seizure');
        if (video) assertSubset(nfc(video), answer.body.video, 'video');
        assert.equal(answer.body.witnesses.length, sent.witnesses.length, 'witnesses');
        for (const [i, item] of items.entries()) {
          const back = ok(await c.get(`/api/v1/stations/MH-PUN-PS01/property-room/${answer.body.items[i]!.id}`), 'the item in the register');
          assertSubset(nfc(item), back, `items[${i}]`);
          assert.equal(back.place, 'malkhana');
        }
      },
    },
    'POST /api/v1/cases/:firId/property/:itemId/moves': {
      who: 'sho',
      // A fresh item in the property room for each request: a moved item is elsewhere.
      params: async () => ({ firId: ids.caseFir, itemId: await seizedItem() }),
      override: (path, schema) => {
        switch (last(path)) {
          case 'kind':
            return pick(fc.constantFrom('sent_to_fsl', 'sent_to_court', 'returned_to_owner', 'disposed_by_court_order'), path, schema);
          case 'at':
            return pick(instantIn('2026-03-09T04:00:00Z', '2026-03-10T04:00:00Z'), path, schema);
          case 'userId':
            return pick(fc.constant(ids.io), path, schema);
          default:
            return undefined;
        }
      },
      readBack: async ({ c, params, sent }) => {
        const back = ok(await c.get(`/api/v1/stations/MH-PUN-PS01/property-room/${params.itemId}`), 'the item in the register');
        const move = back.chain.at(-1)!;
        assertSubset(
          nfc({ kind: sent.kind, at: sent.at, destination: sent.destination ?? null, reference: sent.reference ?? null, orderRef: sent.orderRef ?? null, note: sent.note ?? null }),
          move,
          'move',
        );
        for (const side of ['handedBy', 'receivedBy'] as const) {
          const party = sent[side];
          if (party && 'name' in party) assertSubset(nfc({ name: party.name, designation: party.designation ?? null }), move[side], side);
          if (party && 'userId' in party) assert.equal(move[side].user!.id, party.userId, side);
        }
      },
    },
    'POST /api/v1/cases/:firId/property/:itemId/court-steps': {
      who: 'sho',
      params: async () => ({ firId: ids.caseFir, itemId: await seizedItem({ toCourt: true }) }),
      override: (path, schema) => (last(path) === 'at' ? pick(instantIn('2026-03-09T05:00:00Z', '2026-03-10T04:00:00Z'), path, schema) : undefined),
      readBack: async ({ c, params, sent }) => {
        const back = ok(await c.get(`/api/v1/stations/MH-PUN-PS01/property-room/${params.itemId}`), 'the item in the register');
        assertSubset(sent.at, sent.step === 'statement_prepared' ? back.statementAt : back.disposalOrderAt, sent.step);
      },
    },
    'POST /api/v1/cases/:firId/arrests': {
      who: 'sho',
      params: async () => ({ firId: ids.arrestFir }),
      override: (path, schema) => {
        const codes = loadInvestigationCodes();
        switch (last(path)) {
          case 'personId':
            return pick(fc.constantFrom(...ids.arrestPersons), path, schema);
          case 'outcome':
            return pick(fc.constantFrom(...codes.arrestOutcomes.map((o) => o.code)), path, schema);
          case 'relationship':
            return pick(fc.constantFrom(...codes.informedRelationships.map((o) => o.code)), path, schema);
          case 'category':
            return pick(fc.constantFrom(...codes.handcuffCategories.map((o) => o.code)), path, schema);
          case 'rank':
            return pick(fc.constantFrom(...codes.policeRanks.map((o) => o.code)), path, schema);
          case 'at':
            return pick(instantIn('2026-03-02T00:00:00Z', '2026-03-06T00:00:00Z'), path, schema);
          case 'informedAt':
          case 'custodyUntil':
            return pick(instantIn('2026-03-06T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema);
          case 'grantedAt':
            return pick(instantIn('2026-03-01T12:00:00Z', '2026-03-02T00:00:00Z'), path, schema);
          default:
            return undefined;
        }
      },
      readBack: async ({ c, params, sent, answer }) => {
        const file = ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file');
        const accused = file.accused.find((a: { code: string | null }) => a.code === answer.body.code);
        assert.ok(accused, 'the accused is on the case file with the code');
        assertSubset(nfc({ id: sent.personId }), accused.person, 'person');
        assertSubset(nfc({ place: sent.place, outcome: sent.outcome, at: new Date(sent.at).toISOString() }), accused.arrests.at(-1), 'arrest');
      },
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/production': {
      who: 'sho',
      params: async () => ({ firId: ids.arrestFir, arrestId: ids.arrests[0]! }),
      override: (path, schema) => (last(path) === 'at' ? pick(instantIn('2026-03-02T05:00:00Z', '2026-03-09T00:00:00Z'), path, schema) : undefined),
      readBack: async ({ c, params, sent }) => {
        const file = ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file');
        const arrest = file.accused.flatMap((a) => a.arrests).find((a) => a.id === params.arrestId);
        assertSubset(nfc({ court: sent.court, magistrate: sent.magistrate, at: new Date(sent.at).toISOString() }), arrest!.production, 'production');
      },
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/custody': {
      who: 'sho',
      params: async () => ({ firId: ids.arrestFir, arrestId: ids.arrests[1]! }),
      override: (path, schema) =>
        last(path) === 'from'
          ? pick(instantIn('2026-03-02T05:00:00Z', '2026-03-09T00:00:00Z'), path, schema)
          : last(path) === 'until'
            ? fc.option(instantIn('2026-03-03T00:00:00Z', '2026-03-20T00:00:00Z'), { nil: undefined })
            : undefined,
      readBack: async ({ c, params, sent }) => {
        const file = ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file');
        const accused = file.accused.find((a) => a.arrests.some((x) => x.id === params.arrestId))!;
        const period = accused.custody.find((p) => p.from === new Date(sent.from).toISOString() && p.kind === sent.kind);
        assert.ok(period, 'the order is in the ledger');
        assertSubset(nfc({ court: sent.court, orderReference: sent.orderReference }), period, 'period');
      },
    },
    'POST /api/v1/cases/:firId/absconding': {
      who: 'sho',
      params: async () => ({ firId: ids.arrestFir }),
      override: (path, schema) =>
        last(path) === 'personId'
          ? pick(fc.constantFrom(...ids.arrestPersons), path, schema)
          : last(path) === 'since'
            ? pick(instantIn('2026-03-02T00:00:00Z', '2026-03-09T00:00:00Z'), path, schema)
            : undefined,
      readBack: async ({ c, params, sent }) => {
        const accused = ok(await c.get(`/api/v1/cases/${params.firId}`), 'the case file').accused.find((a) => !a.person.masked && a.person.id === sent.personId);
        assertSubset(nfc({ status: 'absconding', absconding: { since: new Date(sent.since).toISOString(), note: sent.note } }), accused, 'accused');
      },
    },
    'POST /api/v1/gd': {
      who: 'sho',
      override: stationOverride,
      readBack: async (ctx) => assertSubset(nfc({ kind: ctx.sent.kind, text: ctx.sent.text, officer: ctx.sent.officer, refId: ctx.sent.firId }), await gdBack(ctx), 'gd'),
    },
    'POST /api/v1/gd/corrections': {
      who: 'sho',
      override: stationOverride,
      readBack: async (ctx) => {
        const entry = await gdBack(ctx);
        assertSubset({ correctsId: ctx.sent.correctsId }, entry, 'gd');
        // The diary writes which entry is corrected before the words of the correction.
        assert.ok(entry.text.endsWith(String(nfc(ctx.sent.text))), `gd.text: read back ${JSON.stringify(entry.text)}, sent ${JSON.stringify(ctx.sent.text)}`);
      },
    },
    'POST /api/v1/persons/:id/same-as': {
      who: 'sho',
      override: stationOverride,
      params: async () => ({ id: ids.persons[counter++ % ids.persons.length]! }),
      readBack: async ({ c, params, sent, answer }) => {
        const found = (await marksOf(c, params.id!)).marks.find((m: { id: string }) => m.id === answer.body.id);
        assert.ok(found, 'the mark is listed');
        assertSubset(nfc({ reason: sent.reason }), found, 'mark');
      },
    },
    'POST /api/v1/same-person-marks/:id/withdraw': {
      who: 'sho',
      params: async () => ({ id: await mark() }),
      readBack: async ({ c, sent, answer }) => {
        const found = (await marksOf(c, answer.body.personA)).marks.find((m: { id: string }) => m.id === answer.body.id);
        assert.ok(found, 'the mark is listed');
        assertSubset(nfc({ withdrawReason: sent.reason }), found, 'mark');
      },
    },
    'POST /api/v1/alerts': {
      who: 'scrb',
      override: (path, schema) =>
        last(path) === 'targetUnit'
          ? pick(fc.constantFrom('MH', 'MH-PUN', 'MH-PUN-PS01'), path, schema)
          : last(path) === 'expiresAt'
            ? fc.option(instantIn('2026-04-01T00:00:00Z', '2027-01-01T00:00:00Z'), { nil: undefined })
            : last(path) === 'photoSha256'
              ? fc.constant(undefined)
              : undefined,
      readBack: async ({ c, sent, answer }) => {
        const found = ok(await c.get('/api/v1/alerts?status=all'), 'the alerts').alerts.find((a: { id: string }) => a.id === answer.body.id);
        assert.ok(found, 'the alert is listed');
        assertSubset(nfc({ kind: sent.kind, title: sent.title, details: sent.details, targetUnit: sent.targetUnit ?? 'MH', expiresAt: sent.expiresAt }), found, 'alert');
      },
    },
    'POST /api/v1/alerts/:id/withdraw': {
      who: 'scrb',
      params: async () => ({ id: await alert() }),
      readBack: async ({ c, params, sent }) => {
        const found = ok(await c.get('/api/v1/alerts?status=all'), 'the alerts').alerts.find((a: { id: string }) => a.id === params.id);
        assertSubset(nfc({ status: 'withdrawn', withdrawReason: sent.reason }), found, 'alert');
      },
    },
    'POST /api/v1/nodes': {
      who: 'stateAdmin',
      override: (path, schema) => (last(path) === 'unitCode' ? pick(fc.constantFrom('MH-PUN-PS01', 'MH-PUN-PS02', 'MH-NSK-PS01', 'MH-NSK-PS02', 'MH-NGP-PS01', 'MH-PUN'), path, schema) : undefined),
      readBack: async ({ c, sent, answer }) => {
        const found = ok(await c.get('/api/v1/nodes'), 'the nodes').nodes.find((n: { id: string }) => n.id === answer.body.node.id);
        assert.ok(found, 'the node is listed');
        assertSubset(nfc({ unitCode: sent.unitCode, status: 'pending', ...(sent.label ? { label: sent.label } : {}) }), found, 'node');
      },
    },
    'POST /api/v1/nodes/:id/revoke': {
      who: 'stateAdmin',
      params: async () => ({ id: await stateNode() }),
      readBack: async ({ c, params }) =>
        assertSubset(
          { status: 'revoked' },
          ok(await c.get('/api/v1/nodes'), 'the nodes').nodes.find((n: { id: string }) => n.id === params.id),
          'node',
        ),
    },
  });

  const writeRoutes = allRoutes.filter((r) => r.method !== 'GET');
  const key = (r: RouteDef) => `${r.method} ${r.path}`;

  test('every write route is driven, or excluded with a reason', () => {
    const missing = writeRoutes.map(key).filter((k) => !DRIVERS[k] && !EXCLUDED[k]);
    assert.deepEqual(missing, [], `write routes the fuzzer does not know: give each a driver in write-fuzz.test.ts, or an exclusion saying why`);
    const stale = [...Object.keys(DRIVERS), ...Object.keys(EXCLUDED)].filter((k) => !writeRoutes.some((r) => key(r) === k));
    assert.deepEqual(stale, [], 'drivers and exclusions of routes that no longer exist');
    for (const r of writeRoutes) if (DRIVERS[key(r)]) assert.ok(r.body || r.params || r.query, `${key(r)} has a schema to generate from`);
  });

  /** Who sends a route's requests: a fresh token for the user changing their own password (a change may end the others). */
  async function sender(who: Who): Promise<{ c: ApiClient; srv: TestServer }> {
    if (who === 'self') return { c: await bearer(server, ids.self), srv: server };
    return { c: clients[who], srv: who === 'stateAdmin' ? stateServer : server };
  }

  function urlOf(r: RouteDef, params: Record<string, string>): string {
    return r.path.replace(/:([a-zA-Z]+)/g, (_m, name: string) => encodeURIComponent(params[name] ?? ''));
  }

  interface Outcome {
    route: string;
    status: number;
    body: string;
    problem: unknown;
    mutation?: Mutation;
  }

  /** One request and the four properties. Returns nothing; throws with the request when one fails. */
  async function check(r: RouteDef, d: AnyDriver, value: unknown, mutation: Mutation | undefined): Promise<void> {
    const { c, srv } = await sender(d.who);
    const params = d.params ? await d.params() : {};
    const text = value === undefined ? undefined : bodyText(value);
    const before = await snapshot(srv);
    const answer = await c.request(r.method, urlOf(r, params), undefined, text === undefined ? {} : { raw: text, headers: { 'content-type': 'application/json' } });
    const outcome: Outcome = { route: key(r), status: answer.status, body: text ?? '', problem: answer.body, mutation };
    const where = () => `\n${JSON.stringify(outcome, null, 1).slice(0, 3000)}`;
    STATS[key(r)] ??= {};
    STATS[key(r)]![answer.status] = (STATS[key(r)]![answer.status] ?? 0) + 1;
    if (process.env.FUZZ_DEBUG && !mutation && answer.status >= 400) console.log(key(r), answer.status, JSON.stringify(answer.body).slice(0, 300));
    assert.ok(answer.status < 500, `never a server error${where()}`);
    if (answer.status >= 400) {
      assert.deepEqual(await snapshot(srv), before, `a refusal changes nothing${where()}`);
    } else {
      // As the server reads it: a JSON null is no body.
      const parsed = r.body ? (r.body as z.ZodType).safeParse(value ?? undefined) : undefined;
      assert.ok(!parsed || parsed.success, `an accepted body passes its route's schema${where()}`);
      const sent = parsed?.data;
      try {
        await d.readBack({ c, srv, params, sent, answer });
      } catch (err) {
        throw new Error(`an accepted body reads back equal: ${(err as Error).message}${where()}`, { cause: err });
      }
    }
    if (mutation?.kind === 'forbidden-character' && !/password/i.test(String(mutation.path.at(-1)))) {
      const field = mutation.path.join('.');
      assert.equal(answer.status, 400, `a forbidden character (U+${mutation.character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) in ${field} is refused${where()}`);
      const named = (refused(answer).body.errors ?? []).some((e) => e.path === field || e.path.endsWith(`.${field}`) || field.endsWith(String(e.path)));
      assert.ok(named, `the refusal names ${field}${where()}`);
    }
  }

  for (const r of allRoutes.filter((x) => x.method !== 'GET')) {
    const d = DRIVERS[key(r)];
    if (!d || (ONLY && !key(r).includes(ONLY))) continue;
    const schema = r.body as z.ZodType | undefined;

    test(`${key(r)}: valid and malformed bodies`, async () => {
      const valid = schema ? validArbitrary(schema, d.override) : fc.constant(undefined);
      // Half valid, half broken at one place (a wrong type, an unknown or missing key, a bound, awkward text).
      const arb = fc
        .tuple(valid, fc.boolean(), fc.nat(), fc.nat())
        .map(([v, broken, where, how]) => (broken && schema ? (mutate(schema, v, where, how) ?? { value: v, mutation: undefined }) : { value: v, mutation: undefined }));
      await fc.assert(
        fc.asyncProperty(arb, async ({ value, mutation }) => check(r, d, value, mutation)),
        { numRuns: RUNS, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK },
      );
    });

    if (!schema) continue;
    test(`${key(r)}: text is made safe (forbidden characters refused, NFC stored)`, async () => {
      const arb = fc.tuple(validArbitrary(schema, d.override), fc.nat(), fc.nat()).map(([v, where, how]) => mutate(schema, v, where, how, { onlyText: true }));
      await fc.assert(
        fc.asyncProperty(arb, async (m) => {
          if (m) await check(r, d, m.value, m.mutation);
        }),
        { numRuns: TEXT_RUNS, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK },
      );
    });
  }
});
