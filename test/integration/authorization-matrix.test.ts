/**
 * The authorization matrix: every signed-in route × every role × a target inside and outside the
 * actor's jurisdiction. The expectations below are written out by hand, not derived from
 * ROLE_DEFINITIONS, so a change of permissions fails here until this table is changed too.
 *
 * Actors are the demo users, authenticated with bearer tokens (which skip CSRF), so the matrix
 * tests the policy alone; one test repeats a few cells over a cookie session.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { hashPassword, verifyPassword } from '../../src/access/passwords.js';
import { newTotpSecret } from '../../src/access/totp.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ROLES, type Role } from '../../src/domain/roles.js';
import type { User } from '../../src/records/users.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, type Answer } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';

/**
 * allow: 2xx with the expected body.
 * deny:  403 problem, nothing written, a `denied` audit entry.
 * empty: 200 but the jurisdiction filter leaves out everything outside (lists only).
 * n/a:   the cell does not exist: self routes have no target, and the nation has no outside.
 */
type Cell = 'allow' | 'deny' | 'empty' | 'n/a';
type Row = Record<Role, { in: Cell; out: Cell }>;

const SELF_ROW: Row = {
  station_writer:         { in: 'allow', out: 'n/a' },
  investigating_officer:  { in: 'allow', out: 'n/a' },
  station_house_officer:  { in: 'allow', out: 'n/a' },
  sub_divisional_officer: { in: 'allow', out: 'n/a' },
  superintendent:         { in: 'allow', out: 'n/a' },
  scrb_officer:           { in: 'allow', out: 'n/a' },
  ncrb_officer:           { in: 'allow', out: 'n/a' },
  forensic_analyst:       { in: 'allow', out: 'n/a' },
  fingerprint_expert:     { in: 'allow', out: 'n/a' },
  control_room_operator:  { in: 'allow', out: 'n/a' },
  administrator:          { in: 'allow', out: 'n/a' },
};

/** Reading users and the audit trail: supervisors and administrators, inside their subtree. */
const READ_ROW: Row = {
  station_writer:         { in: 'deny',  out: 'deny' },
  investigating_officer:  { in: 'deny',  out: 'deny' },
  station_house_officer:  { in: 'allow', out: 'empty' },
  sub_divisional_officer: { in: 'allow', out: 'empty' },
  superintendent:         { in: 'allow', out: 'empty' },
  scrb_officer:           { in: 'allow', out: 'empty' },
  ncrb_officer:           { in: 'allow', out: 'n/a' },
  forensic_analyst:       { in: 'deny',  out: 'deny' },
  fingerprint_expert:     { in: 'deny',  out: 'deny' },
  control_room_operator:  { in: 'deny',  out: 'deny' },
  administrator:          { in: 'allow', out: 'empty' },
};

/** Reading one user by id: as above, but a user outside is refused outright. */
const READ_ONE_ROW: Row = {
  station_writer:         { in: 'deny',  out: 'deny' },
  investigating_officer:  { in: 'deny',  out: 'deny' },
  station_house_officer:  { in: 'allow', out: 'deny' },
  sub_divisional_officer: { in: 'allow', out: 'deny' },
  superintendent:         { in: 'allow', out: 'deny' },
  scrb_officer:           { in: 'allow', out: 'deny' },
  ncrb_officer:           { in: 'allow', out: 'n/a' },
  forensic_analyst:       { in: 'deny',  out: 'deny' },
  fingerprint_expert:     { in: 'deny',  out: 'deny' },
  control_room_operator:  { in: 'deny',  out: 'deny' },
  administrator:          { in: 'allow', out: 'deny' },
};

/** Creating and managing accounts: the SHO for the station's own writer/IO, administrators for all. */
const MANAGE_ROW: Row = {
  station_writer:         { in: 'deny',  out: 'deny' },
  investigating_officer:  { in: 'deny',  out: 'deny' },
  station_house_officer:  { in: 'allow', out: 'deny' },
  sub_divisional_officer: { in: 'deny',  out: 'deny' },
  superintendent:         { in: 'deny',  out: 'deny' },
  scrb_officer:           { in: 'deny',  out: 'deny' },
  ncrb_officer:           { in: 'deny',  out: 'n/a' },
  forensic_analyst:       { in: 'deny',  out: 'deny' },
  fingerprint_expert:     { in: 'deny',  out: 'deny' },
  control_room_operator:  { in: 'deny',  out: 'deny' },
  administrator:          { in: 'allow', out: 'deny' },
};

/** The expectation table: every route open to a signed-in user. */
const MATRIX: Record<string, Row> = {
  'GET /api/v1/me':                 SELF_ROW,
  'PATCH /api/v1/me':               SELF_ROW,
  'POST /api/v1/me/password':       SELF_ROW,
  'GET /api/v1/me/audit':           SELF_ROW,
  'GET /api/v1/roles':              SELF_ROW, // everyone may ask; the answer is the roles they may assign (below)
  'GET /api/v1/units':              SELF_ROW, // one's own subtree
  'GET /api/v1/users':              READ_ROW,
  'GET /api/v1/users/:id':          READ_ONE_ROW,
  'POST /api/v1/users':             MANAGE_ROW,
  'POST /api/v1/users/:id/disable': MANAGE_ROW,
  'POST /api/v1/users/:id/enable':  MANAGE_ROW,
  'POST /api/v1/users/:id/reset':   MANAGE_ROW,
  'POST /api/v1/users/:id/unlock':  MANAGE_ROW,
  'GET /api/v1/audit':              READ_ROW,
};

/** What GET /roles answers for each role. */
const ASSIGNABLE: Record<Role, Role[]> = {
  station_writer: [],
  investigating_officer: [],
  station_house_officer: ['station_writer', 'investigating_officer'],
  sub_divisional_officer: [],
  superintendent: [],
  scrb_officer: [],
  ncrb_officer: [],
  forensic_analyst: [],
  fingerprint_expert: [],
  control_room_operator: [],
  administrator: [...ROLES],
};

/** Routes that need no user at all. */
const PUBLIC_ROUTES = ['GET /healthz', 'GET /api/v1/session', 'POST /api/v1/auth/login', 'POST /api/v1/auth/logout'];
/** Routes for a sign-in part-way through; a bearer token may never use them. */
const SIGNING_IN_ROUTES: Record<string, unknown> = {
  'POST /api/v1/auth/totp': { code: '123456' },
  'GET /api/v1/auth/enrolment': undefined,
  'POST /api/v1/auth/enrolment': { code: '123456' },
  'POST /api/v1/auth/password': { newPassword: 'a-perfectly-fine-passphrase' },
};

/** A unit and a role that fits it, where targets are made. */
interface Place {
  unit: string;
  role: Role;
}

/** One demo user per role; "inside" lies in their subtree, "outside" does not. */
const ACTORS: Record<Role, { username: string; unit: string; inside: Place; outside: Place | null }> = {
  station_writer:         { username: 'writer.pune1', unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  investigating_officer:  { username: 'io.pune1',     unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  station_house_officer:  { username: 'sho.pune1',    unit: 'MH-PUN-PS01', inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-PUN-PS02', role: 'station_writer' } },
  sub_divisional_officer: { username: 'sdpo.pune',    unit: 'MH-PUN-SD1',  inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-NSK-PS01', role: 'station_writer' } },
  superintendent:         { username: 'sp.pune',      unit: 'MH-PUN',      inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'MH-NSK-PS01', role: 'station_writer' } },
  scrb_officer:           { username: 'scrb.mh',      unit: 'MH',          inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'DL-NDL-PS01', role: 'station_writer' } },
  ncrb_officer:           { username: 'ncrb',         unit: 'IN',          inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: null },
  forensic_analyst:       { username: 'fsl.mh',       unit: 'MH-FSL',      inside: { unit: 'MH-FSL', role: 'forensic_analyst' },            outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  fingerprint_expert:     { username: 'fpb.mh',       unit: 'MH-FPB',      inside: { unit: 'MH-FPB', role: 'fingerprint_expert' },          outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  control_room_operator:  { username: 'cr.mh',        unit: 'MH-CR',       inside: { unit: 'MH-CR', role: 'control_room_operator' },        outside: { unit: 'MH-PUN-PS01', role: 'station_writer' } },
  administrator:          { username: 'admin.mh',     unit: 'MH',          inside: { unit: 'MH-PUN-PS01', role: 'station_writer' }, outside: { unit: 'DL-NDL-PS01', role: 'station_writer' } },
};

type Side = 'in' | 'out';
const key = (d: { method: string; path: string }) => `${d.method} ${d.path}`;
const SELF_ROUTES = new Set(Object.entries(MATRIX).filter(([, row]) => row === SELF_ROW).map(([k]) => k));

describe('authorization matrix', () => {
  let server: TestServer;
  const clock = new ManualClock('2026-03-10T04:30:00Z');
  let targetHash: string;
  let serial = 0;
  /** Current password of each demo user (POST /me/password changes them). */
  const passwordOf = new Map<string, string>();
  const actors = new Map<Role, { user: User; bearer: ApiClient }>();

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const { node } = server;
    // A second state with a station, so that state-level actors have an "outside".
    await node.events.transaction(async (tx) => {
      await node.units.create(tx, { code: 'DL-NDL', kind: 'district', parentCode: 'DL', nameEn: 'New Delhi', nameHi: 'नई दिल्ली' }, 'test');
      await node.units.create(tx, { code: 'DL-NDL-SD1', kind: 'subdivision', parentCode: 'DL-NDL', nameEn: 'Chanakyapuri', nameHi: 'चाणक्यपुरी' }, 'test');
      await node.units.create(tx, { code: 'DL-NDL-PS01', kind: 'police_station', parentCode: 'DL-NDL-SD1', nameEn: 'Test Station', nameHi: 'परीक्षण थाना' }, 'test');
    });
    targetHash = await hashPassword('matrix-target-password-2026');
    for (const role of ROLES) {
      const user = (await node.users.byUsername(ACTORS[role].username))!;
      const bearer = new ApiClient(server.app);
      bearer.bearer = (await node.tokens.create(user.id, 'matrix', null, 'test')).token;
      actors.set(role, { user, bearer });
      passwordOf.set(user.username, DEMO_PASSWORD);
    }
  });
  after(() => server.close());

  const db = () => server.node.storage.db;

  /** A fresh station writer (or other role) at a place, enrolled in TOTP, optionally disabled or locked. */
  async function makeTarget(place: Place, opts: { disabled?: boolean; locked?: boolean } = {}): Promise<User> {
    const { node } = server;
    const id = randomUUID();
    await node.events.transaction(async (tx) => {
      await node.users.create(
        tx,
        {
          id,
          username: `target-${++serial}`,
          displayName: `Matrix target ${serial}`,
          role: place.role,
          unitCode: place.unit,
          language: 'en',
          passwordHash: targetHash,
          mustChangePassword: false,
          totpSecret: node.secrets.seal(newTotpSecret()),
        },
        'test',
      );
      if (opts.disabled) await node.users.setStatus(tx, id, 'disabled', 'test', 'set up for the matrix');
    });
    if (opts.locked) {
      for (let i = 0; i < node.config.security.lockoutThreshold; i++) await node.guard.recordFailure(id);
      assert.ok(await node.guard.lockedUntil(id), 'target is locked');
    }
    return (await node.users.byId(id))!;
  }

  async function count(table: 'events' | 'users'): Promise<number> {
    return Number((await db().selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  }

  async function deniedEntries(actorId: string, action: string) {
    return db()
      .selectFrom('audit_log')
      .selectAll()
      .where('actor_id', '=', actorId)
      .where('action', '=', action)
      .where('outcome', '=', 'denied')
      .orderBy('seq', 'desc')
      .execute();
  }

  async function subtreeCodes(unitCode: string): Promise<Set<string>> {
    const unit = (await server.node.units.get(unitCode))!;
    return new Set((await server.node.units.subtree(unit.path)).map((u) => u.code));
  }

  async function addAuditMarker(unit: string): Promise<string> {
    const marker = `marker-${++serial}`;
    await server.node.audit.record(db(), { actor: null, action: 'matrix.marker', outcome: 'success', targetUnit: unit, detail: { marker } });
    return marker;
  }

  function assertUserShape(u: any) {
    for (const f of ['id', 'username', 'displayName', 'role', 'unitCode', 'language', 'status', 'createdAt']) {
      assert.equal(typeof u[f], 'string', `user.${f} is a string`);
    }
    assert.equal(typeof u.locked, 'boolean');
    assert.equal(typeof u.mfaEnrolled, 'boolean');
    assert.equal(u.passwordHash, undefined, 'no credential material in answers');
    assert.equal(u.totpSecret, undefined, 'no credential material in answers');
  }

  const TEMP_PASSWORD = /^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/;

  /**
   * How each route is exercised. `action` is what a denial is audited as; `target` says whether
   * a fresh user is made for the cell (and in which state).
   */
  interface Probe {
    action?: string;
    target?: { disabled?: boolean; locked?: boolean };
    send(c: ApiClient, x: CellCtx): Promise<Answer>;
    allowed?(r: Answer, x: CellCtx): Promise<void>;
    empty?(r: Answer, x: CellCtx): Promise<void>;
  }
  interface CellCtx {
    role: Role;
    actor: User;
    place: Place;
    target?: User;
    newUsername: string;
    newPassword: string;
    marker?: string;
  }

  const PROBES: Record<string, Probe> = {
    'GET /api/v1/me': {
      send: (c) => c.get('/api/v1/me'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.id, x.actor.id);
        assert.equal(r.body.role, x.role);
        assert.equal(r.body.unit.code, ACTORS[x.role].unit);
        assert.ok(Array.isArray(r.body.permissions));
      },
    },
    'PATCH /api/v1/me': {
      send: (c) => c.patch('/api/v1/me', { language: 'hi' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.language, 'hi');
        assert.equal((await server.node.users.byId(x.actor.id))!.language, 'hi');
        await server.node.events.transaction((tx) => server.node.users.setLanguage(tx, x.actor.id, 'en', 'test'));
      },
    },
    'POST /api/v1/me/password': {
      send: (c, x) =>
        c.post('/api/v1/me/password', { currentPassword: passwordOf.get(x.actor.username)!, newPassword: x.newPassword }),
      async allowed(r, x) {
        assert.equal(r.status, 204);
        assert.ok(await verifyPassword((await server.node.users.byId(x.actor.id))!.passwordHash, x.newPassword));
        passwordOf.set(x.actor.username, x.newPassword);
      },
    },
    'GET /api/v1/me/audit': {
      send: (c) => c.get('/api/v1/me/audit?limit=500'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(Array.isArray(r.body.entries));
        assert.ok(r.body.entries.every((e: any) => e.actor === x.actor.username), 'only one’s own entries');
      },
    },
    'GET /api/v1/roles': {
      send: (c) => c.get('/api/v1/roles'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.deepEqual(r.body.roles.map((ro: any) => ro.code), ASSIGNABLE[x.role]);
        assert.ok(r.body.roles.every((ro: any) => Array.isArray(ro.unitKinds) && ro.unitKinds.length > 0));
      },
    },
    'GET /api/v1/units': {
      send: (c) => c.get('/api/v1/units'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        const a = ACTORS[x.role];
        assert.equal(r.body.units[0].code, a.unit, 'one’s own unit first');
        assert.equal(r.body.units[0].depth, 0);
        const mine = await subtreeCodes(a.unit);
        assert.deepEqual(new Set(r.body.units.map((u: any) => u.code)), mine);
        if (a.outside) assert.ok(!mine.has(a.outside.unit));
      },
    },
    'GET /api/v1/users': {
      action: 'user.read',
      target: {},
      send: (c, x) => c.get(`/api/v1/users?unit=${x.place.unit}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        r.body.users.forEach(assertUserShape);
        assert.ok(r.body.users.some((u: any) => u.id === x.target!.id), 'the target is listed');
        assert.ok(r.body.users.every((u: any) => u.unitCode === x.place.unit), 'unit filter applied');
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(await server.node.users.byId(x.target!.id), 'there is someone there to leave out');
        assert.deepEqual(r.body.users, []);
      },
    },
    'GET /api/v1/users/:id': {
      action: 'user.read',
      target: {},
      send: (c, x) => c.get(`/api/v1/users/${x.target!.id}`),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.id, x.target!.id);
      },
    },
    'POST /api/v1/users': {
      action: 'user.create',
      send: (c, x) => c.post('/api/v1/users', { username: x.newUsername, displayName: 'New Matrix User', role: x.place.role, unitCode: x.place.unit }),
      async allowed(r, x) {
        assert.equal(r.status, 201);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.username, x.newUsername);
        assert.equal(r.body.user.unitCode, x.place.unit);
        assert.equal(r.body.user.role, x.place.role);
        assert.equal(r.body.user.status, 'active');
        assert.match(r.body.temporaryPassword, TEMP_PASSWORD);
        assert.equal((await server.node.users.byUsername(x.newUsername))!.mustChangePassword, true);
      },
    },
    'POST /api/v1/users/:id/disable': {
      action: 'user.disable',
      target: {},
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/disable`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.equal(r.body.user.status, 'disabled');
        assert.equal((await server.node.users.byId(x.target!.id))!.status, 'disabled');
      },
    },
    'POST /api/v1/users/:id/enable': {
      action: 'user.enable',
      target: { disabled: true },
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/enable`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.user.status, 'active');
        assert.equal((await server.node.users.byId(x.target!.id))!.status, 'active');
      },
    },
    'POST /api/v1/users/:id/reset': {
      action: 'user.reset',
      target: {},
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/reset`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assertUserShape(r.body.user);
        assert.match(r.body.temporaryPassword, TEMP_PASSWORD);
        assert.equal(r.body.user.mfaEnrolled, false);
        const after = (await server.node.users.byId(x.target!.id))!;
        assert.notEqual(after.passwordHash, x.target!.passwordHash);
        assert.equal(after.mustChangePassword, true);
        assert.equal(after.totpSecret, null);
      },
    },
    'POST /api/v1/users/:id/unlock': {
      action: 'user.unlock',
      target: { locked: true },
      send: (c, x) => c.post(`/api/v1/users/${x.target!.id}/unlock`, { reason: 'matrix check' }),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.equal(r.body.user.locked, false);
        assert.equal(await server.node.guard.lockedUntil(x.target!.id), null);
      },
    },
    'GET /api/v1/audit': {
      action: 'audit.read',
      send: (c) => c.get('/api/v1/audit?limit=500'),
      async allowed(r, x) {
        assert.equal(r.status, 200);
        assert.ok(r.body.entries.some((e: any) => e.detail.marker === x.marker), 'an entry about a unit inside is shown');
        await assertWithinJurisdiction(r, x);
      },
      async empty(r, x) {
        assert.equal(r.status, 200);
        assert.ok(!r.body.entries.some((e: any) => e.detail.marker === x.marker), 'an entry about a unit outside is not shown');
        await assertWithinJurisdiction(r, x);
      },
    },
  };

  async function assertWithinJurisdiction(r: Answer, x: CellCtx) {
    const mine = await subtreeCodes(ACTORS[x.role].unit);
    const rows = await db().selectFrom('audit_log').select(['seq', 'actor_unit', 'target_unit']).execute();
    const bySeq = new Map(rows.map((row) => [Number(row.seq), row]));
    for (const e of r.body.entries) {
      const row = bySeq.get(e.seq)!;
      assert.ok(mine.has(row.actor_unit ?? '') || mine.has(row.target_unit ?? ''), `audit entry ${e.seq} lies in the jurisdiction`);
    }
  }

  /** Everything a denied cell must leave as it was. */
  async function stateOf(x: CellCtx) {
    const target = x.target ? await db().selectFrom('users').selectAll().where('id', '=', x.target.id).executeTakeFirst() : null;
    const login = x.target ? await db().selectFrom('login_state').selectAll().where('user_id', '=', x.target.id).executeTakeFirst() : null;
    return {
      events: await count('events'),
      users: await count('users'),
      target,
      login: login ?? null,
      newUser: (await server.node.users.byUsername(x.newUsername)) !== null,
    };
  }

  /** Runs one cell of the matrix with the given client (bearer or cookie session). */
  async function runCell(route: string, role: Role, side: Side, client: ApiClient): Promise<void> {
    const expected = MATRIX[route]![role][side];
    const probe = PROBES[route]!;
    const a = ACTORS[role];
    const place = side === 'in' ? a.inside : a.outside;
    assert.notEqual(expected, 'n/a');
    assert.ok(place, `${role} has an ${side}side place`);
    const n = ++serial;
    const x: CellCtx = { role, actor: actors.get(role)!.user, place, newUsername: `new-${n}`, newPassword: `quiet harbour lantern ${n}` };
    if (probe.target) x.target = await makeTarget(place, probe.target);
    if (route === 'GET /api/v1/audit') x.marker = await addAuditMarker(place.unit);

    const before = await stateOf(x);
    const deniedBefore = probe.action ? (await deniedEntries(x.actor.id, probe.action)).length : 0;
    const r = await probe.send(client, x);

    if (expected === 'allow') {
      assert.ok(r.status >= 200 && r.status < 300, `${route} as ${role} (${side}): expected 2xx, got ${r.status} ${JSON.stringify(r.body)}`);
      await probe.allowed!(r, x);
    } else if (expected === 'empty') {
      assert.ok(probe.empty, `${route} has no "empty" check`);
      await probe.empty!(r, x);
    } else {
      assert.equal(r.status, 403, `${route} as ${role} (${side}): expected 403, got ${r.status} ${JSON.stringify(r.body)}`);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      assert.equal(r.body.status, 403);
      assert.equal(typeof r.body.detail, 'string');
      assert.ok(r.body.detail.length > 10, 'the refusal says why');
      assert.deepEqual(await stateOf(x), before, 'a denied request writes nothing');
      if (probe.action) {
        const denied = await deniedEntries(x.actor.id, probe.action);
        assert.equal(denied.length, deniedBefore + 1, `one denied ${probe.action} audit entry`);
        // Refused at the route gate (the role lacks the action: no record is loaded) or by the
        // record-level check, which names the target.
        const entry = denied[0]!;
        const detail = JSON.parse(entry.detail);
        if (entry.target_id === null && detail.route !== undefined) assert.equal(detail.route, route, 'the denial names the route');
        else if (route.includes('/:id')) assert.equal(entry.target_id, x.target!.id, 'the denial names the target');
        else if (route === 'POST /api/v1/users') assert.equal(detail.username, x.newUsername, 'the denial names the refused user');
      }
    }
  }

  test('the table covers every route, and every role on every row', () => {
    const byAccess = (access: string) => allRoutes.filter((d) => d.access === access).map(key).sort();
    assert.deepEqual(byAccess('user'), Object.keys(MATRIX).sort(), 'every signed-in route has a row in MATRIX (add one for a new route)');
    assert.deepEqual(byAccess('public'), [...PUBLIC_ROUTES].sort(), 'public routes are exactly these');
    assert.deepEqual(byAccess('signing-in'), Object.keys(SIGNING_IN_ROUTES).sort(), 'signing-in routes are exactly these');
    assert.deepEqual(Object.keys(PROBES).sort(), Object.keys(MATRIX).sort(), 'every row has a probe');
    for (const [route, row] of Object.entries(MATRIX)) {
      assert.deepEqual(Object.keys(row).sort(), [...ROLES].sort(), `${route}: a cell for every role`);
      for (const role of ROLES) {
        const cell = row[role];
        assert.notEqual(cell.in, 'n/a', `${route} × ${role}: "in" always exists`);
        const outExists = !SELF_ROUTES.has(route) && ACTORS[role].outside !== null;
        assert.equal(cell.out === 'n/a', !outExists, `${route} × ${role}: "out" is n/a exactly when there is no outside`);
        if (cell.in === 'empty' || cell.out === 'empty') assert.ok(PROBES[route]!.empty, `${route}: "empty" only for filtered lists`);
      }
    }
    assert.deepEqual(Object.keys(ASSIGNABLE).sort(), [...ROLES].sort());
  });

  test('the actors and places are what the table assumes', async () => {
    for (const role of ROLES) {
      const a = ACTORS[role];
      const user = actors.get(role)!.user;
      assert.equal(user.role, role);
      assert.equal(user.unitCode, a.unit);
      const home = (await server.node.units.get(a.unit))!;
      const inside = (await server.node.units.get(a.inside.unit))!;
      assert.ok(inside.path.startsWith(home.path), `${a.inside.unit} is inside ${a.unit}`);
      if (a.outside) {
        const outside = (await server.node.units.get(a.outside.unit))!;
        assert.ok(!outside.path.startsWith(home.path), `${a.outside.unit} is outside ${a.unit}`);
      } else {
        assert.equal(home.kind, 'nation', 'only the nation has no outside');
      }
    }
  });

  test('public routes need no user', async () => {
    const anon = new ApiClient(server.app);
    const health = await anon.get('/healthz');
    assert.equal(health.status, 200);
    assert.deepEqual(health.body, { status: 'ok' });
    const session = await anon.refreshCsrf();
    assert.equal(session.status, 200);
    assert.equal(session.body.stage, 'anonymous');
    const login = await anon.post('/api/v1/auth/login', { username: 'writer.pune1', password: passwordOf.get('writer.pune1') });
    assert.equal(login.status, 200);
    assert.equal(login.body.stage, 'mfa');
    const fresh = new ApiClient(server.app);
    await fresh.refreshCsrf();
    assert.equal((await fresh.post('/api/v1/auth/logout')).status, 204);
    assert.equal((await anon.get('/api/v1/openapi.json')).status, 200, 'the OpenAPI document is public too');
  });

  test('signing-in routes reject a bearer token and a caller with no sign-in', async () => {
    const bearer = actors.get('administrator')!.bearer;
    const anon = new ApiClient(server.app);
    await anon.refreshCsrf();
    for (const [route, body] of Object.entries(SIGNING_IN_ROUTES)) {
      const [method, url] = route.split(' ') as [string, string];
      const withToken = await bearer.request(method, url, body);
      assert.equal(withToken.status, 401, `${route} with a token`);
      assert.match(withToken.body.type, /wrong-stage$/);
      assert.match(withToken.body.detail, /Tokens cannot be used to sign in/);
      const nobody = await anon.request(method, url, body);
      assert.equal(nobody.status, 401, `${route} with no sign-in`);
      assert.match(nobody.body.type, /not-signed-in$/);
    }
  });

  for (const route of Object.keys(MATRIX)) {
    test(route, async (t) => {
      for (const role of ROLES) {
        for (const side of ['in', 'out'] as const) {
          if (MATRIX[route]![role][side] === 'n/a') continue;
          await t.test(`${role} ${side}: ${MATRIX[route]![role][side]}`, () => runCell(route, role, side, actors.get(role)!.bearer));
        }
      }
    });
  }

  test('a cookie session gets the same answers as a bearer token', async () => {
    const cookieClient = async (role: Role) => {
      const c = new ApiClient(server.app);
      const username = ACTORS[role].username;
      await c.signIn(username, passwordOf.get(username)!, server.demo.users[username]!.totpSecret, clock);
      return c;
    };
    const sho = await cookieClient('station_house_officer');
    assert.equal(MATRIX['POST /api/v1/users/:id/disable']!.station_house_officer.in, 'allow');
    await runCell('POST /api/v1/users/:id/disable', 'station_house_officer', 'in', sho);
    assert.equal(MATRIX['POST /api/v1/users/:id/disable']!.station_house_officer.out, 'deny');
    await runCell('POST /api/v1/users/:id/disable', 'station_house_officer', 'out', sho);
    const writer = await cookieClient('station_writer');
    assert.equal(MATRIX['GET /api/v1/users']!.station_writer.in, 'deny');
    await runCell('GET /api/v1/users', 'station_writer', 'in', writer);
    assert.equal(MATRIX['POST /api/v1/users']!.station_writer.in, 'deny');
    await runCell('POST /api/v1/users', 'station_writer', 'in', writer);
  });
});
