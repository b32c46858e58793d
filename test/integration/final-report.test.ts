/**
 * The end of an investigation and the case in court (issue 13): crime details with MO codes and
 * "cases like this one", the final report filed only by the case's IO (another officer refused and
 * audited), a closure approved by a supervisor where the State's rules ask, the FIR closed only by
 * a filed report, progress told to the victim meeting its 90-day clock, the forensic visit, and the
 * court: case number, hearing, disposal per accused and section, appeal. Both engines.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { ApiClient, signedInClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { caseClockEvents } from '../../src/records/case-clock-events.js';
import { pdfText, printedCode } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { refused, ok as succeeded, shown } from '../support/answers.js';

describe(`final report and court (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const count = async (table: 'events' | 'audit_log', where: { action?: string; outcome?: string } = {}) => {
    let q = server.node.storage.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n'));
    if (table === 'audit_log') {
      if (where.action) q = q.where('action', '=', where.action);
      if (where.outcome) q = q.where('outcome', '=', where.outcome);
    }
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const userId: Record<string, string> = {};
  /** A robbery at Baramati (BNS 309(4), punishable up to 10 years): the forensic visit is due. */
  const robbery = (over: Record<string, unknown> = {}) =>
    theftFir({
      sections: [
        { act: 'BNS', section: '309(4)' },
        { act: 'BNS', section: '115(2)' },
      ],
      place: { address: 'Near Bhigwan Chowk, Baramati', latitude: 18.152, longitude: 74.577 },
      accused: [person('Ganesh Jadhav', { age: 30 })],
      witnesses: [person('Ramesh Kale', { age: 45 })],
      ...over,
    });
  const fir = { a: '', b: '', c: '' };
  const ids = { complainant: '', accused: '', witness: '' };
  /** Property-room items: of case a a phone (electronic), a knife and cash returned to its owner; of case c a crowbar. */
  const items = { phone: '', knife: '', cash: '', crowbar: '' };

  const bad = async (c: ApiClient, path: string, body: unknown, field: string) => {
    const before = await count('events');
    const r = await c.post(path, body);
    const problem = refused(r, 400, `${field}: ${JSON.stringify(r.body)}`).body;
    assert.ok(
      problem.errors!.some((e) => e.path === field || e.path.startsWith(`${field}.`)),
      `${field} named in ${JSON.stringify(problem.errors)}`,
    );
    assert.equal(await count('events'), before, 'nothing written');
  };

  const chargeSheet = (over: Record<string, unknown> = {}) => ({
    kind: 'charge_sheet',
    accused: [{ personId: ids.accused, status: 'on_bail', charged: true }],
    witnesses: [ids.witness, ids.complainant],
    sections: [{ act: 'BNS', section: '309(4)' }],
    documents: [{ description: 'Spot panchnama', pages: 3 }],
    exhibits: [{ itemId: items.phone }, { itemId: items.knife }],
    courtCode: 'MH-PUN-JMFC-BRM',
    summary: 'Investigation completed; offence proved against A1.',
    ...over,
  });

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    for (const u of Object.keys(server.demo.users)) userId[u] = (await server.node.users.byUsername(u))!.id;
    const writer = await as('writer.pune1');
    const sho = await as('sho.pune1');
    for (const [key, body] of [
      ['a', robbery()],
      ['b', robbery({ accused: [], witnesses: [], occurredFrom: '2026-06-20T01:00:00+05:30', occurredTo: '2026-06-20T03:00:00+05:30', infoReceivedAt: '2026-06-20T09:00:00+05:30' })],
      ['c', theftFir({ place: { address: 'Market yard, Baramati', latitude: 18.3, longitude: 74.7 } })],
    ] as const) {
      const r = await writer.post('/api/v1/firs', body);
      assert.equal(r.status, 201, JSON.stringify(r.body));
      fir[key] = r.body.id;
      assert.equal((await sho.post(`/api/v1/cases/${r.body.id}/assignment`, { ioUserId: userId['io.pune1'] })).status, 200);
    }
    const persons = (await server.node.firs.mustGet(fir.a)).content.persons;
    ids.complainant = persons.find((p) => p.role === 'complainant')!.personId;
    ids.accused = persons.find((p) => p.role === 'accused')!.personId;
    ids.witness = persons.find((p) => p.role === 'witness')!.personId;
    clock.advance(10 * 86400); // 11 July
    // The custody record and the property room the final report takes its facts from.
    const io = await as('io.pune1');
    const arrest = await io.post(`/api/v1/cases/${fir.a}/arrests`, {
      personId: ids.accused,
      outcome: 'arrested_bailed',
      at: '2026-07-02T13:00:00+05:30',
      place: 'Bus stand, Baramati',
      grounds: 'Named by the complainant; the chain was found with him.',
      personInformed: { name: 'Dattu Jadhav', relationship: 'father', phone: '+91 98220 55555', informedAt: '2026-07-02T13:30:00+05:30' },
      attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    });
    assert.equal(arrest.status, 201, JSON.stringify(arrest.body));
    const seize = async (firId: string, list: Record<string, unknown>[]) => {
      const r = await io.post(`/api/v1/cases/${firId}/seizures`, {
        seizedAt: '2026-07-02T16:00:00+05:30',
        place: 'House of the accused, Bhigwan road, Baramati',
        seizedFrom: 'Ganesh Jadhav',
        items: list,
        witnesses: [{ name: 'Ganesh More', address: 'Bhigwan road, Baramati' }, { name: 'Sunil More' }],
        video: { sha256: 'b'.repeat(64), size: 1000, forwardedToMagistrateAt: '2026-07-02T19:00:00+05:30', magistrate: 'JMFC Baramati' },
        depositedWith: { name: 'HC Shinde', designation: 'Malkhana moharrir' },
      });
      assert.equal(r.status, 201, JSON.stringify(r.body));
      return r.body.items.map((i: { id: string }) => i.id) as [string, string, string];
    };
    [items.phone, items.knife, items.cash] = await seize(fir.a, [
      { description: 'Black mobile phone of the accused', category: 'mobile_phone', quantity: '1', sealNo: 'S-101', device: { make: 'Samsung', model: 'A12', imei: '490154203237518' } },
      { description: 'Knife with a wooden handle', category: 'weapon', quantity: '1', sealNo: 'S-102' },
      { description: 'Cash, 20 notes of Rs 500', category: 'cash', quantity: '20', sealNo: 'S-103' },
    ]);
    [items.crowbar] = await seize(fir.c, [{ description: 'Iron crowbar', category: 'other', quantity: '1', sealNo: 'S-201' }]);
    const move = async (itemId: string, body: Record<string, unknown>) => assert.equal((await io.post(`/api/v1/cases/${fir.a}/property/${itemId}/moves`, body)).status, 201);
    await move(items.phone, { kind: 'sent_to_fsl', at: '2026-07-03T11:00:00+05:30', receivedBy: { name: 'Constable Kale', designation: 'Carrier' }, destination: 'RFSL Pune' });
    await move(items.phone, { kind: 'returned_to_malkhana', at: '2026-07-06T11:00:00+05:30', handedBy: { name: 'Constable Kale', designation: 'Carrier' }, receivedBy: { name: 'HC Shinde' } });
    await move(items.cash, { kind: 'returned_to_owner', at: '2026-07-07T11:00:00+05:30', receivedBy: { name: 'Suresh Pawar' }, destination: 'Suresh Pawar', orderRef: 'JMFC Baramati order 5/2026' });
  });
  after(() => server.close());

  test('crime details with MO codes: the FIR’s crime head is the default; a later record replaces the earlier, both kept', async () => {
    const io = await as('io.pune1');
    const body = { placeType: 'road_street', motive: 'gain', moCodes: ['overpowering', 'knife', 'pedestrian', 'two_wheeler', 'night'], properties: [{ description: 'Gold chain', value: 40000 }] };
    const r = await io.post(`/api/v1/cases/${fir.a}/crime-details`, body);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.crimeDetails!.version, 1);
    assert.equal(r.body.crimeDetails!.crimeHead, 'Robbery');
    assert.equal(r.body.crimeDetails!.totalValue, 40000);
    const again = await io.post(`/api/v1/cases/${fir.a}/crime-details`, { ...body, crimeSubHead: 'Chain snatching', properties: [{ description: 'Gold chain', value: 45000 }] });
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.equal(again.body.crimeDetails!.version, 2);
    assert.equal(again.body.crimeDetails!.crimeSubHead, 'Chain snatching');
    assert.equal(again.body.crimeDetails!.totalValue, 45000);
    const token = (await server.node.tokens.create(userId['io.pune1']!, 'print', null, 'test')).token;
    const printed = await server.app.inject({ method: 'GET', url: `/api/v1/cases/${fir.a}/crime-details.pdf?lang=en`, headers: { authorization: `Bearer ${token}` } });
    assert.equal(printed.statusCode, 200, printed.body);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: printed.rawPayload, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['Robbery', 'Chain snatching', 'Road or street', 'Gain (money or property)', 'overpowering']) assert.ok(text.includes(s), `${s} printed`);
    const checked = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${printedCode(text)}` });
    assert.equal(checked.statusCode, 200, checked.body);
    assert.deepEqual([checked.json().document, checked.json().version, checked.json().currentVersion], ['iif2-crime-details', 2, 2]);
    assert.equal((await (await as('io.pune1')).get(`/api/v1/cases/${fir.c}/crime-details.pdf`)).status, 404, 'none recorded yet');
    const logged = await server.node.storage.db.selectFrom('events').select('id').where('type', '=', 'case.crime_details_recorded').where('entity_id', '=', fir.a).execute();
    assert.equal(logged.length, 2, 'both records stay in the log');
    assert.equal((await io.post(`/api/v1/cases/${fir.b}/crime-details`, { placeType: 'road_street', moCodes: ['overpowering', 'knife', 'pedestrian', 'two_wheeler', 'late_night'] })).status, 201);
    assert.equal((await io.post(`/api/v1/cases/${fir.c}/crime-details`, { placeType: 'market', moCodes: ['lock_broken', 'crowbar'] })).status, 201);
  });

  test('bad crime details are refused whole, naming the field', async () => {
    const io = await as('io.pune1');
    const ok = { placeType: 'road_street', moCodes: ['knife'] };
    for (const [body, field] of [
      [{ ...ok, moCodes: ['knife', 'teleportation'] }, 'moCodes.1'],
      [{ ...ok, moCodes: ['knife', 'knife'] }, 'moCodes.1'],
      [{ ...ok, moCodes: [] }, 'moCodes'],
      [{ ...ok, placeType: 'moon' }, 'placeType'],
      [{ ...ok, motive: 'boredom' }, 'motive'],
      [{ ...ok, crimeHead: 'Jaywalking' }, 'crimeHead'],
      [{ ...ok, properties: [{ description: 'x', value: -1 }] }, 'properties.0.value'],
    ] as const)
      await bad(io, `/api/v1/cases/${fir.a}/crime-details`, body, field);
  });

  test('cases like this one: the case with the same MO and crime head first, within the jurisdiction, audited', async () => {
    const io = await as('io.pune1');
    const audited = await count('audit_log', { action: 'case.similar' });
    const r = await io.get(`/api/v1/cases/${fir.a}/similar`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.cases[0]!.fir.id, fir.b);
    assert.ok(r.body.cases[0]!.score > 0.5, JSON.stringify(r.body.cases[0]));
    assert.equal(r.body.cases[0]!.parts.crimeHead, 1);
    assert.ok(!r.body.cases.some((c: { fir: { id: string } }) => c.fir.id === fir.a), 'not the case itself');
    assert.ok(!r.body.cases.some((c: { fir: { id: string } }) => c.fir.id === fir.c), 'nothing in common: not listed');
    assert.equal(await count('audit_log', { action: 'case.similar' }), audited + 1);
    assert.equal((await (await as('sho.nashik1')).get(`/api/v1/cases/${fir.a}/similar`)).status, 403);
  });

  test("the charge sheet is filed only by the case's IO: another officer of the station is refused and audited", async () => {
    const sho = await as('sho.pune1');
    const before = await count('events');
    const denied = await count('audit_log', { action: 'case.act', outcome: 'denied' });
    const r = await sho.post(`/api/v1/cases/${fir.a}/final-reports`, chargeSheet());
    assert.equal(r.status, 403, JSON.stringify(r.body));
    assert.equal(await count('events'), before, 'nothing written');
    assert.equal(await count('audit_log', { action: 'case.act', outcome: 'denied' }), denied + 1, 'the refusal is audited');
    assert.equal((await (await as('writer.pune1')).post(`/api/v1/cases/${fir.a}/final-reports`, chargeSheet())).status, 403);
    assert.equal((await server.node.firs.mustGet(fir.a)).status, 'registered');
  });

  test('bad final reports are refused whole, naming the field', async () => {
    const io = await as('io.pune1');
    const url = `/api/v1/cases/${fir.a}/final-reports`;
    await bad(io, url, chargeSheet({ kind: 'acquittal_by_police' }), 'kind');
    await bad(io, url, chargeSheet({ accused: [] }), 'accused');
    await bad(io, url, chargeSheet({ accused: [{ personId: ids.accused, status: 'vanished', charged: true }] }), 'accused.0.status');
    await bad(io, url, chargeSheet({ accused: [{ personId: ids.witness, status: 'on_bail', charged: true }] }), 'accused.0.personId');
    await bad(io, url, chargeSheet({ witnesses: [ids.accused] }), 'witnesses.0');
    await bad(io, url, chargeSheet({ sections: [] }), 'sections');
    await bad(io, url, chargeSheet({ sections: [{ act: 'BNS', section: '999' }] }), 'sections.0');
    await bad(io, url, chargeSheet({ courtCode: 'MH-NSK-CJM' }), 'courtCode');
    // The custody of devices is the property room's chain: a typed one is not accepted.
    const typed = await io.post(url, { ...chargeSheet(), deviceCustody: [{ device: 'Phone', from: 'IO', to: 'FSL', at: '2026-07-03T10:00:00+05:30' }] });
    assert.match(JSON.stringify(refused(typed, 400).body.errors), /deviceCustody/);
    await bad(io, url, { ...chargeSheet(), kind: 'closure_false', reason: '' }, 'reason');
  });

  test('the statuses of the accused agree with the custody record; exhibits are items of the case still in custody, each once', async () => {
    const io = await as('io.pune1');
    const url = `/api/v1/cases/${fir.a}/final-reports` as const;
    // Arrested and released on bail: not in custody, not "not arrested", not absconding.
    for (const status of ['in_custody', 'not_arrested', 'absconding']) await bad(io, url, chargeSheet({ accused: [{ personId: ids.accused, status, charged: true }] }), 'accused.0.status');
    await bad(io, url, chargeSheet({ accused: [{ code: 'B7', status: 'on_bail', charged: true }] }), 'accused.0.code');
    await bad(io, url, chargeSheet({ accused: [{ personId: ids.accused, code: 'A1', status: 'on_bail', charged: true }] }), 'accused.0.personId');
    await bad(io, url, chargeSheet({ exhibits: [{ itemId: items.crowbar }] }), 'exhibits.0.itemId');
    await bad(io, url, chargeSheet({ exhibits: [{ itemId: items.cash }] }), 'exhibits.0.itemId');
    await bad(io, url, chargeSheet({ exhibits: [{ itemId: items.knife }, { itemId: items.knife }] }), 'exhibits.1.itemId');
    await bad(io, url, chargeSheet({ exhibits: [{ exhibitNo: 'Art. 1', description: 'Recovered motorcycle' }] }), 'exhibits.0');
    const returned = refused(await io.post(url, chargeSheet({ exhibits: [{ itemId: items.cash }] })), 400);
    assert.match(JSON.stringify(returned.body.errors), /returned to its owner/);
  });

  test('the IO files the charge sheet: forwarded at once (no review asked for charge sheets), the case is charge-sheeted', async () => {
    const io = await as('io.pune1');
    // The accused named by the code of the arrest memo, as a reader to whom they are withheld would.
    const r = await io.post(`/api/v1/cases/${fir.a}/final-reports`, chargeSheet({ accused: [{ code: 'A1', status: 'on_bail', charged: true }] }));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.status, 'charge_sheeted');
    const [report] = r.body.finalReports;
    assert.equal(report!.status, 'filed');
    assert.equal(report!.law, 'BNSS');
    assert.equal(report!.kind.class, 'charge_sheet');
    assert.equal(report!.court.code, 'MH-PUN-JMFC-BRM');
    assert.equal(shown(report!.accused[0]!.person).name, 'Ganesh Jadhav');
    assert.equal(report!.accused[0]!.code, 'A1');
    assert.deepEqual(
      report!.exhibits.map((e) => [e.itemId, e.exhibitNo, e.sealNo, e.place]),
      [
        [items.phone, '1/2026', 'S-101', 'malkhana'],
        [items.knife, '2/2026', 'S-102', 'malkhana'],
      ],
    );
    // The custody of the electronic device is its chain in the property room, not typed; the knife is not a device.
    const chain = (list: { itemId: string; kind: string; at: string; to: string; destination: string | null }[]) => list.map((d) => [d.itemId, d.kind, d.at, d.to, d.destination]);
    const expected = [
      [items.phone, 'received_into_malkhana', '2026-07-02T10:30:00.000Z', 'HC Shinde, Malkhana moharrir', null],
      [items.phone, 'sent_to_fsl', '2026-07-03T05:30:00.000Z', 'Constable Kale, Carrier', 'RFSL Pune'],
      [items.phone, 'returned_to_malkhana', '2026-07-06T05:30:00.000Z', 'HC Shinde', null],
    ];
    assert.deepEqual(chain(report!.deviceCustody), expected);
    // As of filing: a later movement does not change the report!.
    assert.equal(
      (
        await io.post(`/api/v1/cases/${fir.a}/property/${items.phone}/moves`, {
          kind: 'sent_to_court',
          at: '2026-07-10T11:00:00+05:30',
          receivedBy: { name: 'Property clerk' },
          destination: 'JMFC Baramati',
        })
      ).status,
      201,
    );
    assert.deepEqual(chain(succeeded(await io.get(`/api/v1/cases/${fir.a}`)).body.finalReports[0]!.deviceCustody), expected);
    assert.deepEqual(
      report!.witnesses.map((w) => shown(w).name),
      ['Ramesh Kale', 'Suresh Pawar'],
    );
    assert.equal(report!.medicalReportAttached, null, 'not an offence of BNS 64-71');
    assert.equal((await server.node.firs.mustGet(fir.a)).status, 'charge_sheeted');
    const token = (await server.node.tokens.create(userId['io.pune1']!, 'print', null, 'test')).token;
    const printed = await server.app.inject({ method: 'GET', url: `/api/v1/cases/${fir.a}/final-report.pdf?lang=hi`, headers: { authorization: `Bearer ${token}` } });
    assert.equal(printed.statusCode, 200, printed.body);
    assert.match(String(printed.headers['content-type']), /application\/pdf/);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: printed.rawPayload, encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const s of ['आरोप-पत्र', 'Ganesh Jadhav', 'Ramesh Kale', 'MH-PUN-JMFC-BRM', 'Black mobile phone of the accused', 'S-101', '1/2026', 'मालख़ाना']) assert.ok(text.includes(s), `${s} printed`);
    const english = await server.app.inject({ method: 'GET', url: `/api/v1/cases/${fir.a}/final-report.pdf?lang=en`, headers: { authorization: `Bearer ${token}` } });
    const en = pdfText(english.rawPayload);
    for (const s of ['A1', 'Released on bail / bond', 'Knife with a wooden handle', 'S-102', '2/2026', 'Station property room (malkhana)', 'RFSL Pune', 'Constable Kale, Carrier'])
      assert.ok(en.includes(s), `${s} printed`);
    // Anyone can check the code printed on it; a code altered by one letter matches nothing.
    const code = printedCode(text);
    const checked = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${code}` });
    assert.equal(checked.statusCode, 200, checked.body);
    assert.equal(checked.json().document, 'iif5-final-report');
    const forged = code.slice(0, -1) + (code.endsWith('A') ? 'B' : 'A');
    assert.equal((await server.app.inject({ method: 'GET', url: `/api/v1/verify/${forged}` })).statusCode, 404);
    assert.equal((await (await as('sho.nashik1')).get(`/api/v1/cases/${fir.a}/final-report.pdf`)).status, 403);
    const facts = (await caseClockEvents(server.node.storage.db, server.node.firs, [fir.a])).get(fir.a)!;
    assert.ok(facts.chargeSheetFiled && facts.investigationCompleted, 'the charge-sheet and 2-month clocks are met by the filing');
  });

  test('a closure needs the SDPO’s or SP’s approval in Maharashtra: the case stays open until it is filed', async () => {
    const io = await as('io.pune1');
    const closure = { kind: 'closure_true_undetected', reason: 'The offenders could not be traced despite enquiries.', courtCode: 'MH-PUN-JMFC-BRM' };
    const r = await io.post(`/api/v1/cases/${fir.b}/final-reports`, closure);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.finalReports[0]!.status, 'submitted');
    assert.equal(r.body.finalReports[0]!.reviewLevel, 'subdivision');
    assert.equal(r.body.status, 'registered', 'not closed by a submission');
    assert.equal((await io.post(`/api/v1/cases/${fir.b}/final-reports`, closure)).status, 409, 'one report under review at a time');
    const reportId = r.body.finalReports[0]!.id;
    const review = `/api/v1/cases/${fir.b}/final-reports/${reportId}/review` as const;
    const denied = await count('audit_log', { action: 'case.supervise', outcome: 'denied' });
    assert.equal((await (await as('sho.pune1')).post(review, { decision: 'approved' })).status, 403, 'the SHO is below the level');
    assert.equal(await count('audit_log', { action: 'case.supervise', outcome: 'denied' }), denied + 1);
    assert.equal((await io.post(review, { decision: 'approved' })).status, 403, 'the IO does not approve own report');
    const sdpo = await as('sdpo.pune');
    await bad(sdpo, review, { decision: 'returned' }, 'remarks');
    const returned = await sdpo.post(review, { decision: 'returned', remarks: 'Examine the CCTV of the petrol pump first.' });
    assert.equal(returned.status, 200, JSON.stringify(returned.body));
    assert.equal(returned.body.finalReports[0]!.status, 'returned');
    assert.equal(returned.body.finalReports[0]!.review!.remarks, 'Examine the CCTV of the petrol pump first.');
    assert.equal(returned.body.status, 'registered');
    const again = await io.post(`/api/v1/cases/${fir.b}/final-reports`, { ...closure, reason: 'CCTV examined; offenders still untraced.' });
    assert.equal(again.status, 201);
    const second = again.body.finalReports[1];
    assert.equal(second!.reportNo, 2);
    const approved = await (await as('sp.pune')).post(`/api/v1/cases/${fir.b}/final-reports/${second!.id}/review`, { decision: 'approved' });
    assert.equal(approved.status, 200, JSON.stringify(approved.body));
    assert.equal(approved.body.finalReports[1]!.status, 'filed');
    assert.equal(approved.body.status, 'closed', 'closed by the filing');
    assert.equal((await sdpo.post(`/api/v1/cases/${fir.b}/final-reports/${second!.id}/review`, { decision: 'approved' })).status, 409);
  });

  test('nothing else closes a case: an amendment cannot set the status', async () => {
    const sho = await as('sho.pune1');
    const r = await sho.post(`/api/v1/firs/${fir.c}/amendments`, { reason: 'Close the case please', status: 'closed' });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.match(JSON.stringify(r.body.errors), /status/);
    assert.equal((await server.node.firs.mustGet(fir.c)).status, 'registered');
  });

  test('progress told to the victim within 90 days meets its clock; the forensic visit meets BNSS 176(3)', async () => {
    const io = await as('io.pune1');
    const before = succeeded(await io.get(`/api/v1/cases/${fir.c}`)).body.clocks.find((k: { code: string }) => k.code === 'victim-progress-90d');
    assert.equal(before!.status, 'running');
    await bad(io, `/api/v1/cases/${fir.c}/victim-progress`, { informedAt: '2026-07-10T10:00:00+05:30', means: 'pigeon' }, 'means');
    await bad(io, `/api/v1/cases/${fir.c}/victim-progress`, { informedAt: '2026-06-10T10:00:00+05:30', means: 'sms' }, 'informedAt');
    await bad(io, `/api/v1/cases/${fir.a}/victim-progress`, { informedAt: '2026-07-10T10:00:00+05:30', means: 'sms', personId: ids.accused }, 'personId');
    const r = await io.post(`/api/v1/cases/${fir.c}/victim-progress`, { informedAt: '2026-07-10T10:00:00+05:30', means: 'sms', note: 'Told that the motorcycle is traced.' });
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const clock90 = r.body.clocks.find((k: { code: string }) => k.code === 'victim-progress-90d');
    assert.equal(clock90!.status, 'met');
    assert.equal(r.body.victimInformed[0]!.means, 'sms');
    const forensic = succeeded(await io.get(`/api/v1/cases/${fir.a}`)).body.clocks.find((k: { code: string }) => k.code === 'forensic-team-visit');
    assert.equal(forensic!.status, 'overdue');
    const v = await io.post(`/api/v1/cases/${fir.a}/forensic-visit`, { visitedAt: '2026-07-01T15:00:00+05:30', team: 'Mobile forensic unit, Pune', videoSha256: 'A'.repeat(64) });
    assert.equal(v.status, 201, JSON.stringify(v.body));
    assert.equal(v.body.clocks.find((k: { code: string }) => k.code === 'forensic-team-visit')!.status, 'met');
    assert.equal(v.body.forensicVisits[0]!.videoSha256, 'a'.repeat(64));
  });

  test('the court: case number, hearing, disposal per accused and section, appeal — by the IO or the SHO', async () => {
    clock.advance(60 * 86400); // 9 September
    const sho = await as('sho.pune1');
    const writer = await as('writer.pune1');
    const base = `/api/v1/cases/${fir.a}` as const;
    assert.equal((await sho.post(`/api/v1/cases/${fir.c}/court-case`, { courtCode: 'MH-PUN-JMFC-BRM', courtCaseNo: 'RCC 1/2026', registeredOn: '2026-08-01' })).status, 409, 'no final report yet');
    assert.equal((await writer.post(`${base}/court-case`, { courtCode: 'MH-PUN-JMFC-BRM', courtCaseNo: 'RCC 12/2026', registeredOn: '2026-08-01' })).status, 403);
    await bad(sho, `${base}/court-case`, { courtCode: 'MH-NGP-CJM', courtCaseNo: 'RCC 12/2026', registeredOn: '2026-08-01' }, 'courtCode');
    await bad(sho, `${base}/court-case`, { courtCode: 'MH-PUN-JMFC-BRM', courtCaseNo: 'RCC 12/2026', registeredOn: '2026-07-01' }, 'registeredOn');
    const cc = await sho.post(`${base}/court-case`, { courtCode: 'MH-PUN-JMFC-BRM', courtCaseNo: 'RCC 12/2026', registeredOn: '2026-08-01' });
    assert.equal(cc.status, 201, JSON.stringify(cc.body));
    assert.equal(cc.body.court.case!.courtCaseNo, 'RCC 12/2026');
    const io = await as('io.pune1');
    await bad(io, `${base}/hearings`, { date: '2026-08-20', purpose: 'Evidence', nextDate: '2026-08-19' }, 'nextDate');
    assert.equal((await io.post(`${base}/hearings`, { date: '2026-08-20', purpose: 'Framing of charge', nextDate: '2026-09-05' })).status, 201);
    const outcomes = [
      { personId: ids.accused, section: { act: 'BNS', section: '309(4)' }, outcome: 'convicted', sentence: 'Rigorous imprisonment for 3 years', fine: 5000 },
      { personId: ids.accused, section: { act: 'BNS', section: '115(2)' }, outcome: 'acquitted' },
    ];
    await bad(io, `${base}/disposal`, { judgmentDate: '2026-09-05', outcomes: [{ ...outcomes[0], outcome: 'pardoned_by_police' }] }, 'outcomes.0.outcome');
    await bad(io, `${base}/disposal`, { judgmentDate: '2026-09-05', outcomes: [{ ...outcomes[0], section: { act: 'BNS', section: '103(1)' } }] }, 'outcomes.0.section');
    await bad(io, `${base}/disposal`, { judgmentDate: '2026-09-05', outcomes: [{ ...outcomes[0], personId: ids.witness }] }, 'outcomes.0.personId');
    await bad(io, `${base}/disposal`, { judgmentDate: '2026-09-05', outcomes: [outcomes[0], outcomes[0]] }, 'outcomes.1');
    await bad(io, `${base}/disposal`, { judgmentDate: '2026-12-05', outcomes }, 'judgmentDate');
    assert.equal(
      (
        await io.post(`${base}/appeals`, {
          courtCode: 'MH-PUN-SESS',
          appealNo: 'Cri. Appeal 3/2026',
          appellant: 'Accused A1',
          filedOn: '2026-09-06',
          decidedOn: '2026-09-07',
          results: [{ personId: ids.accused, result: 'conviction_upheld' }],
        })
      ).status,
      409,
      'no judgment yet',
    );
    const d = await io.post(`${base}/disposal`, { judgmentDate: '2026-09-05', judge: 'Shri A. B. Kulkarni, JMFC', outcomes });
    assert.equal(d.status, 201, JSON.stringify(d.body));
    assert.deepEqual(
      d.body.court.disposals[0]!.outcomes.map((o) => [shown(o.person).name, o.section.section, o.outcome]),
      [
        ['Ganesh Jadhav', '309(4)', 'convicted'],
        ['Ganesh Jadhav', '115(2)', 'acquitted'],
      ],
    );
    const appeal = {
      courtCode: 'MH-PUN-SESS',
      appealNo: 'Cri. Appeal 3/2026',
      appellant: 'Accused A1',
      filedOn: '2026-09-06',
      decidedOn: '2026-09-08',
      results: [{ personId: ids.accused, result: 'conviction_upheld' }],
    };
    await bad(io, `${base}/appeals`, { ...appeal, courtCode: 'MH-PUN-JMFC-BRM' }, 'courtCode');
    await bad(io, `${base}/appeals`, { ...appeal, decidedOn: '2026-09-01' }, 'decidedOn');
    await bad(io, `${base}/appeals`, { ...appeal, results: [{ personId: ids.accused, result: 'sentence_doubled' }] }, 'results.0.result');
    const a = await io.post(`${base}/appeals`, appeal);
    assert.equal(a.status, 201, JSON.stringify(a.body));
    assert.equal(a.body.court.appeals[0]!.results[0]!.result, 'conviction_upheld');
    const kinds = a.body.timeline.map((t: { type: string }) => t.type);
    for (const t of [
      'case.crime_details_recorded',
      'case.final_report_submitted',
      'case.final_report_filed',
      'case.forensic_visit_recorded',
      'case.court_case_registered',
      'case.hearing_recorded',
      'case.disposal_recorded',
      'case.appeal_recorded',
    ])
      assert.ok(kinds.includes(t), `${t} on the timeline`);
  });

  test("the judgment (IIF-6) and the appeal's result (IIF-7) print in English and Hindi with the code lists' labels and a code /verify recognises", async () => {
    const sho = await as('sho.pune1');
    const file = succeeded(await sho.get(`/api/v1/cases/${fir.a}`)).body;
    const disposal = file.court.disposals[0]!;
    const appeal = file.court.appeals[0]!;
    const forms = [
      {
        url: `/api/v1/cases/${fir.a}/disposals/${disposal.id}/form.pdf`,
        kind: 'iif6-court-disposal',
        name: 'court-disposal',
        en: ['Convicted', 'Acquitted', 'RCC 12/2026', 'Rigorous imprisonment for 3 years'],
        hi: ['दोषसिद्ध', 'दोषमुक्त', 'न्यायालय निस्तारण प्रपत्र'],
      },
      {
        url: `/api/v1/cases/${fir.a}/appeals/${appeal.id}/form.pdf`,
        kind: 'iif7-appeal',
        name: 'appeal',
        en: ['Conviction upheld', 'Cri. Appeal 3/2026', 'RCC 12/2026'],
        hi: ['दोषसिद्धि यथावत', 'अपील परिणाम प्रपत्र'],
      },
    ] as const;
    const token = (await server.node.tokens.create(userId['sho.pune1']!, 'print', null, 'test')).token;
    for (const f of forms) {
      for (const lang of ['en', 'hi'] as const) {
        const before = await count('audit_log', { action: 'case.form' });
        const r = await server.app.inject({ method: 'GET', url: `${f.url}?lang=${lang}`, headers: { authorization: `Bearer ${token}` } });
        assert.equal(r.statusCode, 200, `${f.kind} ${lang}: ${r.body}`);
        assert.match(String(r.headers['content-type']), /application\/pdf/);
        assert.equal(r.headers['cache-control'], 'private, no-store');
        assert.match(String(r.headers['content-disposition']), new RegExp(`attachment; filename="${f.name}-.*-${lang}\\.pdf"`));
        const text = pdfText(r.rawPayload);
        for (const s of [...f[lang], 'Ganesh Jadhav']) assert.ok(text.includes(s), `${f.kind} ${lang}: ${s} printed`);
        assert.equal(await count('audit_log', { action: 'case.form' }), before + 1, 'the print is audited');
        const checked = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${printedCode(text)}` });
        assert.equal(checked.statusCode, 200, checked.body);
        assert.equal(checked.json().document, f.kind);
      }
    }
    // The accused code comes from the arrest memos: Ganesh Jadhav was arrested (and bailed) as A1.
    assert.equal(disposal.outcomes[0]!.accusedCode, 'A1');
    const entries = await server.node.storage.db.selectFrom('audit_log').select('detail').where('action', '=', 'case.form').execute();
    const details = entries.map((e) => JSON.parse(e.detail!) as Record<string, string>);
    assert.ok(
      details.some((d) => d.form === 'iif6-court-disposal' && d.disposal === disposal.id && d.lang === 'hi'),
      'the print names the judgment printed',
    );
    assert.ok(details.some((d) => d.form === 'iif7-appeal' && d.appeal === appeal.id));
    assert.equal((await (await as('io.pune1')).get(`/api/v1/cases/${fir.a}/disposals/${appeal.id}/form.pdf`)).status, 404, 'an appeal is not a judgment');
    assert.equal((await (await as('sho.nashik1')).get(`/api/v1/cases/${fir.a}/disposals/${disposal.id}/form.pdf`)).status, 403);
    assert.equal((await (await as('writer.pune1')).get(`/api/v1/cases/${fir.a}/appeals/${appeal.id}/form.pdf`)).status, 403);
    assert.equal((await sho.get(`/api/v1/cases/${fir.a}/appeals/${appeal.id}/form.pdf?lang=fr`)).status, 400);
  });

  test('the station dashboard lists the victims still to be told of the progress, not those told', async () => {
    clock.advance(10 * 86400); // 19 September: the 90 days from 1 July run out on 29 September
    const r = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const listed = r.body.victimsToInform.map((d: { recordId: string; clock: { status: string } }) => [d.recordId, d.clock.status]);
    assert.deepEqual(
      listed.filter(([id]) => id === fir.a || id === fir.b).sort(),
      [
        [fir.a, 'due_soon'],
        [fir.b, 'due_soon'],
      ].sort(),
    );
    assert.ok(!listed.some(([id]) => id === fir.c), 'told on 10 July: not listed');
  });

  test("the code lists the forms choose from: labelled in both languages, the courts of the unit's district and State", async () => {
    const io = await as('io.pune1');
    const r = await io.get('/api/v1/investigation/codes?unit=MH-PUN-PS01');
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const mo = r.body.moGroups.flatMap((g: { codes: { code: string; hi: string }[] }) => g.codes);
    assert.ok(mo.some((c: { code: string; hi: string }) => c.code === 'overpowering' && /[\u0900-\u097F]/.test(c.hi)));
    assert.deepEqual(r.body.finalReportKinds.map((k: { code: string }) => k.code).slice(0, 2), ['charge_sheet', 'supplementary_charge_sheet']);
    const courts = r.body.courts.map((c: { code: string }) => c.code);
    assert.ok(courts.includes('MH-PUN-JMFC-BRM'), 'a court of Pune district');
    assert.ok(!r.body.courts.some((c: { unitCode: string }) => c.unitCode === 'MH-NGP'), 'no court of another district');
    assert.ok(succeeded(await io.get('/api/v1/investigation/codes')).body.courts.length > courts.length, 'all courts when no unit is named');
    const unknown = await io.get('/api/v1/investigation/codes?unit=XX-NOWHERE');
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.detail, /unit/);
    const bad = await io.get(`/api/v1/investigation/codes?unit=${'x'.repeat(41)}`);
    assert.equal(bad.status, 400);
    assert.ok(
      bad.body.errors!.some((e: { path: string }) => e.path === 'unit'),
      JSON.stringify(bad.body),
    );
  });
});
