import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { LAW_REFERENCE_DIR } from '../../src/records/law-reference.js';
import { ManualClock } from '../../src/util/clock.js';
import { parseCsv } from '../../src/util/csv.js';
import { ApiClient } from '../support/client.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok as succeeded } from '../support/answers.js';

const BEFORE = new Date('2024-06-30T23:59:00+05:30');
const FROM = new Date('2024-07-01T00:00:00+05:30');

const csvRecords = (file: string) => parseCsv(fs.readFileSync(path.join(LAW_REFERENCE_DIR, file), 'utf8'), { comment: '#' }).records;

describe(`law catalogue (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-03-10T04:30:00Z');
  const clients = new Map<string, ApiClient>();

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  const db = () => server.node.storage.db;
  const law = () => server.node.law;

  /** A bearer-token client for a demo user (tokens skip CSRF; the policy is the same). */
  async function as(username: string): Promise<ApiClient> {
    let c = clients.get(username);
    if (!c) {
      const user = (await server.node.users.byUsername(username))!;
      c = new ApiClient(server.app);
      c.bearer = (await server.node.tokens.create(user.id, 'law test', null, 'test')).token;
      clients.set(username, c);
    }
    return c;
  }

  async function count(table: 'events' | 'law_sections' | 'law_section_versions' | 'law_acts' | 'audit_log'): Promise<number> {
    return Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  }

  /** Everything a refused or invalid correction must leave as it was. */
  async function snapshot() {
    return {
      events: await count('events'),
      versions: await count('law_section_versions'),
      sections: await db().selectFrom('law_sections').selectAll().orderBy('ordinal').execute(),
    };
  }

  const keys = (hits: { section: { act: string; section: string } }[]) => hits.map((h) => `${h.section.act} ${h.section.section}`.trim());

  test('the migration seeds every row of the reference files', async () => {
    const bns = csvRecords('bns_sections.csv').length;
    const ipc = csvRecords('ipc_sections.csv').length;
    assert.equal(bns, 415);
    const byAct = await db()
      .selectFrom('law_sections')
      .select(['act', (eb) => eb.fn.countAll().as('n')])
      .groupBy('act')
      .execute();
    assert.deepEqual(Object.fromEntries(byAct.map((r) => [r.act, Number(r.n)])), { BNS: bns, IPC: ipc });
    assert.equal(await count('law_acts'), csvRecords('special_laws.csv').length + csvRecords('penal-codes.csv').length);
    assert.equal(await count('law_section_versions'), 0);
    const rows = await db().selectFrom('law_sections').select(['version', 'updated_by']).execute();
    assert.ok(rows.every((r) => Number(r.version) === 1 && r.updated_by === 'migration'));
  });

  test('blank classification stays unknown; sources are kept', async () => {
    const rows = csvRecords('bns_sections.csv');
    const blankCog = rows.filter((r) => r.cognizable === '').map((r) => ({ act: 'BNS', section: r.bns_section! }));
    const blankBail = rows.filter((r) => r.bailable === '').map((r) => ({ act: 'BNS', section: r.bns_section! }));
    assert.ok(blankCog.length > 100);
    for (const s of await law().getMany(blankCog)) assert.equal(s!.cognizable, 'unknown', `${s!.section}`);
    for (const s of await law().getMany(blankBail)) assert.equal(s!.bailable, 'unknown', `${s!.section}`);
    const s47 = (await law().get({ act: 'BNS', section: '47' }))!;
    assert.equal(s47.cognizable, 'unknown');
    assert.equal(s47.bailable, 'unknown');
    assert.equal(s47.triableBy, null);
    const theft = (await law().get({ act: 'BNS', section: '303(2)' }))!;
    assert.equal(theft.cognizable, 'yes');
    assert.equal(theft.bailable, 'no');
    assert.match(theft.source, /bns_sections\.csv/);
    assert.match(theft.source, /repeat-conviction limb/, 'the provenance note travels with the entry');
    const derived = (await law().get({ act: 'IPC', section: '108' }))!;
    assert.match(derived.source, /^derived from BNS↔IPC correspondence \(NCRB\)/);
    assert.equal(derived.cognizable, 'unknown');
  });

  test('equivalences: 318(4) ↔ 420, 103 ↔ 302, 303(2) ↔ 379', async () => {
    const [b318, i420, b103, i302, b303, i379] = await law().getMany([
      { act: 'BNS', section: '318(4)' },
      { act: 'IPC', section: '420' },
      { act: 'BNS', section: '103' },
      { act: 'IPC', section: '302' },
      { act: 'BNS', section: '303(2)' },
      { act: 'IPC', section: '379' },
    ]);
    assert.deepEqual(b318!.equivalents, [{ act: 'IPC', section: '420' }]);
    assert.deepEqual(i420!.equivalents[0], { act: 'BNS', section: '318(4)' });
    assert.deepEqual(b103!.equivalents, [{ act: 'IPC', section: '302' }]);
    assert.ok(i302!.equivalents.some((e) => e.act === 'BNS' && e.section === '103'));
    assert.ok(!i302!.equivalents.some((e) => e.section === '101'), 'not the 2023 Bill numbering');
    assert.deepEqual(b303!.equivalents, [{ act: 'IPC', section: '379' }]);
    assert.deepEqual(i379!.equivalents[0], { act: 'BNS', section: '303(2)' });
    assert.equal(i379!.maxYears, 3);
    assert.equal(b103!.maxYears, 200);
    assert.equal(b103!.crimeHead, 'Murder');
  });

  test('lookups normalise the section; special acts give act-level entries; unknown is null', async () => {
    const [a, b, c, d, e] = await law().getMany([
      { act: 'BNS', section: '303 (2)' },
      { act: 'bns', section: '303(2)' },
      { act: 'POCSO', section: '4' },
      { act: 'IPC', section: '999' },
      { act: 'XYZ', section: '1' },
    ]);
    assert.equal(a!.section, '303(2)');
    assert.equal(b!.section, '303(2)');
    assert.equal(c!.version, 0);
    assert.equal(c!.sensitive, true, 'POCSO as a whole act is sensitive');
    assert.equal(c!.crimeHead, 'Protection of Children from Sexual Offences Act');
    assert.equal(d, null);
    assert.equal(e, null);
    assert.equal(await law().isSensitive([{ act: 'BNS', section: '303(2)' }]), false);
    assert.equal(
      await law().isSensitive([
        { act: 'BNS', section: '303(2)' },
        { act: 'BNS', section: '64' },
      ]),
      true,
    );
    assert.equal(await law().isSensitive([{ act: 'UAPA', section: '16' }]), true);
  });

  test('search: 303, theft, चोरी', async () => {
    const s303 = await law().search('303', { occurredAt: FROM });
    assert.deepEqual(keys(s303).slice(0, 2), ['BNS 303', 'BNS 303(2)']);
    assert.equal(s303[0]!.matchedBy, 'section');
    assert.ok(
      s303.every((h) => h.section.act === 'BNS'),
      'no IPC for an offence after 1 July 2024',
    );

    const theft = await law().search('theft', { occurredAt: FROM });
    assert.deepEqual(keys(theft).slice(0, 2), ['BNS 303', 'BNS 303(2)']);
    assert.ok(theft.every((h) => h.matchedBy === 'title'));
    assert.ok(keys(theft).includes('BNS 305'), 'theft in a dwelling house');

    const chori = await law().search('चोरी', { occurredAt: FROM });
    assert.equal(keys(chori)[0], 'BNS 303(2)');
    assert.equal(chori[0]!.matchedBy, 'keyword');
    assert.equal(chori[0]!.keyword, 'चोरी');
    const choriOld = await law().search('चोरी', { occurredAt: BEFORE });
    assert.equal(keys(choriOld)[0], 'IPC 379');
    assert.equal(keys(await law().search('छेडछाड', { occurredAt: FROM }))[0], 'BNS 74', 'without the nukta');
    assert.equal(keys(await law().search('हत्या', { occurredAt: FROM }))[0], 'BNS 103(1)');
  });

  test('search: 379 offers IPC 379 before 1 July 2024 and BNS 303(2) from it', async () => {
    const old = await law().search('379', { occurredAt: BEFORE });
    assert.equal(keys(old)[0], 'IPC 379');
    assert.equal(old[0]!.matchedBy, 'section');
    assert.ok(old.every((h) => h.section.act === 'IPC' && h.applicable === true));

    const now = await law().search('379', { occurredAt: FROM });
    assert.equal(keys(now)[0], 'BNS 303(2)');
    assert.equal(now[0]!.matchedBy, 'equivalent');
    assert.deepEqual(now[0]!.via, { act: 'IPC', section: '379' });
    assert.ok(!keys(now).includes('IPC 379'), 'IPC 379 itself is not offered after the BNS began');

    const undated = await law().search('379');
    assert.deepEqual(keys(undated).slice(0, 2), ['IPC 379', 'BNS 303(2)']);
    assert.ok(undated.every((h) => h.applicable === null));

    assert.equal(keys(await law().search('420', { occurredAt: FROM }))[0], 'BNS 318(4)');
    assert.equal(keys(await law().search('IPC 302', { occurredAt: FROM }))[0], 'BNS 103(1)');
    assert.equal(keys(await law().search('ndps'))[0], 'NDPS');
  });

  test('an administrator of the state corrects an entry: a version row, an audit entry, the version bumped', async () => {
    const admin = await as('admin.mh');
    const before = await count('events');
    const r = await admin.post('/api/v1/law/sections/BNS/75/corrections', {
      changes: { bailable: 'yes', maxPunishment: 'Imprisonment for 3 years, or fine, or both' },
      reason: 'BNSS First Schedule lists sexual harassment (s.75(2)) as bailable',
      source: 'BNSS 2023, First Schedule, entry for BNS 75',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.section.bailable, 'yes');
    assert.equal(r.body.section.version, 2);
    assert.equal(r.body.section.maxYears, 3);
    assert.equal(r.body.version.version, 2);
    assert.equal(r.body.version.changedByUsername, 'admin.mh');
    assert.deepEqual(r.body.version.changes.bailable, { from: 'unknown', to: 'yes' });
    assert.deepEqual(r.body.version.changes.maxPunishment, { from: '3 years + fine', to: 'Imprisonment for 3 years, or fine, or both' });
    assert.equal(await count('events'), before + 1);
    const event = await db().selectFrom('events').selectAll().orderBy('local_pos', 'desc').executeTakeFirstOrThrow();
    assert.equal(event.type, 'law.section_corrected');
    assert.equal(event.entity_id, 'law:BNS:75');
    const payload = JSON.parse(event.payload);
    assert.equal(payload.reason, 'BNSS First Schedule lists sexual harassment (s.75(2)) as bailable');
    assert.equal(payload.source, 'BNSS 2023, First Schedule, entry for BNS 75');
    assert.deepEqual(payload.changes, { bailable: 'yes', maxPunishment: 'Imprisonment for 3 years, or fine, or both' });

    const versions = await db().selectFrom('law_section_versions').selectAll().where('act', '=', 'BNS').where('section', '=', '75').execute();
    assert.equal(versions.length, 1);
    assert.equal(versions[0]!.event_id, event.id);
    assert.equal(versions[0]!.changed_at, clock.now().toISOString());
    const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'law.correct').where('outcome', '=', 'success').execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.actor_username, 'admin.mh');
    assert.equal(audit[0]!.target_id, 'BNS 75');
    assert.equal(JSON.parse(audit[0]!.detail).source, 'BNSS 2023, First Schedule, entry for BNS 75');

    // Read back through the API and the in-memory catalogue.
    const one = succeeded(await admin.get('/api/v1/law/sections/BNS/75'));
    assert.equal(one.body.section.bailable, 'yes');
    assert.equal(one.body.history.length, 1);
    assert.equal((await law().get({ act: 'BNS', section: '75' }))!.version, 2);

    // A second correction, by the SCRB, to the title: version 3; the same values again is a 409.
    const scrb = await as('scrb.mh');
    const second = await scrb.post('/api/v1/law/sections/BNS/75/corrections', {
      changes: { title: 'Sexual harassment', titleHi: 'यौन उत्पीड़न', bailable: 'yes' },
      reason: 'Hindi title from the official Hindi text of the BNS',
      source: 'BNS 2023, Hindi text in the Gazette of India',
    });
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.equal(second.body.section.version, 3);
    assert.equal(second.body.section.titleHi, 'यौन उत्पीड़न');
    assert.deepEqual(Object.keys(second.body.version.changes), ['titleHi'], 'unchanged fields are left out');
    const same = await scrb.post('/api/v1/law/sections/BNS/75/corrections', {
      changes: { titleHi: 'यौन उत्पीड़न' },
      reason: 'the same value once more, by mistake',
      source: 'BNS 2023',
    });
    assert.equal(same.status, 409);
    assert.match(same.body.detail, /changes nothing/);
    assert.equal((await law().search('75', { occurredAt: FROM }))[0]!.section.titleHi, 'यौन उत्पीड़न', 'search sees the correction');
  });

  test('an SHO may not correct: 403 and nothing written', async () => {
    const sho = await as('sho.pune1');
    const was = await snapshot();
    const auditBefore = await count('audit_log');
    const r = await sho.post('/api/v1/law/sections/BNS/303(2)/corrections', {
      changes: { title: 'Theft (edited)' },
      reason: 'an SHO trying to edit the catalogue',
      source: 'nowhere',
    });
    assert.equal(r.status, 403);
    assert.match(r.body.detail, /law\.correct/);
    assert.deepEqual(await snapshot(), was);
    assert.equal(await count('audit_log'), auditBefore + 1, 'the refusal is audited');
    const denied = await db().selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow();
    assert.equal(denied.action, 'law.correct');
    assert.equal(denied.outcome, 'denied');
  });

  test('an administrator of a district may not correct: 403 with the reason, nothing written', async () => {
    const { node } = server;
    const id = randomUUID();
    await node.events.transaction((tx) =>
      node.users.create(
        tx,
        {
          id,
          username: 'admin.pune',
          displayName: 'District administrator',
          role: 'administrator',
          unitCode: 'MH-PUN',
          language: 'en',
          passwordHash: 'x',
          mustChangePassword: false,
          totpSecret: null,
        },
        'test',
      ),
    );
    const c = await as('admin.pune');
    const was = await snapshot();
    const r = await c.post('/api/v1/law/sections/BNS/303(2)/corrections', {
      changes: { cognizable: 'no' },
      reason: 'a district administrator trying to edit',
      source: 'nowhere at all',
    });
    assert.equal(r.status, 403);
    assert.match(r.body.detail, /state or national level/);
    assert.match(r.body.detail, /MH-PUN is a district/);
    assert.deepEqual(await snapshot(), was);
    const denied = await db().selectFrom('audit_log').selectAll().where('actor_username', '=', 'admin.pune').where('action', '=', 'law.correct').execute();
    assert.equal(denied.length, 1);
    assert.equal(denied[0]!.outcome, 'denied');
    assert.equal(denied[0]!.target_id, 'BNS 303(2)');
  });

  test('bad corrections are 400 (or 404 for an unknown entry) and write nothing', async (t) => {
    const admin = await as('admin.mh');
    const ok = { changes: { title: 'Theft' }, reason: 'a perfectly good reason', source: 'BNS 2023' };
    const cases: [string, string, unknown, number, RegExp][] = [
      ['reason too short', 'BNS/303(2)', { ...ok, reason: 'short' }, 400, /reason/],
      ['source too short', 'BNS/303(2)', { ...ok, source: 'x' }, 400, /source/],
      ['no changes', 'BNS/303(2)', { ...ok, changes: {} }, 400, /at least one field/],
      ['unknown field in changes', 'BNS/303(2)', { ...ok, changes: { version: 7 } }, 400, /unknown field \\"version\\"/],
      ['bad classification value', 'BNS/303(2)', { ...ok, changes: { cognizable: 'maybe' } }, 400, /cognizable/],
      ['empty title', 'BNS/303(2)', { ...ok, changes: { title: '   ' } }, 400, /title/],
      ['sensitive not a boolean', 'BNS/303(2)', { ...ok, changes: { sensitive: 'yes' } }, 400, /sensitive/],
      ['not a section number', 'BNS/abc', ok, 400, /section/],
      ['not an act code', '1BNS/303', ok, 400, /act/],
      ['unknown section', 'BNS/999', ok, 404, /BNS 999/],
      ['uncatalogued section of a special act', 'NDPS/20', ok, 404, /NDPS 20/],
    ];
    for (const [name, where, body, status, detail] of cases) {
      await t.test(name, async () => {
        const was = await snapshot();
        const r = await admin.request('POST', `/api/v1/law/sections/${where}/corrections`, body);
        assert.equal(r.status, status, JSON.stringify(r.body));
        assert.match(JSON.stringify(r.body), detail);
        assert.deepEqual(await snapshot(), was);
      });
    }
  });

  test('a correction that makes a section sensitive changes isSensitive at once', async () => {
    const admin = await as('admin.in');
    assert.equal(await law().isSensitive([{ act: 'BNS', section: '72' }]), false);
    const r = await admin.post('/api/v1/law/sections/BNS/72/corrections', {
      changes: { sensitive: true, crimeHead: 'Disclosure of identity of victims' },
      reason: 'cases under s.72 name the victim of a sexual offence in their papers',
      source: 'BNS 2023 s.72; Nipun Saxena v. Union of India (2019) 2 SCC 703',
    });
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(await law().isSensitive([{ act: 'BNS', section: '72' }]), true);
    assert.equal((await law().get({ act: 'BNS', section: '72' }))!.crimeHead, 'Disclosure of identity of victims');
  });

  test('rebuild keeps the seeded catalogue and re-applies the corrections', async () => {
    const was = await snapshot();
    await server.node.events.rebuild();
    assert.deepEqual(await snapshot(), was);
    const s75 = (await law().get({ act: 'BNS', section: '75' }))!;
    assert.equal(s75.version, 3);
    assert.equal(s75.bailable, 'yes');
    assert.equal(s75.titleHi, 'यौन उत्पीड़न');
    assert.equal((await law().get({ act: 'BNS', section: '72' }))!.sensitive, true);
    assert.equal((await law().get({ act: 'BNS', section: '303' }))!.version, 1, 'untouched entries stay as seeded');
    assert.equal((await law().history({ act: 'BNS', section: '75' })).length, 2, 'no version is recorded twice');
  });

  test('API: search, one entry, acts', async () => {
    const writer = await as('writer.pune1');
    const r = await writer.get(`/api/v1/law/sections?q=379&occurredAt=${encodeURIComponent('2024-07-01T00:00+05:30')}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    assert.equal(r.body.results[0]!.section.section, '303(2)');
    assert.equal(r.body.results[0]!.matchedBy, 'equivalent');
    assert.deepEqual(r.body.results[0]!.via, { act: 'IPC', section: '379' });
    assert.equal(r.body.results[0]!.applicable, true);
    const old = succeeded(await writer.get(`/api/v1/law/sections?q=379&occurredAt=${encodeURIComponent('2024-06-30T23:59+05:30')}`));
    assert.equal(old.body.results[0]!.section.act, 'IPC');
    const dateOnly = succeeded(await writer.get('/api/v1/law/sections?q=379&occurredAt=2024-07-01'));
    assert.equal(dateOnly.body.results[0]!.section.act, 'BNS', 'a date alone means 00:00 IST');
    const hindi = succeeded(await writer.get(`/api/v1/law/sections?q=${encodeURIComponent('चोरी')}&limit=3`));
    assert.equal(hindi.body.results.length, 3);
    assert.equal(hindi.body.results[0]!.section.section, '303(2)');
    for (const [q, field] of [
      ['?q=', 'q'],
      ['?q=379&occurredAt=yesterday', 'occurredAt'],
      ['?q=379&occurredAt=2024-07-01T00:00', 'occurredAt'],
      ['?q=379&limit=0', 'limit'],
      ['?q=379&foo=1', '(root)'],
      ['', 'q'],
    ] as const) {
      const bad = await writer.get(`/api/v1/law/sections${q}`);
      assert.equal(bad.status, 400, q);
      assert.ok(
        bad.body.errors!.some((e: { path: string }) => e.path === field),
        `${q}: ${JSON.stringify(bad.body.errors)}`,
      );
    }
    const one = await writer.get('/api/v1/law/sections/IPC/420');
    assert.equal(one.status, 200);
    assert.equal(one.body.section.title, 'Cheating and dishonestly inducing delivery of property');
    assert.deepEqual(one.body.history, []);
    assert.equal(succeeded(await writer.get('/api/v1/law/sections/ipc/304a')).body.section.section, '304A');
    assert.equal(succeeded(await writer.get('/api/v1/law/sections/POCSO/4')).body.section.sensitive, true);
    assert.equal((await writer.get('/api/v1/law/sections/IPC/9999')).status, 404);
    const acts = succeeded(await writer.get('/api/v1/law/acts'));
    assert.deepEqual(
      acts.body.acts.slice(0, 2).map((a: { code: string }) => a.code),
      ['BNS', 'IPC'],
    );
    assert.ok(acts.body.acts.some((a) => a.code === 'PROH_MH' && a.stateCode === 'MH'));
    const doc = JSON.parse((await server.app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).body);
    assert.ok(doc.paths['/api/v1/law/sections/{act}/{section}/corrections'].post.requestBody);
  });
});
