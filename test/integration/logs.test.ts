import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import { hashPassword } from '../../src/access/passwords.js';
import { openNode } from '../../src/node.js';
import { backup, restore } from '../../src/operations/backup.js';
import type { Storage } from '../../src/storage/db.js';
import { migrate } from '../../src/storage/migrate.js';
import { runCctns } from '../support/cli.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE, freshStorage } from '../support/storage.js';

/** Simulates an attacker with direct database access: the append-only triggers go first. */
async function dropAppendOnlyGuards(storage: Storage, table: 'events' | 'audit_log'): Promise<void> {
  if (storage.engine === 'postgres') await sql.raw(`DROP TRIGGER ${table}_no_update ON ${table}`).execute(storage.db);
  else {
    await sql.raw(`DROP TRIGGER ${table}_no_update`).execute(storage.db);
    await sql.raw(`DROP TRIGGER ${table}_no_delete`).execute(storage.db);
  }
}

async function snapshot(storage: Storage) {
  const units = await storage.db.selectFrom('units').selectAll().orderBy('code').execute();
  const users = await storage.db.selectFrom('users').selectAll().orderBy('id').execute();
  return { units, users };
}

describe(`event log and audit log (${ENGINE})`, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ listen: false });
  });
  after(() => server.close());

  test('events of one origin form a gap-free hash chain, even when written concurrently', async () => {
    const { node } = server;
    const hash = await hashPassword('a-long-enough-password-1');
    await Promise.all(
      Array.from({ length: 25 }, (_, i) =>
        node.events.transaction((tx) =>
          node.users.create(
            tx,
            {
              id: uuidv7(),
              username: `par.user${i}`,
              displayName: `Parallel ${i}`,
              role: 'station_writer',
              unitCode: 'MH-PUN-PS02',
              language: 'en',
              passwordHash: hash,
              mustChangePassword: true,
              totpSecret: null,
            },
            'test',
          ),
        ),
      ),
    );
    const seqs = (await node.storage.db.selectFrom('events').select('seq').where('origin_unit', '=', node.originUnit()).orderBy('seq').execute()).map((r) => Number(r.seq));
    assert.deepEqual(
      seqs,
      Array.from({ length: seqs.length }, (_, i) => i + 1),
    );
    const v = await node.events.verify();
    assert.deepEqual(v.problems, []);
    assert.equal(v.checked, seqs.length);
  });

  test('a failed transaction leaves neither the event nor the read-table row', async () => {
    const { node } = server;
    const before = await node.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    await assert.rejects(
      node.events.transaction(async (tx) => {
        await node.units.create(tx, { code: 'MH-XYZ', kind: 'district', parentCode: 'MH', nameEn: 'Nowhere', nameHi: 'कहीं नहीं' }, 'test');
        throw new Error('fail after the append');
      }),
    );
    const afterCount = await node.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(afterCount.n), Number(before.n));
    assert.equal(await node.units.get('MH-XYZ'), null);
  });

  test('rebuild reproduces the read tables exactly from the log', async () => {
    const { node } = server;
    const before = await snapshot(node.storage);
    await node.storage.db.updateTable('users').set({ display_name: 'corrupted' }).execute();
    let progressCalls = 0;
    const n = await node.events.rebuild(() => progressCalls++);
    assert.ok(n > 50, `replayed ${n} events`);
    assert.ok(progressCalls > 0, 'rebuild reports progress');
    assert.deepEqual(await snapshot(node.storage), before);
  });

  test('the logs are append-only in the database itself', async () => {
    const { db } = server.node.storage;
    await server.node.audit.record(db, { actor: null, action: 'auth.logout', outcome: 'success' });
    await assert.rejects(db.updateTable('events').set({ actor: 'someone-else' }).where('seq', '=', 1).execute(), /append-only/);
    await assert.rejects(db.deleteFrom('audit_log').where('seq', '=', 1).execute(), /append-only/);
  });
});

describe(`tamper detection, backup and restore (${ENGINE})`, () => {
  test('cctns audit verify passes, then names the one audit entry with one altered byte', async () => {
    const t = await freshStorage();
    try {
      const node = await openNode(t.config, { storage: t.storage });
      for (let i = 0; i < 5; i++) {
        await node.audit.record(node.storage.db, { actor: null, action: 'auth.login', outcome: 'failure', ip: '10.0.0.9', detail: { username: `probe${i}` } });
      }
      const env = { dataDir: t.dataDir, databaseUrl: t.databaseUrl };
      const ok = runCctns(['audit', 'verify'], env);
      assert.equal(ok.code, 0, ok.stdout + ok.stderr);
      assert.match(ok.stdout, /Audit log: 5 entries, chain intact/);
      assert.match(ok.stdout, /Event log: \d+ events, chains intact/);

      await dropAppendOnlyGuards(t.storage, 'audit_log');
      const row = await t.storage.db.selectFrom('audit_log').select(['detail']).where('seq', '=', 3).executeTakeFirstOrThrow();
      const altered = row.detail.replace('probe2', 'probe7'); // one byte
      assert.equal(altered.length, row.detail.length);
      await t.storage.db.updateTable('audit_log').set({ detail: altered }).where('seq', '=', 3).execute();
      const direct = await node.audit.verify();
      assert.deepEqual(direct.firstBroken, { seq: 3, reason: 'content does not match its hash' });
      const bad = runCctns(['audit', 'verify'], env);
      assert.equal(bad.code, 1);
      assert.match(bad.stdout, /AUDIT LOG BROKEN at entry 3: content does not match its hash\. 2 entries before it verify/);
    } finally {
      await t.cleanup();
    }
  });

  test('removing the newest audit entry or altering an event is caught', async () => {
    const t = await freshStorage();
    try {
      const node = await openNode(t.config, { storage: t.storage });
      for (let i = 0; i < 3; i++) await node.audit.record(node.storage.db, { actor: null, action: 'auth.logout', outcome: 'success' });
      await dropAppendOnlyGuards(t.storage, 'audit_log');
      await t.storage.db.deleteFrom('audit_log').where('seq', '=', 3).execute();
      assert.equal((await node.audit.verify()).firstBroken?.seq, 3);

      await dropAppendOnlyGuards(t.storage, 'events');
      const ev = await t.storage.db.selectFrom('events').select(['payload']).where('seq', '=', 4).executeTakeFirstOrThrow();
      await t.storage.db
        .updateTable('events')
        .set({ payload: ev.payload.replace(/"nameEn":"(.)/, (_m, c: string) => `"nameEn":"${c === 'X' ? 'Y' : 'X'}`) })
        .where('seq', '=', 4)
        .execute();
      const v = await node.events.verify();
      assert.deepEqual(v.problems, [{ originUnit: node.originUnit(), seq: 4, reason: 'content does not match its hash' }]);
    } finally {
      await t.cleanup();
    }
  });

  test('backup then restore into an empty database: same rows, and both chains verify', async () => {
    const server = await startTestServer({ listen: false });
    const target = await freshStorage();
    try {
      const file = path.join(target.dataDir, 'backup.cctns.gz');
      const counts = await backup(server.node.storage, file);
      assert.ok(counts.events! > 40 && counts.users! >= 13, JSON.stringify(counts));
      await migrate(target.storage);
      const restored = await restore(target.storage, file);
      assert.deepEqual(restored, Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0)));
      assert.deepEqual(await snapshot(target.storage), await snapshot(server.node.storage));
      // The restored node opens without re-seeding, and its chains verify.
      fs.copyFileSync(path.join(server.db.dataDir, 'node.key'), path.join(target.dataDir, 'node.key'));
      const node = await openNode(target.config, { storage: target.storage });
      assert.equal((await node.audit.verify()).firstBroken, null);
      assert.deepEqual((await node.events.verify()).problems, []);
      // A second restore over data is refused and changes nothing.
      await assert.rejects(restore(target.storage, file), /not empty/);
      // A truncated file restores nothing.
      const other = await freshStorage();
      try {
        await migrate(other.storage);
        const gz = fs.readFileSync(file);
        const cut = path.join(other.dataDir, 'cut.gz');
        fs.writeFileSync(cut, gz.subarray(0, Math.floor(gz.length / 2)));
        await assert.rejects(restore(other.storage, cut));
        const n = await other.storage.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        assert.equal(Number(n.n), 0);
      } finally {
        await other.cleanup();
      }
    } finally {
      await target.cleanup();
      await server.close();
    }
  });
});
