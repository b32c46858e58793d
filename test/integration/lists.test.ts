/**
 * The lists officers look things up in (issue 13): accused by where they stand (search "accused by
 * status", the status from the custody records) and property-room items, each in a unit the
 * reader may read — a station officer cannot list another district — with protected persons left
 * out for a reader who may not see them, and bad queries refused with a sentence. Both engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { sha256Hex } from '../../src/util/hash.js';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, signedInClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, shown } from '../support/answers.js';
import { v7 as uuidv7 } from 'uuid';
import { ACCUSED_CANDIDATES } from '../../src/investigation/arrests.js';
import { ITEM_CANDIDATES } from '../../src/investigation/property-room.js';

type Hit = { person: { id: string; name: string }; accusedCode: string | null; status: string; since: string; productionDueAt: string | null; fir: { id: string; number: string } };
type Item = { id: string; number: string; description: string; sealNo: string | null; place: string; firId: string; stationCode: string };

describe(`lists: accused by status and property-room items (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const names = (body: { results: Hit[] }) => body.results.map((h) => h.person.name).sort();
  const accused = async (username: string, query: string) => {
    const r = await (await as(username)).get(`/api/v1/search/accused?${query}`);
    assert.equal(r.status, 200, `${username} ${query}: ${JSON.stringify(r.body)}`);
    return r.body as { unit: { code: string }; results: Hit[]; total: number };
  };
  const items = async (username: string, query: string) => {
    const r = await (await as(username)).get(`/api/v1/search/property?${query}`);
    assert.equal(r.status, 200, `${username} ${query}: ${JSON.stringify(r.body)}`);
    return r.body as { unit: { code: string }; results: Item[]; total: number };
  };

  let firId: string;
  let firNumber: string;
  let bikeId: string;
  const p: Record<string, string> = {};

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const ioId = (await server.node.users.byUsername('io.pune1'))!.id;
    const writer = await as('writer.pune1');
    const r = await writer.post(
      '/api/v1/firs',
      theftFir({
        accused: [
          person('Raju Shinde'),
          person('Sunita More', { gender: 'female', age: 30 }),
          person('Bablu Kamble', { age: 16 }),
          person('Vishal Pawar', { age: 28 }),
          person('Mahesh Gaikwad', { age: 40 }),
          person('Dinesh Jadhav', { age: 45 }),
          person('Kiran Salve', { age: 25 }),
        ],
      }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    firId = r.body.id;
    firNumber = r.body.number;
    const full = await (await as('sho.pune1')).get(`/api/v1/firs/${firId}`);
    for (const a of ok(full).body.accused) p[shown(a).name.split(' ')[0]!] = shown(a).id;
    assert.equal((await (await as('sho.pune1')).post(`/api/v1/cases/${firId}/assignment`, { ioUserId: ioId })).status, 200);
    clock.advance(10 * 3600); // 21:30 IST
    const io = await as('io.pune1');
    const memo = (personId: string, at: string, over: Record<string, unknown> = {}) => ({
      personId,
      outcome: 'arrested_sent_up',
      at,
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant.',
      personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: at },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
      ...over,
    });
    const court = { court: 'JMFC Baramati', orderReference: 'RA 12/2026' };
    for (const [body, what] of [
      [memo(p.Raju!, '2026-07-01T13:00:00+05:30', { outcome: 'surrendered_police_custody', ...court, custodyUntil: '2026-07-04T13:00:00+05:30' }), 'police custody'],
      [memo(p.Sunita!, '2026-07-01T13:10:00+05:30', { outcome: 'surrendered_judicial_custody', ...court }), 'judicial custody'],
      [memo(p.Kiran!, '2026-07-01T13:20:00+05:30', { outcome: 'arrested_bailed' }), 'police bail'],
      [memo(p.Vishal!, '2026-07-01T13:30:00+05:30'), 'arrested, not produced'],
      [memo(p.Bablu!, '2026-07-01T14:00:00+05:30'), 'a child arrested, not produced'],
    ] as const) {
      const a = await io.post(`/api/v1/cases/${firId}/arrests`, body);
      assert.equal(a.status, 201, `${what}: ${JSON.stringify(a.body)}`);
    }
    const absconding = await io.post(`/api/v1/cases/${firId}/absconding`, { personId: p.Mahesh, since: '2026-07-01T15:00:00+05:30', note: 'Not found at his house or his workplace.' });
    assert.equal(absconding.status, 201, JSON.stringify(absconding.body));
    const seized = await io.post(`/api/v1/cases/${firId}/seizures`, {
      seizedAt: '2026-07-01T16:00:00+05:30',
      place: 'House of the accused',
      items: [
        { description: 'Black Hero Splendor motorcycle', category: 'vehicle', quantity: '1', sealNo: 'PS01/S/17' },
        { description: 'Mobile phone taken from Bablu Kamble', category: 'mobile_phone', quantity: '1', device: { make: 'Samsung' } },
      ],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      video: { sha256: sha256Hex('lists test recording'), size: 20 },
      depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
    });
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    bikeId = seized.body.items[0]!.id;
    clock.advance(24 * 3600); // 2026-07-02 21:30 IST: the 24 hours of Vishal and the child have run out
  });
  after(() => server.close());

  test('accused by status: each status from the custody records, the overdue productions, the never arrested', async () => {
    const expect: Record<string, string[]> = {
      police_custody: ['Raju Shinde'],
      judicial_custody: ['Sunita More'],
      on_bail: ['Kiran Salve'],
      arrested: ['Bablu Kamble', 'Vishal Pawar'],
      production_overdue: ['Bablu Kamble', 'Vishal Pawar'],
      absconding: ['Mahesh Gaikwad'],
      // The complainant is not accused; the others each stand elsewhere.
      not_arrested: ['Dinesh Jadhav'],
    };
    for (const [status, want] of Object.entries(expect)) {
      const body = await accused('io.pune1', `status=${status}`);
      assert.equal(body.unit.code, 'MH-PUN-PS01', 'the reader’s own unit when none is named');
      assert.deepEqual(names(body), want, status);
      assert.equal(body.total, want.length);
    }
    const overdue = (await accused('io.pune1', 'status=production_overdue')).results.find((h) => h.person.name === 'Vishal Pawar')!;
    assert.equal(overdue.productionDueAt, '2026-07-02T08:00:00.000Z', '24 hours from the arrest at 13:30 IST');
    assert.equal(overdue.status, 'arrested');
    assert.equal(overdue.fir.id, firId);
    assert.match(overdue.accusedCode!, /^A\d$/);
    const raju = (await accused('io.pune1', 'status=police_custody')).results[0]!;
    assert.equal(raju.since, '2026-07-01T07:30:00.000Z', 'since the surrender and the order of police custody');
    const absconder = (await accused('io.pune1', 'status=absconding')).results[0]!;
    assert.equal(absconder.since, '2026-07-01T09:30:00.000Z');
    assert.equal(absconder.accusedCode, null, 'never arrested: no code yet');
  });

  test('filters: crime head, section, since when', async () => {
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&section=303')), ['Raju Shinde'], '303 finds 303(2)');
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&act=BNS&section=303(2)')), ['Raju Shinde']);
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&section=64')), []);
    const head = (await server.node.firs.get(firId))!.crimeHead;
    assert.ok(head, 'the FIR has a crime head');
    assert.deepEqual(names(await accused('sho.pune1', `status=police_custody&crimeHead=${encodeURIComponent(head)}`)), ['Raju Shinde']);
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&crimeHead=Murder')), []);
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&from=2026-07-01&to=2026-07-01')), ['Raju Shinde'], 'a day in IST, included whole');
    assert.deepEqual(names(await accused('sho.pune1', 'status=police_custody&from=2026-07-02')), []);
    assert.deepEqual(names(await accused('sho.pune1', 'status=absconding&to=2026-07-01T14:59:00%2B05:30')), [], 'absconding only from 15:00');
    assert.deepEqual(names(await accused('sho.pune1', 'status=not_arrested&from=2026-07-02')), [], 'never arrested: counted from the registration');
  });

  test('a protected person is left out for a reader who may not see them, and shown to those who may', async () => {
    for (const user of ['writer.pune1', 'sdpo.pune']) {
      for (const status of ['arrested', 'production_overdue']) {
        const body = await accused(user, `status=${status}&unit=MH-PUN-PS01`);
        assert.deepEqual(names(body), ['Vishal Pawar'], `${user} ${status}`);
        assert.equal(body.total, 1, 'not counted either');
        assert.ok(!JSON.stringify(body).includes(p.Bablu!) && !JSON.stringify(body).includes('Bablu'));
      }
    }
    assert.deepEqual(names(await accused('sho.pune1', 'status=arrested')), ['Bablu Kamble', 'Vishal Pawar'], 'the SHO may see the child');
    assert.deepEqual(names(await accused('sp.pune', 'status=arrested&unit=MH-PUN')), ['Bablu Kamble', 'Vishal Pawar'], 'and the SP, over the district');
    const audited = await server.node.storage.db.selectFrom('audit_log').select(['detail', 'target_unit']).where('action', '=', 'search.accused').orderBy('seq', 'desc').executeTakeFirstOrThrow();
    const detail = JSON.parse(audited.detail);
    assert.equal(detail.count, 2);
    assert.deepEqual(detail.terms, { status: 'arrested', unit: 'MH-PUN' });
  });

  test('unit scoping: a station officer cannot list another district, nor the district above', async () => {
    for (const [user, unit] of [
      ['sho.nashik1', 'MH-PUN-PS01'],
      ['sho.nashik1', 'MH-PUN'],
      ['sho.pune1', 'MH-PUN'],
      ['io.pune1', 'MH'],
    ] as const) {
      for (const url of [`/api/v1/search/accused?status=arrested&unit=${unit}`, `/api/v1/search/property?unit=${unit}&category=vehicle`]) {
        const r = await (await as(user)).get(url);
        assert.equal(r.status, 403, `${user} ${url}: ${JSON.stringify(r.body)}`);
        assert.ok(!JSON.stringify(r.body).includes('Vishal') && !JSON.stringify(r.body).includes('Splendor'));
      }
    }
    assert.deepEqual((await accused('sho.nashik1', 'status=arrested')).results, [], 'their own station has none');
    assert.equal((await items('sho.nashik1', 'category=vehicle')).total, 0);
    const denied = await server.node.storage.db.selectFrom('audit_log').select('action').where('outcome', '=', 'denied').where('target_unit', '=', 'MH-PUN').executeTakeFirst();
    assert.ok(denied, 'the refusal is audited');
    assert.equal((await (await as('sho.pune1')).get('/api/v1/search/accused?status=arrested&unit=MH-XXX-PS99')).status, 404);
  });

  test('property-room items: words of the description or seal, category, where it is now, FIR number', async () => {
    const short = `${Number(firNumber.split('/')[2])}/2026`;
    const ids = (b: { results: Item[] }) => b.results.map((i) => i.description).sort();
    assert.deepEqual(ids(await items('writer.pune1', 'q=splendor')), ['Black Hero Splendor motorcycle']);
    assert.deepEqual(ids(await items('writer.pune1', 'q=s%2F17')), ['Black Hero Splendor motorcycle'], 'the seal number');
    assert.deepEqual(ids(await items('writer.pune1', 'category=vehicle')), ['Black Hero Splendor motorcycle']);
    assert.equal((await items('writer.pune1', `fir=${encodeURIComponent(short)}`)).total, 2);
    assert.equal((await items('writer.pune1', `fir=${encodeURIComponent(firNumber)}`)).total, 2);
    assert.equal((await items('writer.pune1', 'fir=999/2026')).total, 0);
    assert.equal((await items('writer.pune1', 'place=fsl')).total, 0);
    const io = await as('io.pune1');
    const moved = await io.post(`/api/v1/cases/${firId}/property/${bikeId}/moves`, {
      kind: 'sent_to_fsl',
      at: '2026-07-02T10:00:00+05:30',
      receivedBy: { name: 'FSL clerk', designation: 'Receiving clerk, RFSL Pune' },
      destination: 'RFSL Pune',
      reference: 'FSL/PUN/12',
    });
    assert.equal(moved.status, 201, JSON.stringify(moved.body));
    const atFsl = await items('sp.pune', 'unit=MH-PUN&place=fsl');
    assert.deepEqual(ids(atFsl), ['Black Hero Splendor motorcycle']);
    assert.equal(atFsl.results[0]!.firId, firId, 'the item names its case');
    assert.equal((await items('sp.pune', 'unit=MH-PUN&place=malkhana')).total, 1);
  });

  test('property-room items: a name withheld from the reader finds nothing, and is not shown', async () => {
    for (const user of ['writer.pune1', 'sdpo.pune']) {
      const body = await items(user, `q=bablu&unit=MH-PUN-PS01`);
      assert.deepEqual(body.results, [], user);
      assert.equal(body.total, 0);
      const phone = await items(user, 'category=mobile_phone&unit=MH-PUN-PS01');
      assert.equal(phone.total, 1);
      assert.ok(!JSON.stringify(phone).includes('Bablu'), JSON.stringify(phone));
    }
    const io = await items('io.pune1', 'q=bablu');
    assert.equal(io.total, 1, 'the IO of the case reads the name, and finds it');
    assert.match(io.results[0]!.description, /Bablu Kamble/);
  });

  test('bad queries are refused with a sentence naming the field; nothing is audited as a search', async () => {
    const audits = async () =>
      Number(
        (
          await server.node.storage.db
            .selectFrom('audit_log')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('action', 'in', ['search.accused', 'search.property'])
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await audits();
    const sho = await as('sho.pune1');
    for (const [url, path] of [
      ['/api/v1/search/accused', 'status'],
      ['/api/v1/search/accused?status=jailed', 'status'],
      ['/api/v1/search/accused?status=arrested&from=yesterday', 'from'],
      ['/api/v1/search/accused?status=arrested&from=2026-07-02&to=2026-07-01', 'to'],
      ['/api/v1/search/accused?status=arrested&limit=0', 'limit'],
      ['/api/v1/search/accused?status=arrested&limit=abc', 'limit'],
      ['/api/v1/search/accused?status=arrested&section=%00', 'section'],
      ['/api/v1/search/accused?status=arrested&colour=red', ''],
      ['/api/v1/search/property', ''],
      ['/api/v1/search/property?q=a', 'q'],
      ['/api/v1/search/property?q=%2F%2F', 'q'],
      ['/api/v1/search/property?category=spaceship', 'category'],
      ['/api/v1/search/property?place=moon', 'place'],
      ['/api/v1/search/property?fir=twelve', 'fir'],
      ['/api/v1/search/property?q=phone&limit=201', 'limit'],
    ] as const) {
      const r = await sho.get(url);
      assert.equal(r.status, 400, `${url}: ${JSON.stringify(r.body)}`);
      assert.match(String(r.headers['content-type']), /application\/problem\+json/);
      assert.equal(typeof r.body.detail === 'string' || typeof r.body.title === 'string', true);
      if (path)
        assert.ok(
          (r.body.errors ?? []).some((e) => e.path === path && e.message.length > 5),
          `${url}: ${JSON.stringify(r.body)}`,
        );
    }
    assert.equal(await audits(), before, 'a refused query searched nothing');
  });
});

describe(`lists of a transferred case: the unit now investigating it finds its accused, the room keeping an item finds the item (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const userId = async (u: string) => (await server.node.users.byUsername(u))!.id;
  const search = async (username: string, url: string) => {
    const r = await (await as(username)).get(url);
    assert.equal(r.status, 200, `${username} ${url}: ${JSON.stringify(r.body)}`);
    return r.body as { unit: { code: string }; results: (Hit & Item & { keptAt: string })[]; total: number; truncated: boolean };
  };
  const accusedNames = async (username: string, query: string) => (await search(username, `/api/v1/search/accused?${query}`)).results.map((h) => h.person.name).sort();
  const itemNumbers = async (username: string, query: string) => (await search(username, `/api/v1/search/property?${query}`)).results.map((i) => [i.description, i.keptAt]);
  let firId: string;
  let phoneId: string;
  let bharatArrest: string;

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const fir = await (
      await as('sho.pune1')
    ).post('/api/v1/firs', theftFir({ ioUserId: await userId('io.pune1'), accused: [person('Ajay Lokhande', { age: 30 }), person('Bharat Sonawane', { age: 35 })] }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    firId = fir.body.id;
    const full = ok(await (await as('sho.pune1')).get(`/api/v1/firs/${firId}`)).body.accused.map((a) => shown(a));
    const idOf = (name: string) => full.find((a) => a.name === name)!.id;
    clock.advance(8 * 3600); // 19:30 IST
    const memo = (personId: string, at: string) => ({
      personId,
      outcome: 'arrested_sent_up',
      at,
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant.',
      personInformed: { name: 'Dattu Lokhande', relationship: 'father', informedAt: at },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    });
    // Arrested by the old station and not produced: the 24 hours run on into the transfer.
    assert.equal((await (await as('io.pune1')).post(`/api/v1/cases/${firId}/arrests`, memo(idOf('Ajay Lokhande'), '2026-07-01T19:00:00+05:30'))).status, 201);
    const seized = await (
      await as('io.pune1')
    ).post(`/api/v1/cases/${firId}/seizures`, {
      seizedAt: '2026-07-01T19:15:00+05:30',
      place: 'House of the accused',
      items: [{ description: 'Red Vivo mobile phone', category: 'mobile_phone', quantity: '1', sealNo: 'PS01/S/31', device: { make: 'Vivo' } }],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      video: { sha256: sha256Hex('transferred lists recording'), size: 20 },
      depositedWith: { userId: await userId('sho.pune1') },
    });
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    phoneId = seized.body.items[0]!.id;
    clock.advance(3600);
    assert.equal((await (await as('sho.pune1')).post(`/api/v1/cases/${firId}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' })).status, 200);
    // The receiving SHO investigates it himself: his arrest, and the court's remand entered after it.
    assert.equal((await (await as('sho.nashik1')).post(`/api/v1/cases/${firId}/assignment`, { ioUserId: await userId('sho.nashik1') })).status, 200);
    clock.advance(3600); // 21:30 IST
    const b = await (await as('sho.nashik1')).post(`/api/v1/cases/${firId}/arrests`, memo(idOf('Bharat Sonawane'), '2026-07-01T21:00:00+05:30'));
    assert.equal(b.status, 201, JSON.stringify(b.body));
    bharatArrest = b.body.arrests[0]!.id;
    clock.advance(12 * 3600); // 2026-07-02 09:30 IST
    assert.equal(
      (await (await as('sho.nashik1')).post(`/api/v1/cases/${firId}/arrests/${bharatArrest}/production`, { at: '2026-07-02T09:00:00+05:30', court: 'JMFC Niphad', magistrate: 'Shri A. Pawar' }))
        .status,
      200,
    );
    const remand = await (
      await as('sho.nashik1')
    ).post(`/api/v1/cases/${firId}/arrests/${bharatArrest}/custody`, {
      kind: 'judicial',
      from: '2026-07-02T09:15:00+05:30',
      court: 'JMFC Niphad',
      orderReference: 'RA 7/2026',
    });
    assert.equal(remand.status, 201, JSON.stringify(remand.body));
  });
  after(() => server.close());

  test('accused by status: the officers of the unit investigating the case find its accused; the station that sent it no longer does', async () => {
    assert.deepEqual(await accusedNames('sho.nashik1', 'status=arrested'), ['Ajay Lokhande'], 'arrested by the old station, the case now theirs');
    assert.deepEqual(await accusedNames('sho.nashik1', 'status=judicial_custody&unit=MH-NSK-PS01'), ['Bharat Sonawane']);
    assert.deepEqual(await accusedNames('scrb.mh', 'status=judicial_custody&unit=MH'), ['Bharat Sonawane'], 'and above the unit');
    for (const [user, query] of [
      ['sho.pune1', 'status=arrested'],
      ['io.pune1', 'status=judicial_custody'],
      ['sp.pune', 'status=judicial_custody&unit=MH-PUN'],
    ] as const)
      assert.deepEqual(await accusedNames(user, query), [], `${user} ${query}: the case left with its file`);
  });

  test('property-room items: the room keeping an item finds it; the register that numbered it lists it, but in none of its places', async () => {
    assert.deepEqual(await itemNumbers('sho.pune1', 'place=malkhana'), [['Red Vivo mobile phone', 'MH-PUN-PS01']], 'not handed over yet: still the old room’s');
    assert.deepEqual(await itemNumbers('sho.nashik1', 'category=mobile_phone'), [], 'not yet in the new room');
    const handed = await (
      await as('sho.nashik1')
    ).post(`/api/v1/cases/${firId}/property/${phoneId}/moves`, {
      kind: 'transferred_to_unit',
      at: clock.now().toISOString(),
      handedBy: { userId: await userId('sho.pune1') },
      receivedBy: { userId: await userId('sho.nashik1') },
      reference: 'Letter No. 12/2026',
    });
    assert.equal(handed.status, 201, JSON.stringify(handed.body));
    for (const query of ['category=mobile_phone', 'place=malkhana', 'q=vivo'])
      assert.deepEqual(await itemNumbers('sho.nashik1', query), [['Red Vivo mobile phone', 'MH-NSK-PS01']], `the new room: ${query}`);
    assert.deepEqual(await itemNumbers('sho.pune1', 'category=mobile_phone'), [['Red Vivo mobile phone', 'MH-NSK-PS01']], 'the old register: transferred out');
    assert.deepEqual(await itemNumbers('sho.pune1', 'place=malkhana'), [], 'in none of the old room’s places');
  });

  test('the dashboard: the unit investigating the case produces its arrested, watches their default bail and tells the victim; the sending station does not', async () => {
    const dashboard = async (username: string, code: string) => {
      const r = await (await as(username)).get(`/api/v1/stations/${code}/dashboard`);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      return ok(r).body.arrests;
    };
    type Due = Awaited<ReturnType<typeof dashboard>>['toProduce'][number];
    const onIt = (list: Due[]) => list.filter((x) => x.firId === firId).map((x) => shown(x.person).name);
    assert.deepEqual(onIt((await dashboard('sho.nashik1', 'MH-NSK-PS01')).toProduce), ['Ajay Lokhande']);
    assert.deepEqual(onIt((await dashboard('sho.pune1', 'MH-PUN-PS01')).toProduce), []);
    clock.advance((Date.parse('2026-08-25T12:00:00+05:30') - clock.now().getTime()) / 1000);
    assert.deepEqual(onIt((await dashboard('sho.nashik1', 'MH-NSK-PS01')).defaultBail), ['Bharat Sonawane'], 'remanded on 2 July: 60 days run out on 30 August');
    assert.deepEqual(onIt((await dashboard('sho.pune1', 'MH-PUN-PS01')).defaultBail), []);
    // The case's own clocks go the same way: telling the victim of the progress (BNSS 193(3)(ii), due 28 September).
    clock.advance((Date.parse('2026-09-20T12:00:00+05:30') - clock.now().getTime()) / 1000);
    const victims = async (username: string, code: string) => {
      const r = await (await as(username)).get(`/api/v1/stations/${code}/dashboard`);
      return ok(r)
        .body.victimsToInform.filter((v) => v.recordId === firId)
        .map((v) => v.clock.code);
    };
    assert.deepEqual(await victims('sho.nashik1', 'MH-NSK-PS01'), ['victim-progress-90d']);
    assert.deepEqual(await victims('sho.pune1', 'MH-PUN-PS01'), []);
  });
});

describe(`a search cut at its cap says so (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T11:00:00Z'); // 16:30 IST
  let sho: ApiClient;

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    sho = new ApiClient(server.app);
    await sho.signIn('sho.pune1', DEMO_PASSWORD, server.demo.users['sho.pune1']!.totpSecret, clock);
    const io = (await server.node.users.byUsername('io.pune1'))!.id;
    const fir = await sho.post('/api/v1/firs', theftFir({ ioUserId: io, accused: [person('Raju Shinde')] }));
    assert.equal(fir.status, 201, JSON.stringify(fir.body));
    const ioClient = new ApiClient(server.app);
    await ioClient.signIn('io.pune1', DEMO_PASSWORD, server.demo.users['io.pune1']!.totpSecret, clock);
    const seized = await ioClient.post(`/api/v1/cases/${fir.body.id}/seizures`, {
      seizedAt: '2026-07-01T16:00:00+05:30',
      place: 'A godown, Baramati',
      items: [{ description: 'Bicycle 0', category: 'vehicle', quantity: '1' }],
      witnesses: [{ name: 'Ganesh More' }, { name: 'Sunil Pawar' }],
      video: { sha256: sha256Hex('cap test recording'), size: 20 },
      depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
    });
    assert.equal(seized.status, 201, JSON.stringify(seized.body));
    const accused = ok(await sho.get(`/api/v1/firs/${fir.body.id}`)).body.accused.map((a) => shown(a).id)[0]!;
    const arrested = await ioClient.post(`/api/v1/cases/${fir.body.id}/arrests`, {
      personId: accused,
      outcome: 'arrested_sent_up',
      at: '2026-07-01T16:20:00+05:30',
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant.',
      personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: '2026-07-01T16:20:00+05:30' },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    });
    assert.equal(arrested.status, 201, JSON.stringify(arrested.body));
    // More rows than a search reads, straight into the read tables: a godown of bicycles, and an
    // accused arrested again and again.
    const db = server.node.storage.db;
    const item = await db.selectFrom('property_items').selectAll().where('fir_id', '=', fir.body.id).executeTakeFirstOrThrow();
    const arrest = await db.selectFrom('arrests').selectAll().where('fir_id', '=', fir.body.id).executeTakeFirstOrThrow();
    const many = <T>(n: number, row: (i: number) => T) => Array.from({ length: n }, (_, i) => row(i + 1));
    for (const rows of chunks(many(ITEM_CANDIDATES, (i) => ({ ...item, id: uuidv7(), item_no: item.item_no + i, description: `Bicycle ${i}` }))))
      await db.insertInto('property_items').values(rows).execute();
    const at = (i: number) => new Date(Date.parse(arrest.arrested_at) - i * 1000).toISOString();
    for (const rows of chunks(many(ACCUSED_CANDIDATES, (i) => ({ ...arrest, id: uuidv7(), accused_code: arrest.accused_code, arrested_at: at(i) }))))
      await db.insertInto('arrests').values(rows).execute();
  });
  after(() => server.close());

  test('more matched than a search reads: `truncated`, and the answer holds only the first page', async () => {
    const words = ok(await sho.get('/api/v1/search/property?q=bicycle&limit=20'));
    assert.equal(words.body.truncated, true, `${ITEM_CANDIDATES + 1} bicycles, ${ITEM_CANDIDATES} read`);
    assert.equal(words.body.total, ITEM_CANDIDATES);
    assert.equal(words.body.results.length, 20);
    const counted = ok(await sho.get('/api/v1/search/property?category=vehicle&limit=20'));
    assert.equal(counted.body.truncated, false, 'counted in full without words');
    assert.equal(counted.body.total, ITEM_CANDIDATES + 1);
    const fewer = ok(await sho.get('/api/v1/search/property?q=bicycle&fir=999/2026'));
    assert.deepEqual([fewer.body.total, fewer.body.truncated], [0, false]);
    const accused = ok(await sho.get('/api/v1/search/accused?status=arrested'));
    assert.equal(accused.body.truncated, true, `${ACCUSED_CANDIDATES + 1} arrest memos, ${ACCUSED_CANDIDATES} weighed`);
    const none = ok(await sho.get('/api/v1/search/accused?status=absconding'));
    assert.equal(none.body.truncated, false);
  });
});

function chunks<T>(rows: T[], size = 200): T[][] {
  return Array.from({ length: Math.ceil(rows.length / size) }, (_, i) => rows.slice(i * size, (i + 1) * size));
}
