/**
 * A supervisor's counts of the station registers across a unit (GET /api/v1/units/:code/register-counts):
 * registers built at two stations of the Pune district and one of Nashik, counted per station and in
 * total at the sub-division, the district and the State, the stations needing attention first; a
 * station officer of another district is refused.
 */
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { Role } from '../../src/domain/roles.js';
import { noCounts, type RegisterCounts } from '../../src/domain/register-counts.js';
import { ManualClock } from '../../src/util/clock.js';
import { bearerClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { ok, refused } from '../support/answers.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

const PS01 = 'MH-PUN-PS01';
const PS02 = 'MH-PUN-PS02';
const NSK = 'MH-NSK-PS01';

// 20 July 2026, 11:30 IST: the fortnight of 16–31 July; the 1–15 July diary is owed.
const NOW = '2026-07-20T06:00:00Z';

function missing(stationCode: string, name: string, age: number) {
  return {
    stationCode,
    person: { name, age, addresses: [{ line: 'Ward 3' }], ...(age < 18 ? { relativeName: 'Baban Shinde', relativeKind: 'father' } : {}) },
    description: { sex: 'female', heightCm: 150, build: 'thin', complexion: 'fair', clothes: 'Blue dress', place: { address: 'Bus stand' } },
    lastSeenAt: '2026-07-19T18:00:00+05:30',
    informant: { person: { name: 'Sunanda Gaikwad', gender: 'female', age: 38, phones: ['+91 98220 22222'] } },
    informantRelation: 'mother',
    contacts: [{ name: 'Sunanda Gaikwad', relation: 'mother', phone: '+91 98220 22222' }],
  };
}

/** A person found alive at the station: an old man, or (with an age range under 18) a child. */
function foundPerson(stationCode: string, foundAt: string, ageRange: { from: number; to: number }) {
  return {
    stationCode,
    description: { sex: 'male', ageRange, clothes: 'White shirt', place: { address: 'Railway station' } },
    foundAt,
    receivedAt: new Date(Date.parse(foundAt) + 1_800_000).toISOString(),
    foundBy: 'RPF constable Sunil More',
    condition: 'Cannot say where he lives',
  };
}

function nc(stationCode: string, receivedAt: string, courtCode: string) {
  return {
    stationCode,
    receivedAt,
    informant: person('Ramesh Kulkarni'),
    accused: [person('Vijay Gaikwad')],
    substance: 'The informant states that his neighbour slapped him after a quarrel over parking.',
    place: 'Outside the shop',
    occurredFrom: new Date(Date.parse(receivedAt) - 3_600_000).toISOString(),
    sections: [{ act: 'BNS', section: '115(2)' }],
    courtCode,
  };
}

function body(stationCode: string, informedAt: string) {
  return {
    stationCode,
    description: { sex: 'male', ageRange: { from: 30, to: 40 }, heightCm: 170, place: { address: 'Canal bank' } },
    foundAt: new Date(Date.parse(informedAt) - 1_800_000).toISOString(),
    informedAt,
    informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50 } },
  };
}

/** The counts expected at a station: none but those given. */
function expected(over: { [K in keyof RegisterCounts]?: Partial<RegisterCounts[K]> }): RegisterCounts {
  const c = noCounts();
  for (const [k, v] of Object.entries(over)) Object.assign(c[k as keyof RegisterCounts], v);
  return c;
}

describe(`register counts for supervisors (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock(NOW);
  const as = bearerClients(() => server, 'register-counts');
  const counts = async (username: string, unit: string) => ok(await (await as(username)).get(`/api/v1/units/${unit}/register-counts`)).body;

  const AT = {
    [PS01]: expected({
      ncReports: { thisFortnight: 1, thisYear: 3, diariesOwed: 1, diariesOverdue: 1 },
      missingPersons: { open: 2, children: 1 },
      unidentifiedBodies: { open: 1, inquestsDue: 1 },
      stolenVehicles: { stolen: 1 },
      lostReports: { open: 1 },
      foundPersons: { open: 1 },
    }),
    [PS02]: expected({
      missingPersons: { tracedThisMonth: 1 },
      unidentifiedBodies: { open: 1, inquestsOverdue: 1 },
      foundProperty: { unclaimed: 1 },
    }),
    [NSK]: expected({ ncReports: { thisFortnight: 1, thisYear: 1 }, missingPersons: { open: 1, children: 1 }, foundPersons: { open: 1, children: 1, cwcOverdue: 1 } }),
  };

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const addUser = (username: string, role: Role, unitCode: string) =>
      server.node.events.transaction((tx) =>
        server.node.users.create(tx, { id: randomUUID(), username, displayName: username, role, unitCode, language: 'en', passwordHash: 'x', mustChangePassword: false, totpSecret: null }, 'test'),
      );
    await addUser('sho.pune2', 'station_house_officer', PS02);
    await addUser('sdpo.nashik', 'sub_divisional_officer', 'MH-NSK-SD1');

    const pune1 = await as('sho.pune1');
    ok(await pune1.post('/api/v1/nc-reports', nc(PS01, '2026-07-05T10:00:00+05:30', 'MH-PUN-JMFC-BRM')), 201);
    // 10 minutes past midnight IST on the 1st is still 30 June in UTC: the same fortnight's diary.
    ok(await pune1.post('/api/v1/nc-reports', nc(PS01, '2026-07-01T00:10:00+05:30', 'MH-PUN-JMFC-BRM')), 201);
    ok(await pune1.post('/api/v1/nc-reports', nc(PS01, '2026-07-20T10:00:00+05:30', 'MH-PUN-JMFC-BRM')), 201);
    ok(await pune1.post('/api/v1/missing-persons', missing(PS01, 'Pinki Shinde', 14)), 201);
    ok(await pune1.post('/api/v1/missing-persons', missing(PS01, 'Lata Gaikwad', 45)), 201);
    ok(await pune1.post('/api/v1/found-persons', foundPerson(PS01, '2026-07-19T07:30:00+05:30', { from: 65, to: 75 })), 201);
    ok(await pune1.post('/api/v1/unnatural-deaths', body(PS01, '2026-07-20T10:00:00+05:30')), 201);
    ok(
      await pune1.post('/api/v1/lost-reports', {
        stationCode: PS01,
        informant: { person: { name: 'Savita Jagtap', gender: 'female', age: 36 } },
        lostAt: '2026-07-19T18:00:00+05:30',
        lostPlace: 'Baramati bus stand',
        articles: [{ kind: 'mobile_phone', description: 'Black Redmi Note 12', mobilePhone: { imei: '356938035643809' } }],
      }),
      201,
    );
    ok(
      await pune1.post(
        '/api/v1/firs',
        theftFir({
          occurredFrom: '2026-07-19T01:00:00+05:30',
          occurredTo: '2026-07-19T05:00:00+05:30',
          infoReceivedAt: '2026-07-20T09:30:00+05:30',
          properties: [{ description: 'Motorcycle', category: 'vehicle', vehicle: { registration: 'MH 42 AB 1234' } }],
        }),
      ),
      201,
    );

    const pune2 = await as('sho.pune2');
    const traced = ok(await pune2.post('/api/v1/missing-persons', missing(PS02, 'Ramesh Gaikwad', 42)), 201);
    ok(await pune2.post(`/api/v1/missing-persons/${traced.body.id}/status`, { status: 'traced', at: '2026-07-20T11:30:00+05:30', note: 'Found at his brother’s house' }));
    ok(await pune2.post('/api/v1/unnatural-deaths', body(PS02, '2026-07-18T10:00:00+05:30')), 201);
    ok(
      await pune2.post('/api/v1/found-property', {
        stationCode: PS02,
        article: { kind: 'bag', description: 'Blue rexine bag' },
        foundAt: '2026-07-20T08:00:00+05:30',
        foundPlace: 'Platform 2',
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      }),
      201,
    );

    const nashik = await as('sho.nashik1');
    ok(await nashik.post('/api/v1/nc-reports', nc(NSK, '2026-07-20T09:00:00+05:30', 'MH-NSK-CJM')), 201);
    ok(await nashik.post('/api/v1/missing-persons', missing(NSK, 'Kavita More', 12)), 201);
    // A boy found two days ago and not yet before the Child Welfare Committee: 24 hours run out (JJ Act s. 31).
    ok(await nashik.post('/api/v1/found-persons', foundPerson(NSK, '2026-07-18T07:30:00+05:30', { from: 8, to: 10 })), 201);
  });
  after(() => server.close());

  test('the district: each station counted, the one with an overdue inquest first, and the totals', async () => {
    const r = await counts('sp.pune', 'MH-PUN');
    assert.equal(r.unit.code, 'MH-PUN');
    assert.equal(r.date, '2026-07-20');
    assert.deepEqual(r.fortnight, { start: '2026-07-16', end: '2026-07-31' });
    assert.deepEqual(
      r.stations.map((s) => s.code),
      [PS02, PS01],
      'the station with an inquest overdue before the one with a missing child',
    );
    for (const s of r.stations) assert.deepEqual(s.counts, AT[s.code as keyof typeof AT], s.code);
    assert.deepEqual(r.stations[0]!.parentCode, 'MH-PUN-SD1');
    assert.deepEqual(
      r.totals,
      expected({
        ncReports: { thisFortnight: 1, thisYear: 3, diariesOwed: 1, diariesOverdue: 1 },
        missingPersons: { open: 2, children: 1, tracedThisMonth: 1 },
        unidentifiedBodies: { open: 2, inquestsDue: 1, inquestsOverdue: 1 },
        stolenVehicles: { stolen: 1 },
        lostReports: { open: 1 },
        foundProperty: { unclaimed: 1 },
        foundPersons: { open: 1 },
      }),
    );
  });

  test('the sub-division, the State and one station: the same figures, summed over what lies within', async () => {
    const sd = await counts('sdpo.pune', 'MH-PUN-SD1');
    const district = await counts('sp.pune', 'MH-PUN');
    assert.deepEqual(sd.stations, district.stations);
    assert.deepEqual(sd.totals, district.totals);

    const state = await counts('scrb.mh', 'MH');
    assert.equal(state.stations.length, 6, 'every police station of the State, those with nothing on their registers too');
    for (const s of state.stations) assert.deepEqual(s.counts, AT[s.code as keyof typeof AT] ?? noCounts(), s.code);
    assert.deepEqual(state.totals.missingPersons, { open: 3, children: 2, tracedThisMonth: 1 });
    assert.deepEqual(state.totals.foundPersons, { open: 2, children: 1, cwcOverdue: 1 });
    assert.deepEqual(state.totals.ncReports, { thisFortnight: 2, thisYear: 4, diariesOwed: 1, diariesOverdue: 1 });
    assert.deepEqual(
      state.stations.slice(0, 3).map((s) => s.code),
      [PS02, NSK, PS01],
      'the overdue inquest, then the found child not before the CWC, then the stations with missing children',
    );

    const own = await counts('sho.pune1', PS01);
    assert.deepEqual(
      own.stations.map((s) => s.code),
      [PS01],
    );
    assert.deepEqual(own.totals, AT[PS01]);
    // The station's own dashboard counts the same.
    const dash = ok(await (await as('sho.pune1')).get(`/api/v1/stations/${PS01}/dashboard`)).body;
    assert.equal(dash.missingPersons.open, own.totals.missingPersons.open);
    assert.equal(dash.ncReports.thisFortnight, own.totals.ncReports.thisFortnight);
    assert.equal(dash.ncReports.diariesOwed.length, own.totals.ncReports.diariesOwed);
    assert.equal(dash.unnaturalDeaths.unidentified, own.totals.unidentifiedBodies.open);
  });

  test('the counts move with the registers: an inquest forwarded, a diary forwarded', async () => {
    const pune2 = await as('sho.pune2');
    const [ud] = await server.node.unnaturalDeaths.list(PS02, { limit: 10 });
    ok(
      await pune2.post(`/api/v1/unnatural-deaths/${ud!.id}/inquest`, {
        heldBy: 'PSI Kiran Wagh',
        heldAt: '2026-07-18T12:00:00+05:30',
        witnesses: ['Sakharam Pawar', 'Nandu Bhosale'],
        findings: 'No external injuries.',
        apparentCause: 'Drowning',
        forwardedTo: { designation: 'sub_divisional_magistrate', name: 'SDM Baramati' },
        forwardedAt: '2026-07-20T11:00:00+05:30',
      }),
    );
    ok(await (await as('sho.pune1')).post('/api/v1/nc-diaries', { stationCode: PS01, from: '2026-07-01', courtCode: 'MH-PUN-JMFC-BRM' }), 201);
    // The handset lost at Baramati Kasba is handed in at the other station: the report is no longer open there.
    ok(
      await pune2.post('/api/v1/found-property', {
        stationCode: PS02,
        article: { kind: 'mobile_phone', description: 'Black Redmi phone', mobilePhone: { imei: '356938035643809' } },
        foundAt: '2026-07-20T08:00:00+05:30',
        foundPlace: 'Platform 2',
        depositedBy: 'HC Sunil More',
        receivedBy: 'ASI Malkhana Jadhav',
      }),
      201,
    );
    const r = await counts('sp.pune', 'MH-PUN');
    assert.deepEqual(r.totals.lostReports, { open: 0 });
    assert.deepEqual(r.totals.foundProperty, { unclaimed: 2, claimPeriodsRunOut: 0 });
    assert.deepEqual(r.totals.unidentifiedBodies, { open: 2, inquestsDue: 1, inquestsOverdue: 0 });
    assert.deepEqual(r.totals.ncReports, { thisFortnight: 1, thisYear: 3, diariesOwed: 0, diariesOverdue: 0 });
    assert.deepEqual(
      r.stations.map((s) => s.code),
      [PS01, PS02],
      'the missing child now comes first',
    );
  });

  test('outside one’s jurisdiction: refused and audited, nothing written; an unknown unit is a 404', async () => {
    const before = await eventCount(server);
    for (const [username, unit] of [
      ['sho.nashik1', 'MH-PUN'],
      ['sho.nashik1', PS01],
      ['sdpo.nashik', 'MH-PUN-SD1'],
      ['sp.pune', 'MH'],
      ['sp.pune', 'MH-NSK'],
      ['sho.pune1', 'MH-PUN'],
    ]) {
      const r = refused(await (await as(username!)).get(`/api/v1/units/${unit}/register-counts`), 403);
      assert.match(r.body.detail!, /outside your jurisdiction/, `${username} at ${unit}`);
    }
    assert.equal(await eventCount(server), before);
    const denied = await server.node.storage.db.selectFrom('audit_log').select(['action', 'outcome']).where('target_unit', '=', 'MH-PUN').where('outcome', '=', 'denied').execute();
    assert.ok(denied.length >= 2, 'the refusals are audited');
    refused(await (await as('sp.pune')).get('/api/v1/units/MH-XXX/register-counts'), 404);
    refused(await (await as('sp.pune')).get(`/api/v1/units/${'A'.repeat(41)}/register-counts`), 400);
  });
});
