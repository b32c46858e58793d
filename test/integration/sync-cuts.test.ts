/**
 * "Resumes after a cut at any byte", byte by byte rather than by chance: the link between a
 * station and its state is cut at chosen bytes of each kind of exchange — a push's request and its
 * answer, a pull's answer, a file piece going up and one coming down — at the first byte, inside
 * the head, at the end of the head, the first byte of the body, inside it, one byte short of the
 * end, and right after the last byte. After each cut the next round finishes the work, and at the
 * end the state holds every event once, its read tables hold every record once, and the chains
 * agree. (The chaos test does the same at random, with processes killed; this one names the byte.)
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import type { ApiClient } from '../support/client.js';
import { theftFir } from '../support/fir-bodies.js';
import { pngOf } from '../support/images.js';
import { LinkEmulator, type ForcedCut } from '../support/link-emulator.js';
import { chainOf, enrolStation, signedIn, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

const ORIGIN = 'MH-PUN-PS01';

/** Where in a message (head included) to cut, by name: every kind of place a cut can fall. */
const PLACES: Record<string, ForcedCut['at']> = {
  'the first byte': () => 1,
  'inside the head': (_size, head) => Math.floor(head / 2),
  'the end of the head': (_size, head) => head,
  'the first byte of the body': (_size, head) => head + 1,
  'the middle of the body': (size, head) => head + Math.floor((size - head) / 2),
  'one byte short of the end': (size) => size - 1,
  'right after the last byte': (size) => size,
};
/** Cut at the whole message's end, the other side may or may not have acted on it: only the outcome is asserted. */
const AFTER_THE_END = 'right after the last byte';

describe(`sync over a link cut at chosen bytes (state on ${ENGINE}, station on sqlite)`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;
  let link: LinkEmulator;
  let writer: ApiClient;
  let scrb: ApiClient;

  const count = async (server: TestServer, table: 'events' | 'firs' | 'gd_entries' | 'persons' | 'alerts', where?: [string, string]) => {
    let q = server.node.storage.db.selectFrom(table as 'events').select((eb) => eb.fn.countAll().as('n'));
    if (where) q = q.where(where[0] as 'origin_unit', '=', where[1]);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const stateEvents = () => count(state, 'events', ['origin_unit', ORIGIN]);
  const waiting = async () => (await station.node.sync.client.status()).waitingEvents;

  /** One round over the link with the given cut armed; says whether it failed. */
  async function roundCutAt(cut: ForcedCut): Promise<{ ok: boolean; error: string | null }> {
    link.cutNext(cut);
    const round = await station.node.sync.runRound();
    assert.equal(link.forcedCutsWaiting(), 0, 'the round made the exchange that was to be cut');
    return round;
  }

  /** The round after a cut: it finishes what the cut one left. */
  async function roundCompletes(): Promise<void> {
    const round = await station.node.sync.runRound();
    assert.equal(round.ok, true, round.error ?? '');
    assert.equal(round.sync.waitingEvents, 0);
    assert.equal(round.sync.waitingFiles, 0);
  }

  before(async () => {
    state = await startStateNode({ clock });
    link = await LinkEmulator.start({ target: { host: '127.0.0.1', port: Number(new URL(state.url).port) } });
    station = await startStationNode(ORIGIN, { clock });
    await enrolStation(state, station, link.url());
    await station.node.sync.client.runNow();
    writer = await signedIn(station, 'writer.pune1', state, clock);
    scrb = await signedIn(state, 'scrb.mh', state, clock);
  });
  after(async () => {
    await station?.close();
    await link?.close();
    await state?.close();
  });

  for (const part of ['request', 'response'] as const) {
    for (const [place, at] of Object.entries(PLACES)) {
      test(`a push cut at ${place} of its ${part}: sent again, stored once`, async () => {
        assert.equal((await writer.post('/api/v1/firs', theftFir())).status, 201);
        const held = await stateEvents();
        const toSend = await waiting();
        assert.ok(toSend > 0);
        const round = await roundCutAt({ path: '/api/v1/sync/push', in: part, at });
        if (place !== AFTER_THE_END) {
          assert.equal(round.ok, false, 'the round fails at the cut');
          assert.match(round.error!, /connection broke|cut off/);
          assert.equal(await waiting(), toSend, 'nothing is marked as sent without its acknowledgement');
          // A cut request never reaches the handler; a cut answer comes after the state stored the batch.
          assert.equal(await stateEvents(), part === 'request' ? held : held + toSend);
        }
        await roundCompletes();
        assert.equal(await stateEvents(), held + toSend);
      });
    }
  }

  for (const [place, at] of Object.entries(PLACES)) {
    test(`a pull cut at ${place} of its answer: read again, each alert once`, async () => {
      const title = `Lookout ${place}`;
      const issued = await scrb.post('/api/v1/alerts', { kind: 'stolen_vehicle', title, details: 'A grey Maruti van seen near the bus stand.' });
      assert.equal(issued.status, 201, JSON.stringify(issued.body));
      const round = await roundCutAt({ path: '/api/v1/sync/pull', in: 'response', at });
      if (place !== AFTER_THE_END) {
        assert.equal(round.ok, false, 'the round fails at the cut');
        assert.equal(await count(station, 'alerts'), (await count(state, 'alerts')) - 1, 'nothing of a cut page is stored');
      }
      await roundCompletes();
      assert.equal(await count(station, 'alerts'), await count(state, 'alerts'));
    });
  }

  test('a file piece cut on its way up is sent again, and the state holds the same bytes', async () => {
    for (const [i, at] of [PLACES['the first byte of the body']!, PLACES['the middle of the body']!, PLACES['one byte short of the end']!].entries()) {
      const photo = pngOf(40_000, i + 1);
      const up = await writer.request('POST', '/api/v1/attachments', undefined, { raw: photo as unknown as string, headers: { 'content-type': 'image/png' } });
      assert.equal(up.status, 201);
      assert.equal((await writer.post('/api/v1/firs', theftFir({ accused: [{ person: { name: 'Raju Kamble', gender: 'male', age: 30, photoSha256: up.body.sha256 } }] }))).status, 201);
      const round = await roundCutAt({ path: /^\/api\/v1\/sync\/blobs\/[0-9a-f]{64}$/, in: 'request', at });
      assert.equal(round.ok, false);
      assert.equal(await state.node.sync.files.has(up.body.sha256), false, 'a cut piece is not taken as the file');
      await roundCompletes();
      assert.deepEqual(state.node.sync.files.read(up.body.sha256), station.node.sync.files.read(up.body.sha256));
    }
  });

  test('a file piece cut on its way down is fetched again, and the station holds the same bytes', async () => {
    for (const [i, at] of [PLACES['inside the head']!, PLACES['the middle of the body']!, PLACES['one byte short of the end']!].entries()) {
      const photo = pngOf(40_000, i + 11);
      const up = await scrb.request('POST', '/api/v1/alerts/photos', undefined, { raw: photo as unknown as string, headers: { 'content-type': 'image/png' } });
      assert.equal(up.status, 201);
      assert.equal((await scrb.post('/api/v1/alerts', { kind: 'missing_person', title: 'Missing child', details: 'Last seen in a red shirt.', photoSha256: up.body.sha256 })).status, 201);
      const round = await roundCutAt({ path: /^\/api\/v1\/sync\/blobs\/[0-9a-f]{64}$/, in: 'response', at });
      assert.equal(round.ok, false);
      assert.equal(await station.node.sync.files.has(up.body.sha256), false);
      await roundCompletes();
      assert.deepEqual(station.node.sync.files.read(up.body.sha256), state.node.sync.files.read(up.body.sha256));
    }
  });

  test('after every cut: each event once, each record once, the chains agree and verify', async () => {
    assert.deepEqual(await chainOf(state, ORIGIN), await chainOf(station, ORIGIN));
    const stationFirs = await count(station, 'firs', ['station_code', ORIGIN]);
    assert.ok(stationFirs >= 17);
    assert.equal(await count(state, 'firs', ['station_code', ORIGIN]), stationFirs);
    assert.equal(await count(state, 'gd_entries', ['station_code', ORIGIN]), await count(station, 'gd_entries', ['station_code', ORIGIN]));
    for (const node of [state.node, station.node]) assert.deepEqual((await node.events.verify(undefined, await node.profile.completeOrigins())).problems, []);
    assert.equal(link.stats().cuts, Object.keys(PLACES).length * 3 + 6, 'every cut asked for was made, and no other');
  });
});
