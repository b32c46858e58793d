/**
 * The API contract: every route of the OpenAPI document is driven at least once to a successful
 * answer, and every answer is checked against the route's declared schema (or media type) by
 * the servers' validateResponses — so a handler that adds, drops or retypes a field fails here,
 * and so does a route nobody drives: a new route must be added to this walk.
 *
 * Two nodes take part: a state node (every police-facing route) and a station node enrolled with
 * it, whose sync rounds drive the node-to-node operations on the state (enrol, hello, push of
 * events and audit entries, pull, files up and down); a replacement station machine drives the
 * restore.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { FastifyReply, FastifyRequest } from 'fastify';
import sharp from 'sharp';
import { openApiPath } from '../../src/api/openapi.js';
import { allRoutes } from '../../src/api/routes/index.js';
import { totpCode } from '../../src/access/totp.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ncDiaryVerificationCode, verificationCode } from '../../src/documents/index.js';
import { ManualClock } from '../../src/util/clock.js';
import { ok as succeeded, type Success } from '../support/answers.js';
import { ApiClient, type Answer } from '../support/client.js';
import { theftFir } from '../support/fir-bodies.js';
import { CLI_ACTOR, enrolStation, QUICK_SYNC } from '../support/network.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/** The bytes of a seizure's recording, small enough to send. */
const RECORDING = Buffer.from('\x00\x00\x00\x18ftypmp42 the contract walk recording');

const png = (r: number, g: number, b: number) =>
  sharp({ create: { width: 24, height: 24, channels: 3, background: { r, g, b } } })
    .png()
    .toBuffer();

describe(`the API contract: every route answers as its schema says (${ENGINE})`, () => {
  const clock = new ManualClock('2026-07-02T05:30:00Z');
  /** "METHOD /path/{param}" → the statuses it answered, on any of the nodes. */
  const answered = new Map<string, Set<number>>();
  const onAnswer = (request: FastifyRequest, reply: FastifyReply) => {
    const key = `${request.method} ${openApiPath(request.routeOptions.url ?? request.url)}`;
    (answered.get(key) ?? answered.set(key, new Set()).get(key)!).add(reply.statusCode);
  };
  const servers: TestServer[] = [];
  let state: TestServer;
  let openapi: { paths: Record<string, Record<string, { responses: Record<string, unknown> }>> };

  const start = async (opts: Parameters<typeof startTestServer>[0]) => {
    const s = await startTestServer({ clock, sync: QUICK_SYNC, onAnswer, ...opts });
    servers.push(s);
    return s;
  };
  const signedIn = async (server: TestServer, username: string, demo: TestServer = state) => {
    const c = new ApiClient(server.app);
    await c.signIn(username, DEMO_PASSWORD, demo.demo.users[username]!.totpSecret, clock);
    return c;
  };
  /** An answer that must be the route's success; its body was checked against the schema on the way. */
  const ok = <A extends Answer>(a: A, status = 200): Success<A>['body'] => succeeded(a, status).body;
  const upload = async <U extends string>(c: ApiClient, path: U, r: number) =>
    ok(await c.request('POST', path, undefined, { raw: (await png(r, 100, 50)) as unknown as string, headers: { 'content-type': 'image/png' } }), 201);

  before(async () => {
    state = await start({ node: { tier: 'state', unit: 'MH' } });
    openapi = JSON.parse((await state.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
  });
  after(async () => {
    for (const s of servers.reverse()) await s.close();
  });

  test('a handler answering a field its schema does not declare gets a loud 500 naming the route and the path', async () => {
    const me = allRoutes.find((r) => r.method === 'GET' && r.path === '/api/v1/me')!;
    const original = me.handler;
    me.handler = async (ctx) => ({ ...((await original(ctx)) as object), homeAddress: 'Flat 4, Shivaji Nagar' });
    try {
      const c = await signedIn(state, 'sho.pune1');
      const a = await c.get('/api/v1/me');
      assert.equal(a.status, 500);
      assert.match(a.body.detail, /GET \/api\/v1\/me does not match its declared response schema/);
      assert.match(a.body.detail, /homeAddress/);
      assert.doesNotMatch(a.body.detail, /Shivaji/, 'names the field, never its value');
    } finally {
      me.handler = original;
    }
    answered.delete('GET /api/v1/me');
  });

  test('every police-facing route, driven to success on the state node', async () => {
    const anon = new ApiClient(state.app);
    ok(await anon.get('/healthz'));
    ok(await anon.get('/api/v1/session'));

    const sho = await signedIn(state, 'sho.pune1');
    const admin = await signedIn(state, 'admin.mh');
    const scrb = await signedIn(state, 'scrb.mh');
    const sp = await signedIn(state, 'sp.pune');
    ok(await sho.get('/api/v1/session'));
    ok(await sho.get('/api/v1/me'));
    ok(await sho.patch('/api/v1/me', { language: 'hi' }));
    ok(await sho.get('/api/v1/me/audit'));
    ok(await sho.get('/api/v1/node'));
    ok(await admin.get('/api/v1/nodes'));
    const added = ok(await admin.post('/api/v1/nodes', { unitCode: 'MH-NSK-PS01', label: 'Nashik city' }), 201);
    ok(await admin.post(`/api/v1/nodes/${added.node.id}/revoke`, { reason: 'Registered by mistake' }));

    // Users: a new constable signs in for the first time (enrolment, then a new password).
    ok(await admin.get('/api/v1/roles'));
    ok(await admin.get('/api/v1/users'));
    const created = ok(await admin.post('/api/v1/users', { username: 'ct.contract', displayName: 'Constable Contract', role: 'station_writer', unitCode: 'MH-PUN-PS01' }), 201);
    const userId = created.user.id;
    ok(await admin.get(`/api/v1/users/${userId}`));
    const fresh = new ApiClient(state.app);
    await fresh.refreshCsrf();
    clock.advance(30);
    assert.equal(ok(await fresh.post('/api/v1/auth/login', { username: 'ct.contract', password: created.temporaryPassword })).stage, 'enrol');
    await fresh.refreshCsrf();
    const material = ok(await fresh.get('/api/v1/auth/enrolment'));
    assert.equal(ok(await fresh.post('/api/v1/auth/enrolment', { code: totpCode(material.secret, clock.now()) })).stage, 'password');
    assert.equal(ok(await fresh.post('/api/v1/auth/password', { newPassword: 'a-long-and-fine-passphrase-2026' })).stage, 'full');
    await fresh.refreshCsrf();
    ok(await fresh.post('/api/v1/me/password', { currentPassword: 'a-long-and-fine-passphrase-2026', newPassword: 'another-long-fine-passphrase-2026' }), 204);
    await fresh.refreshCsrf();
    ok(await fresh.post('/api/v1/auth/logout', {}), 204);
    ok(await admin.post(`/api/v1/users/${userId}/disable`, { reason: 'Transferred out' }));
    ok(await admin.post(`/api/v1/users/${userId}/enable`, { reason: 'Transferred back' }));
    ok(await admin.post(`/api/v1/users/${userId}/unlock`, { reason: 'Locked out' }));
    ok(await admin.post(`/api/v1/users/${userId}/reset`, { reason: 'Lost the phone' }));
    ok(await sho.get('/api/v1/units'));
    ok(await sho.get('/api/v1/stations'));

    // The law catalogue.
    ok(await sho.get('/api/v1/law/sections?q=303'));
    ok(await sho.get('/api/v1/law/acts'));
    ok(await sho.get('/api/v1/investigation/codes?unit=MH-PUN-PS01'));
    ok(await sho.get('/api/v1/investigation/codes'));
    ok(
      await scrb.post('/api/v1/law/sections/BNS/303(2)/corrections', {
        changes: { crimeHead: 'Theft of property' },
        reason: 'The crime head NCRB counts it under',
        source: 'NCRB Crime in India 2023',
      }),
    );
    ok(await sho.get('/api/v1/law/sections/BNS/303(2)'));

    // Complaints, one of them a sexual offence whose complainant is withheld from the writer.
    const photo = await upload(sho, '/api/v1/attachments', 10);
    ok(await sho.get(`/api/v1/attachments/${photo.sha256}`));
    const complaint = ok(
      await sho.post('/api/v1/complaints', {
        stationCode: 'MH-PUN-PS01',
        complainant: { person: { name: 'Meena Jadhav', gender: 'female', age: 34 } },
        description: 'Her phone was snatched.',
        place: 'Bus stand',
      }),
      201,
    );
    ok(await sho.get('/api/v1/complaints'));
    ok(await sho.get(`/api/v1/complaints/${complaint.id}`));
    ok(await sho.post(`/api/v1/complaints/${complaint.id}/assign`, { officerUserId: (await state.node.users.byUsername('io.pune1'))!.id }));
    const toClose = ok(
      await sho.post('/api/v1/complaints', {
        stationCode: 'MH-PUN-PS01',
        complainant: { person: { name: 'Ravi Shinde', gender: 'male', age: 50 } },
        description: 'A dispute over a boundary wall.',
        place: 'Ward 9',
      }),
      201,
    );
    ok(await sho.post(`/api/v1/complaints/${toClose.id}/close`, { closure: 'non_cognizable', note: 'A civil dispute over land' }));
    const sensitive = ok(
      await sho.post('/api/v1/complaints', {
        stationCode: 'MH-PUN-PS01',
        complainant: { person: { name: 'Kavita Pawar', gender: 'female', age: 17 } },
        description: 'Assaulted on the way home.',
        place: 'Canal road',
        sectionsAlleged: [{ act: 'BNS', section: '64' }],
      }),
      201,
    );
    const writer = await signedIn(state, 'writer.pune1');
    const masked = ok(await writer.get(`/api/v1/complaints/${sensitive.id}`));
    assert.equal(masked.complainantId, null);
    assert.equal(masked.complainant!.masked, true);
    const converted = ok(
      await sho.post(`/api/v1/complaints/${sensitive.id}/convert`, theftFir({ sections: [{ act: 'BNS', section: '64' }], complainant: undefined, briefFacts: 'Registered on the complaint.' })),
      201,
    );
    ok(await writer.get(`/api/v1/firs/${converted.fir.id}`));

    // Non-cognizable reports (BNSS 174): registered, listed, read, the diary printed and forwarded, one converted on the Magistrate's order.
    const nc = ok(
      await sho.post('/api/v1/nc-reports', {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: 'Prakash Deshpande', gender: 'male', age: 45 } },
        accused: [{ person: { name: 'Sunil Jagtap', gender: 'male', age: 40 } }],
        substance: 'The informant states that his neighbour abused him and threatened him over a drain.',
        place: 'Ward 4, Baramati',
        sections: [{ act: 'BNS', section: '352' }],
        courtCode: 'MH-PUN-JMFC-BRM',
      }),
      201,
    );
    ok(await sho.get('/api/v1/nc-reports?informant=Prakash%20Deshpande'));
    ok(await writer.get(`/api/v1/nc-reports/${nc.id}`));
    ok(await sho.get('/api/v1/nc-diaries/diary.pdf?station=MH-PUN-PS01&from=2026-07-01&lang=hi'));
    ok(await sho.post('/api/v1/nc-diaries', { stationCode: 'MH-PUN-PS01', from: '2026-06-16', courtCode: 'MH-PUN-JMFC-BRM' }), 201);
    const ncFir = ok(
      await sho.post(`/api/v1/nc-reports/${nc.id}/convert`, {
        order: { date: '2026-07-02', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Order in Misc. 7/2026' },
        fir: theftFir({
          sections: [{ act: 'BNS', section: '352' }],
          complainant: undefined,
          occurredFrom: '2026-07-01T10:00:00+05:30',
          occurredTo: undefined,
          infoReceivedAt: '2026-07-02T10:00:00+05:30',
          briefFacts: 'Registered on the order of the Magistrate.',
        }),
      }),
      201,
    );
    assert.equal(ncFir.fir.ncReport!.id, nc.id);
    // Missing persons: an adult (a report) and a child (an FIR at once), traced, printed; the child masked from the writer.
    const missingBody = (name: string, age: number) => ({
      stationCode: 'MH-PUN-PS01',
      person: { name, age },
      description: {
        sex: 'female',
        heightCm: 150,
        build: 'thin',
        complexion: 'fair',
        marks: 'Mole on the chin',
        clothes: 'Red frock',
        place: { address: 'Weekly market', latitude: 18.15, longitude: 74.58 },
      },
      lastSeenAt: '2026-07-01T18:00:00+05:30',
      informant: { person: { name: 'Shanta Kale', gender: 'female', age: 40 } },
      contacts: [{ name: 'Shanta Kale', relation: 'mother', phone: '+91 98220 33333' }],
    });
    const missingAdult = ok(await sho.post('/api/v1/missing-persons', missingBody('Lata Kale', 22)), 201);
    const missingChild = ok(await writer.post('/api/v1/missing-persons', missingBody('Sonu Kale', 11)), 201);
    assert.equal(missingChild.person!.masked, true);
    assert.ok(missingChild.fir);
    ok(await writer.get('/api/v1/missing-persons?status=missing&child=true'));
    ok(await sho.get(`/api/v1/missing-persons/${missingChild.id}`));
    ok(await sho.post(`/api/v1/missing-persons/${missingAdult.id}/status`, { status: 'traced', at: missingAdult.reportedAt, note: 'Found at her sister’s house in Pune' }));
    assert.equal((await sho.get(`/api/v1/missing-persons/${missingAdult.id}/report.pdf?lang=hi`)).status, 200);

    // An unidentified body: registered, its inquest and post-mortem recorded, identified as the missing child (masked from the writer), printed.
    const bodyPhoto = await upload(writer, '/api/v1/attachments', 120);
    const body = ok(
      await writer.post('/api/v1/unnatural-deaths', {
        stationCode: 'MH-PUN-PS01',
        description: {
          sex: 'female',
          photoSha256: bodyPhoto.sha256,
          ageRange: { from: 9, to: 13 },
          heightCm: 140,
          marks: 'Mole on the chin',
          clothes: 'Red frock',
          place: { address: 'Canal bank', latitude: 18.16, longitude: 74.57 },
        },
        foundAt: '2026-07-02T07:00:00+05:30',
        informedAt: '2026-07-02T07:30:00+05:30',
        informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50 } },
        belongings: 'A school bag',
        apparentCause: 'Drowning (apparent)',
      }),
      201,
    );
    assert.equal(body.clocks[0]!.status, 'running');
    ok(await writer.get('/api/v1/unnatural-deaths?status=unidentified'));
    ok(
      await sho.post(`/api/v1/unnatural-deaths/${body.id}/inquest`, {
        heldBy: 'PSI Kiran Wagh',
        heldAt: '2026-07-02T09:00:00+05:30',
        witnesses: ['Sakharam Pawar', 'Nandu Bhosale'],
        findings: 'No external injuries.',
        forwardedTo: { designation: 'sub_divisional_magistrate', name: 'SDM Baramati' },
        forwardedAt: '2026-07-02T10:00:00+05:30',
      }),
    );
    ok(await sho.post(`/api/v1/unnatural-deaths/${body.id}/post-mortem`, { hospital: 'Rural Hospital, Baramati', number: 'PM/7/2026', conductedAt: '2026-07-02T10:30:00+05:30' }));
    // The body's possible matches across the State (both directions): one report rejected, the child's confirmed, then identified.
    const otherPhoto = await upload(writer, '/api/v1/attachments', 130);
    const otherChild = ok(
      await writer.post('/api/v1/missing-persons', { ...missingBody('Rekha Kale', 12), description: { ...missingBody('Rekha Kale', 12).description, photoSha256: otherPhoto.sha256 } }),
      201,
    );
    assert.ok(ok(await sho.get(`/api/v1/unnatural-deaths/${body.id}/match-candidates`)).candidates.some((c) => c.id === missingChild.id));
    assert.ok(ok(await sho.get(`/api/v1/missing-persons/${missingChild.id}/match-candidates?limit=5`)).candidates.some((c) => c.id === body.id));
    // The candidates' photos side by side, for the SHO who may see the children.
    ok(await sho.get(`/api/v1/missing-persons/${missingChild.id}/match-candidates/${body.id}/photo`));
    ok(await sho.get(`/api/v1/unnatural-deaths/${body.id}/match-candidates/${otherChild.id}/photo`));
    assert.equal(ok(await sho.post('/api/v1/matches/reject', { missingPersonId: otherChild.id, unnaturalDeathId: body.id, reason: 'No mole on the chin' })).decision, 'rejected');
    assert.equal(ok(await sho.post('/api/v1/matches/confirm', { missingPersonId: missingChild.id, unnaturalDeathId: body.id, reason: 'The frock and the mole' })).decision, 'confirmed');
    ok(await sho.post(`/api/v1/unnatural-deaths/${body.id}/identify`, { missingPersonId: missingChild.id, at: missingChild.reportedAt, note: 'Identified by her mother from the frock.' }));
    assert.equal(ok(await writer.get(`/api/v1/unnatural-deaths/${body.id}`)).identification!.person!.masked, true);
    assert.equal((await sho.get(`/api/v1/unnatural-deaths/${body.id}/report.pdf?lang=hi`)).status, 200);

    // Found persons: a girl found alone (masked from the writer, produced before the CWC), matched with a missing girl both ways,
    // one report rejected, one confirmed, then restored through it; a wandering man identified by name; both printed.
    const foundGirl = ok(
      await writer.post('/api/v1/found-persons', {
        stationCode: 'MH-PUN-PS01',
        person: { name: 'Munni' },
        description: {
          sex: 'female',
          ageRange: { from: 10, to: 13 },
          heightCm: 148,
          marks: 'Mole on the chin',
          clothes: 'Red frock',
          place: { address: 'Bus stand', latitude: 18.15, longitude: 74.57 },
        },
        foundAt: '2026-07-02T08:00:00+05:30',
        foundBy: 'Childline volunteer',
        condition: 'Frightened, unhurt',
      }),
      201,
    );
    assert.equal(foundGirl.person!.masked, true);
    ok(await writer.get('/api/v1/found-persons?child=true&status=found'));
    ok(await sho.post(`/api/v1/found-persons/${foundGirl.id}/placement`, { kind: 'cwc', name: 'Child Welfare Committee, Pune', at: foundGirl.registeredAt }));
    const girlReport = ok(await writer.post('/api/v1/missing-persons', missingBody('Guddi Kale', 11)), 201);
    const otherGirl = ok(await writer.post('/api/v1/missing-persons', missingBody('Pinky Kale', 12)), 201);
    assert.ok(ok(await sho.get(`/api/v1/found-persons/${foundGirl.id}/match-candidates`)).candidates.some((c) => c.id === girlReport.id));
    assert.ok(ok(await sho.get(`/api/v1/missing-persons/${girlReport.id}/match-candidates`)).candidates.some((c) => c.id === foundGirl.id));
    assert.equal(
      ok(await sho.post('/api/v1/matches/found-persons/reject', { missingPersonId: otherGirl.id, foundPersonId: foundGirl.id, reason: 'Her mother says it is not her' })).decision,
      'rejected',
    );
    assert.equal(ok(await sho.post('/api/v1/matches/found-persons/confirm', { missingPersonId: girlReport.id, foundPersonId: foundGirl.id, reason: 'The frock and the mole' })).decision, 'confirmed');
    ok(
      await sho.post(`/api/v1/found-persons/${foundGirl.id}/outcome`, {
        outcome: 'restored',
        at: girlReport.reportedAt,
        missingPersonId: girlReport.id,
        restoredTo: 'Her mother',
        note: 'Recognised by her mother.',
      }),
    );
    assert.equal((await sho.get(`/api/v1/found-persons/${foundGirl.id}/report.pdf?lang=hi`)).status, 200);
    const wanderer = ok(
      await writer.post('/api/v1/found-persons', {
        stationCode: 'MH-PUN-PS01',
        description: { sex: 'male', ageRange: { from: 70, to: 80 }, place: { address: 'Temple steps' } },
        foundAt: '2026-07-02T06:00:00+05:30',
        foundBy: 'Beat constable',
      }),
      201,
    );
    ok(
      await sho.post(`/api/v1/found-persons/${wanderer.id}/outcome`, {
        outcome: 'identified',
        at: wanderer.registeredAt,
        person: { name: 'Rambhau Pawar', gender: 'male', age: 76 },
        note: 'Remembered his name after treatment.',
      }),
    );
    ok(await sho.get(`/api/v1/found-persons/${wanderer.id}`));

    // A lost phone reported, found and returned on the Magistrate's order; a perishable basket sold; a lost report converted to an FIR.
    const lost = ok(
      await writer.post('/api/v1/lost-reports', {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: 'Savita Jagtap', gender: 'female', age: 35 } },
        lostAt: '2026-07-01T18:00:00+05:30',
        lostPlace: 'Baramati bus stand',
        articles: [{ kind: 'mobile_phone', description: 'Black Redmi phone', mobilePhone: { imei: '490154203237518' } }],
      }),
      201,
    );
    ok(await writer.get('/api/v1/lost-reports?status=lost'));
    ok(await writer.get(`/api/v1/lost-reports/${lost.id}`));
    assert.equal((await writer.get(`/api/v1/lost-reports/${lost.id}/report.pdf?lang=hi`)).status, 200);
    const found = ok(
      await writer.post('/api/v1/found-property', {
        stationCode: 'MH-PUN-PS01',
        article: { kind: 'mobile_phone', description: 'Black Redmi phone', mobilePhone: { imei: '490154203237518' } },
        foundAt: '2026-07-02T08:00:00+05:30',
        foundPlace: 'Platform 2',
        handedInBy: { person: { name: 'Rafiq Shaikh', gender: 'male', age: 40 } },
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      }),
      201,
    );
    assert.equal(found.matches!.lostReports[0]!.number, lost.number);
    ok(await writer.get('/api/v1/found-property?status=unclaimed'));
    ok(await sho.post(`/api/v1/found-property/${found.id}/magistrate-report`, { courtCode: 'MH-PUN-JMFC-BRM', reportedOn: '2026-07-02', reference: 'PS Baramati 77/2026' }));
    const order = { date: '2026-07-02', courtCode: 'MH-PUN-JMFC-BRM', reference: 'Misc. 41/2026' };
    ok(
      await sho.post(`/api/v1/found-property/${found.id}/claim`, {
        claimant: { personId: lost.informant!.masked ? '' : lost.informant!.id },
        at: clock.now().toISOString(),
        identity: { document: 'Voter ID', number: 'MH/12/345' },
        proof: 'The purchase bill with the same IMEI',
        order,
        handedBy: 'ASI Malkhana Jadhav',
        lostReportId: lost.id,
      }),
    );
    ok(await sho.get(`/api/v1/found-property/${found.id}`));
    assert.equal((await sho.get(`/api/v1/found-property/${found.id}/receipt.pdf?lang=hi`)).status, 200);
    const basket = ok(
      await writer.post('/api/v1/found-property', {
        stationCode: 'MH-PUN-PS01',
        article: { kind: 'other', description: 'A basket of mangoes' },
        foundAt: '2026-07-02T08:00:00+05:30',
        foundPlace: 'Market yard',
        perishable: true,
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      }),
      201,
    );
    ok(
      await sho.post(`/api/v1/found-property/${basket.id}/dispose`, {
        at: clock.now().toISOString(),
        ground: 'perishable',
        order,
        manner: 'Sold by public auction',
        handedBy: 'ASI Malkhana Jadhav',
        receivedBy: 'Auctioneer',
      }),
    );
    const theft = ok(
      await writer.post('/api/v1/lost-reports', {
        stationCode: 'MH-PUN-PS01',
        informant: { person: { name: 'Mohan Gaikwad', gender: 'male', age: 50 } },
        lostAt: '2026-07-01T18:00:00+05:30',
        lostPlace: 'Weekly market',
        articles: [{ kind: 'bag', description: 'A cloth bag' }],
      }),
      201,
    );
    ok(await sho.post(`/api/v1/lost-reports/${theft.id}/convert`, { fir: theftFir() }), 201);

    // FIRs.
    const fir = ok(
      await sho.post(
        '/api/v1/firs',
        theftFir({
          origin: 'efir',
          infoType: 'electronic',
          accused: [{ person: { name: 'Raju Kamble', gender: 'male', age: 30, photoSha256: photo.sha256, phones: ['+91 98220 55555'] } }],
          properties: [{ description: 'Motorcycle', value: 60000, vehicle: { registration: 'MH 12 AB 1234' } }],
        }),
      ),
      201,
    );
    ok(await sho.get('/api/v1/firs'));
    ok(await sho.get(`/api/v1/firs/${fir.id}`));
    ok(await sho.post(`/api/v1/firs/${fir.id}/amendments`, { reason: 'A witness came forward', addPersons: [{ role: 'witness', person: { name: 'Sunil More', gender: 'male', age: 41 } }] }));
    ok(await sho.post(`/api/v1/firs/${fir.id}/efir-signature`, {}));
    ok(await writer.get(`/api/v1/firs/${converted.fir.id}/versions`));
    const pdf = await sho.get(`/api/v1/firs/${fir.id}/copy.pdf`);
    assert.equal(pdf.status, 200);
    const zero = ok(await sho.post('/api/v1/firs', theftFir({ origin: 'zero', jurisdictionStationCode: 'MH-PUN-PS02' })), 201);
    ok(await sho.post(`/api/v1/firs/${zero.id}/transfer`, { toStationCode: 'MH-PUN-PS02', reason: 'The offence occurred in its limits' }));
    // The case file: the SHO assigns the IO, who keeps the diary; the SP takes the case over.
    const io = await signedIn(state, 'io.pune1');
    ok(await sho.post(`/api/v1/cases/${fir.id}/assignment`, { ioUserId: (await state.node.users.byUsername('io.pune1'))!.id }));
    ok(
      await io.post(`/api/v1/cases/${fir.id}/diary`, {
        beganAt: '2026-07-02T10:30:00+05:30',
        places: ['Bhigwan Chowk'],
        text: 'Visited the place of occurrence.',
        statements: [
          { personId: (await state.node.firs.mustGet(fir.id)).content.persons[0]!.personId, text: 'I saw them.' },
          { name: 'A neighbour', text: 'I heard the engine.' },
        ],
      }),
      201,
    );
    // Arrest of the accused, his production and remand; the station's list of arrested persons.
    const accused = (await state.node.firs.mustGet(fir.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    ok(await io.post(`/api/v1/cases/${fir.id}/absconding`, { personId: accused, since: '2026-07-01T20:00:00+05:30', note: 'Not found at his house.' }), 201);
    const arrested = ok(
      await io.post(`/api/v1/cases/${fir.id}/arrests`, {
        personId: accused,
        outcome: 'arrested_sent_up',
        at: '2026-07-02T09:00:00+05:30',
        place: 'Bus stand, Baramati',
        grounds: 'Found with the stolen motorcycle.',
        personInformed: { name: 'Dattu Kamble', relationship: 'father', phone: '+91 98220 55556', informedAt: '2026-07-02T09:20:00+05:30' },
        attestingWitness: 'Ramesh Kale',
        handcuff: { category: 'habitual_or_repeat_offender', reason: 'Escaped from the lock-up in 2024.' },
      }),
      201,
    );
    ok(await io.post(`/api/v1/cases/${fir.id}/arrests/${arrested.arrests[0]!.id}/production`, { at: '2026-07-02T10:00:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' }));
    ok(
      await io.post(`/api/v1/cases/${fir.id}/arrests/${arrested.arrests[0]!.id}/custody`, {
        kind: 'police',
        from: '2026-07-02T10:15:00+05:30',
        until: '2026-07-04T10:15:00+05:30',
        court: 'JMFC Baramati',
        orderReference: 'RA 1/2026',
      }),
      201,
    );
    assert.ok(ok(await sp.get('/api/v1/arrested-persons?unit=MH-PUN')).persons.length >= 1);
    assert.ok(ok(await sp.get('/api/v1/search/accused?unit=MH-PUN&status=police_custody')).results.length >= 1);
    ok(await sho.get('/api/v1/search/accused?status=jailed'), 400);
    assert.equal((await sp.get(`/api/v1/cases/${fir.id}/arrests/${arrested.arrests[0]!.id}/memo.pdf?lang=hi`)).status, 200);
    ok(await sp.post(`/api/v1/cases/${fir.id}/takeover`, { reason: 'Supervision of a case of a series' }));
    ok(await io.get(`/api/v1/cases/${fir.id}`));
    ok(await writer.get(`/api/v1/cases/${converted.fir.id}`), 403);
    ok(await sp.get(`/api/v1/cases/${fir.id}/diary`));
    ok(await sho.post(`/api/v1/cases/${zero.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' }), 409);
    const handed = ok(await sho.post('/api/v1/firs', theftFir()), 201);
    ok(await sho.post(`/api/v1/cases/${handed.id}/transfer`, { toStationCode: 'MH-NSK-PS01', reason: 'The accused live in Niphad' }));
    // A seizure with its recording; the SHO, keeping the property room, sends an item to court; its statement; the forms and the register.
    const seized = ok(
      await io.post(`/api/v1/cases/${fir.id}/seizures`, {
        seizedAt: '2026-07-02T10:00:00+05:30',
        place: 'House of the accused',
        items: [
          { description: 'Mobile phone', category: 'mobile_phone', quantity: '1', value: 9000, device: { make: 'Samsung', imei: '490154203237518', sha256: 'c'.repeat(64) } },
          { description: 'Knife', category: 'weapon', quantity: '1', sealNo: 'S-2' },
        ],
        witnesses: [{ personId: (await state.node.firs.mustGet(fir.id)).content.persons[0]!.personId }, { name: 'Ganesh More', address: 'Baramati' }],
        video: { sha256: createHash('sha256').update(RECORDING).digest('hex'), size: RECORDING.length, forwardedToMagistrateAt: '2026-07-02T10:30:00+05:30', magistrate: 'JMFC Baramati' },
        depositedWith: { userId: (await state.node.users.byUsername('sho.pune1'))!.id },
      }),
      201,
    );
    const item = seized.items[0]!.id;
    ok(await io.request('POST', `/api/v1/cases/${fir.id}/seizures/${seized.id}/recording`, undefined, { raw: RECORDING as unknown as string, headers: { 'content-type': 'video/mp4' } }), 201);
    ok(
      await sho.post(`/api/v1/cases/${fir.id}/property/${item}/moves`, { kind: 'sent_to_court', at: '2026-07-02T10:40:00+05:30', receivedBy: { name: 'Court clerk' }, destination: 'JMFC Baramati' }),
      201,
    );
    ok(await io.post(`/api/v1/cases/${fir.id}/property/${item}/court-steps`, { step: 'statement_prepared', at: '2026-07-02T10:50:00+05:30' }), 201);
    for (const url of [`/api/v1/cases/${fir.id}/seizures/${seized.id}/memo.pdf?lang=hi`, `/api/v1/cases/${fir.id}/seizures/${seized.id}/bsa63.pdf?record=${item}`]) {
      const form = await io.get(url);
      assert.equal(form.status, 200, url);
      assert.equal(form.headers['content-type'], 'application/pdf');
    }
    ok(await sp.get('/api/v1/stations/MH-PUN-PS01/property-room?place=court'));
    ok(await writer.get(`/api/v1/stations/MH-PUN-PS01/property-room/${item}`));
    assert.ok(ok(await writer.get('/api/v1/search/property?q=knife')).results.length >= 1);
    ok(await writer.get('/api/v1/search/property?place=moon'), 400);
    // The stolen property registers: a phone of a theft FIR checks as stolen; a bad check digit is refused.
    const stolen = ok(await writer.post('/api/v1/firs', theftFir({ properties: [{ description: 'Phone', category: 'mobile_phone', mobilePhone: { imei: '356938035643809', make: 'Nokia' } }] })), 201);
    assert.equal(ok(await sp.get('/api/v1/stolen-property/check?imei=35-693803-564380-9')).state, 'stolen');
    ok(await sp.get('/api/v1/stolen-property/check?imei=356938035643808'), 400);
    assert.ok(ok(await sho.get('/api/v1/stations/MH-PUN-PS01/stolen-property?kind=mobile_phone')).items.some((i) => i.firId === stolen.id));
    ok(await anon.get(`/api/v1/verify/${verificationCode(state.node.secrets, await state.node.firs.mustGet(fir.id))}`));
    // A nil diary of NC reports (16–30 June, the 12th fortnight), as printed.
    assert.equal(ok(await anon.get(`/api/v1/verify/${ncDiaryVerificationCode(state.node.secrets, { stationCode: 'MH-PUN-PS01', year: 2026, fortnight: 12, reportIds: [] })}`)).document, 'nc-diary');
    // Crime details and cases like it; the victim told, the forensic visit; the charge sheet and the case in court.
    const caseUrl = `/api/v1/cases/${fir.id}` as const;
    ok(
      await io.post(`${caseUrl}/crime-details`, {
        placeType: 'road_street',
        motive: 'gain',
        moCodes: ['two_wheeler', 'night'],
        properties: [{ description: 'Motorcycle', category: 'vehicle', value: 60000 }],
      }),
      201,
    );
    ok(await io.get(`${caseUrl}/similar`));
    const iif2 = await io.get(`${caseUrl}/crime-details.pdf?lang=hi`);
    assert.equal(iif2.status, 200);
    assert.match(String(iif2.headers['content-type']), /application\/pdf/);
    ok(await io.post(`${caseUrl}/victim-progress`, { informedAt: '2026-07-02T10:40:00+05:30', means: 'sms' }), 201);
    ok(await io.post(`${caseUrl}/forensic-visit`, { visitedAt: '2026-07-02T10:20:00+05:30', team: 'Mobile forensic unit', videoSha256: 'ab'.repeat(32) }), 201);
    const raju = (await state.node.firs.mustGet(fir.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    const charged = ok(
      await io.post(`${caseUrl}/final-reports`, {
        kind: 'charge_sheet',
        accused: [{ personId: raju, status: 'in_custody', charged: true }],
        sections: [{ act: 'BNS', section: '303(2)' }],
        exhibits: seized.items.map((i: { id: string }) => ({ itemId: i.id })),
        courtCode: 'MH-PUN-CJM',
      }),
      201,
    );
    assert.equal(charged.status, 'charge_sheeted');
    const printed = await io.get(`${caseUrl}/final-report.pdf?lang=hi`);
    assert.equal(printed.status, 200);
    assert.match(String(printed.headers['content-type']), /application\/pdf/);
    ok(await sho.post(`${caseUrl}/court-case`, { courtCode: 'MH-PUN-CJM', courtCaseNo: 'RCC 5/2026', registeredOn: '2026-07-02' }), 201);
    ok(await io.post(`${caseUrl}/hearings`, { date: '2026-07-02', purpose: 'Appearance', nextDate: '2026-08-02' }), 201);
    const judged = ok(
      await io.post(`${caseUrl}/disposal`, {
        judgmentDate: '2026-07-02',
        outcomes: [{ personId: raju, section: { act: 'BNS', section: '303(2)' }, outcome: 'convicted', sentence: 'Six months', fine: 1000 }],
      }),
      201,
    );
    const appealed = ok(
      await io.post(`${caseUrl}/appeals`, {
        courtCode: 'MH-PUN-SESS',
        appealNo: 'Cri. Appeal 2/2026',
        appellant: 'Accused A1',
        filedOn: '2026-07-02',
        decidedOn: '2026-07-02',
        results: [{ personId: raju, result: 'sentence_reduced' }],
      }),
      201,
    );
    for (const url of [`${caseUrl}/disposals/${judged.court.disposals[0]!.id}/form.pdf?lang=hi`, `${caseUrl}/appeals/${appealed.court.appeals[0]!.id}/form.pdf`]) {
      const form = await sho.get(url);
      assert.equal(form.status, 200, url);
      assert.match(String(form.headers['content-type']), /application\/pdf/);
    }
    // A closure in Maharashtra waits for the SDPO's approval.
    const untraced = ok(await sho.post('/api/v1/firs', theftFir({ ioUserId: (await state.node.users.byUsername('io.pune1'))!.id })), 201);
    const closure = ok(await io.post(`/api/v1/cases/${untraced.id}/final-reports`, { kind: 'closure_true_undetected', reason: 'Untraced after enquiries.', courtCode: 'MH-PUN-CJM' }), 201);
    const sdpo = await signedIn(state, 'sdpo.pune');
    assert.equal(ok(await sdpo.post(`/api/v1/cases/${untraced.id}/final-reports/${closure.finalReports[0]!.id}/review`, { decision: 'approved' })).status, 'closed');

    // The diary and the dashboard.
    const gd = ok(await sho.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'information', text: 'Patrol returned to the station.' }), 201);
    ok(await sho.post('/api/v1/gd/corrections', { correctsId: gd.id, text: 'Patrol returned at 10:15.' }), 201);
    ok(await sho.get('/api/v1/gd'));
    ok(await sho.get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    ok(await sdpo.get('/api/v1/units/MH-PUN-SD1/register-counts'));

    // Persons and search.
    const accusedId = (await state.node.firs.mustGet(fir.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    ok(await sho.get(`/api/v1/persons/${accusedId}`));
    ok(await sho.get('/api/v1/persons/matches?name=Raju%20Kamble'));
    const other = ok(await sho.post('/api/v1/firs', theftFir({ accused: [{ person: { name: 'Raju Kamle', gender: 'male', age: 31 } }] })), 201);
    const otherId = (await state.node.firs.mustGet(other.id)).content.persons.find((p) => p.role === 'accused')!.personId;
    const mark = ok(await sho.post(`/api/v1/persons/${accusedId}/same-as`, { personId: otherId, reason: 'Same father, same address' }), 201);
    ok(await sho.get(`/api/v1/persons/${accusedId}/same-as`));
    ok(await sho.post(`/api/v1/same-person-marks/${mark.id}/withdraw`, { reason: 'Not the same person after all' }));
    ok(await sho.get('/api/v1/search/persons?q=Raju%20Kamble'));
    ok(await sho.get('/api/v1/search/phones?q=9822055555'));
    ok(await sho.get('/api/v1/search/firs?text=bicycle'));
    ok(await sho.get('/api/v1/search/vehicles?q=MH12AB1234'));

    // Alerts.
    const alertPhoto = await upload(scrb, '/api/v1/alerts/photos', 200);
    const alert = ok(await scrb.post('/api/v1/alerts', { kind: 'missing_person', title: 'Boy missing', details: 'Last seen near the bus stand.', photoSha256: alertPhoto.sha256 }), 201);
    ok(await sp.get('/api/v1/alerts'));
    ok(await sp.get(`/api/v1/alerts/${alert.id}/photo`));
    ok(await scrb.post(`/api/v1/alerts/${alert.id}/withdraw`, { reason: 'Found at his uncle’s house' }));

    ok(await admin.get('/api/v1/audit'));
  });

  test('the node-to-node operations, driven by a station’s sync rounds', async () => {
    const station = await start({ node: { tier: 'station', unit: 'MH-PUN-PS02', upstream: undefined }, engine: 'sqlite', demo: false });
    const { nodeId } = await enrolStation(state, station);
    await station.node.sync.client.runNow();
    // Files down: an alert with a photo for every station beneath the state.
    const scrb = await signedIn(state, 'scrb.mh');
    const photo = await upload(scrb, '/api/v1/alerts/photos', 30);
    ok(await scrb.post('/api/v1/alerts', { kind: 'missing_person', title: 'Girl missing', details: 'Last seen at the railway station.', photoSha256: photo.sha256 }), 201);
    // Events, audit entries and files up: the station's own FIR with a photo.
    // The station knows its users through sync: its officer is created at the state.
    const admin = await signedIn(state, 'admin.mh');
    ok(await admin.post('/api/v1/users', { username: 'sho.contract', displayName: 'SHO Contract', role: 'station_house_officer', unitCode: 'MH-PUN-PS02' }), 201);
    const stationSho = await firstSignIn(station, 'sho.contract');
    const up = await upload(stationSho, '/api/v1/attachments', 60);
    ok(await stationSho.post('/api/v1/firs', theftFir({ stationCode: 'MH-PUN-PS02', accused: [{ person: { name: 'Mohan Gaikwad', gender: 'male', age: 28, photoSha256: up.sha256 } }] })), 201);
    ok(await stationSho.post('/api/v1/node/sync'));
    assert.deepEqual(state.node.sync.files.read(up.sha256), station.node.sync.files.read(up.sha256));
    assert.ok(station.node.sync.files.read(photo.sha256), 'the alert photo came down');

    // A replacement machine for the station (the old one stolen) gets its records back (restore).
    await state.node.sync.registry.revoke(CLI_ACTOR, nodeId, 'Laptop stolen from the station');
    const replacement = await start({ node: { tier: 'station', unit: 'MH-PUN-PS02', upstream: undefined }, engine: 'sqlite', demo: false });
    await enrolStation(state, replacement);
    assert.ok((await replacement.node.sync.client.runNow()).restored > 0);
  });

  /** A user created at the state signs in on the station for the first time. */
  async function firstSignIn(server: TestServer, username: string): Promise<ApiClient> {
    const admin = await signedIn(state, 'admin.mh');
    const userId = (await state.node.users.byUsername(username))!.id;
    const reset = ok(await admin.post(`/api/v1/users/${userId}/reset`, { reason: 'First sign-in on the station' }));
    await server.node.sync.client.runNow();
    const c = new ApiClient(server.app);
    await c.refreshCsrf();
    clock.advance(30);
    ok(await c.post('/api/v1/auth/login', { username, password: reset.temporaryPassword }));
    await c.refreshCsrf();
    const material = ok(await c.get('/api/v1/auth/enrolment'));
    ok(await c.post('/api/v1/auth/enrolment', { code: totpCode(material.secret, clock.now()) }));
    ok(await c.post('/api/v1/auth/password', { newPassword: 'a-long-and-fine-passphrase-2026' }));
    await c.refreshCsrf();
    return c;
  }

  test('no route of the OpenAPI document was left out', () => {
    const missed: string[] = [];
    for (const [path, ops] of Object.entries(openapi.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const success = Object.keys(op.responses)
          .map(Number)
          .filter((s) => s >= 200 && s < 300);
        const key = `${method.toUpperCase()} ${path}`;
        if (!success.some((s) => answered.get(key)?.has(s))) missed.push(`${key} (answered ${[...(answered.get(key) ?? [])].join(', ') || 'never'})`);
      }
    }
    assert.deepEqual(missed, [], `routes this walk never drove to a successful answer — add them to test/integration/api-contract.test.ts:\n${missed.join('\n')}`);
  });
});
