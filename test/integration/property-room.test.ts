/**
 * Seizures (IIF-4) and the property room (malkhana), issue 13: the IO's seizure memo with the
 * recording's hash (BNSS 105), items numbered per station and year without gaps, a chain of custody
 * that never has an item in two places or nowhere, the court clocks of BNSS 497, the register, the
 * printed forms (IIF-4, BSA 63 Part A), and a station node's property chain reaching the state.
 * Both engines.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { theftFir } from '../support/fir-bodies.js';
import { enrolStation, signedIn, startStateNode, startStationNode } from '../support/network.js';
import { pdfText, printedCode } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok as succeeded } from '../support/answers.js';

const VIDEO = createHash('sha256').update('the search and seizure, recorded on the IO’s phone').digest('hex');
const EXTRACT = createHash('sha256').update('the phone’s extracted image').digest('hex');

/** A seizure memo: a phone (electronic, with its IMEI) and a knife, two witnesses, the recording. */
function seizure(over: Record<string, unknown> = {}, depositedWith: Record<string, unknown> = { name: 'HC Shinde', designation: 'Malkhana moharrir' }) {
  return {
    seizedAt: '2026-07-01T16:00:00+05:30',
    place: 'House of the accused, Bhigwan road, Baramati',
    searchOf: 'House of the accused',
    seizedFrom: 'Rahul Jadhav',
    items: [
      {
        description: 'Black mobile phone, cracked screen',
        category: 'mobile_phone',
        quantity: '1',
        sealNo: 'S-101',
        value: 8000,
        device: { make: 'Samsung', model: 'A12', imei: '490154203237518', sha256: EXTRACT },
      },
      { description: 'Knife with a wooden handle, 20 cm blade', category: 'weapon', quantity: '1', sealNo: 'S-102', placeFound: 'Under the bed' },
    ],
    witnesses: [{ name: 'Ganesh More', address: 'Bhigwan road, Baramati' }, { name: 'Sunil Pawar' }],
    video: { sha256: VIDEO, size: 184_000_000, description: 'VID_20260701_1600.mp4', forwardedToMagistrateAt: '2026-07-01T19:00:00+05:30', magistrate: 'JMFC Baramati' },
    depositedWith,
    ...over,
  };
}

describe(`seizures and the property room (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const count = async (table: 'events' | 'property_moves') =>
    Number(
      (
        await server.node.storage.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const denials = async (action: string) =>
    Number(
      (
        await server.node.storage.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .where('outcome', '=', 'denied')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const userId = async (u: string) => (await server.node.users.byUsername(u))!.id;

  let firId: string;
  let phone: { id: string; number: string };
  let knife: { id: string; number: string };
  let seizureId: string;
  const move = (itemId: string, body: Record<string, unknown>) => as('io.pune1').then((io) => io.post(`/api/v1/cases/${firId}/property/${itemId}/moves`, body));

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const writer = await as('writer.pune1');
    const r = await writer.post('/api/v1/firs', theftFir());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    firId = r.body.id;
    assert.equal((await (await as('sho.pune1')).post(`/api/v1/cases/${firId}/assignment`, { ioUserId: await userId('io.pune1') })).status, 200);
    clock.advance(8 * 3600); // 19:30 IST
  });
  after(() => server.close());

  test('the IO records the seizure: items numbered in the register, in the property room, the recording kept by its hash', async () => {
    const io = await as('io.pune1');
    const r = await io.post(`/api/v1/cases/${firId}/seizures`, seizure({}, { userId: await userId('sho.pune1') }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    seizureId = r.body.id;
    phone = r.body.items[0]!;
    knife = r.body.items[1]!;
    assert.deepEqual(
      r.body.items.map((i: { number: string; place: string; since: string }) => [i.number, i.place, i.since]),
      [
        ['1/2026', 'malkhana', '2026-07-01T10:30:00.000Z'],
        ['2/2026', 'malkhana', '2026-07-01T10:30:00.000Z'],
      ],
    );
    assert.deepEqual(r.body.video, {
      sha256: VIDEO,
      size: 184_000_000,
      description: 'VID_20260701_1600.mp4',
      forwardedToMagistrateAt: '2026-07-01T13:30:00.000Z',
      magistrate: 'JMFC Baramati',
      received: false,
    });
    assert.equal(r.body.items[0]!.device!.imei, '490154203237518');
    const chain = await (await as('sho.pune1')).get(`/api/v1/stations/MH-PUN-PS01/property-room/${phone.id}`);
    assert.equal(chain.status, 200, JSON.stringify(chain.body));
    assert.deepEqual(
      chain.body.chain.map((m: { seq: number; kind: string; handedBy: { user: { id: string } | null }; receivedBy: { user: { id: string } | null } }) => [
        m.seq,
        m.kind,
        m.handedBy.user?.id,
        m.receivedBy.user?.id,
      ]),
      [[1, 'received_into_malkhana', await userId('io.pune1'), await userId('sho.pune1')]],
    );
  });

  test('an item goes to the FSL and comes back, then to court: the property statement clock runs', async () => {
    const fsl = await move(phone.id, {
      kind: 'sent_to_fsl',
      at: '2026-07-01T18:00:00+05:30',
      handedBy: { userId: await userId('sho.pune1') },
      receivedBy: { name: 'Constable Kale', designation: 'Carrier, PS Baramati' },
      destination: 'RFSL Pune',
      reference: 'FSL letter 123/2026',
    });
    assert.equal(fsl.status, 201, JSON.stringify(fsl.body));
    assert.equal(fsl.body.place, 'fsl');
    assert.equal(fsl.body.destination, 'RFSL Pune');
    clock.advance(24 * 3600);
    const back = await move(phone.id, {
      kind: 'returned_to_malkhana',
      at: '2026-07-02T17:00:00+05:30',
      handedBy: { name: 'R. Kulkarni', designation: 'Receiving clerk, RFSL Pune' },
      receivedBy: { userId: await userId('sho.pune1') },
      reference: 'RFSL report 77/2026',
    });
    assert.equal(back.status, 201, JSON.stringify(back.body));
    assert.equal(back.body.place, 'malkhana');
    const court = await move(phone.id, { kind: 'sent_to_court', at: '2026-07-02T18:00:00+05:30', receivedBy: { name: 'Property clerk, JMFC Baramati' }, destination: 'JMFC Baramati' });
    assert.equal(court.status, 201, JSON.stringify(court.body));
    assert.deepEqual(
      court.body.chain.map((m: { kind: string }) => m.kind),
      ['received_into_malkhana', 'sent_to_fsl', 'returned_to_malkhana', 'sent_to_court'],
    );
    const statement = court.body.clocks.find((c: { code: string }) => c.code === 'property-statement-14d');
    assert.equal(statement!.status, 'running');
    assert.equal(statement!.dueDateIst, '2026-07-16', '14 days from the production, the day of production excluded');

    const file = await (await as('sho.pune1')).get(`/api/v1/cases/${firId}`);
    assert.equal(file.status, 200, JSON.stringify(file.body));
    assert.deepEqual(
      file.body.property.map((i: { number: string; place: string }) => [i.number, i.place]),
      [
        ['1/2026', 'court'],
        ['2/2026', 'malkhana'],
      ],
    );
    assert.ok(file.body.timeline.some((t: { type: string }) => t.type === 'case.property_moved'));
    clock.advance(12 * 24 * 3600); // 14 July: due soon
    const dash = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard');
    assert.equal(dash.status, 200, JSON.stringify(dash.body));
    assert.deepEqual(
      dash.body.propertyStatementsDue.map((d: { number: string; clock: { code: string; status: string } }) => [d.number, d.clock.code, d.clock.status]),
      [['1/2026', 'property-statement-14d', 'due_soon']],
    );
    const stated = await (await as('io.pune1')).post(`/api/v1/cases/${firId}/property/${phone.id}/court-steps`, { step: 'statement_prepared', at: '2026-07-14T11:00:00+05:30' });
    assert.equal(stated.status, 201, JSON.stringify(stated.body));
    assert.deepEqual(
      stated.body.clocks.map((c: { code: string; status: string }) => [c.code, c.status]),
      [
        ['property-statement-14d', 'met'],
        ['property-disposal-order-30d', 'running'],
      ],
    );
    const again = await (await as('io.pune1')).post(`/api/v1/cases/${firId}/property/${phone.id}/court-steps`, { step: 'statement_prepared', at: '2026-07-14T12:00:00+05:30' });
    assert.equal(again.status, 409);
  });

  test('refusals: not the IO, a move from where the item is not, the same officer on both sides, after disposal', async () => {
    const before = await count('events');
    const writer = await as('writer.pune1');
    const deniedActs = await denials('case.act');
    assert.equal((await writer.post(`/api/v1/cases/${firId}/seizures`, seizure())).status, 403);
    assert.equal(await denials('case.act'), deniedActs + 1, 'the refused seizure is audited');
    const toFsl = { kind: 'sent_to_fsl', at: '2026-07-03T10:00:00+05:30', receivedBy: { name: 'Clerk' }, destination: 'RFSL Pune' };
    assert.equal((await writer.post(`/api/v1/cases/${firId}/property/${knife.id}/moves`, toFsl)).status, 403);
    assert.equal(await denials('case.act'), deniedActs + 2, 'the writer may not act on cases at all: audited');
    const deniedMoves = await denials('case.act');
    const sdpo = await as('sdpo.pune');
    const r = await sdpo.post(`/api/v1/cases/${firId}/property/${knife.id}/moves`, toFsl);
    assert.equal(r.status, 403, 'a supervisor who has not taken the case over, and keeps no property room');
    assert.match(r.body.detail, /property room/);
    assert.equal(await denials('case.act'), deniedMoves + 1, 'the refused move is audited');

    const notThere = await move(knife.id, { kind: 'returned_to_malkhana', at: '2026-07-03T10:00:00+05:30', receivedBy: { name: 'HC Shinde' } });
    assert.equal(notThere.status, 409, JSON.stringify(notThere.body));
    assert.match(notThere.body.detail, /malkhana/);
    const self = await move(knife.id, { kind: 'sent_to_fsl', at: '2026-07-03T10:00:00+05:30', receivedBy: { userId: await userId('io.pune1') }, destination: 'RFSL Pune' });
    assert.equal(self.status, 400, JSON.stringify(self.body));
    assert.equal(self.body.errors![0]!.path, 'receivedBy');
    const noOrder = await move(knife.id, { kind: 'disposed_by_court_order', at: '2026-07-03T10:00:00+05:30', receivedBy: { name: 'Disposal committee' } });
    assert.equal(noOrder.status, 400);
    assert.equal(noOrder.body.errors![0]!.path, 'orderRef');
    const unknown = await move(knife.id, { kind: 'teleported', at: '2026-07-03T10:00:00+05:30', receivedBy: { name: 'X' } });
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.errors![0]!.path, 'kind');
    assert.equal(await count('events'), before, 'nothing written by a refusal');

    const disposed = await (
      await as('sho.pune1')
    ).post(`/api/v1/cases/${firId}/property/${knife.id}/moves`, {
      kind: 'disposed_by_court_order',
      at: '2026-07-03T10:00:00+05:30',
      receivedBy: { name: 'Disposal committee, Baramati' },
      orderRef: 'JMFC Baramati order 45/2026 of 2 July 2026',
    });
    assert.equal(disposed.status, 201, 'the keeper of the property room moves items too');
    assert.equal(disposed.body.final, true);
    const after = await move(knife.id, { kind: 'sent_to_court', at: '2026-07-04T10:00:00+05:30', receivedBy: { name: 'Clerk' }, destination: 'JMFC Baramati' });
    assert.equal(after.status, 409);
    assert.match(after.body.detail, /disposed of/);
  });

  test('bad seizure memos are refused whole, naming the field', async () => {
    const io = await as('io.pune1');
    const before = await count('events');
    const [p, k] = seizure().items;
    const cases: [Record<string, unknown>, string][] = [
      [seizure({ witnesses: [{ name: 'Ganesh More' }] }), 'witnesses'],
      [seizure({ items: [{ ...p, device: undefined }] }), 'items.0.device'],
      [seizure({ items: [{ ...p, device: { imei: '490154203237519' } }] }), 'items.0.device.imei'],
      [seizure({ items: [{ ...k, category: 'spaceship' }] }), 'items.0.category'],
      [seizure({ items: [{ ...k, device: { make: 'Acme' } }] }), 'items.0.device'],
      [seizure({ items: [] }), 'items'],
      [seizure({ seizedAt: '2026-08-30T10:00:00+05:30' }), 'seizedAt'],
      [seizure({ video: { sha256: 'abc', size: 10 } }), 'video.sha256'],
      [seizure({ witnesses: [{ personId: firId }, { name: 'Sunil Pawar' }] }), 'witnesses.0.personId'],
      [seizure({}, { userId: await userId('io.pune1') }), 'depositedWith'],
    ];
    for (const [body, path] of cases) {
      const r = await io.post(`/api/v1/cases/${firId}/seizures`, body);
      assert.equal(r.status, 400, `${path}: ${JSON.stringify(r.body)}`);
      assert.ok(
        r.body.errors!.some((e: { path: string }) => e.path.startsWith(path)),
        `${path} named in ${JSON.stringify(r.body.errors)}`,
      );
    }
    assert.equal(await count('events'), before, 'nothing written');
  });

  test('register numbers stay gap-free under parallel seizures', async () => {
    const io = await as('io.pune1');
    const answers = await Promise.all(Array.from({ length: 6 }, () => io.post(`/api/v1/cases/${firId}/seizures`, seizure())));
    for (const a of answers) assert.equal(a.status, 201, JSON.stringify(a.body));
    const numbers = answers.flatMap((a) => succeeded(a).body.items.map((i) => i.itemNo)).sort((a, b) => a - b);
    assert.deepEqual(
      numbers,
      Array.from({ length: 12 }, (_, i) => i + 3),
    );
    const register = await (await as('sdpo.pune')).get('/api/v1/stations/MH-PUN-PS01/property-room');
    assert.equal(register.status, 200);
    assert.deepEqual(
      register.body.items.map((i: { itemNo: number }) => i.itemNo),
      Array.from({ length: 14 }, (_, i) => i + 1),
    );
    const inCourt = succeeded(await (await as('sdpo.pune')).get('/api/v1/stations/MH-PUN-PS01/property-room?place=court'));
    assert.deepEqual(
      inCourt.body.items.map((i: { number: string }) => i.number),
      ['1/2026'],
    );
    assert.equal((await (await as('sho.nashik1')).get('/api/v1/stations/MH-PUN-PS01/property-room')).status, 403);
  });

  test('a small recording sent later is kept only if it is the one the memo named; it is never served by its hash', async () => {
    const bytes = Buffer.concat([Buffer.from('\x00\x00\x00\x18ftypmp42'), Buffer.alloc(2000, 7)]);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const io = await as('io.pune1');
    const memo = await io.post(`/api/v1/cases/${firId}/seizures`, seizure({ video: { sha256, size: bytes.length } }));
    assert.equal(memo.status, 201, JSON.stringify(memo.body));
    assert.equal(memo.body.video!.received, false);
    const send = (body: Buffer, type = 'video/mp4', c = io) =>
      c.request('POST', `/api/v1/cases/${firId}/seizures/${memo.body.id}/recording`, undefined, { raw: body as unknown as string, headers: { 'content-type': type } });
    const other = await send(Buffer.concat([bytes, Buffer.from('x')]));
    assert.equal(other.status, 409, JSON.stringify(other.body));
    assert.match(other.body.detail, new RegExp(`${bytes.length} bytes with SHA-256 ${sha256}`));
    assert.equal((await send(bytes, 'text/plain')).status, 415);
    assert.equal((await send(bytes, 'video/mp4', await as('writer.pune1'))).status, 403, 'only the IO');
    assert.equal(await server.node.sync.files.has(sha256), false, 'nothing kept by a refusal');
    const ok = await send(bytes);
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
    assert.deepEqual(ok.body, { sha256, mime: 'video/mp4', size: bytes.length });
    assert.equal(await server.node.sync.files.has(sha256), true);
    assert.equal((await (await as('sho.pune1')).get(`/api/v1/attachments/${sha256}`)).status, 404, 'a recording is not read by its hash');
    const none = await io.request('POST', `/api/v1/cases/${firId}/seizures/${seizureId}/recording`, undefined, { raw: bytes as unknown as string, headers: { 'content-type': 'video/mp4' } });
    assert.equal(none.status, 409, 'the first memo named another recording');
  });

  test('the seizure memo (IIF-4) and the BSA 63 certificates print in English and Hindi', async () => {
    const sho = await as('sho.pune1');
    for (const lang of ['en', 'hi']) {
      const memo = await sho.get(`/api/v1/cases/${firId}/seizures/${seizureId}/memo.pdf?lang=${lang}`);
      assert.equal(memo.status, 200);
      assert.equal(memo.headers['content-type'], 'application/pdf');
      const video = await sho.get(`/api/v1/cases/${firId}/seizures/${seizureId}/bsa63.pdf?lang=${lang}`);
      assert.equal(video.status, 200);
    }
    assert.equal((await sho.get(`/api/v1/cases/${firId}/seizures/${seizureId}/bsa63.pdf?record=${phone.id}`)).status, 200, 'the phone’s extracted data');
    // The code printed on the memo is checked at /verify like an FIR copy's.
    const token = (await server.node.tokens.create((await server.node.users.byUsername('sho.pune1'))!.id, 'print', null, 'test')).token;
    const memo = await server.app.inject({ method: 'GET', url: `/api/v1/cases/${firId}/seizures/${seizureId}/memo.pdf?lang=en`, headers: { authorization: `Bearer ${token}` } });
    const checked = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${printedCode(pdfText(memo.rawPayload))}` });
    assert.equal(checked.statusCode, 200, checked.body);
    assert.equal(checked.json().document, 'iif4-seizure');
    assert.equal((await sho.get(`/api/v1/cases/${firId}/seizures/${seizureId}/bsa63.pdf?record=${knife.id}`)).status, 409, 'a knife has no extracted data');
    assert.equal((await (await as('writer.pune1')).get(`/api/v1/cases/${firId}/seizures/${seizureId}/memo.pdf`)).status, 403);
  });
});

describe(`the property of a transferred case follows it by a signed hand-over (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const userId = async (u: string) => (await server.node.users.byUsername(u))!.id;
  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('items stay in the old malkhana until handed over; then the new unit keeps them and the old register shows them transferred out', async () => {
    const fir = await (await as('sho.pune1')).post('/api/v1/firs', theftFir({ ioUserId: await userId('io.pune1') }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    const firId: string = fir.body.id;
    clock.advance(8 * 3600);
    const seized = await (await as('io.pune1')).post(`/api/v1/cases/${firId}/seizures`, seizure({}, { userId: await userId('sho.pune1') }));
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    const [phone, knife] = seized.body.items as { id: string; number: string }[];
    clock.advance(3600);
    assert.equal((await (await as('sho.pune1')).post(`/api/v1/cases/${firId}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' })).status, 200);
    clock.advance(3600);
    const moves = async (username: string, itemId: string, body: Record<string, unknown>) => (await as(username)).post(`/api/v1/cases/${firId}/property/${itemId}/moves`, body);
    const at = () => clock.now().toISOString();

    // Nothing moved with the case: the items are where they were, in the old station's keeping.
    const file = await (await as('sho.nashik1')).get(`/api/v1/cases/${firId}`);
    assert.equal(file.status, 200, JSON.stringify(file.body));
    assert.deepEqual(
      file.body.property.map((i: { place: string; keptAt: string }) => [i.place, i.keptAt]),
      [
        ['malkhana', 'MH-PUN-PS01'],
        ['malkhana', 'MH-PUN-PS01'],
      ],
    );
    // The new unit's keeper does not hold them: he cannot send them anywhere from a malkhana not his.
    const denied = await moves('sho.nashik1', phone!.id, { kind: 'sent_to_fsl', at: at(), receivedBy: { name: 'Clerk, RFSL Nashik' }, destination: 'RFSL Nashik' });
    assert.equal(denied.status, 403, JSON.stringify(denied.body));
    // The old keeper still answers for them: he may send one to court.
    const toCourt = await moves('sho.pune1', knife!.id, { kind: 'sent_to_court', at: at(), receivedBy: { name: 'Nazir, JMFC Baramati' }, destination: 'JMFC Baramati' });
    assert.equal(toCourt.status, 201, JSON.stringify(toCourt.body));
    assert.equal(toCourt.body.keptAt, 'MH-PUN-PS01');

    // The hand-over: signed by the old keeper (handing) and the new (receiving), recorded by the new unit.
    clock.advance(3600);
    const handover = { kind: 'transferred_to_unit', at: at(), handedBy: { userId: await userId('sho.pune1') }, receivedBy: { userId: await userId('sho.nashik1') }, reference: 'Letter No. 12/2026' };
    const handed = await moves('sho.nashik1', phone!.id, handover);
    assert.equal(handed.status, 201, JSON.stringify(handed.body));
    assert.deepEqual([handed.body.place, handed.body.keptAt, handed.body.number], ['malkhana', 'MH-NSK-PS01', phone!.number]);
    assert.deepEqual(
      handed.body.chain.map((m: { kind: string; keptAt: string }) => [m.kind, m.keptAt]),
      [
        ['received_into_malkhana', 'MH-PUN-PS01'],
        ['transferred_to_unit', 'MH-NSK-PS01'],
      ],
    );
    // Never in two places: not handed over twice; the item at court cannot be handed over from a malkhana.
    const again = await moves('sho.nashik1', phone!.id, { ...handover, at: at() });
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.match(again.body.detail, /already in the keeping of MH-NSK-PS01/);
    assert.equal((await moves('sho.nashik1', knife!.id, { ...handover, at: at() })).status, 409, 'the knife is at court, not in a malkhana');

    // From now on the new unit keeps it: its keeper moves it, the old keeper no longer may.
    clock.advance(3600);
    assert.equal((await moves('sho.pune1', phone!.id, { kind: 'sent_to_fsl', at: at(), receivedBy: { name: 'Clerk, RFSL Pune' }, destination: 'RFSL Pune' })).status, 403);
    const lab = await moves('sho.nashik1', phone!.id, { kind: 'sent_to_fsl', at: at(), receivedBy: { name: 'Clerk, RFSL Nashik' }, destination: 'RFSL Nashik' });
    assert.equal(lab.status, 201, JSON.stringify(lab.body));
    assert.equal(lab.body.keptAt, 'MH-NSK-PS01', 'sent out by the new unit, it comes back to its malkhana');

    // The registers: the old lists it as transferred out (in none of its places), the new as its own.
    const oldRegister = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/property-room');
    assert.equal(oldRegister.status, 200, JSON.stringify(oldRegister.body));
    const row = succeeded(oldRegister).body.items.find((i) => i.id === phone!.id)!;
    assert.deepEqual([row.number, row.keptAt], [phone!.number, 'MH-NSK-PS01']);
    const inOld = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/property-room?place=fsl');
    assert.ok(!succeeded(inOld).body.items.some((i) => i.id === phone!.id), 'not at the FSL on the old station’s account');
    const newRegister = await (await as('sho.nashik1')).get('/api/v1/stations/MH-NSK-PS01/property-room?place=fsl');
    assert.equal(newRegister.status, 200, JSON.stringify(newRegister.body));
    assert.deepEqual(
      newRegister.body.items.map((i) => i.id),
      [phone!.id],
    );
    assert.equal(succeeded(await (await as('sho.nashik1')).get(`/api/v1/stations/MH-NSK-PS01/property-room/${phone!.id}`)).body.chain.length, 3);
    assert.equal((await (await as('sho.nashik1')).get(`/api/v1/stations/MH-NSK-PS01/property-room/${knife!.id}`)).status, 404, 'never received there');
  });
});

describe(`a station node's seizure and its chain reach the state (${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  let state: TestServer;
  let station: TestServer;
  before(async () => {
    state = await startStateNode({ clock });
    station = await startStationNode('MH-PUN-PS01', { clock });
    await enrolStation(state, station);
    await station.node.sync.client.runNow();
  });
  after(async () => {
    await station?.close();
    await state?.close();
  });

  test('seized and moved offline at the station, the whole chain is at the state after sync', async () => {
    const registrar = await signedIn(station, 'sho.pune1', state, clock);
    const fir = await registrar.post('/api/v1/firs', theftFir({ ioUserId: (await station.node.users.byUsername('sho.pune1'))!.id }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    clock.advance(8 * 3600);
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const seized = await sho.post(`/api/v1/cases/${fir.body.id}/seizures`, seizure());
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    const itemId = seized.body.items[0]!.id;
    const moved = await sho.post(`/api/v1/cases/${fir.body.id}/property/${itemId}/moves`, {
      kind: 'sent_to_fsl',
      at: '2026-07-01T18:00:00+05:30',
      receivedBy: { name: 'Constable Kale' },
      destination: 'RFSL Pune',
    });
    assert.equal(moved.status, 201, JSON.stringify(moved.body));
    await station.node.sync.client.runNow();
    const chain = (s: TestServer) => s.node.storage.db.selectFrom('property_moves').select(['item_id', 'seq', 'kind', 'place', 'at']).orderBy('item_id').orderBy('seq').execute();
    assert.deepEqual(await chain(state), await chain(station));
    assert.equal((await chain(state)).length, 3);
    const sp = await signedIn(state, 'sp.pune', state, clock);
    const item = await sp.get(`/api/v1/stations/MH-PUN-PS01/property-room/${itemId}`);
    assert.equal(item.status, 200, JSON.stringify(item.body));
    assert.equal(item.body.place, 'fsl');
    assert.equal(item.body.number, '1/2026');
    assert.deepEqual(
      item.body.chain.map((m: { kind: string }) => m.kind),
      ['received_into_malkhana', 'sent_to_fsl'],
    );
  });

  test('a case transferred from the station: its item is handed over at the receiving unit, and both nodes hold the one chain', async () => {
    const sho = await signedIn(station, 'sho.pune1', state, clock);
    const fir = await sho.post('/api/v1/firs', theftFir({ ioUserId: (await station.node.users.byUsername('sho.pune1'))!.id }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    const seized = await sho.post(
      `/api/v1/cases/${fir.body.id}/seizures`,
      seizure({ seizedAt: new Date(clock.now().getTime() - 60_000).toISOString(), video: undefined }, { name: 'HC Shinde', designation: 'Malkhana moharrir' }),
    );
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    const itemId: string = seized.body.items[0]!.id;
    const diary = await sho.post(`/api/v1/cases/${fir.body.id}/diary`, { beganAt: new Date(clock.now().getTime() - 30_000).toISOString(), text: 'Seized the motorcycle at the accused house.' });
    assert.equal(diary.status, 201, JSON.stringify(diary.body));
    // Not synced before the transfer: one batch holds the steps made offline and the hand-over of the
    // case, and the state judges each step by the unit the case had when it was taken.
    assert.equal((await sho.post(`/api/v1/cases/${fir.body.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' })).status, 200);
    await station.node.sync.client.runNow();
    assert.equal((await station.node.sync.client.status()).waitingEvents, 0, 'the batch is accepted whole');
    assert.equal((await state.node.storage.db.selectFrom('case_diary_entries').select('entry_no').where('fir_id', '=', fir.body.id).execute()).length, 1);
    clock.advance(3600);
    const handover = {
      kind: 'transferred_to_unit',
      at: clock.now().toISOString(),
      handedBy: { name: 'HC Shinde', designation: 'Malkhana moharrir, Baramati' },
      receivedBy: { userId: (await state.node.users.byUsername('sho.nashik1'))!.id },
    };
    // The case is the receiving unit's now: the station node cannot record its steps, the hand-over included.
    const atStation = await (await signedIn(station, 'sho.pune1', state, clock)).post(`/api/v1/cases/${fir.body.id}/property/${itemId}/moves`, handover);
    assert.equal(atStation.status, 409, JSON.stringify(atStation.body));
    const nashik = await signedIn(state, 'sho.nashik1', state, clock);
    const handed = await nashik.post(`/api/v1/cases/${fir.body.id}/property/${itemId}/moves`, handover);
    assert.equal(handed.status, 201, JSON.stringify(handed.body));
    await station.node.sync.client.runNow();
    const chain = (s: TestServer) => s.node.storage.db.selectFrom('property_moves').select(['seq', 'kind', 'place', 'station_code', 'at']).where('item_id', '=', itemId).orderBy('seq').execute();
    assert.deepEqual(await chain(station), await chain(state));
    assert.deepEqual(
      (await chain(state)).map((m) => [m.kind, m.station_code]),
      [
        ['received_into_malkhana', 'MH-PUN-PS01'],
        ['transferred_to_unit', 'MH-NSK-PS01'],
      ],
    );
    // The old station's register, at its own node, shows the item transferred out.
    const register = await (await signedIn(station, 'sho.pune1', state, clock)).get(`/api/v1/stations/MH-PUN-PS01/property-room/${itemId}`);
    assert.equal(register.status, 200, JSON.stringify(register.body));
    assert.equal(register.body.keptAt, 'MH-NSK-PS01');
  });
});
