import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { bearerClients } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { person, theftFir as baseTheftFir } from '../support/fir-bodies.js';
import { ok, type BodyTo } from '../support/answers.js';

const SPLENDOR = { registration: 'MH 12 AB 1234', engineNo: 'HA10EFB123456', chassisNo: 'MBLHA10EZB9K54321', make: 'Hero', model: 'Splendor Plus', colour: 'Black' };

/** A motorcycle theft at Baramati with the vehicle's numbers; tests override what they probe. */
function theftFir(overrides: Record<string, unknown> = {}) {
  return baseTheftFir({
    place: { address: 'Near Bhigwan Chowk, Baramati', beat: 'B-3' },
    sections: [{ act: 'BNS', section: '303(2)' }],
    unknownAccused: undefined,
    accused: [person('Raju Shinde', { phones: ['020-2612 3456'] })],
    properties: [{ description: 'Hero Splendor motorcycle', category: 'vehicle', value: 65000, vehicle: SPLENDOR }],
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house during the night. शिकायतकर्ता ने बताया कि उसकी मोटरसाइकिल रात में घर के बाहर से चोरी हो गई।',
    ...overrides,
  });
}

describe(`record search (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = bearerClients(() => server, 'record search');
  const search = async <U extends string>(username: string, url: U): Promise<BodyTo<'GET', U>> => {
    const r = await (await as(username)).get(url);
    return ok(r, 200, `${url}: ${JSON.stringify(r.body)}`).body;
  };
  let theft: { id: string; number: string };

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const r = await (await as('writer.pune1')).post('/api/v1/firs', theftFir());
    assert.equal(r.status, 201, JSON.stringify(r.body));
    theft = { id: r.body.id, number: r.body.number };
    assert.equal(theft.number, 'MH-PUN-PS01/2026/0001');
    assert.deepEqual(r.body.properties[0]!.vehicle, SPLENDOR, 'the vehicle is kept as entered');
  });
  after(() => server.close());

  test('vehicles: the registration in any writing, and the start or end of its numbers', async () => {
    for (const q of ['mh12ab1234', 'MH-12-AB-1234', 'MH 12 AB 1234', 'mh 12 ab १२३४', 'AB1234', 'MH12AB']) {
      const body = await search('writer.pune1', `/api/v1/search/vehicles?q=${encodeURIComponent(q)}`);
      assert.equal(body.results.length, 1, q);
      const hit = body.results[0];
      assert.deepEqual(hit!.fir, {
        id: theft.id,
        number: theft.number,
        shortNumber: '1/2026',
        station: { code: 'MH-PUN-PS01', nameEn: 'Baramati Kasba Police Station (Demo)', nameHi: 'बारामती कसबा पुलिस थाना (डेमो)' },
        registeredAt: '2026-07-01T06:00:00.000Z',
        status: 'registered',
      });
      assert.deepEqual(hit!.vehicle, SPLENDOR);
      assert.equal(hit!.matchedOn, 'registration', q);
      assert.deepEqual(body.elsewhere, []);
    }
    const chassis = await search('writer.pune1', '/api/v1/search/vehicles?q=9k54321');
    assert.deepEqual(
      chassis.results.map((h: { fir: { id: string }; matchedOn: string }) => [h.fir.id, h.matchedOn]),
      [[theft.id, 'chassisNo']],
      'the last characters of the chassis number',
    );
    const engine = await search('writer.pune1', '/api/v1/search/vehicles?q=HA10E');
    assert.deepEqual(
      engine.results.map((h: { fir: { id: string }; matchedOn: string }) => [h.fir.id, h.matchedOn]),
      [[theft.id, 'engineNo']],
      'the first characters of the engine number',
    );
    for (const q of ['MH12AB1235', 'FB1234', 'ZB9K5432']) {
      assert.deepEqual((await search('writer.pune1', `/api/v1/search/vehicles?q=${q}`)).results, [], `${q}: neither start nor end`);
    }
  });

  test('phones: with or without +91 or 0, spaces or dashes', async () => {
    for (const q of ['+91 98220 12345', '098220-12345', '9822012345', '+91-9822012345']) {
      const body = await search('writer.pune1', `/api/v1/search/phones?q=${encodeURIComponent(q)}`);
      assert.equal(body.results.length, 1, q);
      const hit = body.results[0];
      assert.equal(hit!.person.name, 'Suresh Pawar');
      assert.deepEqual(hit!.person.phones, ['+91 98220 12345']);
      assert.deepEqual(hit!.records, [{ recordType: 'fir', recordId: theft.id, role: 'complainant', number: theft.number, stationCode: 'MH-PUN-PS01' }]);
      assert.deepEqual(body.elsewhere, []);
    }
    const landline = await search('writer.pune1', `/api/v1/search/phones?q=${encodeURIComponent('+91 20 26123456')}`);
    assert.deepEqual(
      landline.results.map((h: { person: { name: string }; records: { role: string }[] }) => [h.person.name, h.records[0]!.role]),
      [['Raju Shinde', 'accused']],
    );
    assert.deepEqual((await search('writer.pune1', '/api/v1/search/phones?q=9822012346')).results, []);
  });

  test('FIRs: by number, station, year, section, dates, place, status', async () => {
    const ids = async (query: string) => (await search('writer.pune1', `/api/v1/search/firs?${query}`)).results.map((r: { id: string }) => r.id);
    for (const q of ['number=1/2026', 'number=0001/2026', 'number=1', `number=${encodeURIComponent(theft.number)}`, 'number=1/26']) assert.deepEqual(await ids(q), [theft.id], q);
    assert.deepEqual(await ids('number=2/2026'), []);
    assert.deepEqual(await ids('number=1/2025'), []);
    assert.deepEqual(await ids('station=mh-pun-ps01&year=2026'), [theft.id]);
    assert.deepEqual(await ids('year=2025'), []);
    assert.deepEqual(await ids('act=BNS&section=303(2)'), [theft.id]);
    assert.deepEqual(await ids('act=bns&section=303'), [theft.id], '303 finds its sub-sections');
    assert.deepEqual(await ids('section=303%282%29'), [theft.id]);
    assert.deepEqual(await ids('act=IPC&section=303'), []);
    assert.deepEqual(await ids('act=BNS&section=64'), []);
    assert.deepEqual(await ids('from=2026-07-01&to=2026-07-01'), [theft.id], 'a day is included whole (IST)');
    assert.deepEqual(await ids(`from=${encodeURIComponent('2026-07-01T11:00:00+05:30')}&to=${encodeURIComponent('2026-07-01T12:00:00+05:30')}`), [theft.id]);
    assert.deepEqual(await ids('from=2026-07-02'), []);
    assert.deepEqual(await ids('to=2026-06-30'), []);
    assert.deepEqual(await ids('place=bhigwan'), [theft.id]);
    assert.deepEqual(await ids('place=b-3'), [theft.id], 'the beat is part of the place');
    assert.deepEqual(await ids('place=nashik'), []);
    assert.deepEqual(await ids('status=registered&station=MH-PUN-PS01'), [theft.id]);
    assert.deepEqual(await ids('status=transferred'), []);
    const row = (await search('writer.pune1', '/api/v1/search/firs?number=1/2026')).results[0]!;
    for (const k of ['number', 'stationCode', 'registeredAt', 'status', 'lawCode', 'sections', 'principal', 'sensitive', 'complainantName', 'place', 'version'])
      assert.ok(k in row, `the FIR list item's ${k}`);
    assert.equal(row.complainantName, 'Suresh Pawar');
    assert.equal(row.snippet, null, 'no words, no extract');
  });

  test('FIRs: words of the brief facts, in English and in Devanagari', async () => {
    const hits = async (text: string) => (await search('writer.pune1', `/api/v1/search/firs?text=${encodeURIComponent(text)}` as const)).results;
    const en = await hits('Motorcycle STOLEN');
    assert.deepEqual(
      en.map((r: { id: string }) => r.id),
      [theft.id],
    );
    assert.match(en[0]!.snippet!, /motorcycle was stolen/);
    const hi = await hits('मोटरसाइकिल चोरी');
    assert.deepEqual(
      hi.map((r: { id: string }) => r.id),
      [theft.id],
    );
    assert.match(hi[0]!.snippet!, /मोटरसाइकिल/);
    assert.deepEqual(
      (await hits('शिकायतकर्ता')).map((r: { id: string }) => r.id),
      [theft.id],
      'a word with a virama',
    );
    assert.deepEqual(await hits('चोर'), [], 'whole words: चोर is not चोरी');
    assert.deepEqual(await hits('motorcycle bicycle'), [], 'every word must occur');
    assert.deepEqual(await hits('"motorcycle" OR NEAR(x) *'), [], 'search syntax is not interpreted');
    assert.deepEqual(
      (await hits('"motorcycle"')).map((r: { id: string }) => r.id),
      [theft.id],
    );
    const both = await search('writer.pune1', '/api/v1/search/firs?text=stolen&place=baramati&act=BNS&section=303');
    assert.deepEqual(
      both.results.map((r: { id: string }) => r.id),
      [theft.id],
      'filters combine',
    );
  });

  test('another district: only hit/no-hit, naming the holding station and its telephone', async () => {
    const expected = [{ unitCode: 'MH-PUN-PS01', unitName: 'Baramati Kasba Police Station (Demo)', unitNameHi: 'बारामती कसबा पुलिस थाना (डेमो)', contact: '+91 2112 000001 (demo)', count: 1 }];
    for (const url of ['/api/v1/search/vehicles?q=MH12AB1234', '/api/v1/search/phones?q=9822012345', '/api/v1/search/firs?text=motorcycle', '/api/v1/search/firs?number=1/2026'] as const) {
      const body = await search('sho.nashik1', url);
      assert.deepEqual(body.results, [], url);
      assert.equal(body.total, 0);
      assert.deepEqual(body.elsewhere, expected, url);
      const text = JSON.stringify(body);
      for (const secret of ['Suresh', theft.id, 'Splendor', 'motorcycle was', '98220']) assert.ok(!text.includes(secret), `${url}: nothing of the record (${secret})`);
    }
    const none = await search('sho.nashik1', '/api/v1/search/vehicles?q=MH15ZZ9999');
    assert.deepEqual(none, { results: [], total: 0, elsewhere: [] }, 'no hit anywhere');
    const sp = await search('sp.pune', '/api/v1/search/vehicles?q=MH12AB1234');
    assert.equal(sp.results.length, 1, 'the SP of the district sees the FIR of a station below');
    assert.deepEqual(sp.elsewhere, []);
  });

  test('searches are audited with the terms, the count and the ids shown', async () => {
    const db = server.node.storage.db;
    const last = async (action: string, username: string) =>
      db.selectFrom('audit_log').selectAll().where('action', '=', action).where('actor_username', '=', username).orderBy('seq', 'desc').executeTakeFirstOrThrow();
    await search('io.pune1', '/api/v1/search/vehicles?q=MH-12-AB-1234');
    let row = await last('search.vehicles', 'io.pune1');
    assert.equal(row.outcome, 'success');
    assert.equal(row.target_unit, 'MH-PUN-PS01');
    assert.deepEqual(JSON.parse(row.detail), { terms: { q: 'MH-12-AB-1234', registration: 'MH12AB1234', fragment: 'MH12AB1234' }, count: 1, ids: [theft.id] });
    const person = (await search('io.pune1', '/api/v1/search/phones?q=098220-12345')).results[0]!.person.id;
    row = await last('search.phones', 'io.pune1');
    assert.deepEqual(JSON.parse(row.detail), { terms: { q: '098220-12345', phone: '9822012345' }, count: 1, ids: [person] });
    await search('io.pune1', '/api/v1/search/firs?section=303&text=stolen');
    row = await last('search.firs', 'io.pune1');
    assert.deepEqual(JSON.parse(row.detail), { terms: { section: '303', text: 'stolen' }, count: 1, ids: [theft.id] });
    await search('sho.nashik1', '/api/v1/search/vehicles?q=mh12ab1234');
    row = await last('search.vehicles', 'sho.nashik1');
    assert.deepEqual(JSON.parse(row.detail), { terms: { q: 'mh12ab1234', registration: 'MH12AB1234', fragment: 'MH12AB1234' }, count: 0, ids: [], elsewhere: [{ unitCode: 'MH-PUN-PS01', count: 1 }] });
    assert.ok(!row.detail.includes('Splendor'), 'ids, not contents');
  });

  test('an amendment re-indexes: the old numbers and words are gone, the new ones found', async () => {
    const io = await as('io.pune1');
    const reg = await io.post(
      '/api/v1/firs',
      theftFir({
        complainant: person('Anil More'),
        accused: [],
        properties: [{ description: 'Bajaj Pulsar', vehicle: { registration: 'MH 42 XY 7777' } }],
        briefFacts: 'A Pulsar was taken from the market.',
      }),
    );
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    const vehicles = async (q: string) => (await search('io.pune1', `/api/v1/search/vehicles?q=${q}`)).results.map((h: { fir: { id: string } }) => h.fir.id);
    const words = async (t: string) => (await search('io.pune1', `/api/v1/search/firs?text=${encodeURIComponent(t)}`)).results.map((r: { id: string }) => r.id);
    assert.deepEqual(await vehicles('MH42XY7777'), [reg.body.id]);
    const am = await io.post(`/api/v1/firs/${reg.body.id}/amendments`, {
      reason: 'Registration number corrected from the RC book',
      properties: [{ description: 'Bajaj Pulsar', vehicle: { registration: 'MH 42 XY 7778', chassisNo: 'MD2A11CZ5KCA00001' } }],
      briefFacts: 'A Pulsar was taken from the weekly bazaar.',
      sections: [
        { act: 'BNS', section: '303(2)' },
        { act: 'BNS', section: '317(2)' },
      ],
    });
    assert.equal(am.status, 200, JSON.stringify(am.body));
    assert.deepEqual(await vehicles('MH42XY7777'), []);
    assert.deepEqual(await vehicles('MH42XY7778'), [reg.body.id]);
    assert.deepEqual(await vehicles('A00001'), [reg.body.id]);
    assert.deepEqual(await words('market'), []);
    assert.deepEqual(await words('bazaar'), [reg.body.id]);
    assert.deepEqual(
      (await search('io.pune1', '/api/v1/search/firs?act=BNS&section=317')).results.map((r: { id: string }) => r.id),
      [reg.body.id],
    );
  });

  test('protected persons are never found by phone; sensitive cases give those who may not see identities an extract without the names', async () => {
    const sho = await as('sho.pune1');
    const reg = await sho.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '64' }],
        complainant: person('Meena Jadhav', { gender: 'female', age: 29, phones: ['+91 90000 11111'] }),
        accused: [person('Kishor Bhosale', { phones: ['+91 90000 22222'] })],
        properties: [],
        briefFacts: 'Statement of Meena recorded by a woman officer at the station.',
      }),
    );
    assert.equal(reg.status, 201, JSON.stringify(reg.body));
    assert.equal(reg.body.sensitive, true);
    const writer = await search('writer.pune1', '/api/v1/search/phones?q=9000011111');
    assert.deepEqual(writer, { results: [], total: 0, elsewhere: [] }, 'the complainant in a sexual-offence case is not there at all');
    const outside = await search('sho.nashik1', '/api/v1/search/phones?q=9000011111');
    assert.deepEqual(outside, { results: [], total: 0, elsewhere: [] }, 'nor is a hit reported elsewhere');
    const sho1 = await search('sho.pune1', '/api/v1/search/phones?q=9000011111');
    assert.deepEqual(
      sho1.results.map((h: { person: { name: string } }) => h.person.name),
      ['Meena Jadhav'],
      'the SHO may see identities',
    );
    const accused = await search('writer.pune1', '/api/v1/search/phones?q=9000022222');
    assert.deepEqual(
      accused.results.map((h: { person: { name: string } }) => h.person.name),
      ['Kishor Bhosale'],
      'the accused is not protected',
    );
    const firWriter = await search('writer.pune1', '/api/v1/search/firs?text=woman+officer');
    assert.deepEqual(
      firWriter.results.map((r) => [r.id, r.snippet, r.complainantName]),
      [[reg.body.id, 'Statement of [name withheld] recorded by a woman officer at the station.', null]],
    );
    assert.ok(!JSON.stringify(firWriter).includes('Meena'));
    const firSho = await search('sho.pune1', '/api/v1/search/firs?text=woman+officer');
    assert.match(firSho.results[0]!.snippet!, /woman officer/);
  });

  test('rebuild empties and refills the search index (FTS5 virtual table included)', async () => {
    const urls = [
      '/api/v1/search/vehicles?q=MH12AB1234',
      '/api/v1/search/vehicles?q=9k54321',
      '/api/v1/search/phones?q=9822012345',
      '/api/v1/search/firs?text=मोटरसाइकिल',
      '/api/v1/search/firs?act=BNS&section=303&place=bhigwan',
    ] as const;
    const before: BodyTo<'GET', (typeof urls)[number]>[] = [];
    for (const u of urls) before.push(await search('writer.pune1', u));
    for (const b of before) assert.ok(b.results.length > 0);
    await server.node.events.rebuild();
    for (const [i, u] of urls.entries()) assert.deepEqual(await search('writer.pune1', u), before[i], u);
  });

  test('results stay within the limit; the total counts all inside matches', async () => {
    const body = await search('writer.pune1', '/api/v1/search/firs?station=MH-PUN-PS01&limit=1');
    assert.equal(body.results.length, 1);
    assert.ok(body.total >= 3, `total ${body.total}`);
    const all = await search('writer.pune1', '/api/v1/search/firs?station=MH-PUN-PS01&limit=200');
    assert.equal(all.results.length, body.total);
    assert.deepEqual(
      all.results.map((r: { registeredAt: string }) => r.registeredAt),
      [...all.results.map((r: { registeredAt: string }) => r.registeredAt)].sort().reverse(),
      'newest first',
    );
  });

  test('the OpenAPI document lists the searches', async () => {
    const doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    for (const p of ['/api/v1/search/vehicles', '/api/v1/search/phones', '/api/v1/search/firs']) assert.ok(doc.paths[p]?.get, p);
    const params = doc.paths['/api/v1/search/firs'].get.parameters.map((x: { name: string }) => x.name);
    assert.deepEqual(params, ['number', 'station', 'year', 'act', 'section', 'from', 'to', 'place', 'status', 'text', 'limit']);
  });
});
