import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { bearerClients } from '../support/client.js';
import { ok as succeeded, type BodyTo } from '../support/answers.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/** What identifies the victim, the mother who complained and the child accused, in every writing used below. */
const SECRETS = ['Priya', 'प्रिया', 'Sharma', 'शर्मा', 'Guddi', 'Rohit', 'रोहित', 'Sunita Verma', '98765', '43210', '९८७६५'];

const FACTS =
  'The complainant Sunita Verma states that her daughter Ku. Priya Sharma @ Guddi (16) was called on 098765-43210 by the juvenile Rohit Kumar Singh (15) to the old mill and assaulted. ' +
  'पीड़िता प्रिया शर्मा ने बताया कि रोहित उसे मिल ले गया। प्रियाने फ़ोन ९८७६५ ४३२१० से माँ को बताया। Medical examination done at the rural hospital.';

describe(`narrative of a sensitive case (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');
  const as = bearerClients(() => server, 'redaction');
  const ok = async <U extends string>(username: string, url: U): Promise<BodyTo<'GET', U>> => {
    const r = await (await as(username)).get(url);
    return succeeded(r, 200, `${username} ${url}: ${JSON.stringify(r.body)}`).body;
  };
  const pdfText = async (username: string, url: string) => {
    const res = await server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${(await as(username)).bearer}` } });
    assert.equal(res.statusCode, 200, res.body);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'redaction-'));
    try {
      fs.writeFileSync(path.join(dir, 'fir.pdf'), res.rawPayload);
      const out = spawnSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 'fir.pdf'), '-'], { encoding: 'utf8' });
      assert.equal(out.status, 0, out.stderr);
      return out.stdout.replace(/\s+/g, ' ');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
  const lacksAll = (where: string, body: unknown) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    for (const s of SECRETS) assert.ok(!text.includes(s), `${where} shows "${s}": ${text.slice(Math.max(0, text.indexOf(s) - 120), text.indexOf(s) + 120)}`);
  };
  let firId: string;
  let complaintId: string;
  /** The writer's own answer to converting the complaint. */
  let conversionAnswer: unknown;
  const today = '2026-07-01';

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const writer = await as('writer.pune1');
    const c = await writer.post('/api/v1/complaints', {
      stationCode: 'MH-PUN-PS01',
      complainant: person('Sunita Verma', { gender: 'female', age: 41 }),
      description: 'My daughter Priya Sharma (16) was assaulted by Rohit Kumar Singh. Her phone is +91 98765 43210.',
      place: 'Old mill, Baramati',
      occurredFrom: '2026-06-30T20:00:00+05:30',
      sectionsAlleged: [{ act: 'BNS', section: '64' }],
    });
    assert.equal(c.status, 201, JSON.stringify(c.body));
    complaintId = c.body.id;
    const io = await server.node.users.byUsername('io.pune1');
    const conv = await writer.post(
      `/api/v1/complaints/${complaintId}/convert`,
      theftFir({
        sections: [{ act: 'BNS', section: '64' }],
        // No complainant: the complaint's own is linked; the writer, from whom she is withheld, never holds her id.
        complainant: undefined,
        victims: [person('Priya Sharma', { gender: 'female', age: 16, aliases: ['Guddi'], relativeName: 'Sunita Verma', relativeKind: 'mother', phones: ['+91 98765 43210'] })],
        accused: [person('Rohit Kumar Singh', { age: 15 })],
        unknownAccused: [],
        properties: [{ description: 'Mobile phone of Priya', value: 9000 }],
        place: { address: 'Old mill near the house of Priya Sharma, Baramati', beat: 'B-3' },
        briefFacts: FACTS,
      }),
    );
    assert.equal(conv.status, 201, JSON.stringify(conv.body));
    firId = conv.body.fir.id;
    assert.equal(conv.body.fir.sensitive, true);
    conversionAnswer = conv.body;
    const sho = await as('sho.pune1');
    // The SHO names the IO on the case file (a writer registering the FIR may not).
    assert.equal((await sho.post(`/api/v1/cases/${firId}/assignment`, { ioUserId: io!.id })).status, 200);
    const am = await sho.post(`/api/v1/firs/${firId}/amendments`, {
      reason: 'Statement of Priya (प्रिया) recorded; age of Rohit verified',
      briefFacts: `${FACTS} Further statement of Priya Sharma recorded.`,
    });
    assert.equal(am.status, 200, JSON.stringify(am.body));
    const gd = await writer.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'information', text: 'Priya Sharma brought for medical examination; Rohit Kumar Singh sent to the JJB.', firId });
    assert.equal(gd.status, 201, JSON.stringify(gd.body));
    const general = await writer.post('/api/v1/gd', { stationCode: 'MH-PUN-PS01', kind: 'general', text: 'Constable left to escort Guddi to the court.' });
    assert.equal(general.status, 201, JSON.stringify(general.body));
  });
  after(() => server.close());

  test('the writer who converts the complaint gets back no name either', () => lacksAll('the answer to the conversion', conversionAnswer));

  for (const username of ['writer.pune1', 'sdpo.pune']) {
    test(`${username} (may not unmask) reads no name, alias or phone in any free text`, async () => {
      const fir = await ok(username, `/api/v1/firs/${firId}`);
      assert.equal(fir.identitiesWithheld, true);
      assert.equal(fir.textWithheld, true);
      assert.match(fir.briefFacts, /\[name withheld\]/);
      assert.match(fir.briefFacts, /\[नाम गोपनीय\]/);
      assert.match(fir.briefFacts, /\[phone withheld\]/);
      assert.match(fir.briefFacts, /Medical examination done at the rural hospital\./, 'the rest of the narrative stays');
      lacksAll('the FIR', fir);
      const versions = await ok(username, `/api/v1/firs/${firId}/versions`);
      assert.equal(versions.versions.length, 2);
      assert.ok(versions.versions.every((v: { textWithheld?: boolean }) => v.textWithheld));
      lacksAll('the versions', versions);
      lacksAll('the FIR list', await ok(username, '/api/v1/firs?limit=100'));
      const gd = await ok(username, `/api/v1/gd?station=MH-PUN-PS01&date=${today}`);
      assert.ok(
        gd.entries.some((e: { textWithheld?: boolean; text: string }) => e.textWithheld && e.text.includes('[name withheld] brought for medical examination')),
        JSON.stringify(gd.entries),
      );
      lacksAll('the GD', gd);
      lacksAll('the complaints', await ok(username, '/api/v1/complaints'));
      const complaint = await ok(username, `/api/v1/complaints/${complaintId}`);
      assert.equal(complaint.textWithheld, true);
      lacksAll('the complaint', complaint);
      lacksAll('the dashboard', await ok(username, '/api/v1/stations/MH-PUN-PS01/dashboard'));
      for (const lang of ['en', 'hi']) {
        for (const copy of ['other', 'informant']) lacksAll(`the ${lang} copy for ${copy}`, await pdfText(username, `/api/v1/firs/${firId}/copy.pdf?lang=${lang}&for=${copy}`));
      }
    });

    test(`${username} finds the case by its other words, never by a withheld name`, async () => {
      const byWord = await ok(username, `/api/v1/search/firs?text=${encodeURIComponent('medical examination')}`);
      assert.deepEqual(
        byWord.results.map((r: { id: string }) => r.id),
        [firId],
      );
      lacksAll('a search extract', byWord);
      for (const q of ['Priya', 'प्रिया', 'Guddi', 'Rohit', 'mill Sharma', '9876543210']) {
        const r = await ok(username, `/api/v1/search/firs?text=${encodeURIComponent(q)}`);
        assert.deepEqual(r.results, [], `${q} finds the case`);
        assert.equal(r.total, 0, q);
        assert.deepEqual(r.elsewhere, [], q);
      }
      const place = await ok(username, `/api/v1/search/firs?place=${encodeURIComponent('Priya')}`);
      assert.deepEqual(place.results, [], 'the place, searched as redacted');
    });
  }

  test('a station outside the case finds nothing by the names either, not even as held elsewhere', async () => {
    for (const q of ['Priya', 'प्रिया']) {
      const r = await ok('sho.nashik1', `/api/v1/search/firs?text=${encodeURIComponent(q)}`);
      assert.deepEqual(r.elsewhere, [], q);
    }
  });

  for (const username of ['sho.pune1', 'io.pune1']) {
    test(`${username} (may unmask) reads the narrative as written`, async () => {
      const fir = await ok(username, `/api/v1/firs/${firId}`);
      assert.equal(fir.textWithheld, false);
      assert.ok(fir.briefFacts.startsWith(FACTS), fir.briefFacts);
      const versions = await ok(username, `/api/v1/firs/${firId}/versions`);
      assert.equal(versions.versions[1]!.reason, 'Statement of Priya (प्रिया) recorded; age of Rohit verified');
      assert.equal(versions.versions[0]!.content.briefFacts, FACTS);
      const gd = await ok(username, `/api/v1/gd?station=MH-PUN-PS01&date=${today}`);
      assert.ok(gd.entries.some((e: { text: string }) => e.text === 'Priya Sharma brought for medical examination; Rohit Kumar Singh sent to the JJB.'));
      const complaint = await ok(username, `/api/v1/complaints/${complaintId}`);
      assert.match(complaint.description, /Priya Sharma/);
      const search = await ok(username, `/api/v1/search/firs?text=Priya`);
      assert.deepEqual(
        search.results.map((r: { id: string }) => r.id),
        [firId],
      );
      assert.match(search.results[0]!.snippet!, /Priya/);
      assert.match(await pdfText(username, `/api/v1/firs/${firId}/copy.pdf?lang=en&for=informant`), /Priya Sharma/);
    });
  }
});
