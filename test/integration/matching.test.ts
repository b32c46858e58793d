import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ageBand, blockFor, matchFeatures, scorePair } from '../../src/domain/matching.js';
import { loadMatchRules } from '../../src/events/match/rules.js';
import { rankCandidates, subjectOfRow } from '../../src/records/matching.js';
import { insertMany } from '../../src/storage/bulk.js';
import type { MatchIndexTable } from '../../src/storage/schema.js';
import { canonicalJson } from '../../src/util/canonical-json.js';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { eventCount, startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, refused } from '../support/answers.js';
import { theftFir } from '../support/fir-bodies.js';
import { pngOf } from '../support/images.js';

const CHILD = { name: 'Pinki Shinde', father: 'Baban Shinde' };

const report = (over: { person?: Record<string, unknown>; description?: Record<string, unknown>; lastSeenAt?: string }) => ({
  stationCode: 'MH-PUN-PS01',
  person: { name: 'Sangita More', age: 15, ...over.person },
  description: {
    sex: 'female',
    heightCm: 150,
    build: 'thin',
    complexion: 'fair',
    marks: 'Mole on the right cheek; scar on the left forearm',
    clothes: 'Blue school uniform, black chappals',
    place: { address: 'Outside the school, Baramati', latitude: 18.15, longitude: 74.58 },
    ...over.description,
  },
  lastSeenAt: over.lastSeenAt ?? '2026-06-30T16:00:00+05:30',
  informant: { person: { name: CHILD.father, gender: 'male', age: 40, phones: ['+91 98220 11111'] } },
  informantRelation: 'father',
});

/** The body found at Nashik, another district: a medical officer's estimate, a few centimetres off, one mark recorded. */
const body = {
  stationCode: 'MH-NSK-PS01',
  description: {
    sex: 'female',
    ageRange: { from: 12, to: 17 },
    heightCm: 153,
    build: 'thin',
    complexion: 'wheatish',
    marks: 'Black mole on right cheek',
    clothes: 'Torn blue uniform',
    place: { address: 'Godavari bank near Ramkund, Nashik', latitude: 20.0, longitude: 73.79 },
  },
  foundAt: '2026-07-01T07:30:00+05:30',
  informant: { person: { name: 'Dattu Kale', gender: 'male', age: 50 } },
};

describe(`matching missing persons and unidentified bodies (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  let childId = '';
  let lookalikeId = '';
  let manId = '';
  let bodyId = '';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const writer = await as('writer.pune1');
    childId = ok(await writer.post('/api/v1/missing-persons', report({ person: { name: CHILD.name, age: 14, relativeName: CHILD.father, relativeKind: 'father' } })), 201).body.id;
    // Same age and clothes, another mark, taller: a candidate, ranked below.
    lookalikeId = ok(await writer.post('/api/v1/missing-persons', report({ person: { age: 15 }, description: { heightCm: 160, marks: 'Burn mark on the neck', build: 'medium' } })), 201).body.id;
    manId = ok(await writer.post('/api/v1/missing-persons', report({ person: { name: 'Ramesh Gaikwad', age: 14 }, description: { sex: 'male' } })), 201).body.id;
    clock.advance(3600);
    bodyId = ok(await (await as('sho.nashik1')).post('/api/v1/unnatural-deaths', body), 201).body.id;
  });
  after(() => server.close());

  test('a body at another district’s station is offered the missing child first, with its reasons; the child is masked for that station', async () => {
    const nashik = await as('sho.nashik1');
    const r = ok(await nashik.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`));
    assert.deepEqual(
      r.body.candidates.map((c) => c.id),
      [childId, lookalikeId],
      'the child first, the look-alike second, the boy never (another sex)',
    );
    const [child] = r.body.candidates;
    assert.equal(child!.masked, true);
    assert.equal(child!.name, null);
    assert.equal(child!.description.photoSha256, null);
    assert.equal(child!.description.marks, null);
    const marks = child!.reasons.find((x) => x.factor === 'marks')!;
    assert.equal(marks.verdict, 'agrees');
    assert.doesNotMatch(marks.detail, /cheek/, 'the words of a withheld child’s marks are not spelt out');
    assert.equal(child!.reasons.find((x) => x.factor === 'height')!.verdict, 'agrees');
    assert.match(child!.reasons.find((x) => x.factor === 'place')!.detail, /km from where last seen/);
    assert.ok(child!.score > r.body.candidates[1]!.score);
    assert.doesNotMatch(JSON.stringify(r.body), /Pinki|Shinde|Baban/, 'the child’s name nowhere');
  });

  test('the child’s station sees the body offered for its report, with the marks that agree; the SHO sees the child', async () => {
    const pune = await as('sho.pune1');
    const r = ok(await pune.get(`/api/v1/missing-persons/${childId}/match-candidates`));
    assert.equal(r.body.subject.name, CHILD.name);
    assert.equal(r.body.candidates[0]!.id, bodyId);
    assert.match(r.body.candidates[0]!.reasons.find((x) => x.factor === 'marks')!.detail, /mole right cheek/);
    const writer = await as('writer.pune1');
    const w = ok(await writer.get(`/api/v1/missing-persons/${childId}/match-candidates`));
    assert.equal(w.body.subject.masked, true, 'the writer may not see the child');
    assert.doesNotMatch(JSON.stringify(w.body), /Pinki|Baban/);
    assert.equal(ok(await pune.get(`/api/v1/missing-persons/${manId}/match-candidates`)).body.candidates.length, 0, 'a boy is offered no female body');
  });

  test('a rejected pair is not offered again; a pair the scoring excludes cannot be decided; nothing written when refused', async () => {
    const nashik = await as('sho.nashik1');
    const before = await eventCount(server);
    const bad: [Record<string, unknown>, number, RegExp][] = [
      [{ missingPersonId: manId, unnaturalDeathId: bodyId, reason: 'Not him, clearly.' }, 400, /unnaturalDeathId.*sex differs/],
      [{ missingPersonId: '0190a000-0000-7000-8000-000000000000', unnaturalDeathId: bodyId, reason: 'Not her at all.' }, 400, /missingPersonId/],
      [{ missingPersonId: lookalikeId, unnaturalDeathId: bodyId }, 400, /reason/],
      [{ missingPersonId: lookalikeId, unnaturalDeathId: bodyId, reason: 'no' }, 400, /reason/],
    ];
    for (const [b, status, re] of bad) assert.match(JSON.stringify(refused(await nashik.post('/api/v1/matches/reject', b), status).body), re);
    // A station writer may not decide (they do not amend records).
    refused(await (await as('writer.pune1')).post('/api/v1/matches/reject', { missingPersonId: lookalikeId, unnaturalDeathId: bodyId, reason: 'Another girl: the burn mark.' }), 403);
    assert.equal(await eventCount(server), before, 'nothing written');
    ok(await nashik.post('/api/v1/matches/reject', { missingPersonId: lookalikeId, unnaturalDeathId: bodyId, reason: 'Her burn mark is not on the body.' }));
    refused(await nashik.post('/api/v1/matches/reject', { missingPersonId: lookalikeId, unnaturalDeathId: bodyId, reason: 'Rejected once more.' }), 409);
    const r = ok(await nashik.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`));
    assert.deepEqual(
      r.body.candidates.map((c) => c.id),
      [childId],
    );
    assert.equal(r.body.rejected, 1);
  });

  test('confirmed by an officer of either station: the link is recorded at both, nothing merged, the identification offered next', async () => {
    const pune = await as('sho.pune1');
    const c = ok(await pune.post('/api/v1/matches/confirm', { missingPersonId: childId, unnaturalDeathId: bodyId, reason: 'The father recognised the mole and the uniform from the photo.' }));
    assert.equal(c.body.decision, 'confirmed');
    assert.deepEqual(c.body.identify, { path: `/api/v1/unnatural-deaths/${bodyId}/identify`, body: { missingPersonId: childId }, allowed: false }, 'Baramati may not identify a Nashik body');
    assert.equal((await server.node.missingPersons.get(childId))!.status, 'missing', 'not merged: the report is open');
    assert.equal((await server.node.unnaturalDeaths.get(bodyId))!.status, 'unidentified');
    const nashik = await as('sho.nashik1');
    const r = ok(await nashik.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`));
    assert.deepEqual(
      r.body.confirmed.map((x) => [x.id, x.masked, x.name]),
      [[childId, true, null]],
    );
    assert.equal(ok(await pune.get(`/api/v1/missing-persons/${childId}/match-candidates`)).body.confirmed[0]!.id, bodyId);
    refused(await nashik.post('/api/v1/matches/confirm', { missingPersonId: childId, unnaturalDeathId: bodyId, reason: 'Confirmed once more.' }), 409);
    // Nashik identifies the body through the existing action: the report becomes found dead, the pair leaves the lists.
    ok(await nashik.post(`/api/v1/unnatural-deaths/${bodyId}/identify`, { missingPersonId: childId, at: '2026-07-01T12:15:00+05:30', note: 'Identified by her father.' }));
    assert.equal((await server.node.missingPersons.get(childId))!.status, 'found_dead');
    assert.equal(ok(await nashik.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`)).body.candidates.length, 0);
    refused(await pune.post('/api/v1/matches/reject', { missingPersonId: lookalikeId, unnaturalDeathId: bodyId, reason: 'Too late to decide.' }), 409);
  });

  test('a record outside the reader’s jurisdiction: refused, as for the record itself', async () => {
    const sp = await as('sp.pune');
    refused(await sp.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`), 403);
    refused(await sp.get('/api/v1/unnatural-deaths/0190a000-0000-7000-8000-000000000000/match-candidates'), 404);
  });
});

describe(`a match candidate's photo, seen at the other district's station (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = signedInClients(() => server, clock);
  const ids = { adult: '', other: '', boy: '', child: '', body: '', childBody: '' };
  let adultPhoto = '';

  const upload = async (user: string, salt: number) =>
    ok(await (await as(user)).request('POST', '/api/v1/attachments', undefined, { raw: pngOf(3000, salt) as unknown as string, headers: { 'content-type': 'image/png' } }), 201).body.sha256;
  const photo = (user: string, path: string) => as(user).then((c) => c.request('GET', path));

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const writer = await as('writer.pune1');
    adultPhoto = await upload('writer.pune1', 1);
    const adult = (name: string, description: Record<string, unknown> = {}) =>
      report({ person: { name, age: 30 }, description: { marks: 'Scar on the left forearm', clothes: 'Green saree', ...description } });
    ids.adult = ok(await writer.post('/api/v1/missing-persons', adult('Sunita Jadhav', { photoSha256: adultPhoto })), 201).body.id;
    ids.other = ok(await writer.post('/api/v1/missing-persons', adult('Meena Jadhav', { photoSha256: await upload('writer.pune1', 2), heightCm: 158 })), 201).body.id;
    ids.boy = ok(
      await writer.post('/api/v1/missing-persons', report({ person: { name: 'Ganesh Pawar', age: 30 }, description: { sex: 'male', photoSha256: await upload('writer.pune1', 3) } })),
      201,
    ).body.id;
    ids.child = ok(await writer.post('/api/v1/missing-persons', report({ person: { name: CHILD.name, age: 14 }, description: { photoSha256: await upload('writer.pune1', 4) } })), 201).body.id;
    clock.advance(3600);
    const nashik = await as('sho.nashik1');
    const found = { ...body.description, ageRange: { from: 25, to: 35 }, marks: 'Scar on left forearm', clothes: 'Green saree', photoSha256: await upload('sho.nashik1', 5) };
    ids.body = ok(await nashik.post('/api/v1/unnatural-deaths', { ...body, description: found }), 201).body.id;
    ids.childBody = ok(await nashik.post('/api/v1/unnatural-deaths', body), 201).body.id;
  });
  after(() => server.close());

  test('an officer at Nashik sees the Baramati missing adult’s photo as a candidate of the body, which the file itself would not show him', async () => {
    const nashik = await as('sho.nashik1');
    const list = ok(await nashik.get(`/api/v1/unnatural-deaths/${ids.body}/match-candidates`)).body;
    const adult = list.candidates.find((c) => c.id === ids.adult);
    assert.equal(adult?.description.photoSha256, adultPhoto, 'the candidate and its photo are offered');
    refused(await nashik.get(`/api/v1/attachments/${adultPhoto}`), 403, 'the file by its hash stays Baramati’s');
    const seen = ok(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${ids.adult}/photo`), 200);
    assert.equal(seen.headers['content-type'], 'image/png');
    assert.equal(seen.body, ok(await photo('writer.pune1', `/api/v1/attachments/${adultPhoto}`)).body, 'the very photo Baramati holds');
    // And the other way: Baramati sees the Nashik body's photo as a candidate of its report.
    ok(await photo('sho.pune1', `/api/v1/missing-persons/${ids.adult}/match-candidates/${ids.body}/photo`), 200);
  });

  test('no photo for a record that is not a candidate of this one, a forged id, or a reader of neither side', async () => {
    const forged = '0190a000-0000-7000-8000-000000000000';
    for (const [candidate, why] of [
      [ids.boy, 'another sex: never a candidate'],
      [ids.child, 'an age the body’s range excludes'],
      [forged, 'no record at all'],
      [ids.childBody, 'a body, not a report'],
    ] as const)
      refused(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${candidate}/photo`), 404, why);
    refused(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${forged}/match-candidates/${ids.adult}/photo`), 404, 'no such body');
    refused(await photo('sho.nashik1', `/api/v1/missing-persons/${ids.adult}/match-candidates/${ids.body}/photo`), 403, 'Nashik may not read Baramati’s report');
    refused(await photo('sp.pune', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${ids.adult}/photo`), 403, 'Pune’s SP may not read the Nashik body');
  });

  test('a child withheld from the reader: masked in the list, and no photo by the route either', async () => {
    const list = ok(await (await as('sho.nashik1')).get(`/api/v1/unnatural-deaths/${ids.childBody}/match-candidates`)).body;
    const child = list.candidates.find((c) => c.id === ids.child);
    assert.equal(child?.masked, true, 'the child is a candidate, masked');
    assert.equal(child?.description.photoSha256, null);
    refused(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.childBody}/match-candidates/${ids.child}/photo`), 404);
  });

  test('a rejected pair shows no photo; a confirmed one still does', async () => {
    const nashik = await as('sho.nashik1');
    ok(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${ids.other}/photo`), 200, 'offered before the decision');
    ok(await nashik.post('/api/v1/matches/reject', { missingPersonId: ids.other, unnaturalDeathId: ids.body, reason: 'Taller, and another saree.' }));
    refused(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${ids.other}/photo`), 404);
    ok(await nashik.post('/api/v1/matches/confirm', { missingPersonId: ids.adult, unnaturalDeathId: ids.body, reason: 'Her husband knew the scar from the photo.' }));
    ok(await photo('sho.nashik1', `/api/v1/unnatural-deaths/${ids.body}/match-candidates/${ids.adult}/photo`), 200);
  });

  test('the photo of a sexual-offence victim is not served as a candidate’s, even to one who may see her — as no alert would carry it', async () => {
    const sho = await as('sho.pune1');
    const herPhoto = await upload('writer.pune1', 6);
    const missingId = ok(
      await sho.post(
        '/api/v1/missing-persons',
        report({ person: { name: 'Asha Kamble', age: 30 }, description: { marks: 'Scar on the left forearm', clothes: 'Green saree', photoSha256: herPhoto } }),
      ),
      201,
    ).body.id;
    const personId = (await server.node.missingPersons.get(missingId))!.personId;
    // Later named as the victim of a rape (BNS 64) at her station: her identity is protected from then on.
    ok(await sho.post('/api/v1/firs', theftFir({ sections: [{ act: 'BNS', section: '64(1)' }], victims: [{ personId }], properties: [], briefFacts: 'Registered on her statement.' })), 201);
    const bodyId = ok(
      await sho.post('/api/v1/unnatural-deaths', {
        ...body,
        stationCode: 'MH-PUN-PS01',
        description: { ...body.description, ageRange: { from: 25, to: 35 }, marks: 'Scar on left forearm', clothes: 'Green saree' },
      }),
      201,
    ).body.id;
    const offered = ok(await sho.get(`/api/v1/unnatural-deaths/${bodyId}/match-candidates`)).body.candidates.find((c) => c.id === missingId);
    assert.equal(offered?.description.photoSha256, herPhoto, 'her SHO may see her, photo and all, on the list');
    refused(await photo('sho.pune1', `/api/v1/unnatural-deaths/${bodyId}/match-candidates/${missingId}/photo`), 404, 'but her photo does not travel as a candidate’s');
    const alert = refused(await (await as('sp.pune')).post('/api/v1/alerts', { kind: 'missing_person', title: 'Woman missing', details: 'Last seen at the market.', photoSha256: herPhoto }), 400);
    assert.match(JSON.stringify(alert.body), /photoSha256/, 'nor with an alert: the same rule');
  });
});

describe(`match candidates: the ranked block is the answer of scoring every blocked row in full (${ENGINE})`, () => {
  let server: TestServer;
  const rules = loadMatchRules();
  /** A seeded generator: the same rows every run. */
  const rand = (() => {
    let s = 14;
    return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  })();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const MARKS = ['mole on the right cheek', 'scar on left forearm', 'tattoo anchor on the back', 'burn mark on the neck', 'mole on left cheek'];
  const CLOTHES = ['blue school uniform', 'red saree, black chappals', 'white shirt blue jeans', 'green kurta'];
  const row = (kind: 'missing' | 'body', i: number): MatchIndexTable => {
    const age = Math.floor(rand() * 40);
    const [from, to] = kind === 'missing' ? [age, age] : [age, age + Math.floor(rand() * 12)];
    const lat = rand() < 0.7 ? 18 + rand() : null;
    return {
      kind,
      id: `${kind}-${String(i).padStart(4, '0')}`,
      station_code: 'MH-PUN-PS01',
      district_code: pick(['MH-PUN', 'MH-NSK']),
      state_code: 'MH',
      sex: pick(['female', 'female', 'unknown', 'male']),
      age_from: from,
      age_to: to,
      age_band: ageBand(from, to, rules),
      at: new Date(Date.parse('2026-01-01T00:00:00Z') + Math.floor(rand() * 200) * 86_400_000).toISOString(),
      height_cm: rand() < 0.8 ? 130 + Math.floor(rand() * 40) : null,
      build: pick([...rules.build.order, null]),
      complexion: pick([...rules.complexion.order, null]),
      latitude: lat,
      longitude: lat === null ? null : 74 + rand(),
      features: canonicalJson(matchFeatures({ marks: MARKS.filter(() => rand() < 0.3).join('; '), clothes: CLOTHES.filter(() => rand() < 0.4).join(', ') }, rules)),
    };
  };
  const rows = [...Array.from({ length: 400 }, (_, i) => row('missing', i)), ...Array.from({ length: 400 }, (_, i) => row('body', i))];

  before(async () => {
    server = await startTestServer({ clock: new ManualClock('2026-07-01T06:00:00Z'), listen: false });
    const { storage } = server.node;
    await storage.db.transaction().execute((tx) => insertMany(tx, storage.engine, 'match_index', rows));
  });
  after(() => server.close());

  test('the same ten, in the same order, with the same scores and reasons, from either side, with decided pairs left out', async () => {
    const db = server.node.storage.db;
    let compared = 0;
    for (const asked of rows.filter((_, i) => i % 20 === 0)) {
      const kind = asked.kind as 'missing' | 'body';
      const subject = subjectOfRow(asked);
      const block = blockFor(kind, subject, rules);
      const exclude = new Set(rows.filter((_, i) => i % 7 === 0).map((r) => r.id));
      // Every blocked row scored in full, with scorePair, one at a time.
      const full = rows
        .filter((r) => r.kind !== kind && !exclude.has(r.id) && block.sexes.includes(r.sex) && r.at >= block.from && r.at <= block.to && (!block.bands || block.bands.includes(r.age_band)))
        .map((r) => ({ id: r.id, pair: kind === 'missing' ? scorePair(subject, subjectOfRow(r), rules) : scorePair(subjectOfRow(r), subject, rules) }))
        .flatMap(({ id, pair }) => (pair.excluded === undefined ? [{ id, score: pair.score, reasons: pair.reasons }] : []))
        .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
        .slice(0, 10);
      assert.deepEqual(await rankCandidates(db, kind, subject, { limit: 10, rules, exclude }), full, `candidates of ${asked.id}`);
      compared += full.length;
    }
    assert.ok(compared > 200, `enough candidates compared (${compared})`);
  });
});
