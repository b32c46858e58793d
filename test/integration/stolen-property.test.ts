/**
 * The stolen vehicle and mobile phone registers (issue 14): a vehicle or handset named in an FIR
 * whose crime head reference/law/stolen-property.json lists checks as stolen by any of its numbers,
 * in any writing, and as recovered once an item seized in the case is it; outside the jurisdiction
 * only the public part, and nothing of a case with a protected person. Both engines.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { bearerClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok } from '../support/answers.js';

const BIKE = { registration: 'MH 12 XY 4321', engineNo: 'HA10EFB777001', chassisNo: 'MBLHA10EZC9K70001', make: 'Hero', model: 'Splendor Plus', colour: 'Red' };
/** 490154203237518 (a valid IMEI), written as a box or a Hindi keyboard might. */
const IMEI = '490154203237518';
const IMEI_WRITINGS = ['490154203237518', '49 015420 323751 8', '49-015420-323751-8', '४९०१५४२०३२३७५१८'];
const OTHER_IMEI = '356938035643809';
const BAD_IMEI = '490154203237519';

describe(`stolen vehicle and mobile phone registers (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = bearerClients(() => server, 'stolen property');
  const check = async (username: string, q: string) => {
    const r = await (await as(username)).get(`/api/v1/stolen-property/check?${q}`);
    assert.equal(r.status, 200, `${q}: ${JSON.stringify(r.body)}`);
    return r.body;
  };
  const count = async (table: 'firs' | 'events' | 'property_items') =>
    Number(
      (
        await server.node.storage.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  let theft: { id: string; number: string };
  let childCase: string;

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const writer = await as('writer.pune1');
    let r = await writer.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '303(2)' }],
        properties: [
          { description: 'Hero Splendor motorcycle', category: 'vehicle', value: 65000, vehicle: BIKE },
          { description: 'Samsung phone', category: 'mobile_phone', value: 12000, mobilePhone: { imei: '49 0154 2032 3751 8', imei2: OTHER_IMEI, make: 'Samsung', model: 'A12' } },
        ],
      }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    theft = { id: r.body.id, number: r.body.number };
    assert.equal(r.body.properties[1]!.mobilePhone!.imei, IMEI, 'the IMEI is kept as its 15 digits');
    // Hurt, not theft: the same kind of vehicle named in it is not on the register.
    r = await writer.post(
      '/api/v1/firs',
      theftFir({ sections: [{ act: 'BNS', section: '115(2)' }], properties: [{ description: 'Motorcycle of the accused', category: 'vehicle', vehicle: { registration: 'MH 12 HU 1111' } }] }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    // A robbery of a child's phone: a protected person on the case.
    r = await writer.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '309(4)' }],
        victims: [person('Aarav Kale', { age: 15 })],
        properties: [{ description: 'Phone of the child', category: 'mobile_phone', mobilePhone: { imei: '353918057592830' } }],
      }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    childCase = r.body.id;
  });
  after(() => server.close());

  test('a stolen vehicle checks as stolen by registration, engine or chassis number in any writing', async () => {
    for (const q of [
      'registration=mh12xy4321',
      'registration=MH-12-XY-4321',
      `registration=${encodeURIComponent('mh 12 xy ४३२१')}`,
      'engine=ha10efb777001',
      'chassis=MBLHA10EZC9K70001',
      `chassis=${encodeURIComponent('mblha10ezc 9k 70001')}`,
    ]) {
      const body = await check('writer.pune1', q);
      assert.equal(body.state, 'stolen', q);
      assert.deepEqual(body.reports, [
        {
          kind: 'vehicle',
          state: 'stolen',
          firNumber: theft.number,
          station: { code: 'MH-PUN-PS01', nameEn: 'Baramati Kasba Police Station (Demo)', nameHi: 'बारामती कसबा पुलिस थाना (डेमो)' },
          reportedAt: '2026-07-01T06:00:00.000Z',
          recoveredAt: null,
        },
      ]);
      assert.equal(body.records.length, 1, q);
      assert.deepEqual(body.records[0]!.vehicle, BIKE);
      assert.equal(body.records[0]!.firId, theft.id);
    }
    assert.equal((await check('writer.pune1', 'registration=MH12HU1111')).state, 'not_recorded', 'a vehicle in a hurt case is not stolen property');
    assert.equal((await check('writer.pune1', 'registration=MH12XY4322')).state, 'not_recorded');
  });

  test('a stolen phone checks by either IMEI, written with spaces, dashes or Devanagari digits', async () => {
    for (const w of [...IMEI_WRITINGS, OTHER_IMEI]) {
      const body = await check('writer.pune1', `imei=${encodeURIComponent(w)}`);
      assert.equal(body.state, 'stolen', w);
      assert.deepEqual(body.checked, { by: 'imei', number: w === OTHER_IMEI ? OTHER_IMEI : IMEI });
      assert.deepEqual(
        body.reports.map((x: { kind: string; firNumber: string }) => [x.kind, x.firNumber]),
        [['mobile_phone', theft.number]],
      );
    }
  });

  test('outside the jurisdiction: the FIR number, station and date only; nothing of a case with a protected person', async () => {
    const body = await check('sho.nashik1', 'registration=MH12XY4321');
    assert.equal(body.state, 'stolen');
    assert.equal(body.reports[0]!.firNumber, theft.number);
    assert.deepEqual(body.records, [], 'no case details, no vehicle as entered');
    assert.doesNotMatch(JSON.stringify(body), /Suresh|Pawar|Bhigwan/);
    // The child's case: seen at its own station, not even as a hit elsewhere.
    assert.equal((await check('writer.pune1', 'imei=353918057592830')).reports.length, 1);
    const outside = await check('sho.nashik1', 'imei=353918057592830');
    assert.deepEqual([outside.state, outside.reports, outside.records], ['not_recorded', [], []]);
  });

  test('recovered once an item seized in the case is it: the vehicle by recoversProperty, the phone by its IMEI', async () => {
    const io = await as('io.pune1');
    const sho = await as('sho.pune1');
    const ioId = (await server.node.users.byUsername('io.pune1'))!.id;
    const shoId = (await server.node.users.byUsername('sho.pune1'))!.id;
    assert.equal((await sho.post(`/api/v1/cases/${theft.id}/assignment`, { ioUserId: ioId })).status, 200);
    clock.advance(8 * 3600);
    const memo = (items: unknown[]) => ({
      seizedAt: '2026-07-01T18:00:00+05:30',
      place: 'Scrap yard, Bhigwan road',
      items,
      witnesses: [{ name: 'Ganesh More', address: 'Bhigwan road' }, { name: 'Sunil Pawar' }],
      depositedWith: { userId: shoId },
    });
    // Bad input first: nothing written.
    const before = [await count('events'), await count('property_items')];
    const bad = await io.post(`/api/v1/cases/${theft.id}/seizures`, memo([{ description: 'Motorcycle', category: 'vehicle', quantity: '1', recoversProperty: 2 }]));
    assert.equal(bad.status, 400, JSON.stringify(bad.body));
    assert.match(JSON.stringify(bad.body), /recoversProperty.*not a property of this FIR/);
    assert.deepEqual([await count('events'), await count('property_items')], before);

    const r = await io.post(`/api/v1/cases/${theft.id}/seizures`, memo([{ description: 'Red Hero Splendor, number plate removed', category: 'vehicle', quantity: '1', recoversProperty: 0 }]));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const vehicle = await check('sho.nashik1', 'chassis=MBLHA10EZC9K70001');
    assert.equal(vehicle.state, 'recovered');
    assert.equal(vehicle.reports[0]!.recoveredAt, '2026-07-01T12:30:00.000Z');
    assert.equal((await check('writer.pune1', `imei=${IMEI}`)).state, 'stolen', 'the phone of the same FIR is still missing');

    const p = await io.post(`/api/v1/cases/${theft.id}/seizures`, memo([{ description: 'Samsung phone', category: 'mobile_phone', quantity: '1', device: { make: 'Samsung', imei: OTHER_IMEI } }]));
    assert.equal(p.status, 201, JSON.stringify(p.body));
    const phone = await check('writer.pune1', `imei=${IMEI}`);
    assert.equal(phone.state, 'recovered', 'seized by its second IMEI');
    assert.equal(phone.records[0]!.recoveredItemId, p.body.items[0]!.id);
  });

  test('the station register lists its stolen vehicles and phones with their state; another station may not read it', async () => {
    const r = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/stolen-property');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.deepEqual(r.body.counts, { vehicles: { stolen: 0, recovered: 1 }, mobilePhones: { stolen: 1, recovered: 1 } });
    assert.deepEqual(r.body.items.map((i: { firNumber: string; kind: string; state: string }) => [i.kind, i.state]).sort(), [
      ['mobile_phone', 'recovered'],
      ['mobile_phone', 'stolen'],
      ['vehicle', 'recovered'],
    ]);
    const stolen = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/stolen-property?state=stolen&kind=mobile_phone');
    assert.deepEqual(
      ok(stolen).body.items.map((i) => i.firId),
      [childCase],
    );
    const dashboard = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard');
    assert.deepEqual(ok(dashboard).body.stolenProperty, r.body.counts, 'the dashboard counts the register');
    assert.equal((await (await as('sho.nashik1')).get('/api/v1/stations/MH-PUN-PS01/stolen-property')).status, 403);
    assert.equal((await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/stolen-property?state=lost')).status, 400);
  });

  test('bad input: a 400 naming the field, nothing written', async () => {
    const writer = await as('writer.pune1');
    for (const [q, field] of [
      [`imei=${BAD_IMEI}`, 'imei'],
      ['imei=12345', 'imei'],
      ['registration=MH12XY4321&imei=490154203237518', 'registration'],
      ['', 'registration'],
      ['engine=ab', 'engine'],
      ['colour=red', ''],
    ] as const) {
      const r = await writer.get(`/api/v1/stolen-property/check?${q}`);
      assert.equal(r.status, 400, `${q}: ${JSON.stringify(r.body)}`);
      assert.match(JSON.stringify(r.body), new RegExp(field), q);
    }
    const firs = await count('firs');
    const r = await writer.post('/api/v1/firs', theftFir({ properties: [{ description: 'Phone', mobilePhone: { imei: BAD_IMEI } }] }));
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(JSON.stringify(r.body), /properties\.0\.mobilePhone\.imei/);
    assert.match(JSON.stringify(r.body), /check digit/);
    assert.equal(await count('firs'), firs);
  });
});
