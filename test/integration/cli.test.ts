import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { buildServer } from '../../src/api/server.js';
import { ensureDemoData } from '../../src/demo/seed.js';
import { openNode, type CctnsNode } from '../../src/node.js';
import { ApiClient } from '../support/client.js';
import { runCctns } from '../support/cli.js';
import { ENGINE, freshStorage, type TestStorage } from '../support/storage.js';

describe(`cctns command (${ENGINE})`, () => {
  let t: TestStorage;
  let node: CctnsNode;
  let env: { dataDir: string; databaseUrl?: string };
  before(async () => {
    t = await freshStorage();
    node = await openNode(t.config, { storage: t.storage });
    await ensureDemoData(node);
    env = { dataDir: t.dataDir, databaseUrl: t.databaseUrl };
  });
  after(() => t.cleanup());

  test('token create issues a bearer token that works, is stored hashed, audited, and dies on revoke', async () => {
    const created = runCctns(['token', 'create', '--user', 'scrb.mh', '--expires', '30d', '--label', 'nightly report'], env);
    assert.equal(created.code, 0, created.stderr);
    const token = created.stdout.split('\n').find((l) => l.startsWith('cctns_'))!;
    const id = /Token (\S+) for scrb\.mh/.exec(created.stdout)![1]!;
    assert.ok(token && token.length > 40);
    const stored = await t.storage.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.notEqual(stored.token_hash, token);
    assert.ok(!JSON.stringify(stored).includes(token), 'the token itself is not stored');
    const audit = await t.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'token.create').execute();
    assert.equal(audit.length, 1);
    assert.ok(!audit[0]!.detail.includes(token), 'the token is not in the audit log');

    const app = await buildServer(node, { logger: false, validateResponses: true });
    const c = new ApiClient(app);
    c.bearer = token;
    const me = await c.get('/api/v1/me');
    assert.equal(me.status, 200);
    assert.equal(me.body.username, 'scrb.mh');
    assert.equal((await c.patch('/api/v1/me', { language: 'hi' })).status, 200, 'tokens need no CSRF header');

    const revoked = runCctns(['token', 'revoke', id], env);
    assert.equal(revoked.code, 0, revoked.stderr);
    const after = await c.get('/api/v1/me');
    assert.equal(after.status, 401);
    assert.match(after.body.detail, /invalid, expired or revoked/);
    await app.close();
  });

  test('bad arguments give a usage message and exit code 2, writing nothing', async () => {
    const before = await t.storage.db
      .selectFrom('api_tokens')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const r = runCctns(['token', 'create', '--user', 'no.such.user'], env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /There is no user "no.such.user"/);
    const past = runCctns(['token', 'create', '--user', 'scrb.mh', '--expires', '2001-01-01'], env);
    assert.notEqual(past.code, 0);
    assert.match(past.stderr, /future/);
    const afterCount = await t.storage.db
      .selectFrom('api_tokens')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
    assert.equal(runCctns(['frobnicate'], env).code, 2);
  });

  test('user create makes the first administrator with a temporary password; rebuild keeps it', async () => {
    const r = runCctns(['user', 'create', '--username', 'admin.dl', '--role', 'administrator', '--unit', 'DL', '--name', 'Delhi Admin'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Temporary password, shown once: \S{19}/);
    const wrongUnit = runCctns(['user', 'create', '--username', 'x.y', '--role', 'station_writer', '--unit', 'DL', '--name', 'X'], env);
    assert.equal(wrongUnit.code, 2);
    assert.match(wrongUnit.stderr, /cannot belong to a state/);
    const rebuilt = runCctns(['rebuild'], env);
    assert.equal(rebuilt.code, 0, rebuilt.stderr);
    assert.match(rebuilt.stdout, /Rebuilt the read tables from \d+ events/);
    const u = await t.storage.db.selectFrom('users').selectAll().where('username', '=', 'admin.dl').executeTakeFirstOrThrow();
    assert.equal(u.must_change_password, 1);
    assert.equal(u.unit_code, 'DL');
  });

  test('person name keys made by older rules are made again by `cctns rebuild`, with progress', async () => {
    await node.events.transaction((tx) =>
      node.persons.create(tx, { name: 'Mohd. Mustafa', aliases: [], gender: 'male', addresses: [], phones: [], idDocuments: [], description: {} }, 'MH-PUN-PS01', 'test'),
    );
    const db = t.storage.db;
    const keys = () => db.selectFrom('person_name_keys').select(['key', 'person_id']).orderBy('key').orderBy('person_id').execute();
    const made = await keys();
    assert.ok(made.length > 0);
    // As if the keys had been made by other rules.
    await db.deleteFrom('person_name_keys').execute();
    await db.updateTable('settings').set({ value: '0.old' }).where('key', '=', 'search.person_key_version').execute();
    const r = runCctns(['rebuild'], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /Re-computing person name keys: \d+/);
    assert.deepEqual(await keys(), made);
    assert.notEqual((await db.selectFrom('settings').select('value').where('key', '=', 'search.person_key_version').executeTakeFirstOrThrow()).value, '0.old');
  });

  test('backup, then restore into an empty data directory: the records come back, not only the log', async () => {
    await node.events.transaction((tx) =>
      node.persons.create(tx, { name: 'Kalaiselvi Murugan', aliases: [], gender: 'female', addresses: [], phones: [], idDocuments: [], description: {} }, 'MH-PUN-PS01', 'test'),
    );
    const file = `${t.dataDir}/node.backup.gz`;
    const b = runCctns(['backup', file], env);
    assert.equal(b.code, 0, b.stderr);
    const target = await freshStorage();
    try {
      await target.storage.close();
      const to = { dataDir: target.dataDir, databaseUrl: target.databaseUrl };
      const r = runCctns(['restore', file], to);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /Rebuilt the read tables from \d+ events/);
      const again = target.reopen();
      const persons = await again.db.selectFrom('persons').select('name').orderBy('name').execute();
      const original = await t.storage.db.selectFrom('persons').select('name').orderBy('name').execute();
      assert.deepEqual(persons, original);
      assert.ok(persons.some((p) => p.name === 'Kalaiselvi Murugan'));
      assert.equal(runCctns(['audit', 'verify'], to).code, 0);
    } finally {
      await target.cleanup();
    }
  });
});
