/**
 * The sync protocol against bad input from both sides: a node sending forged, replayed, foreign,
 * gapped, tampered, truncated or oversized batches is refused with a reason and nothing of the
 * batch is applied; an upstream that answers garbage, cuts its answer or goes silent makes the
 * round fail (and retry), never stall, and the station keeps every unacknowledged event.
 */
import { problemSchema } from '../../src/api/problem.js';
import { pushAnswerSchema } from '../../src/api/schemas/sync.js';
import { bodyOf } from '../support/answers.js';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import zlib from 'node:zlib';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { ManualClock } from '../../src/util/clock.js';
import { newNodeKeys } from '../../src/sync/crypto.js';
import { eventHash, type StoredEvent } from '../../src/storage/event-log.js';
import { compress, encodePush } from '../../src/sync/wire.js';
import { theftFir } from '../support/fir-bodies.js';
import { chainOf, CLI_ACTOR, enrolStation, nodeKeyOf, signedIn, signedSyncCall, startStateNode, startStationNode, stateAndStation } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

const ORIGIN = 'MH-PUN-PS01';

/** Re-chains edited events so that only the edit, not a broken link, is what the state sees. */
function rechain(events: StoredEvent[], prev: string): StoredEvent[] {
  return events.map((e) => {
    const linked = { ...e, prev_hash: prev };
    const out = { ...linked, hash: eventHash(linked) };
    prev = out.hash;
    return out;
  });
}

/** The parts of the OpenAPI document this test reads. */
interface OpenApiOperation {
  tags?: string[];
  security?: unknown;
  parameters: { name: string; in: string }[];
  requestBody: { content: Record<string, { schema: { required: string[] } }> };
  responses: Record<string, { content: Record<string, unknown> }>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { securitySchemes: Record<string, { name?: string }> };
}
describe(`sync protocol: bad input (state on ${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;
  let nodeId: string;
  let stationKey: string;

  /** A request to the state, signed as the station (or with another key, time or nonce). */
  const call = (path: string, body: Buffer, opts: { key?: string; time?: number; nonce?: string; encoding?: string; node?: string } = {}) =>
    signedSyncCall(state.url, path, body, { ...opts, node: opts.node ?? nodeId, key: opts.key ?? stationKey, time: opts.time ?? clock.now().getTime() });

  /** The station's events that the state does not hold yet. */
  async function unsent(): Promise<StoredEvent[]> {
    const held = Number((await state.node.storage.db.selectFrom('event_heads').select('seq').where('origin_unit', '=', ORIGIN).executeTakeFirst())?.seq ?? 0);
    const rows = await station.node.storage.db.selectFrom('events').selectAll().where('origin_unit', '=', ORIGIN).where('seq', '>', held).orderBy('seq').execute();
    return rows.map(({ local_pos, ...e }) => ({ ...e, seq: Number(e.seq) }));
  }

  async function stateHolds(): Promise<number> {
    return Number(
      (
        await state.node.storage.db
          .selectFrom('events')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('origin_unit', '=', ORIGIN)
          .executeTakeFirstOrThrow()
      ).n,
    );
  }

  const refusedWith = (r: { status: number; body: unknown }, status: number, slug: RegExp, detail?: RegExp) => {
    assert.equal(r.status, status, JSON.stringify(r.body));
    const problem = bodyOf(r, problemSchema);
    assert.match(problem.type, slug);
    if (detail) assert.match(problem.detail, detail);
  };

  before(async () => {
    state = await startStateNode({ clock });
    station = await startStationNode(ORIGIN, { clock });
    nodeId = (await enrolStation(state, station)).nodeId;
    await station.node.sync.client.runNow();
    stationKey = await nodeKeyOf(station);
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    for (let i = 0; i < 2; i++) assert.equal((await sho.post('/api/v1/firs', theftFir())).status, 201);
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  test('unsigned, forged, stale and unknown-node requests are refused', async () => {
    const body = compress(encodePush(await unsent()));
    const plain = await fetch(`${state.url}/api/v1/sync/push`, { method: 'POST', body: new Uint8Array(body), headers: { 'content-type': 'application/x-ndjson' } });
    assert.equal(plain.status, 401);
    assert.match((await plain.json()).detail, /must be signed by an enrolled node/);
    refusedWith(await call('/api/v1/sync/push', body, { key: newNodeKeys().privateKey }), 401, /bad-signature$/, /forged, or changed on the way/);
    refusedWith(await call('/api/v1/sync/push', body, { time: clock.now().getTime() - 3_600_000 }), 401, /clock-skew$/);
    refusedWith(await call('/api/v1/sync/push', body, { node: '01a20000-0000-7000-8000-000000000000' }), 401, /unknown-node$/);
    assert.equal(await stateHolds(), 0);
  });

  test('a replayed request is refused, even though the batch itself would be harmless', async () => {
    const events = await unsent();
    const body = compress(encodePush(events.slice(0, 1)));
    const first = await call('/api/v1/sync/push', body);
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(bodyOf(first, pushAnswerSchema).stored, 1);
    refusedWith(await call('/api/v1/sync/push', body, { nonce: first.nonce, time: first.time }), 401, /replay$/);
    assert.equal(await stateHolds(), 1);
  });

  test('events claiming another station, or another station’s records, are refused whole', async () => {
    const events = await unsent();
    const foreign = events.map((e) => ({ ...e, origin_unit: 'MH-NSK-PS01' }));
    refusedWith(await call('/api/v1/sync/push', compress(encodePush(rechain(foreign, '0'.repeat(64))))), 403, /foreign-origin$/, /not a unit of this node/);
    // Own origin, but a GD entry of another station: the payload is what decides.
    const gd = events.find((e) => e.type === 'gd.entry_added')!;
    const stolen = events.map((e) => (e === gd ? { ...e, payload: canonicalJson({ ...JSON.parse(gd.payload), stationCode: 'MH-NSK-PS01' }) } : e));
    refusedWith(await call('/api/v1/sync/push', compress(encodePush(rechain(stolen, events[0]!.prev_hash)))), 403, /not-owner$/, /concerns MH-NSK-PS01/);
    // An alert of its own, but addressed to the whole state: a station may alert only itself.
    const last = events[events.length - 1]!;
    const alert = {
      ...last,
      seq: last.seq + 1,
      id: 'a1b2c3d4-0000-7000-8000-000000000001',
      type: 'alert.issued',
      entity_id: 'a1b2c3d4-0000-7000-8000-000000000002',
      payload: canonicalJson({
        id: 'a1b2c3d4-0000-7000-8000-000000000002',
        kind: 'general',
        title: 'Everyone',
        details: 'To the whole state',
        photoSha256: null,
        targetUnit: 'MH',
        targetPath: '/IN/MH/',
        issuerUnit: ORIGIN,
        issuerName: 'x',
        expiresAt: null,
      }),
    };
    refusedWith(await call('/api/v1/sync/push', compress(encodePush(rechain([...events, alert], events[0]!.prev_hash)))), 403, /not-owner$/, /concerns MH\b/);
    // A file record that names another file than the one it is about: it could hand that file over.
    const sha = (c: string) => c.repeat(64);
    const attachment = { ...alert, type: 'attachment.added', entity_id: sha('a'), payload: canonicalJson({ sha256: sha('b'), mime: 'image/png', size: 10, ownerUnit: ORIGIN }) };
    refusedWith(await call('/api/v1/sync/push', compress(encodePush(rechain([...events, attachment], events[0]!.prev_hash)))), 422, /cannot-apply$/, /names another file/);
    assert.equal(await stateHolds(), 1, 'nothing of any of the batches was applied');
  });

  test('a gap in the sequence is refused with the heads to resume from', async () => {
    const events = await unsent();
    const r = await call('/api/v1/sync/push', compress(encodePush(events.slice(2))));
    refusedWith(r, 409, /chain-gap$/, /expected event 2 next/);
    assert.deepEqual(bodyOf(r, problemSchema.extend({ heads: pushAnswerSchema.shape.heads })).heads.find((h) => h.origin === ORIGIN)!.seq, 1);
    assert.equal(await stateHolds(), 1);
  });

  test('a tampered event — content changed, or hash replaced — is refused', async () => {
    const events = await unsent();
    const changed = events.map((e, i) => (i === 1 ? { ...e, payload: e.payload.replace('Baramati', 'Bhigwan') } : e));
    // The claims (first prev, last hash) stay as the station signed them: the chain no longer ends there.
    const claimed = encodePush(events).toString().split('\n')[0]!;
    const body = [claimed, ...encodePush(changed).toString().split('\n').slice(1)].join('\n');
    refusedWith(await call('/api/v1/sync/push', compress(Buffer.from(body))), 422, /chain-hash$/, /do not hash to the chain end/);
    // A consistent re-chain from the wrong start does not link to what the state holds.
    refusedWith(await call('/api/v1/sync/push', compress(encodePush(rechain(events, 'f'.repeat(64))))), 422, /chain-link$/);
    assert.equal(await stateHolds(), 1);
  });

  test('truncated, corrupted, malformed and oversized bodies are refused', async () => {
    const events = await unsent();
    const whole = compress(encodePush(events));
    refusedWith(await call('/api/v1/sync/push', whole.subarray(0, Math.floor(whole.length / 2))), 400, /malformed-batch$/, /cut off or corrupted/);
    refusedWith(await call('/api/v1/sync/push', Buffer.from('not brotli at all')), 400, /malformed-batch$/);
    const cutPlain = encodePush(events).subarray(0, 300);
    refusedWith(await call('/api/v1/sync/push', compress(cutPlain)), 400, /malformed-batch$/);
    refusedWith(await call('/api/v1/sync/push', compress(Buffer.from('{"v":1,"chains":[]}\n'))), 400, /malformed-batch$/);
    // 80 MB of zeros, a few KB compressed: refused when it expands past the ceiling, not read into memory.
    const bomb = zlib.gzipSync(Buffer.alloc(80 * 1024 * 1024));
    refusedWith(await call('/api/v1/sync/push', bomb, { encoding: 'gzip' }), 400, /malformed-batch$/, /expands to more than/);
    const huge = Buffer.alloc(state.node.config.sync.bodyLimitBytes + 1024, 1);
    const tooLarge = await call('/api/v1/sync/push', huge, { encoding: 'identity' });
    assert.equal(tooLarge.status, 413);
    assert.equal(await stateHolds(), 1);
  });

  test('the protocol is in the OpenAPI document, signed operations marked as such', async () => {
    const doc = (await fetch(`${state.url}/api/v1/openapi.json`).then((r) => r.json())) as OpenApiDocument;
    const sync = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops)
        .filter(([, o]) => o.tags?.includes('Node-to-node sync'))
        .map(([m, o]) => [`${m.toUpperCase()} ${path}`, o] as const),
    );
    assert.deepEqual(sync.map(([k]) => k).sort(), [
      'GET /api/v1/sync/blobs/{sha}',
      'POST /api/v1/sync/audit',
      'POST /api/v1/sync/blobs/status',
      'POST /api/v1/sync/enrol',
      'POST /api/v1/sync/hello',
      'POST /api/v1/sync/pull',
      'POST /api/v1/sync/push',
      'POST /api/v1/sync/restore',
      'PUT /api/v1/sync/blobs/{sha}',
    ]);
    const ops = Object.fromEntries(sync);
    assert.deepEqual(ops['POST /api/v1/sync/enrol']!.security, [], 'enrolment proves a code instead of a signature');
    assert.deepEqual(ops['POST /api/v1/sync/push']!.security, [{ nodeSignature: [] }]);
    assert.ok(ops['POST /api/v1/sync/push']!.requestBody.content['application/x-ndjson']);
    assert.ok(ops['POST /api/v1/sync/pull']!.responses['200']!.content['application/x-ndjson']);
    assert.deepEqual(ops['POST /api/v1/sync/pull']!.requestBody.content['application/json']!.schema.required.sort(), ['after', 'limit']);
    assert.deepEqual(ops['PUT /api/v1/sync/blobs/{sha}']!.parameters.map((p) => `${p.in}:${p.name}`).sort(), [
      'header:x-cctns-node',
      'header:x-cctns-nonce',
      'header:x-cctns-time',
      'path:sha',
      'query:length',
      'query:offset',
    ]);
    assert.ok(ops['POST /api/v1/sync/push']!.responses['409'] && ops['POST /api/v1/sync/push']!.responses['401']);
    assert.equal(doc.components.securitySchemes.nodeSignature!.name, 'x-cctns-signature');
  });

  test('the station pushes what is left after all that, once, and the chains verify', async () => {
    const report = await station.node.sync.client.runNow();
    assert.equal(report.pushed, (await station.node.storage.db.selectFrom('events').select('seq').where('origin_unit', '=', ORIGIN).execute()).length - 1);
    assert.deepEqual(await chainOf(state, ORIGIN), await chainOf(station, ORIGIN));
    assert.deepEqual((await state.node.events.verify()).problems, []);
  });

  describe('an upstream that misbehaves', () => {
    let fake: http.Server;
    let behaviour: (req: http.IncomingMessage, res: http.ServerResponse) => void = () => undefined;
    const sockets = new Set<import('node:net').Socket>();

    before(async () => {
      fake = http.createServer((req, res) => behaviour(req, res));
      fake.on('connection', (s) => {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
      });
      await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
      await station.node.storage.db
        .updateTable('sync_upstream')
        .set({ url: `http://127.0.0.1:${(fake.address() as AddressInfo).port}` })
        .where('id', '=', 1)
        .execute();
      station.node.sync.client.reconnect();
      const sho = await signedIn(station, 'sho.pune1', state, clock);
      assert.equal((await sho.post('/api/v1/gd', { stationCode: ORIGIN, kind: 'general', text: 'Night patrol returned' })).status, 201);
    });
    after(async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => fake.close(() => resolve()));
    });

    const roundFails = async (pattern: RegExp) => {
      const waiting = (await station.node.sync.client.status()).waitingEvents;
      assert.ok(waiting > 0);
      const round = await station.node.sync.runRound();
      assert.equal(round.ok, false);
      assert.match(round.error!, pattern);
      assert.equal(round.sync.waitingEvents, waiting, 'nothing was marked as sent');
      assert.ok(round.sync.consecutiveFailures >= 1);
    };

    test('garbage (an unsigned page, a proxy’s error) is not believed', async () => {
      behaviour = (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"heads":[],"time":1}');
      await roundFails(/not signed by the upstream's key/);
      behaviour = (_req, res) => res.writeHead(502, { 'content-type': 'text/html' }).end('<html>Bad gateway</html>');
      await roundFails(/not signed by the upstream's key/);
    });

    test('an answer cut off mid-body', async () => {
      behaviour = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '5000' });
        res.write('{"heads":[');
        setImmediate(() => res.socket?.destroy());
      };
      await roundFails(/cut off|connection broke/);
    });

    test('a link that goes silent without closing: the request times out, the round is abandoned', async () => {
      behaviour = () => undefined; // accepts, never answers
      await roundFails(/went silent/);
    });

    test('with no upstream at all, officers still sign in and register; the records wait', async () => {
      const closed = http.createServer();
      await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
      const port = (closed.address() as AddressInfo).port;
      await new Promise<void>((resolve) => closed.close(() => resolve()));
      await station.node.storage.db
        .updateTable('sync_upstream')
        .set({ url: `http://127.0.0.1:${port}` })
        .where('id', '=', 1)
        .execute();
      station.node.sync.client.reconnect();
      const before = (await station.node.sync.client.status()).waitingEvents;
      const writer = await signedIn(station, 'writer.pune1', state, clock);
      assert.equal((await writer.post('/api/v1/firs', theftFir())).status, 201);
      const round = await station.node.sync.runRound();
      assert.equal(round.ok, false);
      assert.match(round.error!, /cannot be reached/);
      assert.equal(round.sync.link, 'offline');
      assert.ok(round.sync.waitingEvents > before);
    });

    test('with the real upstream back, the station catches up', async () => {
      await station.node.storage.db.updateTable('sync_upstream').set({ url: state.url }).where('id', '=', 1).execute();
      station.node.sync.client.reconnect();
      const report = await station.node.sync.client.runNow();
      assert.ok(report.pushed > 0);
      assert.equal((await station.node.sync.client.status()).waitingEvents, 0);
    });
  });
});

describe(`sync: a station whose clock is hours off (state on ${ENGINE})`, () => {
  const stateClock = new ManualClock('2026-07-01T06:00:00Z');
  const stationClock = new ManualClock('2026-07-01T03:40:00Z');
  let state: TestServer;
  let station: TestServer;
  before(async () => {
    state = await startStateNode({ clock: stateClock });
    station = await startStationNode(ORIGIN, { clock: stationClock });
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  test('enrols, learns the offset and signs by the upstream’s time; the status says the clock is off', async () => {
    await enrolStation(state, station);
    const report = await station.node.sync.client.runNow();
    assert.ok(report.pulled > 0);
    const status = await station.node.sync.client.status();
    assert.equal(status.link, 'online');
    assert.equal(status.clockOffsetSeconds, 140 * 60);
    // The offset learnt at enrolment is forgotten: the first request is refused, corrected, repeated.
    await station.node.storage.db.updateTable('sync_upstream').set({ clock_offset_ms: 0 }).where('id', '=', 1).execute();
    station.node.sync.client.reconnect();
    assert.equal((await station.node.sync.runRound()).ok, true);
  });
});

describe(`sync: ids in a pushed record reach no further than its own station (state on ${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const nodes = stateAndStation(ORIGIN, clock);

  test('a registration claiming another station’s FIR as its source changes nothing there; a transfer takes only its own station’s persons', async () => {
    const { state, station } = nodes;
    // An FIR of Nashik (served by the state), with its complainant.
    const nashik = await signedIn(state, 'sho.nashik1', state, clock);
    const theirs = await nashik.post('/api/v1/firs', theftFir({ stationCode: 'MH-NSK-PS01' }));
    assert.equal(theirs.status, 201, JSON.stringify(theirs.body));
    const theirPerson = (await state.node.persons.onRecord('fir', theirs.body.id))[0]!.person_id;

    // The station registers an FIR, then sends it on as a zero FIR — its record edited on the way
    // to claim Nashik's FIR as its source and to name Nashik's complainant among its persons.
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const zero = await sho.post('/api/v1/firs', theftFir({ origin: 'zero', jurisdictionStationCode: 'MH-NGP-PS01' }));
    assert.equal(zero.status, 201, JSON.stringify(zero.body));
    assert.equal((await sho.post(`/api/v1/firs/${zero.body.id}/transfer`, { toStationCode: 'MH-NGP-PS01', reason: 'Occurred in Nagpur' })).status, 200);
    const events = (
      await station.node.storage.db
        .selectFrom('events')
        .selectAll()
        .where('origin_unit', '=', ORIGIN)
        .where('seq', '>', Number((await state.node.storage.db.selectFrom('event_heads').select('seq').where('origin_unit', '=', ORIGIN).executeTakeFirst())?.seq ?? 0))
        .orderBy('seq')
        .execute()
    ).map(({ local_pos, ...e }) => ({ ...e, seq: Number(e.seq) }));
    const edited = events.map((e) => {
      if (e.type !== 'fir.registered') return e;
      const p = JSON.parse(e.payload);
      return { ...e, payload: canonicalJson({ ...p, transferredFromFir: theirs.body.id, content: { ...p.content, persons: [...p.content.persons, { personId: theirPerson, role: 'witness' }] } }) };
    });
    const chained = rechain(edited, events[0]!.prev_hash);
    const key = await nodeKeyOf(station);
    const nodeId = (await station.node.storage.db.selectFrom('sync_upstream').select('node_id').executeTakeFirstOrThrow()).node_id;
    const r = await signedSyncCall(state.url, '/api/v1/sync/push', compress(encodePush(chained)), { node: nodeId, key, time: clock.now().getTime() });
    assert.equal(r.status, 200, JSON.stringify(r.body));

    const their = await state.node.storage.db.selectFrom('firs').select(['transferred_to_fir', 'status']).where('id', '=', theirs.body.id).executeTakeFirstOrThrow();
    assert.equal(their.transferred_to_fir, null, 'Nashik’s FIR is untouched');
    // The case is addressed to Nagpur's station with its own persons only, not Nashik's complainant.
    const nagpur = (await state.node.units.get('MH-NGP-PS01'))!;
    const sentThere = await state.node.sync.feed
      .addressedTo(nagpur.path)(state.node.storage.db.selectFrom('event_addresses as a').innerJoin('events as e', 'e.local_pos', 'a.local_pos').select('e.entity_id'))
      .execute();
    const ids = new Set(sentThere.map((x) => x.entity_id));
    assert.ok(ids.has(zero.body.id), 'the case itself goes there');
    assert.equal(ids.has(theirPerson), false, 'another station’s person does not go with it');
  });
});

describe(`sync: an enrolment whose answer was lost (state on ${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const nodes = stateAndStation(ORIGIN, clock, { enrolled: false });

  test('is answered again to the same node until it signs a request; then, or to another node, the code is spent', async () => {
    const { state, station } = nodes;
    const { code } = await state.node.sync.registry.add(CLI_ACTOR, { unitCode: ORIGIN });
    const forget = () => station.node.storage.db.deleteFrom('sync_upstream').execute();
    const first = await station.node.sync.enrol({ upstreamUrl: state.url, code });
    await forget(); // as if the answer never arrived
    const again = await station.node.sync.enrol({ upstreamUrl: state.url, code });
    assert.equal(again.nodeId, first.nodeId, 'the same node, answered again');

    const other = await startStationNode(ORIGIN, { clock });
    try {
      await assert.rejects(other.node.sync.enrol({ upstreamUrl: state.url, code }), /used already/);
    } finally {
      await other.close();
    }

    await station.node.sync.client.runNow(); // its first signed request
    await forget();
    await assert.rejects(station.node.sync.enrol({ upstreamUrl: state.url, code }), /not known here, or has been used already/);
    const retries = await state.node.storage.db.selectFrom('audit_log').select('detail').where('action', '=', 'node.enrol').where('outcome', '=', 'success').execute();
    assert.deepEqual(
      retries.map((r) => JSON.parse(r.detail).retry ?? false),
      [false, true],
    );
  });
});
