import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { seedDemoCases } from '../../src/demo/cases.js';
import { ManualClock } from '../../src/util/clock.js';
import { ok } from '../support/answers.js';
import { bearerClients } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/**
 * The demo node (`npm start`) has something to show for every part of the case file: a new user
 * signing in as the SHO or the IO of Baramati finds investigations in every state, made through
 * the same services and rules as the API's.
 */
describe(`the demo's sample cases and their investigations (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-11-20T06:00:00Z');
  const as = bearerClients(() => server, 'demo-data');

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    assert.equal(await seedDemoCases(server.node), 6);
  });
  after(async () => server?.close());

  test('the NC register of Baramati: a report this fortnight, and last fortnight’s diary owed to the Magistrate', async () => {
    const dash = ok(await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard')).body;
    assert.equal(dash.ncReports.thisFortnight, 1);
    assert.deepEqual(
      dash.ncReports.diariesOwed.map((d) => [d.fortnight.start, d.reports, d.overdue]),
      [['2026-11-01', 1, true]],
    );
    const list = ok(await (await as('writer.pune1')).get('/api/v1/nc-reports?station=MH-PUN-PS01')).body;
    assert.deepEqual(
      list.reports.map((r) => r.number),
      ['NC 2/2026', 'NC 1/2026'],
    );
  });

  test('the stolen property registers: a motorcycle still stolen, the seized one recovered, a phone by its IMEI', async () => {
    const sho = await as('sho.pune1');
    const state = async (q: string) => ok(await sho.get(`/api/v1/stolen-property/check?${q}`)).body.state;
    assert.equal(await state('registration=MH15GK4417'), 'stolen');
    assert.equal(await state('registration=mh-12-ab-1234'), 'recovered');
    assert.equal(await state('imei=861234056789012'), 'stolen');
  });

  test('seeding twice adds nothing', async () => {
    assert.equal(await seedDemoCases(server.node), 0);
  });

  test('the station dashboard has an arrest to produce today and a default bail near; the SP sees them too', async () => {
    for (const user of ['sho.pune1', 'sp.pune']) {
      const dash = ok(await (await as(user)).get('/api/v1/stations/MH-PUN-PS01/dashboard')).body;
      assert.equal(dash.arrests.toProduce.length, 1, user);
      assert.equal(dash.arrests.toProduce[0]!.clock.status, 'running');
      assert.equal(dash.arrests.defaultBail.length, 1, user);
      assert.match(dash.arrests.defaultBail[0]!.clock.status, /due_soon|running/);
    }
  });

  test('a case under investigation shows every step: IO, crime details, arrest and remand, seizure with its video, the FSL and back, the diary', async () => {
    const list = ok(await (await as('sho.pune1')).get('/api/v1/firs?station=MH-PUN-PS01')).body;
    const io = await as('io.pune1');
    const files = await Promise.all(list.firs.map(async (f) => ok(await io.get(`/api/v1/cases/${f.id}`)).body));
    const ioId = (await server.node.users.byUsername('io.pune1'))!.id;
    assert.equal(files.length, 4);
    assert.ok(
      files.every((f) => f.io?.id === ioId),
      'every Baramati case has its IO',
    );
    const active = files.find((f) => f.property.length === 2)!;
    assert.ok(active, 'a case with two seized items');
    assert.ok(active.crimeDetails);
    assert.equal(active.diaryEntries, 2);
    assert.deepEqual(
      active.accused.map((a) => a.status),
      ['judicial_custody', 'not_arrested'],
    );
    const phone = active.property.find((p) => p.category === 'mobile_phone')!;
    assert.equal(phone.place, 'malkhana');
    const chain = ok(await (await as('sho.pune1')).get(`/api/v1/stations/MH-PUN-PS01/property-room/${phone.id}`)).body;
    assert.deepEqual(
      chain.chain.map((m) => m.kind),
      ['received_into_malkhana', 'sent_to_fsl', 'returned_to_malkhana'],
    );
    const charged = files.find((f) => f.finalReports.length)!;
    assert.equal(charged.finalReports[0]!.status, 'filed');
    assert.equal(charged.court.case?.courtCaseNo, 'RCC 118/2026');
  });

  test('an unidentified body at Nashik, another district than Baramati, its inquest clock running on the dashboard', async () => {
    const sho = await as('sho.nashik1');
    const list = ok(await sho.get('/api/v1/unnatural-deaths?status=unidentified')).body.unnaturalDeaths;
    assert.equal(list.length, 1);
    assert.equal(list[0]!.stationCode, 'MH-NSK-PS01');
    assert.equal(list[0]!.clocks[0]!.status, 'running');
    const dash = ok(await sho.get('/api/v1/stations/MH-NSK-PS01/dashboard')).body.unnaturalDeaths;
    assert.equal(dash.unidentified, 1);
    assert.equal(dash.inquestsDue[0]!.clock.code, 'inquest-report-24h');
  });

  test('two persons found alive: an old man at Baramati placed in a home, a boy at Nashik, his clock to the CWC on the dashboard', async () => {
    const man = ok(await (await as('writer.pune1')).get('/api/v1/found-persons?status=found')).body.foundPersons;
    assert.equal(man.length, 1);
    assert.equal(man[0]!.child, false);
    assert.equal(man[0]!.placement!.kind, 'shelter');
    const sho = await as('sho.nashik1');
    const boy = ok(await sho.get('/api/v1/found-persons?child=true')).body.foundPersons;
    assert.equal(boy.length, 1);
    assert.equal(boy[0]!.clocks[0]!.code, 'child-found-cwc-24h');
    assert.equal(boy[0]!.clocks[0]!.status, 'running');
    assert.equal(ok(await sho.get('/api/v1/stations/MH-NSK-PS01/dashboard')).body.foundPersons.cwcDue[0]!.recordId, boy[0]!.id);
  });

  test('a phone lost at Baramati checks as lost; a bag handed in there waits unclaimed in the property room', async () => {
    const writer = await as('writer.pune1');
    const lost = ok(await writer.get('/api/v1/lost-reports?status=lost')).body.lostReports;
    assert.equal(lost.length, 1);
    assert.equal(lost[0]!.articles[0]!.mobilePhone!.imei, '356938035643809');
    assert.equal(ok(await writer.get('/api/v1/stolen-property/check?imei=356938035643809')).body.state, 'lost');
    const found = ok(await writer.get('/api/v1/found-property?status=unclaimed')).body.foundProperty;
    assert.equal(found.length, 1);
    assert.equal(found[0]!.article.kind, 'bag');
    assert.equal(found[0]!.custody.place, 'malkhana');
  });
});

/**
 * `npm start` seeds the demo at whatever time it is run. Between 18:30 and 24:00 UTC the IST
 * calendar date is a day ahead of the UTC one; the demo's court dates must be IST dates, or the
 * court case would be registered the day before its final report was filed and the seed refused.
 */
describe(`the demo seeds at any hour (${ENGINE})`, () => {
  for (const at of ['2026-11-20T18:45:00Z', '2026-11-20T23:59:00Z', '2026-11-21T00:10:00Z']) {
    test(`seeded at ${at}`, async () => {
      const server = await startTestServer({ clock: new ManualClock(at), listen: false });
      try {
        assert.equal(await seedDemoCases(server.node), 6);
      } finally {
        await server.close();
      }
    });
  }
});
