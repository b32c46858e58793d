/**
 * Chaos: a state node and two station nodes as separate processes, each station behind a
 * fault-injecting link. While officers register FIRs, persons, GD entries and transfer zero FIRs
 * at both stations, the links are cut mid-transfer, stalled, throttled and taken down, and the
 * station processes are killed with SIGKILL and started again — at least 100 faults. Then the
 * links heal and every node must converge: the state holds exactly every event of both stations
 * once, and their audit trails; every chain verifies, the read tables match, FIR numbers are
 * unique and gap-free.
 *
 * Faults come from a seeded generator; nothing asserted depends on when they happen. The waits
 * are for conditions (bounded by the test's timeout), and pauses only pace the faults.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { setTimeout as delay } from 'node:timers/promises';
import { openPostgres, openSqlite, type Storage } from '../../src/storage/db.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { theftFir } from '../support/fir-bodies.js';
import { LinkEmulator } from '../support/link-emulator.js';
import { cctns, cctnsEnv, NodeProcess } from '../support/node-process.js';
import { seededRandom } from '../support/random.js';
import { ENGINE, freshStorage } from '../support/storage.js';

const MIN_FAULTS = 100;
const SEED = Number(process.env.CCTNS_CHAOS_SEED ?? 5150);
/** Sync reacts in about a second and gives up on a silent link after two. */
const QUICK = { CCTNS_SYNC_INTERVAL: '1', CCTNS_SYNC_TIMEOUT: '2', CCTNS_SYNC_MAX_BACKOFF: '2' };

interface Station {
  code: string;
  sho: string;
  dir: string;
  link: LinkEmulator;
  proc: NodeProcess;
  token: string;
  /** Resolves when the process is up again after a kill. */
  ready: Promise<void>;
  registered: number;
  transfers: string[];
  problems: string[];
}

test(`chaos: two station nodes (SQLite) and a state node (${ENGINE}) converge after ${MIN_FAULTS}+ faults`, { timeout: 240_000 }, async () => {
  const random = seededRandom(SEED);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const stateDb = await freshStorage();
  await stateDb.storage.close();
  const stateEnv = cctnsEnv(stateDb.dataDir, stateDb.databaseUrl, QUICK);
  const state = new NodeProcess(['--tier', 'state', '--unit', 'MH', '--demo'], stateEnv);
  const stations: Station[] = [];
  const cleanup: (() => Promise<void> | void)[] = [];
  try {
    await state.start();

    for (const [code, sho] of [
      ['MH-PUN-PS01', 'sho.pune1'],
      ['MH-NSK-PS01', 'sho.nashik1'],
    ] as const) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cctns-chaos-'));
      cleanup.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      const env = cctnsEnv(dir, undefined, QUICK);
      const link = await LinkEmulator.start({ target: { host: '127.0.0.1', port: state.port }, seed: SEED + stations.length, rttMs: 40 });
      cleanup.push(() => link.close());
      const added = await cctns(['node', 'add', '--unit', code], stateEnv);
      const enrolCode = /enrolment code[^\n]*: ([A-Z0-9]{5}(?:-[A-Z0-9]{5}){3})$/m.exec(added.stdout)?.[1];
      assert.ok(enrolCode, added.stdout + added.stderr);
      const enrolled = await cctns(['node', 'enrol', '--unit', code, '--upstream', link.url(), '--code', enrolCode], env);
      assert.equal(enrolled.code, 0, enrolled.stdout + enrolled.stderr);
      assert.match(enrolled.stdout, /Done: \d+ events received/);
      const tokenOut = await cctns(['token', 'create', '--user', sho], env);
      const token = /^(cctns_\S+)$/m.exec(tokenOut.stdout)?.[1];
      assert.ok(token, tokenOut.stdout + tokenOut.stderr);
      const proc = new NodeProcess(['--tier', 'station', '--unit', code], env);
      cleanup.push(() => proc.kill());
      await proc.start();
      stations.push({ code, sho, dir, link, proc, token, ready: Promise.resolve(), registered: 0, transfers: [], problems: [] });
    }

    // Officers at work: FIRs with new persons, GD entries, and zero FIRs sent to the other station.
    let writing = true;
    const post = async (s: Station, url: string, body: unknown) => {
      const res = await fetch(s.proc.url + url, {
        method: 'POST',
        headers: { authorization: `Bearer ${s.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(15_000),
      });
      const answer = await res.json();
      if (res.status >= 300) s.problems.push(`${url} → ${res.status} ${JSON.stringify(answer).slice(0, 300)}`);
      return { status: res.status, body: answer };
    };
    const officer = async (s: Station, other: Station) => {
      let n = 0;
      while (writing) {
        await s.ready;
        // An officer's pace, not a load test: the chaos is in the links.
        await delay(80);
        n++;
        try {
          const r = random();
          if (r < 0.55) {
            const res = await post(
              s,
              '/api/v1/firs',
              theftFir({
                stationCode: s.code,
                accused: [{ person: { name: `Accused ${s.code} ${n}`, gender: 'male', age: 20 + (n % 40) } }],
                victims: [{ person: { name: `Victim ${n}`, gender: 'female', age: 30 } }],
              }),
            );
            if (res.status === 201) s.registered++;
          } else if (r < 0.9) {
            await post(s, '/api/v1/gd', { stationCode: s.code, kind: pick(['departure', 'arrival', 'general', 'information'] as const), text: `Entry ${n} at ${s.code}: patrol of the market area.` });
          } else {
            const zero = await post(s, '/api/v1/firs', theftFir({ stationCode: s.code, origin: 'zero', jurisdictionStationCode: other.code }));
            if (zero.status === 201) {
              const sent = await post(s, `/api/v1/firs/${zero.body.id}/transfer`, { toStationCode: other.code, reason: 'The offence occurred in the other station’s area' });
              if (sent.status === 200) s.transfers.push(zero.body.id);
            }
          }
        } catch {
          // The process was killed mid-request (or is restarting): what committed, committed.
          await delay(100);
        }
      }
    };

    // The faults: per link, one after another; both links at once.
    const tally = { cut: 0, stall: 0, throttle: 0, down: 0, kill: 0 };
    const faults = () => Object.values(tally).reduce((a, b) => a + b, 0);
    const saboteur = async (s: Station) => {
      while (faults() < MIN_FAULTS || stations.some((x) => x.registered < 15)) {
        await delay(100 + random() * 150);
        const r = random();
        if (r < 0.42) {
          if (s.link.cutActive() > 0) tally.cut++;
        } else if (r < 0.57) {
          // Silent for longer than the sync timeout about half the time.
          s.link.stall();
          tally.stall++;
          await delay(500 + random() * 2500);
          s.link.unstall();
        } else if (r < 0.72) {
          s.link.setRate(16_000 + random() * 48_000);
          tally.throttle++;
          await delay(500 + random() * 1000);
          s.link.setRate(null);
        } else if (r < 0.92) {
          s.link.setDown(true);
          tally.down++;
          await delay(300 + random() * 1200);
          s.link.setDown(false);
        } else {
          let restarted!: () => void;
          s.ready = new Promise((resolve) => (restarted = resolve));
          await s.proc.kill('SIGKILL');
          tally.kill++;
          await s.proc.start();
          restarted();
        }
      }
    };
    const officers = [officer(stations[0]!, stations[1]!), officer(stations[1]!, stations[0]!)];
    await Promise.all(stations.map(saboteur));
    writing = false;
    await Promise.all(officers);
    assert.ok(faults() >= MIN_FAULTS, JSON.stringify(tally));
    assert.ok(tally.kill >= 1 && tally.cut >= 1, `every kind of fault happened: ${JSON.stringify(tally)}`);
    for (const s of stations) assert.deepEqual(s.problems, [], `${s.code}: only broken connections, never a refusal`);

    // The links heal; everything must arrive.
    for (const s of stations) {
      s.link.unstall();
      s.link.setRate(null);
      s.link.setDown(false);
    }
    const stateStore = (): Storage => (stateDb.databaseUrl ? openPostgres(stateDb.databaseUrl) : openSqlite(path.join(stateDb.dataDir, 'cctns.sqlite')));
    const chain = async (db: Storage, origin: string) =>
      (await db.db.selectFrom('events').select(['seq', 'hash']).where('origin_unit', '=', origin).orderBy('seq').execute()).map((r) => `${Number(r.seq)}:${r.hash}`).join(',');
    // A station's audit log, and the state's copy of the chain the station is sending.
    const trails = async (down: Storage, up: Storage) => {
      const chainId = (await down.db.selectFrom('sync_upstream').select('audit_chain').executeTakeFirst())?.audit_chain;
      const line = (rows: { seq: number; hash: string }[]) => rows.map((r) => `${Number(r.seq)}:${r.hash}`).join(',');
      return {
        station: line(await down.db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq').execute()),
        state: chainId ? line(await up.db.selectFrom('audit_remote').select(['seq', 'hash']).where('chain_id', '=', chainId).orderBy('seq').execute()) : '',
      };
    };
    const converged = async (): Promise<boolean> => {
      const up = stateStore();
      try {
        for (const s of stations) {
          const down = openSqlite(path.join(s.dir, 'cctns.sqlite'));
          try {
            if ((await chain(down, s.code)) !== (await chain(up, s.code))) return false;
            const t = await trails(down, up);
            if (t.station !== t.state) return false;
            // Each zero FIR sent is registered at the other station, and the sender has heard back.
            for (const id of s.transfers) {
              const there = await up.db.selectFrom('firs').select('id').where('transferred_from_fir', '=', id).executeTakeFirst();
              const known = await down.db.selectFrom('firs').select('transferred_to_fir').where('id', '=', id).executeTakeFirst();
              if (!there || known?.transferred_to_fir !== there.id) return false;
            }
          } finally {
            await down.close();
          }
        }
        return true;
      } finally {
        await up.close();
      }
    };
    while (!(await converged())) await delay(500);
    for (const s of stations) assert.equal(await s.proc.stop(), 0, s.proc.output);
    assert.equal(await state.stop(), 0, state.output);

    // Every chain verifies, on every node.
    for (const env of [stateEnv, ...stations.map((s) => cctnsEnv(s.dir))]) {
      const v = await cctns(['audit', 'verify'], env);
      assert.equal(v.code, 0, v.stdout + v.stderr);
      assert.match(v.stdout, /Event log: \d+ events, chains intact/);
    }

    const up = stateStore();
    try {
      for (const s of stations) {
        const down = openSqlite(path.join(s.dir, 'cctns.sqlite'));
        try {
          // The state holds exactly every event of the station, once, as it was made.
          const events = async (db: Storage) =>
            (await db.db.selectFrom('events').selectAll().where('origin_unit', '=', s.code).orderBy('seq').execute()).map(({ local_pos, ...e }) => canonicalJson({ ...e, seq: Number(e.seq) }));
          const mine = await events(down);
          assert.deepEqual(await events(up), mine);
          assert.deepEqual(
            mine.map((e) => JSON.parse(e).seq),
            mine.map((_, i) => i + 1),
            'gap-free',
          );
          // And its audit trail, every entry once, as the station wrote it.
          const t = await trails(down, up);
          assert.ok(t.station.length > 0);
          assert.equal(t.state, t.station, `${s.code}: the state keeps the station's audit trail`);
          // The read tables of the station's records are the same on both nodes.
          const rows = async (db: Storage) => ({
            firs: (await db.db.selectFrom('firs').selectAll().where('station_code', '=', s.code).orderBy('id').execute()).map((r) => canonicalJson(r)),
            persons: (await db.db.selectFrom('persons').selectAll().where('owner_unit', '=', s.code).orderBy('id').execute()).map((r) => canonicalJson(r)),
            gd: (await db.db.selectFrom('gd_entries').selectAll().where('station_code', '=', s.code).orderBy('id').execute()).map((r) => canonicalJson(r)),
          });
          const [atStation, atState] = [await rows(down), await rows(up)];
          assert.ok(atStation.firs.length >= s.registered, `${s.code}: every FIR whose registration was answered is there`);
          assert.deepEqual(atState, atStation, `${s.code}: read tables match`);
          // FIR numbers: unique and gap-free per station and year, on both nodes.
          for (const db of [down, up]) {
            const numbers = await db.db.selectFrom('firs').select(['year', 'fir_no']).where('station_code', '=', s.code).orderBy('year').orderBy('fir_no').execute();
            const byYear = new Map<number, number[]>();
            for (const n of numbers) byYear.set(n.year, [...(byYear.get(n.year) ?? []), n.fir_no]);
            for (const [year, list] of byYear)
              assert.deepEqual(
                list,
                list.map((_, i) => i + 1),
                `${s.code} ${year}: FIR numbers 1..${list.length}`,
              );
          }
          // Each zero FIR sent was registered exactly once at the station it went to.
          for (const id of s.transfers) {
            const received = await up.db.selectFrom('firs').select('station_code').where('transferred_from_fir', '=', id).execute();
            assert.equal(received.length, 1);
            assert.notEqual(received[0]!.station_code, s.code);
          }
        } finally {
          await down.close();
        }
      }
    } finally {
      await up.close();
    }
    console.log(
      `chaos: ${JSON.stringify(tally)}; registered ${stations.map((s) => `${s.code} ${s.registered} FIRs, ${s.transfers.length} transfers`).join('; ')}; station starts ${stations.map((s) => s.proc.starts).join(', ')}`,
    );
  } finally {
    for (const step of cleanup.reverse()) await step();
    await state.kill();
    await stateDb.cleanup();
  }
});
