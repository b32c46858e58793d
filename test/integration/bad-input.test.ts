/**
 * Every kind of bad input gets the right 4xx, an RFC 9457 problem whose detail is a sentence
 * for a person, and writes nothing: no event, no change to any user, no lockout counter.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { hashPassword } from '../../src/access/passwords.js';
import { totpCode } from '../../src/access/totp.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { TITLES } from '../../src/errors.js';
import { isInvalidTextDbError } from '../../src/storage/db-errors.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, type Answer } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { refused, ok as succeeded } from '../support/answers.js';

const JSON_CT = { 'content-type': 'application/json' };
const VALID_USER = { username: 'new.writer', displayName: 'New Writer', role: 'station_writer', unitCode: 'MH-PUN-PS01' };
const OVERSIZED = 'x'.repeat(300 * 1024);
/** Ids for bodies whose cases never reach the handler (they are refused while parsing). */
const SOME_ID = '01a21f00-0000-7000-8000-000000000001';

/**
 * A valid IIF-1 body: a motorcycle theft the day before the test clock. (station-records.test.ts
 * has theftFir(), but importing a test file would run its whole suite here too.)
 */
function firBody(overrides: Record<string, unknown> = {}) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: '2026-03-09T01:00:00+05:30',
    occurredTo: '2026-03-09T05:00:00+05:30',
    infoReceivedAt: '2026-03-09T09:30:00+05:30',
    place: { address: 'Near Bhigwan Chowk, Baramati' },
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { person: { name: 'Suresh Pawar', gender: 'male', age: 41 } },
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house.',
    ...overrides,
  };
}
const VALID_COMPLAINT = { stationCode: 'MH-PUN-PS01', complainant: { person: { name: 'Meera Kale' } }, description: 'My phone was snatched.', place: 'Bus stand' };
/** A seizure memo (IIF-4): a knife, two witnesses, deposited with the property room's keeper. */
const VALID_SEIZURE = {
  seizedAt: '2026-03-10T09:00:00+05:30',
  place: 'House of the accused',
  items: [{ description: 'Knife with a wooden handle', category: 'weapon', quantity: '1' }],
  witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
  depositedWith: { name: 'HC Shinde' },
};
const VALID_ALERT = { kind: 'missing_person', title: 'Missing child: Aarav, 7', details: 'Last seen at Swargate bus stand in a red shirt.' };
/** The start of a PNG and of a JPEG: enough for the type to be sniffed. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);

interface Expect {
  /** The problem type's last segment, e.g. "validation". */
  type?: string;
  detail?: RegExp;
  /** A field that must be named in errors[].path … */
  field?: string;
  /** … with a message like this. */
  message?: RegExp;
}

/** An RFC 9457 answer with the status, a known title, and a detail a person can read. */
function assertProblem(r: Answer, status: number, expect: Expect = {}): void {
  assert.ok(r.status < 500, `never a server error (got ${r.status} ${JSON.stringify(r.body)})`);
  const problem = refused(r, status, `expected ${status}, got ${r.status} ${JSON.stringify(r.body)}`).body;
  assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
  assert.match(problem.type, /^https:\/\/cctns\.example\/problems\/[a-z-]+$/);
  assert.equal(problem.title, TITLES[status]);
  assert.equal(problem.status, status);
  assertSentence(problem.detail);
  if (expect.type) assert.equal(problem.type.split('/').pop(), expect.type);
  if (expect.detail) assert.match(problem.detail, expect.detail);
  if (expect.field) {
    assert.ok(Array.isArray(problem.errors), 'field errors are listed');
    const e = problem.errors.find((x) => x.path === expect.field);
    assert.ok(e, `errors[] names "${expect.field}": ${JSON.stringify(problem.errors)}`);
    assertSentence(e.message, { capital: false });
    if (expect.message) assert.match(e.message, expect.message);
  }
}

/** One line of words: no stack trace, no error class names, no internals. */
function assertSentence(text: unknown, opts: { capital?: boolean } = {}): void {
  assert.equal(typeof text, 'string');
  const s = text as string;
  assert.ok(s.length >= 5 && s.length <= 400, `a sentence, not ${s.length} characters`);
  if (opts.capital !== false) assert.match(s, /^[A-Z]/, `starts like a sentence: ${s}`);
  assert.doesNotMatch(s, /\n/, 'one line');
  assert.doesNotMatch(s, /\bError:|^\s*at |\bat .+:\d+:\d+|\bFST_|ZodError|\[object |\bundefined\b/, `no internals: ${s}`);
}

describe('bad input', () => {
  let server: TestServer;
  const clock = new ManualClock('2026-03-10T04:30:00Z');
  /** A station writer at MH-PUN-PS01, the target of the /users/:id routes. */
  let targetId: string;
  let admin: ApiClient | undefined;
  /**
   * Node registration needs a node that enrols others (the main one is standalone): the state
   * node of Maharashtra, with a Delhi station (not below it) and a national administrator (whose
   * jurisdiction covers Delhi, so that only the node's own rule refuses it).
   */
  let stateServer: TestServer;

  before(async () => {
    stateServer = await startTestServer({ clock, listen: false, node: { tier: 'state', unit: 'MH' } });
    const sn = stateServer.node;
    await sn.events.transaction(async (tx) => {
      await sn.units.create(tx, { code: 'DL-NDL', kind: 'district', parentCode: 'DL', nameEn: 'New Delhi', nameHi: 'नई दिल्ली' }, 'test');
      await sn.units.create(tx, { code: 'DL-NDL-SD1', kind: 'subdivision', parentCode: 'DL-NDL', nameEn: 'Chanakyapuri', nameHi: 'चाणक्यपुरी' }, 'test');
      await sn.units.create(tx, { code: 'DL-NDL-PS01', kind: 'police_station', parentCode: 'DL-NDL-SD1', nameEn: 'Test Station', nameHi: 'परीक्षण थाना' }, 'test');
      await sn.users.create(
        tx,
        {
          id: randomUUID(),
          username: 'admin.in',
          displayName: 'National Administrator',
          role: 'administrator',
          unitCode: 'IN',
          language: 'en',
          passwordHash: 'x',
          mustChangePassword: false,
          totpSecret: null,
        },
        'test',
      );
    });
    server = await startTestServer({ clock, listen: false });
    targetId = randomUUID();
    const passwordHash = await hashPassword('bad-input-target-password');
    await server.node.events.transaction((tx) =>
      server.node.users.create(
        tx,
        {
          id: targetId,
          username: 'target.writer',
          displayName: 'Target Writer',
          role: 'station_writer',
          unitCode: 'MH-PUN-PS01',
          language: 'en',
          passwordHash,
          mustChangePassword: false,
          totpSecret: null,
        },
        'test',
      ),
    );
  });
  after(async () => {
    await stateServer?.close();
    await server.close();
  });

  /** A fresh cookie session. Spaced two minutes apart, well inside the per-account sign-in rate. */
  async function signedIn(username: string): Promise<ApiClient> {
    clock.advance(90);
    const c = new ApiClient(server.app);
    await c.signIn(username, DEMO_PASSWORD, server.demo.users[username]!.totpSecret, clock);
    return c;
  }

  /** The administrator of Maharashtra, signed in again when the session has lapsed. */
  async function adminClient(): Promise<ApiClient> {
    if (!admin || (await admin.get('/api/v1/me')).status !== 200) admin = await signedIn('admin.mh');
    return admin;
  }

  let station: ApiClient | undefined;
  /** The SHO of MH-PUN-PS01 with a bearer token: may do everything at the station. */
  async function stationClient(): Promise<ApiClient> {
    if (!station) {
      station = new ApiClient(server.app);
      station.bearer = (await server.node.tokens.create((await server.node.users.byUsername('sho.pune1'))!.id, 'bad input', null, 'test')).token;
    }
    return station;
  }

  /** A bearer client of a user of the given server. */
  async function bearerOf(srv: TestServer, username: string): Promise<ApiClient> {
    const c = new ApiClient(srv.app);
    c.bearer = (await srv.node.tokens.create((await srv.node.users.byUsername(username))!.id, 'bad input', null, 'test')).token;
    return c;
  }

  let issuer: ApiClient | undefined;
  /** The SP of Pune with a bearer token: issues and withdraws alerts to the district. */
  async function issuerClient(): Promise<ApiClient> {
    return (issuer ??= await bearerOf(server, 'sp.pune'));
  }

  let stateAdmin: ApiClient | undefined;
  /** The administrator of Maharashtra on the state node: registers and revokes station nodes. */
  async function stateAdminClient(): Promise<ApiClient> {
    return (stateAdmin ??= await bearerOf(stateServer, 'admin.mh'));
  }

  /** An alert of the SP (to withdraw) and a node at the state (to revoke), made once. */
  const sync = { alert: '', node: '' };
  async function alertAndNode(): Promise<typeof sync> {
    if (sync.alert) return sync;
    const issued = await (await issuerClient()).post('/api/v1/alerts', VALID_ALERT);
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    const added = await (await stateAdminClient()).post('/api/v1/nodes', { unitCode: 'MH-NGP-PS01' });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    [sync.alert, sync.node] = [issued.body.id, added.body.node.id];
    return sync;
  }

  /** Records at MH-PUN-PS01 that the write routes act on, made once. */
  const rec = { complaint: '', fir: '', efir: '', gd: '', person: '', mark: '' };
  async function stationRecords(): Promise<typeof rec> {
    if (rec.fir) return rec;
    const c = await stationClient();
    const made = [
      await c.post('/api/v1/complaints', VALID_COMPLAINT),
      await c.post('/api/v1/firs', firBody()),
      await c.post('/api/v1/firs', firBody({ origin: 'efir', infoType: 'electronic' })),
      await c.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'information', text: 'Telephone information of a theft.' }),
    ];
    for (const r of made) assert.equal(r.status, 201, JSON.stringify(r.body));
    [rec.complaint, rec.fir, rec.efir, rec.gd] = made.map((r) => succeeded(r).body.id) as [string, string, string, string];
    // A person on record, and a same-person mark between two others (to withdraw).
    const onRecord = async (id: string) => (await server.node.persons.onRecord('fir', id)).find((p) => p.role === 'complainant')!.person_id;
    rec.person = await onRecord(rec.fir);
    const third = succeeded(await c.post('/api/v1/firs', firBody()));
    const fourth = succeeded(await c.post('/api/v1/firs', firBody()));
    const mark = await c.post(`/api/v1/persons/${await onRecord(third.body.id)}/same-as`, { personId: await onRecord(fourth.body.id), reason: 'Same man, same address' });
    assert.equal(mark.status, 201, JSON.stringify(mark.body));
    rec.mark = mark.body.id;
    return rec;
  }

  /** An investigating officer of another station (MH-PUN-PS02). */
  let otherIoId: string | undefined;
  async function otherStationIo(): Promise<string> {
    if (!otherIoId) {
      const id = randomUUID();
      await server.node.events.transaction((tx) =>
        server.node.users.create(
          tx,
          {
            id,
            username: 'io.pune2',
            displayName: 'SI Other Station',
            role: 'investigating_officer',
            unitCode: 'MH-PUN-PS02',
            language: 'en',
            passwordHash: 'x',
            mustChangePassword: false,
            totpSecret: null,
          },
          'test',
        ),
      );
      otherIoId = id;
    }
    return otherIoId;
  }

  async function snapshot(srv: TestServer) {
    const db = srv.node.storage.db;
    const count = async (table: 'events' | 'users' | 'blobs') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      events: await count('events'),
      userCount: await count('users'),
      users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
      loginState: await db.selectFrom('login_state').selectAll().orderBy('user_id').execute(),
      // Stored files, alerts and the nodes enrolled below (the last two are not all events).
      blobs: await count('blobs'),
      alerts: await db.selectFrom('alerts').selectAll().orderBy('id').execute(),
      nodes: await db.selectFrom('sync_nodes').selectAll().orderBy('id').execute(),
      // The records themselves, not only their events (a half-written record would show here).
      records: await Promise.all(
        (['firs', 'complaints', 'gd_entries', 'persons', 'law_section_versions'] as const).map(async (table) =>
          Number(
            (
              await db
                .selectFrom(table)
                .select((eb) => eb.fn.countAll().as('n'))
                .executeTakeFirstOrThrow()
            ).n,
          ),
        ),
      ),
    };
  }

  /**
   * Runs the request and checks that the events, the users, the lockout state, the files, the
   * alerts and the registered nodes are as they were (on the main node, or the one given).
   */
  async function nothingWritten(send: () => Promise<Answer>, srv: TestServer = server): Promise<Answer> {
    const before = await snapshot(srv);
    const r = await send();
    assert.deepEqual(await snapshot(srv), before, 'nothing was written');
    return r;
  }

  async function deniedCount(username: string, action: string, srv: TestServer = server): Promise<number> {
    const rows = await srv.node.storage.db.selectFrom('audit_log').select('id').where('actor_username', '=', username).where('action', '=', action).where('outcome', '=', 'denied').execute();
    return rows.length;
  }

  test('POST /api/v1/users: each kind of bad body', async (t) => {
    const raw = (body: string, headers: Record<string, string>) => (c: ApiClient) => c.request('POST', '/api/v1/users', undefined, { raw: body, headers });
    const send = (body: unknown) => (c: ApiClient) => c.request('POST', '/api/v1/users', body);
    const { unitCode: _u, ...withoutUnit } = VALID_USER;
    const cases: { name: string; send: (c: ApiClient) => Promise<Answer>; status: number; expect?: Expect }[] = [
      { name: 'malformed JSON', send: raw('{"username":', JSON_CT), status: 400, expect: { type: 'malformed-json', detail: /JSON/ } },
      { name: 'empty body with a JSON content type', send: raw('', JSON_CT), status: 400, expect: { type: 'empty-body', detail: /empty/ } },
      { name: 'a __proto__ key', send: raw('{"__proto__":{"isAdmin":true},"username":"x"}', JSON_CT), status: 400 },
      { name: 'JSON null', send: raw('null', JSON_CT), status: 400, expect: { type: 'validation' } },
      { name: 'a JSON array', send: send([]), status: 400, expect: { type: 'validation', field: '(root)', message: /must be object/ } },
      { name: 'wrong type', send: send({ ...VALID_USER, username: 42 }), status: 400, expect: { field: 'username', message: /must be string/ } },
      {
        name: 'every field missing',
        send: send({}),
        status: 400,
        expect: { type: 'validation', detail: /4 problems/, field: 'username', message: /required/ },
      },
      { name: 'one field missing', send: send(withoutUnit), status: 400, expect: { field: 'unitCode', message: /required/ } },
      { name: 'unknown field', send: send({ ...VALID_USER, isAdmin: true }), status: 400, expect: { type: 'validation', detail: /"isAdmin"/ } },
      { name: 'username not allowed', send: send({ ...VALID_USER, username: 'X' }), status: 400, expect: { field: 'username', message: /lower-case/ } },
      { name: 'unknown role', send: send({ ...VALID_USER, role: 'superuser' }), status: 400, expect: { field: 'role', message: /one of/ } },
      { name: 'unknown unit', send: send({ ...VALID_USER, unitCode: 'MH-XXX-PS99' }), status: 400, expect: { field: 'unitCode', detail: /MH-XXX-PS99/ } },
      {
        name: 'role does not fit the unit (a station writer at a district)',
        send: send({ ...VALID_USER, unitCode: 'MH-PUN' }),
        status: 400,
        expect: { type: 'role-unit-mismatch', field: 'role', detail: /police_station/ },
      },
      { name: 'duplicate username', send: send({ ...VALID_USER, username: 'writer.pune1' }), status: 409, expect: { type: 'username-taken', detail: /writer\.pune1/ } },
      { name: 'duplicate username in capitals', send: send({ ...VALID_USER, username: 'Writer.Pune1' }), status: 409, expect: { type: 'username-taken' } },
      { name: 'body over 256 KiB', send: send({ ...VALID_USER, displayName: OVERSIZED }), status: 413, expect: { type: 'too-large', detail: /256 KiB/ } },
      { name: 'text/plain', send: raw(JSON.stringify(VALID_USER), { 'content-type': 'text/plain' }), status: 415, expect: { detail: /application\/json/ } },
      {
        name: 'form-urlencoded',
        send: raw(new URLSearchParams(VALID_USER).toString(), { 'content-type': 'application/x-www-form-urlencoded' }),
        status: 415,
        expect: { detail: /application\/json/ },
      },
      { name: 'no content type', send: raw(JSON.stringify(VALID_USER), {}), status: 415 },
    ];
    const c = await adminClient();
    for (const k of cases) {
      await t.test(k.name, async () => assertProblem(await nothingWritten(() => k.send(c)), k.status, k.expect));
    }
  });

  /**
   * Every write route open to a signed-in user, with a valid body and one of its required fields
   * (none for a body with no fields). Station-records routes are sent by the station's SHO.
   */
  const WRITE_ROUTES: Record<string, { url: () => string; valid: Record<string, unknown>; field?: string; station?: true; as?: 'issuer' | 'stateAdmin' }> = {
    'PATCH /api/v1/me': { url: () => '/api/v1/me', valid: { language: 'hi' }, field: 'language' },
    'POST /api/v1/me/password': {
      url: () => '/api/v1/me/password',
      valid: { currentPassword: DEMO_PASSWORD, newPassword: 'a perfectly good passphrase' },
      field: 'newPassword',
    },
    'POST /api/v1/users': { url: () => '/api/v1/users', valid: VALID_USER, field: 'displayName' },
    'POST /api/v1/users/:id/disable': { url: () => `/api/v1/users/${targetId}/disable`, valid: { reason: 'bad input check' }, field: 'reason' },
    'POST /api/v1/users/:id/enable': { url: () => `/api/v1/users/${targetId}/enable`, valid: { reason: 'bad input check' }, field: 'reason' },
    'POST /api/v1/users/:id/reset': { url: () => `/api/v1/users/${targetId}/reset`, valid: { reason: 'bad input check' }, field: 'reason' },
    'POST /api/v1/users/:id/unlock': { url: () => `/api/v1/users/${targetId}/unlock`, valid: { reason: 'bad input check' }, field: 'reason' },
    'POST /api/v1/law/sections/:act/:section/corrections': {
      url: () => '/api/v1/law/sections/BNS/303(2)/corrections',
      valid: { changes: { title: 'Theft (bad input check)' }, reason: 'bad input check of a correction', source: 'BNS 2023' },
      field: 'reason',
    },
    'POST /api/v1/complaints': { url: () => '/api/v1/complaints', valid: VALID_COMPLAINT, field: 'description', station: true },
    'POST /api/v1/complaints/:id/assign': { url: () => `/api/v1/complaints/${rec.complaint}/assign`, valid: { officerUserId: SOME_ID }, field: 'officerUserId', station: true },
    'POST /api/v1/complaints/:id/close': {
      url: () => `/api/v1/complaints/${rec.complaint}/close`,
      valid: { closure: 'disposed', note: 'Enquiry found nothing cognizable' },
      field: 'note',
      station: true,
    },
    'POST /api/v1/complaints/:id/convert': { url: () => `/api/v1/complaints/${rec.complaint}/convert`, valid: firBody(), field: 'briefFacts', station: true },
    'POST /api/v1/firs': { url: () => '/api/v1/firs', valid: firBody(), field: 'briefFacts', station: true },
    'POST /api/v1/firs/:id/amendments': { url: () => `/api/v1/firs/${rec.fir}/amendments`, valid: { reason: 'Witness statement recorded', briefFacts: 'More facts.' }, field: 'reason', station: true },
    'POST /api/v1/firs/:id/transfer': {
      url: () => `/api/v1/firs/${rec.fir}/transfer`,
      valid: { toStationCode: 'MH-NSK-PS01', reason: 'Offence occurred in Nashik' },
      field: 'toStationCode',
      station: true,
    },
    'POST /api/v1/firs/:id/efir-signature': { url: () => `/api/v1/firs/${rec.efir}/efir-signature`, valid: {}, station: true },
    'POST /api/v1/cases/:firId/assignment': { url: () => `/api/v1/cases/${rec.fir}/assignment`, valid: { ioUserId: SOME_ID }, field: 'ioUserId', station: true },
    'POST /api/v1/cases/:firId/diary': {
      url: () => `/api/v1/cases/${rec.fir}/diary`,
      valid: { beganAt: '2026-03-10T09:45:00+05:30', text: 'Visited the place of occurrence.' },
      field: 'text',
      station: true,
    },
    'POST /api/v1/cases/:firId/transfer': {
      url: () => `/api/v1/cases/${rec.fir}/transfer`,
      valid: { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' },
      field: 'reason',
      station: true,
    },
    'POST /api/v1/cases/:firId/seizures': { url: () => `/api/v1/cases/${rec.fir}/seizures`, valid: VALID_SEIZURE, field: 'place', station: true },
    'POST /api/v1/cases/:firId/property/:itemId/moves': {
      url: () => `/api/v1/cases/${rec.fir}/property/${SOME_ID}/moves`,
      valid: { kind: 'sent_to_fsl', at: '2026-03-10T09:45:00+05:30', receivedBy: { name: 'FSL clerk' }, destination: 'RFSL Pune' },
      field: 'kind',
      station: true,
    },
    'POST /api/v1/cases/:firId/property/:itemId/court-steps': {
      url: () => `/api/v1/cases/${rec.fir}/property/${SOME_ID}/court-steps`,
      valid: { step: 'statement_prepared', at: '2026-03-10T09:45:00+05:30' },
      field: 'step',
      station: true,
    },
    'POST /api/v1/cases/:firId/arrests': {
      url: () => `/api/v1/cases/${rec.fir}/arrests`,
      valid: {
        personId: SOME_ID,
        outcome: 'arrested_sent_up',
        at: '2026-03-10T09:00:00+05:30',
        place: 'Bus stand',
        grounds: 'Found with the stolen motorcycle.',
        personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: '2026-03-10T09:10:00+05:30' },
        attestingWitness: 'Ramesh Kale',
      },
      field: 'place',
      station: true,
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/production': {
      url: () => `/api/v1/cases/${rec.fir}/arrests/${SOME_ID}/production`,
      valid: { at: '2026-03-10T09:30:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' },
      field: 'court',
      station: true,
    },
    'POST /api/v1/cases/:firId/arrests/:arrestId/custody': {
      url: () => `/api/v1/cases/${rec.fir}/arrests/${SOME_ID}/custody`,
      valid: { kind: 'judicial', from: '2026-03-10T09:30:00+05:30', court: 'JMFC Baramati', orderReference: 'RA 1/2026' },
      field: 'orderReference',
      station: true,
    },
    'POST /api/v1/cases/:firId/absconding': {
      url: () => `/api/v1/cases/${rec.fir}/absconding`,
      valid: { personId: SOME_ID, since: '2026-03-09T18:00:00+05:30', note: 'Not found at his house.' },
      field: 'note',
      station: true,
    },
    // Taking a case over is a supervisor's: sent by the SP of Pune.
    'POST /api/v1/cases/:firId/takeover': { url: () => `/api/v1/cases/${rec.fir}/takeover`, valid: { reason: 'Supervision of a serious case' }, field: 'reason', station: true, as: 'issuer' },
    'POST /api/v1/cases/:firId/crime-details': { url: () => `/api/v1/cases/${rec.fir}/crime-details`, valid: { placeType: 'residence', moCodes: ['night'] }, field: 'placeType', station: true },
    'POST /api/v1/cases/:firId/final-reports': {
      url: () => `/api/v1/cases/${rec.fir}/final-reports`,
      valid: { kind: 'closure_true_undetected', reason: 'Untraced', courtCode: 'MH-PUN-CJM' },
      field: 'courtCode',
      station: true,
    },
    // Reviewing a final report is a supervisor's: sent by the SP of Pune.
    'POST /api/v1/cases/:firId/final-reports/:reportId/review': {
      url: () => `/api/v1/cases/${rec.fir}/final-reports/${SOME_ID}/review`,
      valid: { decision: 'approved' },
      field: 'decision',
      station: true,
      as: 'issuer',
    },
    'POST /api/v1/cases/:firId/victim-progress': {
      url: () => `/api/v1/cases/${rec.fir}/victim-progress`,
      valid: { informedAt: '2026-03-10T09:45:00+05:30', means: 'sms' },
      field: 'means',
      station: true,
    },
    'POST /api/v1/cases/:firId/forensic-visit': {
      url: () => `/api/v1/cases/${rec.fir}/forensic-visit`,
      valid: { visitedAt: '2026-03-10T09:45:00+05:30', team: 'Mobile forensic unit' },
      field: 'team',
      station: true,
    },
    'POST /api/v1/cases/:firId/court-case': {
      url: () => `/api/v1/cases/${rec.fir}/court-case`,
      valid: { courtCode: 'MH-PUN-CJM', courtCaseNo: 'RCC 1/2026', registeredOn: '2026-03-10' },
      field: 'courtCaseNo',
      station: true,
    },
    'POST /api/v1/cases/:firId/hearings': { url: () => `/api/v1/cases/${rec.fir}/hearings`, valid: { date: '2026-03-10', purpose: 'Appearance' }, field: 'purpose', station: true },
    'POST /api/v1/cases/:firId/disposal': {
      url: () => `/api/v1/cases/${rec.fir}/disposal`,
      valid: { judgmentDate: '2026-03-10', outcomes: [{ personId: SOME_ID, section: { act: 'BNS', section: '303(2)' }, outcome: 'acquitted' }] },
      field: 'judgmentDate',
      station: true,
    },
    'POST /api/v1/cases/:firId/appeals': {
      url: () => `/api/v1/cases/${rec.fir}/appeals`,
      valid: {
        courtCode: 'MH-PUN-SESS',
        appealNo: 'Cri. Appeal 1/2026',
        appellant: 'State',
        filedOn: '2026-03-10',
        decidedOn: '2026-03-10',
        results: [{ personId: SOME_ID, result: 'acquittal_upheld' }],
      },
      field: 'appealNo',
      station: true,
    },
    'POST /api/v1/gd': { url: () => '/api/v1/gd', valid: { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call' }, field: 'text', station: true },
    'POST /api/v1/persons/:id/same-as': { url: () => `/api/v1/persons/${rec.person}/same-as`, valid: { personId: SOME_ID, reason: 'Same father and address' }, field: 'personId', station: true },
    'POST /api/v1/same-person-marks/:id/withdraw': { url: () => `/api/v1/same-person-marks/${rec.mark}/withdraw`, valid: { reason: 'Different dates of birth' }, field: 'reason', station: true },
    'POST /api/v1/gd/corrections': { url: () => '/api/v1/gd/corrections', valid: { correctsId: SOME_ID, text: 'Departed with PC More as well' }, field: 'text', station: true },
    // Alerts are sent by the SP of Pune; nodes are registered at the state node by its administrator.
    'POST /api/v1/alerts': { url: () => '/api/v1/alerts', valid: VALID_ALERT, field: 'title', as: 'issuer' },
    'POST /api/v1/alerts/:id/withdraw': { url: () => `/api/v1/alerts/${sync.alert}/withdraw`, valid: { reason: 'Found safe at a relative’s house' }, field: 'reason', as: 'issuer' },
    'POST /api/v1/nodes': { url: () => '/api/v1/nodes', valid: { unitCode: 'MH-NGP-PS02', label: 'Nagpur station node' }, field: 'unitCode', as: 'stateAdmin' },
    'POST /api/v1/nodes/:id/revoke': { url: () => `/api/v1/nodes/${sync.node}/revoke`, valid: { reason: 'Laptop stolen from the station' }, field: 'reason', as: 'stateAdmin' },
    // The station's other registers (issue 14): NC reports, missing persons, unnatural deaths.
    'POST /api/v1/nc-reports': {
      url: () => '/api/v1/nc-reports',
      valid: {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: 'Prakash Deshpande', gender: 'male', age: 45 } },
        substance: 'The informant states that his neighbour abused him over a drain.',
        place: 'Ward 4, Baramati',
        sections: [{ act: 'BNS', section: '352' }],
        courtCode: 'MH-PUN-JMFC-BRM',
      },
      field: 'substance',
      station: true,
    },
    'POST /api/v1/nc-reports/:id/convert': {
      url: () => `/api/v1/nc-reports/${SOME_ID}/convert`,
      valid: { order: { date: '2026-03-10', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Order in Misc. 7/2026' }, fir: firBody({ sections: [{ act: 'BNS', section: '352' }] }) },
      field: 'order',
      station: true,
    },
    'POST /api/v1/nc-diaries': { url: () => '/api/v1/nc-diaries', valid: { stationCode: 'MH-PUN-PS01', from: '2026-02-16', courtCode: 'MH-PUN-JMFC-BRM' }, field: 'from', station: true },
    'POST /api/v1/missing-persons': {
      url: () => '/api/v1/missing-persons',
      valid: {
        stationCode: 'MH-PUN-PS01',
        person: { name: 'Lata Kale', age: 22 },
        description: { sex: 'female', place: { address: 'Weekly market' } },
        lastSeenAt: '2026-03-09T18:00:00+05:30',
        informant: { person: { name: 'Shanta Kale', gender: 'female', age: 40 } },
      },
      field: 'lastSeenAt',
      station: true,
    },
    'POST /api/v1/missing-persons/:id/status': {
      url: () => `/api/v1/missing-persons/${SOME_ID}/status`,
      valid: { status: 'traced', at: '2026-03-10T04:00:00Z', note: 'Found at her sister’s house' },
      field: 'status',
      station: true,
    },
    'POST /api/v1/unnatural-deaths': {
      url: () => '/api/v1/unnatural-deaths',
      valid: {
        stationCode: 'MH-PUN-PS01',
        description: { sex: 'male', ageRange: { from: 30, to: 40 }, place: { address: 'Canal bank' } },
        foundAt: '2026-03-09T07:00:00+05:30',
        informedAt: '2026-03-09T07:30:00+05:30',
        informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50 } },
      },
      field: 'foundAt',
      station: true,
    },
    'POST /api/v1/unnatural-deaths/:id/inquest': {
      url: () => `/api/v1/unnatural-deaths/${SOME_ID}/inquest`,
      valid: {
        heldBy: 'PSI Kiran Wagh',
        heldAt: '2026-03-09T09:00:00+05:30',
        witnesses: ['Sakharam Pawar', 'Nandu Bhosale'],
        findings: 'No external injuries.',
        forwardedTo: { designation: 'sub_divisional_magistrate', name: 'SDM Baramati' },
        forwardedAt: '2026-03-09T10:00:00+05:30',
      },
      field: 'heldBy',
      station: true,
    },
    'POST /api/v1/unnatural-deaths/:id/post-mortem': {
      url: () => `/api/v1/unnatural-deaths/${SOME_ID}/post-mortem`,
      valid: { hospital: 'Rural Hospital, Baramati', number: 'PM/7/2026', conductedAt: '2026-03-09T10:30:00+05:30' },
      field: 'hospital',
      station: true,
    },
    'POST /api/v1/unnatural-deaths/:id/identify': {
      url: () => `/api/v1/unnatural-deaths/${SOME_ID}/identify`,
      valid: { missingPersonId: SOME_ID, at: '2026-03-10T04:00:00Z', note: 'Identified by his brother' },
      field: 'at',
      station: true,
    },
    'POST /api/v1/lost-reports': {
      url: () => '/api/v1/lost-reports',
      valid: {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: 'Savita Jagtap', gender: 'female', age: 35 } },
        lostAt: '2026-03-09T18:00:00+05:30',
        lostPlace: 'Baramati bus stand',
        articles: [{ kind: 'mobile_phone', description: 'Black Redmi phone', mobilePhone: { imei: '490154203237518' } }],
      },
      field: 'lostAt',
      station: true,
    },
    'POST /api/v1/lost-reports/:id/convert': { url: () => `/api/v1/lost-reports/${SOME_ID}/convert`, valid: { fir: firBody() }, field: 'fir', station: true },
    'POST /api/v1/found-property': {
      url: () => '/api/v1/found-property',
      valid: {
        stationCode: 'MH-PUN-PS01',
        article: { kind: 'bag', description: 'Blue rexine bag' },
        foundAt: '2026-03-09T08:00:00+05:30',
        foundPlace: 'Baramati bus stand',
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      },
      field: 'foundAt',
      station: true,
    },
    'POST /api/v1/found-property/:id/magistrate-report': {
      url: () => `/api/v1/found-property/${SOME_ID}/magistrate-report`,
      valid: { courtCode: 'MH-PUN-JMFC-BRM', reportedOn: '2026-03-09', reference: 'PS Baramati No. 7/2026' },
      field: 'reportedOn',
      station: true,
    },
    'POST /api/v1/found-property/:id/claim': {
      url: () => `/api/v1/found-property/${SOME_ID}/claim`,
      valid: {
        claimant: { person: { name: 'Savita Jagtap', gender: 'female', age: 35 } },
        at: '2026-03-10T04:00:00Z',
        identity: { document: 'Voter ID', number: 'MH/12/345' },
        proof: 'The purchase bill with the same IMEI',
        order: { date: '2026-03-09', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. 41/2026' },
        handedBy: 'ASI Malkhana Jadhav',
      },
      field: 'at',
      station: true,
    },
    'POST /api/v1/found-property/:id/dispose': {
      url: () => `/api/v1/found-property/${SOME_ID}/dispose`,
      valid: {
        at: '2026-03-10T04:00:00Z',
        ground: 'perishable',
        order: { date: '2026-03-09', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. 42/2026' },
        manner: 'Sold by public auction',
        handedBy: 'ASI Malkhana Jadhav',
        receivedBy: 'Naib Tehsildar Baramati',
      },
      field: 'ground',
      station: true,
    },
    'POST /api/v1/found-persons': {
      url: () => '/api/v1/found-persons',
      valid: {
        stationCode: 'MH-PUN-PS01',
        description: { sex: 'male', ageRange: { from: 65, to: 75 }, place: { address: 'Baramati bus stand' } },
        foundAt: '2026-03-09T08:00:00+05:30',
        foundBy: 'HC Sunil More',
      },
      field: 'foundAt',
      station: true,
    },
    'POST /api/v1/found-persons/:id/placement': {
      url: () => `/api/v1/found-persons/${SOME_ID}/placement`,
      valid: { kind: 'shelter', name: 'Matoshri old-age home', at: '2026-03-10T04:00:00Z' },
      field: 'kind',
      station: true,
    },
    'POST /api/v1/found-persons/:id/outcome': {
      url: () => `/api/v1/found-persons/${SOME_ID}/outcome`,
      valid: { outcome: 'restored', at: '2026-03-10T04:00:00Z', restoredTo: 'His son', note: 'Recognised by his son' },
      field: 'outcome',
      station: true,
    },
    'POST /api/v1/matches/found-persons/confirm': {
      url: () => '/api/v1/matches/found-persons/confirm',
      valid: { missingPersonId: SOME_ID, foundPersonId: SOME_ID, reason: 'Recognised by his son' },
      field: 'reason',
      station: true,
    },
    'POST /api/v1/matches/found-persons/reject': {
      url: () => '/api/v1/matches/found-persons/reject',
      valid: { missingPersonId: SOME_ID, foundPersonId: SOME_ID, reason: 'Another man: no scar' },
      field: 'foundPersonId',
      station: true,
    },
    'POST /api/v1/matches/confirm': {
      url: () => '/api/v1/matches/confirm',
      valid: { missingPersonId: SOME_ID, unnaturalDeathId: SOME_ID, reason: 'Recognised by his brother' },
      field: 'reason',
      station: true,
    },
    'POST /api/v1/matches/reject': {
      url: () => '/api/v1/matches/reject',
      valid: { missingPersonId: SOME_ID, unnaturalDeathId: SOME_ID, reason: 'Another man: no tattoo' },
      field: 'unnaturalDeathId',
      station: true,
    },
  };

  /** Who sends a route's requests in these tests, and on which node. */
  async function senderOf(w: { station?: true; as?: 'issuer' | 'stateAdmin' }): Promise<{ c: ApiClient; srv: TestServer }> {
    if (w.as === 'stateAdmin') return { c: await stateAdminClient(), srv: stateServer };
    if (w.as === 'issuer') return { c: await issuerClient(), srv: server };
    return { c: w.station ? await stationClient() : await adminClient(), srv: server };
  }

  test('every write route rejects the same bad bodies', async (t) => {
    const withBody = allRoutes.filter((d) => d.access === 'user' && d.body).map((d) => `${d.method} ${d.path}`);
    assert.deepEqual(Object.keys(WRITE_ROUTES).sort(), withBody.sort(), 'every signed-in route with a body is listed here');
    await stationRecords();
    await alertAndNode();
    for (const [route, w] of Object.entries(WRITE_ROUTES)) {
      const { c, srv } = await senderOf(w);
      const method = route.split(' ')[0]!;
      const url = w.url();
      const raw = (body: string, headers: Record<string, string>) => c.request(method, url, undefined, { raw: body, headers });
      const send = (body: unknown) => c.request(method, url, body);
      const { [w.field ?? '']: _dropped, ...missing } = w.valid;
      const cases: [string, () => Promise<Answer>, number, Expect][] = [
        ['malformed JSON', () => raw('{"x":', JSON_CT), 400, { detail: /JSON/ }],
        ['empty JSON body', () => raw('', JSON_CT), 400, { type: 'empty-body' }],
        ['text/plain', () => raw(JSON.stringify(w.valid), { 'content-type': 'text/plain' }), 415, {}],
        ['form-urlencoded', () => raw('a=b', { 'content-type': 'application/x-www-form-urlencoded' }), 415, {}],
        ['over 256 KiB', () => send({ ...w.valid, [w.field ?? 'padding']: OVERSIZED }), 413, {}],
        ['unknown field', () => send({ ...w.valid, isAdmin: true }), 400, { detail: /"isAdmin"/ }],
        ['missing field', () => send(missing), 400, { field: w.field, message: /required/ }],
        // A field that is there but of the wrong type is not "required": the message says what it must be.
        ['wrong type', () => send({ ...w.valid, [w.field ?? '']: 42 }), 400, { field: w.field, message: /^(?!is required)/ }],
      ];
      await t.test(route, async (tt) => {
        for (const [name, go, status, expect] of cases) {
          if (!w.field && (name === 'missing field' || name === 'wrong type')) continue; // a body with no fields
          await tt.test(name, async () => assertProblem(await nothingWritten(go, srv), status, expect));
        }
      });
    }
  });

  /**
   * What is not text, in every kind of field that takes text (src/domain/safe-text.ts): each is
   * refused with a 400 that names the field, and nothing is written. The NUL once crashed
   * PostgreSQL (500) after part of the record was on its way.
   */
  const NOT_TEXT: [string, string, RegExp][] = [
    ['a NUL', '\u0000', /^contains a control character \(U\+0000\), which is not allowed$/],
    ['a C1 control', '\u0085', /control character \(U\+0085\)/],
    ['a bidirectional override', '\u202e', /bidirectional control character \(U\+202E\)/],
    ['a lone surrogate', '\ud800', /lone surrogate, U\+D800/],
    ['the non-character U+FFFF', '\uffff', /non-character \(U\+FFFF\)/],
  ];

  test('text that is not text is refused in every kind of text field, and nothing is written', async (t) => {
    const r = await stationRecords();
    await alertAndNode();
    const set = (body: Record<string, unknown>, field: string, bad: string): Record<string, unknown> => {
      const copy = structuredClone(body);
      const keys = field.split('.');
      let o = copy;
      for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
      o[keys.at(-1)!] = `${o[keys.at(-1)!]} ${bad} tail`;
      return copy;
    };
    const targets: [string, string, Record<string, unknown>, string[], 'station' | 'issuer' | 'admin'][] = [
      ['POST', '/api/v1/firs', firBody(), ['briefFacts', 'complainant.person.name', 'place.address', 'sections.0.section'], 'station'],
      ['POST', '/api/v1/complaints', VALID_COMPLAINT, ['description', 'place', 'complainant.person.name'], 'station'],
      ['POST', '/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call' }, ['text', 'officer'].slice(0, 1), 'station'],
      ['POST', '/api/v1/gd/corrections', { correctsId: r.gd, text: 'Departed with PC More as well' }, ['text'], 'station'],
      ['POST', `/api/v1/cases/${r.fir}/seizures`, VALID_SEIZURE, ['place', 'items.0.description', 'witnesses.1.name', 'depositedWith.name'], 'station'],
      ['POST', `/api/v1/firs/${r.fir}/amendments`, { reason: 'Witness statement recorded', briefFacts: 'More facts.' }, ['reason', 'briefFacts'], 'station'],
      [
        'POST',
        `/api/v1/cases/${r.fir}/arrests`,
        {
          personId: SOME_ID,
          outcome: 'arrested_sent_up',
          at: '2026-03-10T09:00:00+05:30',
          place: 'Bus stand',
          grounds: 'Found with the stolen motorcycle.',
          personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: '2026-03-10T09:10:00+05:30' },
          attestingWitness: 'Ramesh Kale',
        },
        ['place', 'grounds', 'personInformed.name', 'attestingWitness'],
        'station',
      ],
      ['POST', '/api/v1/users', VALID_USER, ['displayName'], 'admin'],
      [
        'POST',
        '/api/v1/law/sections/BNS/303(2)/corrections',
        { changes: { title: 'Theft (text check)' }, reason: 'text check of a correction', source: 'BNS 2023' },
        ['changes.title', 'reason', 'source'],
        'admin',
      ],
      ['POST', '/api/v1/alerts', VALID_ALERT, ['title', 'details'], 'issuer'],
      ['POST', `/api/v1/users/${targetId}/disable`, { reason: 'text check' }, ['reason'], 'admin'],
      ['POST', '/api/v1/matches/reject', { missingPersonId: SOME_ID, unnaturalDeathId: SOME_ID, reason: 'Another man: no tattoo' }, ['reason'], 'station'],
    ];
    for (const [method, url, valid, fields, as] of targets) {
      const c = as === 'station' ? await stationClient() : as === 'issuer' ? await issuerClient() : await adminClient();
      for (const field of fields) {
        for (const [name, bad, message] of NOT_TEXT) {
          await t.test(`${method} ${url.replace(/[0-9a-f-]{36}/, ':id')} ${field}: ${name}`, async () => {
            // Sent as the JSON text a client would write: the lone surrogate as the escape \ud800.
            const raw = JSON.stringify(set(valid, field, bad));
            if (bad === '\ud800') assert.match(raw, /\\ud800/);
            const answer = await nothingWritten(() => c.request(method, url, undefined, { raw, headers: JSON_CT }));
            assertProblem(answer, 400, { type: 'validation', field: field.replace(/^sections\.0/, 'sections.0'), message });
          });
        }
      }
    }
    await t.test('a tab and a line break are refused in a one-line field, kept in brief facts', async () => {
      const c = await stationClient();
      assertProblem(await nothingWritten(() => c.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call', officer: 'SI\tMore' })), 400, {
        field: 'officer',
        message: /tab \(U\+0009\)/,
      });
      assertProblem(await nothingWritten(() => c.post('/api/v1/firs', firBody({ place: { address: 'Near the chowk\nBaramati' } }))), 400, { field: 'place.address', message: /line break/ });
      const ok = await c.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call:\r\n\tPC More\r\n\tPC Kale', officer: 'SI More' });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.text, 'Roll call:\n\tPC More\n\tPC Kale', 'CR LF stored as LF');
    });
    await t.test('text is stored in NFC, with the joiners of Indian scripts', async () => {
      const c = await stationClient();
      const ok = await c.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Jose\u0301 met श्री\u200dराम', officer: 'SI न\u093c' });
      assert.equal(ok.status, 201, JSON.stringify(ok.body));
      assert.equal(ok.body.text, 'José met श्री\u200dराम');
      assert.equal(ok.body.officer, 'SI \u0929');
    });
  });

  test('a NUL that got past the schemas is refused by PostgreSQL as a whole: the transaction rolls back', async () => {
    const { token } = await server.node.tokens.create((await server.node.users.byUsername('sho.pune1'))!.id, 'belt and braces', null, 'test');
    const actor = (await server.node.auth.actorFromToken(token))!;
    const before = await snapshot(server);
    // The service, not the API: as if a schema had forgotten the rule.
    const added = server.node.gdService.add(actor, { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Roll call \u0000 PC More' }, { ip: '127.0.0.1', userAgent: 'test' });
    if (server.node.storage.engine === 'postgres') {
      await assert.rejects(added, (err: unknown) => isInvalidTextDbError(err), 'PostgreSQL refuses a NUL, and the error is told as such (the API answers 400 invalid-text)');
      assert.deepEqual(await snapshot(server), before, 'nothing of the entry or its event was kept');
    } else {
      await added; // SQLite stores a NUL; only the schemas keep it out there.
    }
  });

  test('query strings that are not text are refused, naming the parameter, and nothing is searched or audited', async (t) => {
    const c = await stationClient();
    const encoded: [string, string, RegExp][] = [
      ['a NUL', '%00', /control character \(U\+0000\)/],
      ['a C1 control', '%C2%85', /control character \(U\+0085\)/],
      ['a bidirectional override', '%E2%80%AE', /bidirectional control character \(U\+202E\)/],
      ['the non-character U+FFFF', '%EF%BF%BF', /non-character \(U\+FFFF\)/],
    ];
    const queries: [string, string][] = [
      ['/api/v1/persons/matches?name=Suresh', 'name'],
      ['/api/v1/search/persons?q=Suresh', 'q'],
      ['/api/v1/search/persons?q=Suresh&father=Ramesh', 'father'],
      ['/api/v1/search/firs?text=motorcycle', 'text'],
      ['/api/v1/search/firs?place=Baramati', 'place'],
      ['/api/v1/search/vehicles?q=MH12AB1234', 'q'],
      ['/api/v1/search/phones?q=9822012345', 'q'],
      ['/api/v1/law/sections?q=theft', 'q'],
      ['/api/v1/users?q=writer', 'q'],
    ];
    const audited = async () =>
      Number(
        (
          await server.node.storage.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const admin = await adminClient();
    for (const [url, param] of queries) {
      for (const [name, bad, message] of encoded) {
        await t.test(`${url.split('?')[0]} ${param}: ${name}`, async () => {
          const before = await audited();
          const answer = await nothingWritten(() => (url.startsWith('/api/v1/users') ? admin : c).get(url + bad));
          assertProblem(answer, 400, { type: 'validation', field: param, message });
          assert.equal(await audited(), before, 'no search is audited');
        });
      }
    }
  });

  test('bad ids, unknown ids and bad query strings', async (t) => {
    const c = await adminClient();
    const idRoutes = allRoutes.filter((d) => d.access === 'user' && d.path.includes('/:id'));
    assert.ok(idRoutes.length >= 5);
    /** What each kind of record is called in "There is no … with this id". */
    const thing = (path: string) =>
      /^\/api\/v1\/users\//.test(path)
        ? 'user'
        : /^\/api\/v1\/firs\//.test(path)
          ? 'FIR'
          : /^\/api\/v1\/complaints\//.test(path)
            ? 'complaint'
            : /^\/api\/v1\/persons\//.test(path)
              ? 'person'
              : /^\/api\/v1\/same-person-marks\//.test(path)
                ? 'same-person mark'
                : /^\/api\/v1\/alerts\//.test(path)
                  ? 'alert'
                  : /^\/api\/v1\/nodes\//.test(path)
                    ? 'node'
                    : /^\/api\/v1\/nc-reports\//.test(path)
                      ? 'non-cognizable report'
                      : /^\/api\/v1\/missing-persons\//.test(path)
                        ? 'missing-person report'
                        : /^\/api\/v1\/unnatural-deaths\//.test(path)
                          ? 'unnatural-death register entry'
                          : /^\/api\/v1\/lost-reports\//.test(path)
                            ? 'lost article report'
                            : /^\/api\/v1\/found-property\//.test(path)
                              ? 'found-property entry'
                              : /^\/api\/v1\/found-persons\//.test(path)
                                ? 'found-person register entry'
                                : '?';
    for (const d of idRoutes) {
      const route = `${d.method} ${d.path}`;
      const isUser = thing(d.path) === 'user';
      // Station records are asked for by their station's SHO, alerts by the SP (the SHO reads their
      // photos), nodes by the state's administrator at the state node; with an otherwise valid body.
      const { c: client, srv } = isUser ? { c, srv: server } : WRITE_ROUTES[route] ? await senderOf(WRITE_ROUTES[route]!) : { c: await stationClient(), srv: server };
      const body = !d.body ? undefined : isUser ? { reason: 'bad input check' } : WRITE_ROUTES[route]!.valid;
      // A second id in the path (a match candidate's) is a well-formed one: the record's id is under test.
      const at = (id: string) => d.path.replace(':id', id).replace(':candidateId', randomUUID());
      await t.test(`${route} with an id that is not a uuid`, async () => {
        const r = await nothingWritten(() => client.request(d.method, at('not-a-uuid'), body), srv);
        assertProblem(r, 400, { type: 'validation', field: 'id', message: isUser ? /not a valid user id/ : /^is not a valid id$/ });
      });
      await t.test(`${route} with an unknown id`, async () => {
        const r = await nothingWritten(() => client.request(d.method, at(randomUUID()), body), srv);
        assertProblem(r, 404, { type: 'not-found', detail: new RegExp(`^There is no ${thing(d.path)} with this id\\.$`) });
      });
    }
    await t.test('an attachment hash that is not a SHA-256, and an unknown one', async () => {
      const sc = await stationClient();
      assertProblem(await sc.get('/api/v1/attachments/not-a-hash'), 400, { type: 'validation', field: 'sha256', message: /not a SHA-256/ });
      assertProblem(await sc.get(`/api/v1/attachments/${'0'.repeat(64)}`), 404, { type: 'not-found', detail: /no attachment with this hash/ });
    });
    await t.test('station-record queries out of range', async () => {
      const sc = await stationClient();
      assertProblem(await sc.get('/api/v1/gd?date=2026-13-45'), 400, { type: 'validation', field: 'date', message: /date like/ });
      assertProblem(await sc.get('/api/v1/firs?limit=0'), 400, { field: 'limit' });
      assertProblem(await sc.get('/api/v1/firs?from=yesterday'), 400, { field: 'from', message: /date and time/ });
      assertProblem(await sc.get('/api/v1/complaints?status=lost'), 400, { field: 'status' });
      assertProblem(await sc.get('/api/v1/persons/matches?name=a'), 400, { field: 'name', message: /at least 2/ });
      assertProblem(await sc.get('/api/v1/firs?isAdmin=1'), 400, { type: 'validation', detail: /"isAdmin"/ });
    });
    await t.test('unknown query parameter', async () => {
      assertProblem(await c.get('/api/v1/users?isAdmin=1'), 400, { type: 'validation', detail: /"isAdmin"/ });
    });
    await t.test('query value too long', async () => {
      assertProblem(await c.get(`/api/v1/users?unit=${'A'.repeat(41)}`), 400, { field: 'unit' });
    });
    await t.test('a number that is not a number', async () => {
      assertProblem(await c.get('/api/v1/audit?limit=abc'), 400, { field: 'limit', message: /^(?!is required)/ });
    });
    await t.test('a number out of range', async () => {
      assertProblem(await c.get('/api/v1/audit?limit=100000'), 400, { field: 'limit' });
    });
  });

  /**
   * Every search route, with its free-text parameters: the ones a person types into a search box.
   * (Numbers, dates and codes of the FIR search are checked further below.)
   */
  const SEARCH_ROUTES: Record<string, { params: string[]; valid: string }> = {
    'GET /api/v1/search/vehicles': { params: ['q'], valid: 'q=MH12AB1234' },
    'GET /api/v1/search/phones': { params: ['q'], valid: 'q=9822012345' },
    'GET /api/v1/search/firs': { params: ['station', 'act', 'place', 'text'], valid: 'year=2026' },
    'GET /api/v1/search/persons': { params: ['q'], valid: 'q=Suresh' },
    'GET /api/v1/search/accused': { params: ['unit', 'crimeHead', 'act'], valid: 'status=arrested' },
    // q is optional here (one filter of several): its own cases are below.
    'GET /api/v1/search/property': { params: ['category', 'place', 'unit'], valid: 'q=phone' },
  };

  test('every search refuses empty, one-letter, 10 KB and control-character queries with a 400', async (t) => {
    const searches = allRoutes.filter((d) => d.access === 'user' && d.path.startsWith('/api/v1/search/')).map((d) => `${d.method} ${d.path}`);
    assert.deepEqual(Object.keys(SEARCH_ROUTES).sort(), searches.sort(), 'every search route is listed here');
    const c = await stationClient();
    for (const [route, s] of Object.entries(SEARCH_ROUTES)) {
      const path = route.split(' ')[1]!;
      await t.test(route, async (tt) => {
        assert.equal((await c.get(`${path}?${s.valid}`)).status, 200, 'the valid query is answered');
        const get = (query: string) => () => c.get(`${path}?${query}`);
        const cases: [string, () => Promise<Answer>, Expect][] = [
          ['an unknown parameter', get(`${s.valid}&isAdmin=1`), { type: 'validation', detail: /"isAdmin"/ }],
          ...s.params.flatMap((p): [string, () => Promise<Answer>, Expect][] => [
            [`${p}: empty`, get(`${p}=`), { type: 'validation', field: p, message: /at least 2 characters/ }],
            [`${p}: only spaces`, get(`${p}=%20%20%20`), { type: 'validation', field: p, message: /at least 2 characters/ }],
            [`${p}: one character`, get(`${p}=a`), { type: 'validation', field: p, message: /at least 2 characters/ }],
            [`${p}: 10 KB`, get(`${p}=${'M'.repeat(10 * 1024)}`), { type: 'validation', field: p, message: /too long/ }],
            [`${p}: a NUL byte`, get(`${p}=MH12%00AB1234`), { type: 'validation', field: p, message: /control character \(U\+0000\)/ }],
            [`${p}: a line break`, get(`${p}=MH12%0AAB1234`), { type: 'validation', field: p, message: /line break \(U\+000A\)/ }],
            [`${p}: an escape`, get(`${p}=%1B%5B2J9822012345`), { type: 'validation', field: p, message: /control character \(U\+001B\)/ }],
            [`${p}: given twice`, get(`${p}=ab&${p}=cd`), { type: 'validation', field: p }],
          ]),
        ];
        if (s.params.includes('q')) cases.push(['q: missing', get(''), { type: 'validation', field: 'q', message: /required/ }]);
        for (const [name, go, expect] of cases) {
          await tt.test(name, async () => assertProblem(await nothingWritten(go), 400, expect));
        }
      });
    }
  });

  test('searches: what each kind of query must look like', async (t) => {
    const c = await stationClient();
    const cases: [string, string, Expect][] = [
      ['a vehicle query of four characters', '/api/v1/search/vehicles?q=1234', { field: 'q', message: /at least 5 letters and digits/ }],
      ['a vehicle query with no letters or digits', '/api/v1/search/vehicles?q=----', { field: 'q', message: /registration number/ }],
      ['a phone query with letters', '/api/v1/search/phones?q=call%20me', { field: 'q', message: /not a phone number/ }],
      ['a phone query of five digits', '/api/v1/search/phones?q=12345', { field: 'q', message: /not a phone number/ }],
      ['an FIR search with nothing to search by', '/api/v1/search/firs', { type: 'validation', detail: /at least one thing to search by/ }],
      ['an FIR search with only a limit', '/api/v1/search/firs?limit=10', { type: 'validation', detail: /at least one thing to search by/ }],
      ['an FIR number that is not one', '/api/v1/search/firs?number=twelve', { field: 'number', message: /like 12\/2026/ }],
      ['an FIR number of year 1850', '/api/v1/search/firs?number=12/1850', { field: 'number' }],
      ['an empty FIR number', '/api/v1/search/firs?number=', { field: 'number', message: /required/ }],
      ['an empty section', '/api/v1/search/firs?section=', { field: 'section', message: /required/ }],
      ['a section with a control character', '/api/v1/search/firs?section=303%00', { field: 'section', message: /control character \(U\+0000\)/ }],
      ['a year that is not a number', '/api/v1/search/firs?year=last', { field: 'year' }],
      ['a date that is not a date', '/api/v1/search/firs?from=yesterday', { field: 'from', message: /date like 2026-07-01/ }],
      ['30 February', '/api/v1/search/firs?from=2026-02-30', { field: 'from' }],
      ['a range that ends before it starts', '/api/v1/search/firs?from=2026-07-02&to=2026-07-01', { field: 'to', message: /before "from"/ }],
      ['an unknown status', '/api/v1/search/firs?status=lost', { field: 'status' }],
      ['free text with no words', '/api/v1/search/firs?text=%22%22%20*%20--', { field: 'text', message: /at least one word/ }],
      ['a limit of 0', '/api/v1/search/firs?year=2026&limit=0', { field: 'limit' }],
      ['a limit of 100000', '/api/v1/search/firs?year=2026&limit=100000', { field: 'limit' }],
      ['accused with no status', '/api/v1/search/accused', { field: 'status', message: /required/ }],
      ['accused of an unknown status', '/api/v1/search/accused?status=jailed', { field: 'status', message: /production_overdue/ }],
      ['accused since a date that is not one', '/api/v1/search/accused?status=on_bail&from=2026-02-30', { field: 'from' }],
      ['accused: a range that ends before it starts', '/api/v1/search/accused?status=on_bail&from=2026-07-02&to=2026-07-01', { field: 'to', message: /before "from"/ }],
      ['accused: a limit of 0', '/api/v1/search/accused?status=on_bail&limit=0', { field: 'limit' }],
      ['items with nothing to search by', '/api/v1/search/property?unit=MH-PUN-PS01', { detail: /at least one thing to search by/ }],
      ['items by a one-letter word', '/api/v1/search/property?q=a', { field: 'q', message: /at least 2 characters/ }],
      ['items by words with a NUL byte', '/api/v1/search/property?q=knife%00', { field: 'q', message: /control character \(U\+0000\)/ }],
      ['items by words with no words', '/api/v1/search/property?q=%2F%2F%2F', { field: 'q', message: /at least one word/ }],
      ['items of an unknown category', '/api/v1/search/property?category=spaceship', { field: 'category', message: /must be one of/ }],
      ['items at an unknown place', '/api/v1/search/property?place=moon', { field: 'place', message: /malkhana/ }],
      ['items of an FIR number that is not one', '/api/v1/search/property?fir=twelve', { field: 'fir', message: /like 12\/2026/ }],
    ];
    for (const [name, url, expect] of cases) {
      await t.test(name, async () => assertProblem(await nothingWritten(() => c.get(url)), 400, { type: 'validation', ...expect }));
    }
  });

  test('station records: what only the records can refuse', async (t) => {
    const c = await stationClient();
    const { complaint, fir } = await stationRecords();
    const ioElsewhere = await otherStationIo();
    // An offence of 2023: the IPC applies to it.
    const old = await c.post(
      '/api/v1/firs',
      firBody({ occurredFrom: '2023-05-01T22:00:00+05:30', occurredTo: undefined, sections: [{ act: 'IPC', section: '379' }], delayReasons: 'The complainant was abroad until this month' }),
    );
    assert.equal(old.status, 201, JSON.stringify(old.body));
    const post = (url: string, body: unknown) => () => c.request('POST', url, body);
    const photo = (bytes: Buffer | string, type?: string) => () =>
      c.request('POST', '/api/v1/attachments', undefined, { raw: bytes as unknown as string, headers: type ? { 'content-type': type } : {} });
    const cases: [string, () => Promise<Answer>, number, Expect][] = [
      [
        'a complaint whose complainant (by personId) does not exist',
        post('/api/v1/complaints', { ...VALID_COMPLAINT, complainant: { personId: randomUUID() } }),
        400,
        { type: 'validation', field: 'complainant.personId', message: /no person with this id/ },
      ],
      [
        'an FIR whose complainant (by personId) does not exist',
        post('/api/v1/firs', firBody({ complainant: { personId: randomUUID() } })),
        400,
        { type: 'validation', field: 'complainant.personId', message: /no person with this id/ },
      ],
      [
        'an FIR under BNS 303(2) for an offence of 2023',
        post('/api/v1/firs', firBody({ occurredFrom: '2023-05-01T22:00:00+05:30', occurredTo: undefined })),
        400,
        { type: 'validation', field: 'sections.0', message: /^BNS 303\(2\) does not apply: the offence occurred before 1 July 2024, so the IPC applies \(use IPC 379\)$/ },
      ],
      [
        'an amendment to BNS 303(2) of an FIR of 2023',
        post(`/api/v1/firs/${old.body.id}/amendments`, { reason: 'Sections revised', sections: [{ act: 'BNS', section: '303(2)' }] }),
        400,
        { field: 'sections.0', message: /\(use IPC 379\)/ },
      ],
      [
        'an FIR whose occurrence ends before it begins',
        post('/api/v1/firs', firBody({ occurredTo: '2026-03-09T00:30:00+05:30' })),
        400,
        { field: 'occurredTo', message: /must not be before the start/ },
      ],
      [
        'a complaint whose occurrence ends before it begins',
        post('/api/v1/complaints', { ...VALID_COMPLAINT, occurredFrom: '2026-03-09T05:00:00+05:30', occurredTo: '2026-03-09T01:00:00+05:30' }),
        400,
        { field: 'occurredTo', message: /before the start/ },
      ],
      [
        'an amendment that makes the occurrence end before it begins',
        post(`/api/v1/firs/${fir}/amendments`, { reason: 'Times corrected', occurredTo: '2026-03-08T01:00:00+05:30' }),
        400,
        { field: 'occurredTo', message: /before the start/ },
      ],
      // One date rule for FIRs and complaints: no year 0000, no 1969 (a client's zero date), nothing after the record.
      ...(['0000-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '1969-12-31T23:59:59+05:30', '1970-01-01T00:00:00Z'] as const).flatMap((bad): [string, () => Promise<Answer>, number, Expect][] => [
        [
          `an FIR that occurred at ${bad}`,
          post('/api/v1/firs', firBody({ occurredFrom: bad, occurredTo: undefined, sections: [{ act: 'IPC', section: '379' }], delayReasons: 'Reported late' })),
          400,
          { field: 'occurredFrom', message: /must be after 1 January 1970/ },
        ],
        [`an FIR whose information came at ${bad}`, post('/api/v1/firs', firBody({ infoReceivedAt: bad })), 400, { field: 'infoReceivedAt', message: /must be after 1 January 1970/ }],
        [`a complaint that occurred at ${bad}`, post('/api/v1/complaints', { ...VALID_COMPLAINT, occurredFrom: bad }), 400, { field: 'occurredFrom', message: /must be after 1 January 1970/ }],
        [`a complaint whose occurrence ended at ${bad}`, post('/api/v1/complaints', { ...VALID_COMPLAINT, occurredTo: bad }), 400, { field: 'occurredTo', message: /must be after 1 January 1970/ }],
        [`a complaint received at ${bad}`, post('/api/v1/complaints', { ...VALID_COMPLAINT, receivedAt: bad }), 400, { field: 'receivedAt', message: /must be after 1 January 1970/ }],
        [
          `an amendment moving the occurrence to ${bad}`,
          post(`/api/v1/firs/${old.body.id}/amendments`, { reason: 'Times corrected', occurredFrom: bad }),
          400,
          { field: 'occurredFrom', message: /must be after 1 January 1970/ },
        ],
      ]),
      // A birth date decides whether a person is a child (and withheld): slips are refused, not guessed at.
      [
        'an FIR whose complainant was born in year 0000',
        post('/api/v1/firs', firBody({ complainant: { person: { name: 'Suresh Pawar', birthDate: '0000-01-01' } } })),
        400,
        { field: 'complainant.person.birthDate', message: /within the last 120 years/ },
      ],
      [
        'an FIR whose accused is born tomorrow',
        post('/api/v1/firs', firBody({ accused: [{ person: { name: 'Unknown Youth', birthDate: '2026-03-11' } }] })),
        400,
        { field: 'accused.0.person.birthDate', message: /cannot be in the future/ },
      ],
      [
        'an FIR whose victim is 30 by age and 15 by birth date',
        post('/api/v1/firs', firBody({ victims: [{ person: { name: 'Rekha Pawar', age: 30, birthDate: '2011-01-01' } }] })),
        400,
        { field: 'victims.0.person.age', message: /does not agree with the date of birth \(15 years\)/ },
      ],
      [
        'a complaint whose complainant is born in 2030',
        post('/api/v1/complaints', { ...VALID_COMPLAINT, complainant: { person: { name: 'Meera Kale', birthDate: '2030-05-05' } } }),
        400,
        { field: 'complainant.person.birthDate', message: /cannot be in the future/ },
      ],
      [
        'an amendment adding a person born in 1850',
        post(`/api/v1/firs/${fir}/amendments`, { reason: 'Witness added', addPersons: [{ role: 'witness', person: { name: 'Old Witness', birthDate: '1850-01-01' } }] }),
        400,
        { field: 'addPersons.0.person.birthDate', message: /within the last 120 years/ },
      ],
      [
        'a complaint whose occurrence is in the future',
        post('/api/v1/complaints', { ...VALID_COMPLAINT, occurredFrom: '2027-01-01T00:00:00+05:30' }),
        400,
        { field: 'occurredFrom', message: /cannot be after the complaint was received/ },
      ],
      [
        'a complaint whose occurrence ends in the future',
        post('/api/v1/complaints', { ...VALID_COMPLAINT, occurredTo: '2027-01-01T00:00:00+05:30' }),
        400,
        { field: 'occurredTo', message: /cannot be after the complaint was received/ },
      ],
      [
        'an amendment that puts the occurrence after the information',
        post(`/api/v1/firs/${fir}/amendments`, { reason: 'Times corrected', occurredFrom: '2026-03-10T09:59:00+05:30' }),
        400,
        { field: 'infoReceivedAt', message: /before the occurrence began/ },
      ],
      ['an FIR naming the IO of another station', post('/api/v1/firs', firBody({ ioUserId: ioElsewhere })), 400, { field: 'ioUserId', message: /of this station/ }],
      // The IO is assigned by the SHO on the case file, never by amending the FIR.
      ['an amendment naming an IO', post(`/api/v1/firs/${fir}/amendments`, { reason: 'IO changed', ioUserId: ioElsewhere }), 400, { field: '(root)', message: /unknown field "ioUserId"/ }],
      [
        'a complaint assigned to the IO of another station',
        post(`/api/v1/complaints/${complaint}/assign`, { officerUserId: ioElsewhere }),
        400,
        { field: 'officerUserId', message: /of this station/ },
      ],
      [
        'a transfer to a district, not a station',
        post(`/api/v1/firs/${fir}/transfer`, { toStationCode: 'MH-PUN', reason: 'Offence occurred elsewhere' }),
        400,
        { field: 'toStationCode', message: /MH-PUN is not a police station/ },
      ],
      [
        'a transfer to a station that does not exist',
        post(`/api/v1/firs/${fir}/transfer`, { toStationCode: 'MH-XXX-PS99', reason: 'Offence occurred elsewhere' }),
        400,
        { field: 'toStationCode', message: /not a police station/ },
      ],
      [
        'a transfer to the station that holds the FIR',
        post(`/api/v1/firs/${fir}/transfer`, { toStationCode: 'MH-PUN-PS01', reason: 'Offence occurred here after all' }),
        400,
        { field: 'toStationCode', message: /holds the FIR already/ },
      ],
      ['an amendment with only a reason', post(`/api/v1/firs/${fir}/amendments`, { reason: 'Nothing really changed' }), 400, { type: 'no-change', detail: /changes nothing/ }],
      ['a complaint at a unit that is not a station', post('/api/v1/complaints', { ...VALID_COMPLAINT, stationCode: 'MH-PUN' }), 400, { type: 'unknown-station', field: 'stationCode' }],
      [
        'a GD correction of an entry that does not exist',
        post('/api/v1/gd/corrections', { correctsId: randomUUID(), text: 'Corrected text' }),
        404,
        { type: 'not-found', detail: /no GD entry with this id/ },
      ],
      ['a 0-byte photo', photo('', 'image/png'), 400, { type: 'empty-file', detail: /empty/ }],
      ['a JPEG sent as image/png', photo(JPEG, 'image/png'), 415, { type: 'type-mismatch', detail: /JPEG image but was sent as image\/png/ }],
      ['text sent as image/png', photo('hello, this is not an image', 'image/png'), 415, { type: 'not-an-image' }],
      // The photo route takes a raw image: any other content type is refused, naming the types it takes.
      ['a photo sent as JSON', () => c.request('POST', '/api/v1/attachments', { image: PNG.toString('base64') }), 415, { detail: /image\/jpeg, image\/png or image\/webp/ }],
      ['a photo sent as text/plain', photo(PNG.toString('latin1'), 'text/plain'), 415, { detail: /image\/jpeg, image\/png or image\/webp/ }],
      ['a photo sent as application/octet-stream', photo(PNG, 'application/octet-stream'), 415, { detail: /image\/jpeg, image\/png or image\/webp/ }],
      ['a photo sent as a form', photo('photo=abc', 'application/x-www-form-urlencoded'), 415, { detail: /image\/jpeg, image\/png or image\/webp/ }],
      ['a photo with no content type', photo(PNG), 415, { detail: /image\/jpeg, image\/png or image\/webp/ }],
    ];
    for (const [name, go, status, expect] of cases) {
      await t.test(name, async () => assertProblem(await nothingWritten(go), status, expect));
    }
  });

  test('registers: impossible ages and dates, photos never uploaded, a missing child as a complaint, a person found twice', async (t) => {
    const sho = await stationClient();
    const REPORT = WRITE_ROUTES['POST /api/v1/missing-persons']!.valid as Record<string, unknown> & { person: Record<string, unknown>; description: Record<string, unknown> };
    const BODY = WRITE_ROUTES['POST /api/v1/unnatural-deaths']!.valid as Record<string, unknown> & { description: Record<string, unknown> };
    const report = (over: { person?: Record<string, unknown>; description?: Record<string, unknown>; [k: string]: unknown }) => () =>
      sho.request('POST', '/api/v1/missing-persons', { ...REPORT, ...over, person: { ...REPORT.person, ...over.person }, description: { ...REPORT.description, ...over.description } });
    const body = (over: { description?: Record<string, unknown>; [k: string]: unknown }) => () =>
      sho.request('POST', '/api/v1/unnatural-deaths', { ...BODY, ...over, description: { ...BODY.description, ...over.description } });
    const identify = (id: string, over: Record<string, unknown>) => () =>
      sho.request('POST', `/api/v1/unnatural-deaths/${id}/identify`, { at: clock.now().toISOString(), note: 'Identified by his brother', ...over });
    const status = (id: string, over: Record<string, unknown>) => () =>
      sho.request('POST', `/api/v1/missing-persons/${id}/status`, { at: clock.now().toISOString(), note: 'Found at the canal', ...over });
    const made = async (r: Promise<Answer>) => {
      const a = await r;
      assert.equal(a.status, 201, JSON.stringify(a.body));
      return (a.body as { id: string }).id;
    };
    // An open report of an adult; one of a man found dead by its own route; bodies, one identified as a named person.
    const open = await made(sho.request('POST', '/api/v1/missing-persons', { ...REPORT, person: { name: 'Kisan Bhise', age: 60 } }));
    const dead = await made(sho.request('POST', '/api/v1/missing-persons', { ...REPORT, person: { name: 'Bapu Shelke', age: 55 } }));
    const gone = await status(dead, { status: 'found_dead' })();
    assert.equal(gone.status, 200, JSON.stringify(gone.body));
    const bodyA = await made(body({})());
    const bodyB = await made(body({})());
    const early = await made(body({ foundAt: '2026-03-09T10:00:00+05:30', informedAt: '2026-03-09T10:30:00+05:30' })());
    const named = await sho.request('POST', `/api/v1/unnatural-deaths/${bodyA}/identify`, {
      person: { person: { name: 'Raghu Jagtap', gender: 'male', birthDate: '1980-01-01' } },
      at: '2026-03-10T04:00:00Z',
      note: 'Identified by his son',
    });
    assert.equal(named.status, 200, JSON.stringify(named.body));
    const raghu = (named.body as { identification: { person: { id: string } } }).identification.person.id;
    const FOUND = WRITE_ROUTES['POST /api/v1/found-persons']!.valid as Record<string, unknown> & { description: Record<string, unknown> };
    const foundPerson = (over: { description?: Record<string, unknown>; [k: string]: unknown }) => () =>
      sho.request('POST', '/api/v1/found-persons', { ...FOUND, ...over, description: { ...FOUND.description, ...over.description } });
    const placeFound = (id: string, over: Record<string, unknown>) => () =>
      sho.request('POST', `/api/v1/found-persons/${id}/placement`, { kind: 'shelter', name: 'Matoshri old-age home', at: clock.now().toISOString(), ...over });
    const concludeFound = (id: string, over: Record<string, unknown>) => () =>
      sho.request('POST', `/api/v1/found-persons/${id}/outcome`, { outcome: 'restored', at: clock.now().toISOString(), note: 'Recognised by his son', ...over });
    const foundA = await made(foundPerson({ foundAt: '2026-03-10T07:00:00+05:30', description: { ageRange: { from: 50, to: 65 } } })());
    const foundEarly = await made(foundPerson({ foundAt: '2026-03-09T10:00:00+05:30', description: { ageRange: { from: 50, to: 65 } } })());
    const foundWoman = await made(foundPerson({ description: { sex: 'female', ageRange: { from: 50, to: 65 } } })());
    const openPerson = (await server.node.missingPersons.get(open))!.personId;
    const cases: [string, () => Promise<Answer>, number, Expect][] = [
      ['a negative age', report({ person: { age: -1 } }), 400, { field: 'person.age', message: /negative/ }],
      ['an age over 120', report({ person: { age: 121 } }), 400, { field: 'person.age', message: /120/ }],
      ['an age range upside down', report({ description: { ageRange: { from: 30, to: 20 } } }), 400, { field: 'description.ageRange.to', message: /lower age/ }],
      ['a body’s age range upside down', body({ description: { ageRange: { from: 40, to: 30 } } }), 400, { field: 'description.ageRange.to', message: /lower age/ }],
      ['a body’s age over 120', body({ description: { ageRange: { from: 100, to: 130 } } }), 400, { field: 'description.ageRange.to', message: /120/ }],
      ['last seen in the future', report({ lastSeenAt: '2026-03-11T10:00:00+05:30' }), 400, { field: 'lastSeenAt', message: /future/ }],
      [
        'last seen before birth',
        report({ person: { age: undefined, birthDate: '2026-03-10' }, lastSeenAt: '2026-03-09T18:00:00+05:30' }),
        400,
        { field: 'lastSeenAt', message: /before the date of birth/ },
      ],
      ['born in the future', report({ person: { age: undefined, birthDate: '2027-01-01' } }), 400, { field: 'person.birthDate', message: /future/ }],
      ['a body found in the future', body({ foundAt: '2026-03-11T07:00:00+05:30', informedAt: undefined }), 400, { field: 'foundAt', message: /future/ }],
      ['a photo never uploaded (an adult’s report)', report({ description: { photoSha256: 'e'.repeat(64) } }), 400, { field: 'description.photoSha256', message: /not an uploaded photo/ }],
      [
        'a photo never uploaded (a child’s report)',
        report({ person: { age: 9 }, description: { photoSha256: 'e'.repeat(64) } }),
        400,
        { field: 'description.photoSha256', message: /not an uploaded photo/ },
      ],
      ['a photo never uploaded (a body’s)', body({ description: { photoSha256: 'e'.repeat(64) } }), 400, { field: 'description.photoSha256', message: /not an uploaded photo/ }],
      ['a photo never uploaded (a body’s photos)', body({ photos: ['e'.repeat(64)] }), 400, { field: 'photos.0', message: /not an uploaded photo/ }],
      [
        'a photo never uploaded (an informant’s)',
        report({ informant: { person: { name: 'Shanta Kale', gender: 'female', age: 40, photoSha256: 'e'.repeat(64) } } }),
        400,
        { field: 'informant.person.photoSha256', message: /not an uploaded photo/ },
      ],
      [
        'a photo never uploaded (an FIR’s complainant)',
        () => sho.request('POST', '/api/v1/firs', firBody({ complainant: { person: { name: 'Suresh Pawar', gender: 'male', age: 41, photoSha256: 'e'.repeat(64) } } })),
        400,
        { field: 'complainant.person.photoSha256', message: /not an uploaded photo/ },
      ],
      [
        'a missing child as a complaint (BNS)',
        () => sho.request('POST', '/api/v1/complaints', { ...VALID_COMPLAINT, sectionsAlleged: [{ act: 'BNS', section: '137(2)' }] }),
        400,
        { field: 'sectionsAlleged.0', message: /missing-person register/ },
      ],
      [
        'a missing child as a complaint (IPC)',
        () =>
          sho.request('POST', '/api/v1/complaints', {
            ...VALID_COMPLAINT,
            sectionsAlleged: [
              { act: 'BNS', section: '303(2)' },
              { act: 'IPC', section: '363' },
            ],
          }),
        400,
        { field: 'sectionsAlleged.1', message: /missing-person register/ },
      ],
      ['a body identified as a report already found dead', identify(bodyB, { missingPersonId: dead }), 400, { field: 'missingPersonId', message: /already closed as found dead/ }],
      [
        'a body identified as a person already identified as another body',
        identify(bodyB, { person: { personId: raghu } }),
        400,
        { field: 'person.personId', message: /already identified as the body of/ },
      ],
      [
        'a body identified as the person of an open report, not through it',
        identify(bodyB, { person: { personId: openPerson } }),
        400,
        { field: 'person.personId', message: /identify the body through that report/ },
      ],
      [
        'a body identified as one born after it was found',
        identify(bodyB, { person: { person: { name: 'Ajay Jagtap', gender: 'male', birthDate: '2026-03-10' } } }),
        400,
        { field: 'person.person.birthDate', message: /after this body was found/ },
      ],
      ['a body found before the missing person was last seen alive', identify(early, { missingPersonId: open }), 400, { field: 'missingPersonId', message: /last seen alive/ }],
      ['a report found dead twice', status(dead, { status: 'found_dead' }), 409, { detail: /found dead/ }],
      ['a report found dead after it was found dead', status(dead, { status: 'traced' }), 409, { detail: /found dead/ }],
      ['a status in the future', status(open, { status: 'traced', at: '2027-03-11T04:00:00Z' }), 400, { field: 'at', message: /future/ }],
      ['a person found in the future', foundPerson({ foundAt: '2026-03-11T08:00:00+05:30' }), 400, { field: 'foundAt', message: /future/ }],
      ['a person found with no age at all', foundPerson({ description: { ageRange: undefined } }), 400, { field: 'description.ageRange', message: /child/ }],
      ['a found person’s age over 120', foundPerson({ person: { name: 'Ramu', age: 121 } }), 400, { field: 'person.age', message: /120/ }],
      ['a found person’s age outside the estimate', foundPerson({ person: { name: 'Ramu', age: 30 } }), 400, { field: 'person.age', message: /outside the estimated age range/ }],
      [
        'a found person born after being found',
        foundPerson({ person: { name: 'Ramu', birthDate: '2026-03-10' }, description: { ageRange: undefined } }),
        400,
        { field: 'person.birthDate', message: /after the person was found/ },
      ],
      ['a found person taken charge of before being found', foundPerson({ receivedAt: '2026-03-08T08:00:00+05:30' }), 400, { field: 'receivedAt', message: /before the person was found/ }],
      ['a found person’s photo never uploaded', foundPerson({ description: { photoSha256: 'e'.repeat(64) } }), 400, { field: 'description.photoSha256', message: /not an uploaded photo/ }],
      ['an adult placed before the Child Welfare Committee', placeFound(foundA, { kind: 'cwc' }), 400, { field: 'kind', message: /not a child/ }],
      ['a found person placed before being found', placeFound(foundA, { at: '2026-03-01T04:00:00Z' }), 400, { field: 'at', message: /before the person was found/ }],
      ['a found person restored in the future', concludeFound(foundA, { at: '2027-03-11T04:00:00Z' }), 400, { field: 'at', message: /future/ }],
      [
        'a found person restored through a report already traced elsewhere',
        concludeFound(foundA, { missingPersonId: dead }),
        400,
        { field: 'missingPersonId', message: /already marked found dead elsewhere/ },
      ],
      ['a found person identified through a report of a person last seen after', concludeFound(foundEarly, { missingPersonId: open }), 400, { field: 'missingPersonId', message: /last seen/ }],
      ['a found person identified with nobody named', concludeFound(foundA, { outcome: 'identified' }), 400, { field: 'person', message: /required/ }],
      [
        'a found person confirmed with a report closed elsewhere',
        () => sho.request('POST', '/api/v1/matches/found-persons/confirm', { missingPersonId: dead, foundPersonId: foundWoman, reason: 'Recognised by his son' }),
        409,
        { detail: /already closed/ },
      ],
      [
        'a found person of another sex confirmed',
        () => sho.request('POST', '/api/v1/matches/found-persons/confirm', { missingPersonId: open, foundPersonId: foundA, reason: 'Recognised by his son' }),
        400,
        { field: 'foundPersonId', message: /sex differs/ },
      ],
    ];
    for (const [name, go, code, expect] of cases) {
      await t.test(name, async () => assertProblem(await nothingWritten(go), code, expect));
    }
  });

  test('alerts: what only the alerts can refuse', async (t) => {
    const c = await issuerClient();
    const sho = await stationClient();
    const { alert } = await alertAndNode();
    const issue = (overrides: Record<string, unknown>) => () => c.request('POST', '/api/v1/alerts', { ...VALID_ALERT, ...overrides });
    const photo = (bytes: Buffer | string, type?: string) => () =>
      c.request('POST', '/api/v1/alerts/photos', undefined, { raw: bytes as unknown as string, headers: type ? { 'content-type': type } : {} });
    const withoutPhoto = await c.post('/api/v1/alerts', { ...VALID_ALERT, title: 'Stolen tractor, no photo', kind: 'stolen_vehicle' });
    assert.equal(withoutPhoto.status, 201, JSON.stringify(withoutPhoto.body));
    const withdrawn = succeeded(await c.post('/api/v1/alerts', { ...VALID_ALERT, title: 'Found already' }));
    assert.equal((await c.post(`/api/v1/alerts/${withdrawn.body.id}/withdraw`, { reason: 'Found at a relative’s house' })).status, 200);
    /** A PNG of this many bytes in all. */
    const pngOf = (size: number) => Buffer.concat([PNG.subarray(0, 8), Buffer.alloc(size - 8, 7)]);
    const types = /image\/jpeg, image\/png or image\/webp/;
    const cases: [string, () => Promise<Answer>, number, Expect][] = [
      ['an unknown kind', issue({ kind: 'lost_dog' }), 400, { type: 'validation', field: 'kind', message: /one of/ }],
      ['a title of 201 characters', issue({ title: 'x'.repeat(201) }), 400, { field: 'title', message: /at most 200 characters/ }],
      ['a title of only spaces', issue({ title: '   ' }), 400, { field: 'title', message: /required/ }],
      ['details of 4001 characters', issue({ details: 'x'.repeat(4001) }), 400, { field: 'details', message: /at most 4000 characters/ }],
      ['a target unit that is a number', issue({ targetUnit: 27 }), 400, { field: 'targetUnit', message: /must be string/ }],
      ['a target unit of 41 characters', issue({ targetUnit: 'A'.repeat(41) }), 400, { field: 'targetUnit', message: /too long/ }],
      ['an unknown target unit', issue({ targetUnit: 'MH-XXX-PS99' }), 400, { type: 'validation', field: 'targetUnit', message: /not a known unit/ }],
      ['an expiry in the past', issue({ expiresAt: '2026-03-09T10:00:00+05:30' }), 400, { type: 'validation', field: 'expiresAt', message: /must be in the future/ }],
      ['an expiry at this very moment', issue({ expiresAt: clock.now().toISOString() }), 400, { field: 'expiresAt', message: /must be in the future/ }],
      ['an expiry that is not a date', issue({ expiresAt: 'next Tuesday' }), 400, { field: 'expiresAt', message: /date and time like/ }],
      ['an expiry without a time zone', issue({ expiresAt: '2026-04-01T10:00:00' }), 400, { field: 'expiresAt', message: /date and time like/ }],
      ['a photo hash that is not a SHA-256', issue({ photoSha256: 'abc123' }), 400, { field: 'photoSha256', message: /not the hash of an uploaded photo/ }],
      ['a photo hash that was never uploaded', issue({ photoSha256: 'e'.repeat(64) }), 400, { type: 'validation', field: 'photoSha256', message: /not an uploaded photo/ }],
      [
        'withdrawing an alert twice',
        () => c.request('POST', `/api/v1/alerts/${withdrawn.body.id}/withdraw`, { reason: 'Found, as said before' }),
        409,
        { type: 'already-withdrawn', detail: /^This alert was withdrawn on 2026-/ },
      ],
      ['a withdrawal without a real reason', () => c.request('POST', `/api/v1/alerts/${alert}/withdraw`, { reason: 'ok' }), 400, { field: 'reason', message: /must say why/ }],
      // The route answers 403 or 404 (its OpenAPI errors): an alert without a photo has no photo to find.
      ['the photo of an alert that has none', () => sho.get(`/api/v1/alerts/${withoutPhoto.body.id}/photo`), 404, { detail: /has no photo/ }],
      ['an unknown status in the list', () => sho.get('/api/v1/alerts?status=lost'), 400, { type: 'validation', field: 'status' }],
      ['an unknown parameter of the list', () => sho.get('/api/v1/alerts?isAdmin=1'), 400, { type: 'validation', detail: /"isAdmin"/ }],
      // Uploading the photo of an alert: the same rules as any photo.
      ['text sent as image/png', photo('hello, this is not an image', 'image/png'), 415, { type: 'not-an-image', detail: /not a JPEG, PNG or WebP image/ }],
      ['a PDF sent as image/jpeg', photo('%PDF-1.7 a wanted notice', 'image/jpeg'), 415, { type: 'not-an-image' }],
      ['a JPEG sent as image/png', photo(JPEG, 'image/png'), 415, { type: 'type-mismatch', detail: /JPEG image but was sent as image\/png/ }],
      ['a 0-byte photo', photo('', 'image/png'), 400, { type: 'empty-file', detail: /empty/ }],
      ['a photo sent as JSON', () => c.request('POST', '/api/v1/alerts/photos', { image: PNG.toString('base64') }), 415, { detail: types }],
      ['a photo sent as text/plain', photo(PNG.toString('latin1'), 'text/plain'), 415, { detail: types }],
      ['a photo with no content type', photo(PNG), 415, { detail: types }],
      ['a photo sent as application/octet-stream', photo(PNG, 'application/octet-stream'), 415, { detail: types }],
      ['a GIF sent as image/gif', photo('GIF89a a wanted notice', 'image/gif'), 415, { detail: types }],
      ['a photo 1 byte over 5 MB', photo(pngOf(5 * 1024 * 1024 + 1), 'image/png'), 413, { type: 'too-large', detail: /at most 5 MB/ }],
      ['a photo of 6 MB', photo(pngOf(6 * 1024 * 1024), 'image/png'), 413, { type: 'too-large', detail: /5 MB/ }],
    ];
    for (const [name, go, status, expect] of cases) {
      await t.test(name, async () => assertProblem(await nothingWritten(go), status, expect));
    }
  });

  test('nodes: what only node registration can refuse', async (t) => {
    const c = await stateAdminClient();
    const national = await bearerOf(stateServer, 'admin.in');
    const { node } = await alertAndNode();
    const revoked = await c.post('/api/v1/nodes', { unitCode: 'MH-NSK-PS02' });
    assert.equal(revoked.status, 201, JSON.stringify(revoked.body));
    assert.equal((await c.post(`/api/v1/nodes/${revoked.body.node.id}/revoke`, { reason: 'Replaced by a new server' })).status, 200);
    const add =
      (body: Record<string, unknown>, by = c) =>
      () =>
        by.request('POST', '/api/v1/nodes', body);
    const onState: [string, () => Promise<Answer>, number, Expect][] = [
      ['an unknown unit', add({ unitCode: 'MH-XXX-PS99' }), 400, { type: 'unknown-unit', field: 'unitCode', detail: /There is no unit MH-XXX-PS99/ }],
      ['a unit code that is not one', add({ unitCode: 'not a unit!' }), 400, { type: 'validation', field: 'unitCode', message: /not a unit code/ }],
      ['a unit code of 41 characters', add({ unitCode: 'A'.repeat(41) }), 400, { type: 'validation', field: 'unitCode' }],
      ['a label of 121 characters', add({ unitCode: 'MH-NGP-PS02', label: 'x'.repeat(121) }), 400, { field: 'label', message: /too long/ }],
      ['a label that is a number', add({ unitCode: 'MH-NGP-PS02', label: 7 }), 400, { field: 'label', message: /must be string/ }],
      ['the node’s own unit', add({ unitCode: 'MH' }), 400, { type: 'outside', field: 'unitCode', detail: /MH is not below this node \(MH\)/ }],
      [
        'a station of another state (by the national administrator, whose jurisdiction it is)',
        add({ unitCode: 'DL-NDL-PS01' }, national),
        400,
        { type: 'outside', field: 'unitCode', message: /not below this node/, detail: /DL-NDL-PS01 is not below this node/ },
      ],
      ['a district, not a station', add({ unitCode: 'MH-PUN' }), 400, { type: 'wrong-kind', field: 'unitCode', detail: /enrols police station nodes; MH-PUN is a district/ }],
      ['a forensic laboratory', add({ unitCode: 'MH-FSL' }), 400, { type: 'wrong-kind', field: 'unitCode', message: /not a police station/ }],
      ['a second node for a station that has one', add({ unitCode: 'MH-NGP-PS01' }), 409, { type: 'node-exists', detail: new RegExp(`MH-NGP-PS01 already has a pending node \\(${node}\\)`) }],
      [
        'revoking a node twice',
        () => c.request('POST', `/api/v1/nodes/${revoked.body.node.id}/revoke`, { reason: 'Replaced, as said before' }),
        409,
        { type: 'already-revoked', detail: /^This node was revoked on 2026-/ },
      ],
      ['a revocation without a real reason', () => c.request('POST', `/api/v1/nodes/${node}/revoke`, { reason: 'x' }), 400, { field: 'reason', message: /must say why/ }],
    ];
    for (const [name, go, status, expect] of onState) {
      await t.test(name, async () => assertProblem(await nothingWritten(go, stateServer), status, expect));
    }
    // The main node is standalone: it enrols nobody and has no upstream.
    const standalone = await adminClient();
    await t.test('registering a node on a standalone node', async () => {
      const r = await nothingWritten(() => standalone.request('POST', '/api/v1/nodes', { unitCode: 'MH-PUN-PS01' }));
      assertProblem(r, 409, { type: 'no-downstream', detail: /standalone node does not enrol other nodes/ });
    });
    await t.test('sync now on a node with no upstream', async () => {
      const r = await nothingWritten(() => standalone.request('POST', '/api/v1/node/sync', {}));
      assertProblem(r, 409, { type: 'not-enrolled', detail: /not enrolled with an upstream/ });
    });
  });

  test('lapsed, forged and missing credentials', async (t) => {
    const create = (c: ApiClient, username: string) => c.request('POST', '/api/v1/users', { ...VALID_USER, username });

    await t.test('session idle for 31 minutes: a read and a write are both 401', async () => {
      const reader = await signedIn('admin.mh');
      const writer = await signedIn('admin.mh');
      clock.advance(31 * 60);
      assertProblem(await nothingWritten(() => create(writer, 'idle.writer')), 401, { type: 'session-idle', detail: /30 minutes/ });
      assertProblem(await reader.get('/api/v1/me'), 401, { type: 'session-idle', detail: /30 minutes/ });
    });

    await t.test('forged session cookie', async () => {
      const forged = { cookie: 'cctns_session=' + 'A'.repeat(43), 'x-csrf-token': 'B'.repeat(32) };
      assertProblem(await new ApiClient(server.app).request('GET', '/api/v1/me', undefined, { headers: forged }), 401, { type: 'not-signed-in' });
      const r = await nothingWritten(() => new ApiClient(server.app).request('POST', '/api/v1/users', { ...VALID_USER, username: 'forged.cookie' }, { headers: forged }));
      assertProblem(r, 401, { type: 'not-signed-in' });
    });

    await t.test('a valid session without the CSRF header', async () => {
      const c = await adminClient();
      const r = await nothingWritten(() => c.request('POST', '/api/v1/users', { ...VALID_USER, username: 'no.csrf' }, { headers: { 'x-csrf-token': '' } }));
      assertProblem(r, 403, { type: 'csrf' });
    });

    const adminId = (await server.node.users.byUsername('admin.mh'))!.id;
    const withToken = (token: string) => {
      const c = new ApiClient(server.app);
      c.bearer = token;
      return c;
    };

    await t.test('forged bearer tokens', async () => {
      for (const token of ['cctns_' + 'A'.repeat(43), 'not-even-the-prefix', 'x'.repeat(500)]) {
        const c = withToken(token);
        assertProblem(await c.get('/api/v1/me'), 401, { type: 'invalid-token' });
        assertProblem(await nothingWritten(() => create(c, 'forged.token')), 401, { type: 'invalid-token' });
      }
      for (const authorization of ['Bearer', 'Basic YWRtaW4ubWg6cGFzc3dvcmQ=']) {
        const r = await new ApiClient(server.app).request('GET', '/api/v1/me', undefined, { headers: { authorization } });
        assertProblem(r, 401, { type: 'invalid-token' });
      }
    });

    await t.test('revoked bearer token', async () => {
      const { id, token } = await server.node.tokens.create(adminId, 'to be revoked', null, 'test');
      const c = withToken(token);
      assert.equal((await c.get('/api/v1/me')).status, 200, 'works before it is revoked');
      assert.equal(await server.node.tokens.revoke(id), true);
      assertProblem(await c.get('/api/v1/me'), 401, { type: 'invalid-token' });
      assertProblem(await nothingWritten(() => create(c, 'revoked.token')), 401, { type: 'invalid-token' });
    });

    await t.test('expired bearer token', async () => {
      const { token } = await server.node.tokens.create(adminId, 'short-lived', new Date(clock.now().getTime() + 60_000), 'test');
      const c = withToken(token);
      assert.equal((await c.get('/api/v1/me')).status, 200, 'works before it expires');
      clock.advance(61);
      assertProblem(await c.get('/api/v1/me'), 401, { type: 'invalid-token' });
      assertProblem(await nothingWritten(() => create(c, 'expired.token')), 401, { type: 'invalid-token' });
    });
  });

  test('acting beyond one’s jurisdiction or role', async (t) => {
    const sho = await signedIn('sho.pune1');
    const cases: [string, Record<string, unknown>, RegExp][] = [
      ['a user in another district’s station', { ...VALID_USER, username: 'sho.outside', unitCode: 'MH-NSK-PS01' }, /outside your jurisdiction/],
      ['an administrator in the own station', { ...VALID_USER, username: 'sho.admin', role: 'administrator' }, /administrator/],
    ];
    for (const [name, body, detail] of cases) {
      await t.test(`the SHO creates ${name}`, async () => {
        const before = await deniedCount('sho.pune1', 'user.create');
        const r = await nothingWritten(() => sho.request('POST', '/api/v1/users', body));
        assertProblem(r, 403, { type: 'not-permitted', detail });
        assert.equal(await deniedCount('sho.pune1', 'user.create'), before + 1, 'the refusal is audited');
      });
    }
    await t.test('the SP issues an alert to another district', async () => {
      const sp = await issuerClient();
      const before = await deniedCount('sp.pune', 'alert.issue');
      const r = await nothingWritten(() => sp.request('POST', '/api/v1/alerts', { ...VALID_ALERT, targetUnit: 'MH-NSK' }));
      assertProblem(r, 403, { type: 'not-permitted', detail: /outside your jurisdiction/ });
      assert.equal(await deniedCount('sp.pune', 'alert.issue'), before + 1, 'the refusal is audited');
    });
    await t.test('the Maharashtra administrator registers a node for a Delhi station', async () => {
      const c = await stateAdminClient();
      const before = await deniedCount('admin.mh', 'node.manage', stateServer);
      const r = await nothingWritten(() => c.request('POST', '/api/v1/nodes', { unitCode: 'DL-NDL-PS01' }), stateServer);
      assertProblem(r, 403, { type: 'not-permitted', detail: /outside your jurisdiction/ });
      assert.equal(await deniedCount('admin.mh', 'node.manage', stateServer), before + 1, 'the refusal is audited');
    });
    await t.test('a station writer creates anyone', async () => {
      const writer = await signedIn('writer.pune1');
      const r = await nothingWritten(() => writer.request('POST', '/api/v1/users', { ...VALID_USER, username: 'writer.made' }));
      assertProblem(r, 403, { type: 'not-permitted' });
    });
  });

  test('weak new passwords', async (t) => {
    const c = await adminClient();
    const cases: [string, string, RegExp][] = [
      ['too short', 'short', /at least 12 characters/],
      ['too long', 'a'.repeat(200) + 'bcdefghij'.repeat(10), /at most 256 characters/],
      ['on the banned list', 'password1234', /common or leaked/],
      ['containing the username', 'my-admin.mh-passphrase', /must not contain the username/],
      ['too few different characters', 'abababababababab', /too few different characters/],
    ];
    for (const [name, newPassword, detail] of cases) {
      await t.test(name, async () => {
        const r = await nothingWritten(() => c.request('POST', '/api/v1/me/password', { currentPassword: DEMO_PASSWORD, newPassword }));
        assertProblem(r, 400, { type: 'weak-password', detail, field: 'newPassword' });
      });
    }
  });

  test('a TOTP code in the wrong format is refused without counting as a failed attempt', async (t) => {
    clock.advance(90);
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    assert.equal(succeeded(await c.post('/api/v1/auth/login', { username: 'sp.pune', password: DEMO_PASSWORD })).body.stage, 'mfa');
    await c.refreshCsrf();
    for (const [name, code] of [
      ['letters', '12ab56'],
      ['seven digits', '1234567'],
      ['a number, not a string', 123456],
      ['empty', ''],
    ] as const) {
      await t.test(name, async () => {
        const r = await nothingWritten(() => c.post('/api/v1/auth/totp', { code }));
        assertProblem(r, 400, { type: 'validation', field: 'code' });
      });
    }
    await t.test('the sign-in still completes', async () => {
      const ok = await c.post('/api/v1/auth/totp', { code: totpCode(server.demo.users['sp.pune']!.totpSecret, clock.now()) });
      assert.equal(ok.status, 200);
      assert.equal(ok.body.stage, 'full');
    });
  });

  test('errors raised by the framework are problem+json in words, and never carry the input back', async (t) => {
    const c = await adminClient();
    const mark = 'EchoMark<i>';
    const long = encodeURIComponent(mark).repeat(20);
    const cases: [string, () => Promise<Answer>, number, string][] = [
      ['an over-long verification code', () => c.get(`/api/v1/verify/${long}`), 400, 'param-too-long'],
      ['an over-long id on another route', () => c.get(`/api/v1/firs/${long}/versions`), 400, 'param-too-long'],
      ['an over-long parameter signed out', () => new ApiClient(server.app).get(`/api/v1/law/sections/${long}/1`), 400, 'param-too-long'],
      ['a broken %-escape in the path', () => c.get(`/api/v1/users/${encodeURIComponent(mark)}%E0%A4%A`), 400, 'bad-url'],
      ['malformed JSON', () => c.request('POST', '/api/v1/users', undefined, { raw: `{"${mark}": `, headers: { 'content-type': 'application/json' } }), 400, 'malformed-json'],
      ['an unsupported content type', () => c.request('POST', '/api/v1/users', undefined, { raw: mark, headers: { 'content-type': 'text/x-echomark' } }), 415, 'unsupported-media-type'],
      [
        'a body over the limit',
        () => c.request('POST', '/api/v1/users', undefined, { raw: JSON.stringify({ username: mark.repeat(40_000) }), headers: { 'content-type': 'application/json' } }),
        413,
        'too-large',
      ],
      ['an unknown route', () => c.get(`/api/v1/${encodeURIComponent(mark)}`), 404, 'not-found'],
      ['a method the route does not take', () => c.request('DELETE', `/api/v1/users?${encodeURIComponent(mark)}=1`), 404, 'not-found'],
    ];
    for (const [name, send, status, type] of cases) {
      await t.test(name, async () => {
        const r = await nothingWritten(send);
        assertProblem(r, status, { type });
        assert.doesNotMatch(JSON.stringify(r.body), /echomark/i, 'the input is not echoed');
        assert.equal(r.headers['x-content-type-options'], 'nosniff', 'with the usual headers');
      });
    }
  });

  test('unknown routes are a 404 problem', async (t) => {
    const c = await adminClient();
    const cases: [string, string, unknown][] = [
      ['GET', '/api/v1/nope', undefined],
      ['POST', '/api/v1/nope', { a: 1 }],
      ['DELETE', '/api/v1/users', undefined],
      ['PATCH', `/api/v1/users/${targetId}`, { role: 'administrator' }],
      ['GET', `/api/v1/users/${targetId}/secrets`, undefined],
    ];
    for (const [method, url, body] of cases) {
      await t.test(`${method} ${url}`, async () => {
        const r = await nothingWritten(() => c.request(method, url, body));
        assertProblem(r, 404, { type: 'not-found', detail: /^There is no / });
      });
    }
  });
});
