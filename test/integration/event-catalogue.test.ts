/**
 * The event catalogue is the contract of the log: for every type it lists, a payload that does
 * not match its schema is refused on append (nothing written) and on receipt from another node
 * (422 naming the event and the field, nothing of the batch applied); an unknown type is refused;
 * a log written with version-1 payloads replays after a version-2 change to the same read
 * tables; the wire carries the payload version. The per-type cases are generated from the list,
 * so a type added to the catalogue is covered without touching this file.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { v7 as uuidv7 } from 'uuid';
import { EVENT_TYPES, EventCatalogue } from '../../src/events/catalogue.js';
import { complaintRegistered } from '../../src/events/complaint/registered.js';
import type { EventType, OlderVersion, ProjectionContext } from '../../src/events/event-type.js';
import { unitCreated } from '../../src/events/unit/created.js';
import { openNode } from '../../src/node.js';
import { complaintInput } from '../../src/domain/schemas/complaint.js';
import { principalOf, type RequestActor } from '../../src/access/auth-service.js';
import type { CctnsNode } from '../../src/node.js';
import { ensureDemoData } from '../../src/demo/seed.js';
import { eventHash, type StoredEvent } from '../../src/storage/event-log.js';
import type { Storage } from '../../src/storage/db.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { ManualClock } from '../../src/util/clock.js';
import { compress, decodePush, encodePush } from '../../src/sync/wire.js';
import { theftFir, person } from '../support/fir-bodies.js';
import { enrolStation, nodeKeyOf, signedIn, signedSyncCall, startStateNode, startStationNode } from '../support/network.js';
import type { TestServer } from '../support/server.js';
import { ENGINE, freshStorage } from '../support/storage.js';
import { z } from 'zod';
import { problemSchema } from '../../src/api/problem.js';
import { bodyOf } from '../support/answers.js';

/** A refused push: problem+json naming the event it refuses (src/sync/upstream-service.ts). */
const eventRefusal = problemSchema.extend({ event: z.object({ origin: z.string(), seq: z.number(), type: z.string().nullable(), field: z.string().nullable() }) });
const refusal = (r: { body: unknown }) => bodyOf(r, eventRefusal);

const ORIGIN = 'MH-PUN-PS01';

function rechain(events: StoredEvent[], prev: string): StoredEvent[] {
  return events.map((e) => {
    const linked = { ...e, prev_hash: prev };
    const out = { ...linked, hash: eventHash(linked) };
    prev = out.hash;
    return out;
  });
}

const count = async (storage: Storage, origin?: string) => {
  let q = storage.db.selectFrom('events').select((eb) => eb.fn.countAll().as('n'));
  if (origin) q = q.where('origin_unit', '=', origin);
  return Number((await q.executeTakeFirstOrThrow()).n);
};

describe('the catalogue refuses an incomplete declaration', () => {
  const ctx = { indexTables: [] } as unknown as ProjectionContext;
  test('every event type lists schema, version, projector and routing rule, and older versions with their upcast', () => {
    assert.doesNotThrow(() => new EventCatalogue(EVENT_TYPES, ctx));
    const broken: [string, EventType][] = [
      ['a payload version', { ...unitCreated, version: 0 }],
      ['a payload schema', { ...unitCreated, schema: undefined as never }],
      ['a projector', { ...unitCreated, project: undefined }],
      ['a routing rule', { ...unitCreated, route: undefined as never }],
      ['the schema of version 1 and its upcast', { ...complaintRegistered, older: undefined }],
    ];
    for (const [lacks, def] of broken) assert.throws(() => new EventCatalogue([def], ctx), new RegExp(`lacks ${lacks}`));
    assert.throws(() => new EventCatalogue([unitCreated, unitCreated], ctx), /declared twice/);
  });
});

describe(`event payloads are checked against the catalogue (state on ${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;
  let nodeId: string;
  let key: string;

  before(async () => {
    state = await startStateNode({ clock });
    station = await startStationNode(ORIGIN, { clock });
    nodeId = (await enrolStation(state, station)).nodeId;
    await station.node.sync.client.runNow();
    key = await nodeKeyOf(station);
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    assert.equal((await sho.post('/api/v1/firs', theftFir())).status, 201);
    assert.equal((await sho.post('/api/v1/complaints', { stationCode: ORIGIN, complainant: person('Anil More'), description: 'A complaint.', place: 'Baramati' })).status, 201);
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  async function unsent(): Promise<StoredEvent[]> {
    const held = Number((await state.node.storage.db.selectFrom('event_heads').select('seq').where('origin_unit', '=', ORIGIN).executeTakeFirst())?.seq ?? 0);
    const rows = await station.node.storage.db.selectFrom('events').selectAll().where('origin_unit', '=', ORIGIN).where('seq', '>', held).orderBy('seq').execute();
    return rows.map(({ local_pos, ...e }) => ({ ...e, seq: Number(e.seq) }));
  }

  /** Pushes the station's unsent events with `bad` after them, signed as the station. */
  async function pushWith(bad: Partial<StoredEvent>) {
    const events = await unsent();
    const last = events[events.length - 1]!;
    const odd = { ...last, seq: last.seq + 1, id: uuidv7(), entity_id: uuidv7(), payload_version: 1, ...bad } as StoredEvent;
    const body = compress(encodePush(rechain([...events, odd], events[0]!.prev_hash)));
    const r = await signedSyncCall(state.url, '/api/v1/sync/push', body, { node: nodeId, key, time: clock.now().getTime() });
    return { ...r, seq: odd.seq };
  }

  for (const def of EVENT_TYPES) {
    test(`${def.type}: an invalid payload is refused on append, nothing written`, async () => {
      const { node } = state;
      const before = await count(node.storage);
      const head = await node.storage.db.selectFrom('event_heads').selectAll().where('origin_unit', '=', node.originUnit()).executeTakeFirst();
      await assert.rejects(
        node.events.transaction((tx) => node.events.append(tx, { type: def.type, entityId: uuidv7(), payload: {}, actor: 'test' })),
        new RegExp(`Invalid ${def.type.replace('.', '\\.')} payload`),
      );
      // Among valid events, one invalid one: the whole appendMany is refused before writing.
      const valid = {
        type: 'gd.entry_added',
        entityId: uuidv7(),
        payload: {
          id: uuidv7(),
          stationCode: 'MH',
          gdDate: '2026-07-01',
          entryNo: 999,
          entryAt: '2026-07-01T06:00:00.000Z',
          kind: 'general',
          text: 'x',
          officer: null,
          refType: null,
          refId: null,
          correctsId: null,
        },
        actor: 'test',
      };
      await assert.rejects(
        node.events.transaction((tx) => node.events.appendMany(tx, [valid, { type: def.type, entityId: uuidv7(), payload: { bogus: true }, actor: 'test' }])),
        /Invalid/,
      );
      assert.equal(await count(node.storage), before);
      assert.deepEqual(await node.storage.db.selectFrom('event_heads').selectAll().where('origin_unit', '=', node.originUnit()).executeTakeFirst(), head);
    });

    test(`${def.type}: an invalid payload is refused on receive with 422 naming the event and field, nothing applied`, async () => {
      const held = await count(state.node.storage, ORIGIN);
      const r = await pushWith({ type: def.type, payload: '{}', payload_version: def.version });
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.match(refusal(r).type, /invalid-event$/);
      assert.equal(refusal(r).event.origin, ORIGIN);
      assert.equal(refusal(r).event.seq, r.seq);
      assert.equal(refusal(r).event.type, def.type);
      assert.ok(refusal(r).event.field && refusal(r).event.field !== '(payload)', `names the field: ${JSON.stringify(r.body)}`);
      assert.match(refusal(r).detail, new RegExp(`${ORIGIN} event ${r.seq}: ${def.type.replace('.', '\\.')} .*${refusal(r).event.field}`));
      assert.equal(refusal(r).errors![0]!.path, refusal(r).event.field);
      assert.equal(await count(state.node.storage, ORIGIN), held, 'nothing of the batch was applied');
    });
  }

  test('a field the schema does not know, a payload version the node does not know, and an unknown type are refused whole', async () => {
    const held = await count(state.node.storage, ORIGIN);
    const gd = (await unsent()).find((e) => e.type === 'gd.entry_added')!;
    const extra = await pushWith({ type: gd.type, payload: canonicalJson({ ...JSON.parse(gd.payload), id: uuidv7(), entryNo: 99, smuggled: 'x' }) });
    assert.equal(extra.status, 422, JSON.stringify(extra.body));
    assert.equal(refusal(extra).event.field, 'smuggled');
    const future = await pushWith({ type: gd.type, payload: gd.payload, payload_version: 7 });
    assert.equal(future.status, 422, JSON.stringify(future.body));
    assert.match(refusal(future).detail, /knows gd\.entry_added up to version 1/);
    const unknown = await pushWith({ type: 'case.teleported', payload: '{}' });
    assert.equal(unknown.status, 422, JSON.stringify(unknown.body));
    assert.match(refusal(unknown).type, /unknown-event-type$/);
    assert.deepEqual(refusal(unknown).event, { origin: ORIGIN, seq: unknown.seq, type: 'case.teleported', field: null });
    assert.equal(await count(state.node.storage, ORIGIN), held);
  });

  test('the wire carries the payload version, and the upstream keeps it (same hashes)', async () => {
    const events = await unsent();
    const complaint = events.find((e) => e.type === 'complaint.registered')!;
    assert.equal(complaint.payload_version, complaintRegistered.version);
    const plain = encodePush(events).toString().split('\n');
    const line = JSON.parse(plain.find((l) => l.includes('"complaint.registered"'))!);
    assert.equal(line.pv, 2);
    // Version 1 is what an older node sends and expects: it is left out.
    assert.equal(JSON.parse(plain.find((l) => l.includes('"gd.entry_added"'))!).pv, undefined);
    assert.deepEqual(
      decodePush(encodePush(events)).events.map((e) => e.payload_version),
      events.map((e) => e.payload_version),
    );
    await station.node.sync.client.runNow();
    const there = await state.node.storage.db.selectFrom('events').select(['payload_version', 'hash']).where('id', '=', complaint.id).executeTakeFirstOrThrow();
    assert.deepEqual(there, { payload_version: 2, hash: complaint.hash });
    assert.deepEqual((await state.node.events.verify()).problems, []);
  });
});

/** The catalogue as a release before `complaint.registered` version 2 had it. */
function beforeVersion2(): EventType[] {
  // Version 1 is the one before the current: its upcast yields the current payload.
  const v1 = complaintRegistered.older![1]! as OlderVersion<unknown, Parameters<typeof complaintRegistered.route>[1]>;
  const asV1: EventType = {
    ...complaintRegistered,
    version: 1,
    schema: v1.schema,
    older: undefined,
    // That release's projector derived the flag when the payload lacked it, as the upcast does.
    project: async (tx, e, p, ctx) => complaintRegistered.project!(tx, e, await v1.upcast(p, ctx, tx), ctx),
  };
  return EVENT_TYPES.map((d) => (d.type === complaintRegistered.type ? asV1 : d));
}

async function readTables(storage: Storage) {
  const out: Record<string, unknown[]> = {};
  for (const t of ['complaints', 'record_persons', 'counters', 'gd_entries', 'persons', 'person_name_keys', 'users', 'units'] as const) {
    out[t] = (await storage.db.selectFrom(t).selectAll().execute()).map((r) => canonicalJson(r)).sort();
  }
  return out;
}

describe(`a log written with version-1 payloads replays after a version-2 change (${ENGINE})`, () => {
  test('complaint.registered v1 events (with and without the sensitive flag) rebuild the same read tables', async () => {
    const db = await freshStorage();
    const clock = new ManualClock('2026-07-01T06:00:00Z');
    const config = { ...db.config, node: { ...db.config.node, tier: 'state' as const, unit: 'MH' } };
    let node: CctnsNode | null = await openNode(config, { clock, storage: db.storage, eventTypes: beforeVersion2() });
    try {
      await ensureDemoData(node);
      const user = (await node.users.byUsername('sho.pune1'))!;
      const unit = (await node.units.get(ORIGIN))!;
      const actor: RequestActor = { user, unit, principal: principalOf(user, unit), via: 'session' };
      const client = { ip: 'test', userAgent: 'test' };
      const plain = await node.complaints.register(
        actor,
        complaintInput.parse({ stationCode: ORIGIN, complainant: person('Anil More'), description: 'Theft of a bicycle.', place: 'Baramati', sectionsAlleged: [{ act: 'BNS', section: '303' }] }),
        client,
      );
      const sexual = await node.complaints.register(
        actor,
        complaintInput.parse({
          stationCode: ORIGIN,
          complainant: person('Asha Patil', { gender: 'female' }),
          description: 'A complaint.',
          place: 'Baramati',
          sectionsAlleged: [{ act: 'BNS', section: '64' }],
        }),
        client,
      );
      // As written before complaints carried the flag at all: the same event without `sensitive`.
      const written = JSON.parse(
        (await node.storage.db.selectFrom('events').select('payload').where('entity_id', '=', sexual.id).where('type', '=', 'complaint.registered').executeTakeFirstOrThrow()).payload,
      );
      const { sensitive: _dropped, ...older } = written;
      const oldId = uuidv7();
      await node.events.transaction((tx) =>
        node!.events.append(tx, { type: 'complaint.registered', entityId: oldId, payload: { ...older, id: oldId, ackNo: `${ORIGIN}/2026/C00099`, seq: 99 }, actor: user.id }),
      );
      const versions = await node.storage.db.selectFrom('events').select('payload_version').where('type', '=', 'complaint.registered').execute();
      assert.deepEqual(
        versions.map((v) => v.payload_version),
        [1, 1, 1],
      );
      const before = await readTables(node.storage);
      assert.deepEqual(
        (before.complaints as string[])
          .map((r) => JSON.parse(r))
          .sort((a, b) => a.seq - b.seq)
          .map((c: { id: string; sensitive: number }) => [c.id, c.sensitive])
          .sort(),
        [
          [plain.id, 0],
          [sexual.id, 1],
          [oldId, 1],
        ].sort(),
      );
      await node.close();
      node = null;

      // The new release: complaint.registered is at version 2; the v1 events are upcast on replay.
      node = await openNode(config, { clock, storage: db.reopen() });
      assert.equal(await node.events.rebuild(), await count(node.storage));
      assert.deepEqual(await readTables(node.storage), before);
      assert.deepEqual((await node.events.verify()).problems, []);
      // New events are written at version 2 and chain on after the old ones.
      const user2 = (await node.users.byUsername('sho.pune1'))!;
      const unit2 = (await node.units.get(ORIGIN))!;
      const next = await node.complaints.register(
        { user: user2, unit: unit2, principal: principalOf(user2, unit2), via: 'session' },
        complaintInput.parse({ stationCode: ORIGIN, complainant: person('Ravi Jadhav'), description: 'Another.', place: 'Baramati' }),
        { ip: 'test', userAgent: 'test' },
      );
      assert.equal((await node.storage.db.selectFrom('events').select('payload_version').where('entity_id', '=', next.id).executeTakeFirstOrThrow()).payload_version, 2);
      assert.deepEqual((await node.events.verify()).problems, []);
    } finally {
      await node?.close();
      await db.cleanup();
    }
  });
});
