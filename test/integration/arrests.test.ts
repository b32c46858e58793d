/**
 * Arrests and custody (issue 13): the arrest memo (IIF-3) of each accused with its GD entry, the
 * 24-hour production clock (BNSS 58), the remand and custody ledger with the default-bail clock
 * from the first remand (BNSS 187(3)), the refusals the BNSS makes, and the list of arrested
 * persons (BNSS 37) that never shows a child. Both engines.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { ManualClock } from '../../src/util/clock.js';
import { signedInClients } from '../support/client.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { printedCode } from '../support/pdf.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';
import { ok, shown, refused, type BodyOf } from '../support/answers.js';

type Accused = BodyOf<'GET /api/v1/cases/:firId'>['accused'][number];
type Clock = Accused['clocks'][number];

describe(`arrests and custody (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z'); // 11:30 IST
  const as = signedInClients(() => server, clock);
  const count = async (table: 'events' | 'gd_entries' | 'arrests') =>
    Number(
      (
        await server.node.storage.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const denials = async () =>
    Number(
      (
        await server.node.storage.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', 'case.act')
          .where('outcome', '=', 'denied')
          .executeTakeFirstOrThrow()
      ).n,
    );
  const memo = (personId: string, over: Record<string, unknown> = {}) => ({
    personId,
    outcome: 'arrested_sent_up',
    at: '2026-07-01T13:00:00+05:30',
    place: 'Bus stand, Baramati',
    grounds: 'Named by the complainant; the stolen motorcycle was found with him.',
    personInformed: { name: 'Dattu Shinde', relationship: 'father', phone: '+91 98220 55555', informedAt: '2026-07-01T13:30:00+05:30' },
    attestingWitness: 'Ramesh Kale, Ward 4, Baramati',
    ...over,
  });
  const clockOf = (a: Accused, prefix: string) => a.clocks.find((c) => c.code.startsWith(prefix));
  /** A PDF answer as the user gets it, and its text (poppler's pdftotext). */
  const pdf = async (username: string, url: string) => {
    const token = (await server.node.tokens.create((await server.node.users.byUsername(username))!.id, 'arrests test', null, 'test')).token;
    const res = await server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode !== 200) return { status: res.statusCode, text: '' };
    assert.equal(res.headers['content-type'], 'application/pdf');
    const out = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: res.rawPayload, encoding: 'utf8' });
    assert.equal(out.status, 0, `pdftotext: ${out.stderr}`);
    return { status: 200, text: out.stdout.replace(/\s+/g, ' ') };
  };

  let firId: string;
  let lifeFirId: string;
  const p: Record<string, string> = {};
  let complainantId: string;
  let a1ArrestId: string;

  before(async () => {
    server = await startTestServer({ clock, listen: false });
    const ioId = (await server.node.users.byUsername('io.pune1'))!.id;
    const writer = await as('writer.pune1');
    const r = await writer.post(
      '/api/v1/firs',
      theftFir({
        sections: [{ act: 'BNS', section: '305' }],
        accused: [
          person('Raju Shinde'),
          person('Sunita More', { gender: 'female', age: 30 }),
          person('Bablu Kamble', { age: 16 }),
          { person: { name: 'Ganesh Pol', gender: 'male' } },
          person('Vishal Pawar', { age: 28 }),
        ],
      }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    firId = r.body.id;
    complainantId = shown(r.body.complainant).id;
    const full = ok(await (await as('sho.pune1')).get(`/api/v1/firs/${firId}`));
    for (const a of full.body.accused as { id: string; name: string }[]) p[a.name.split(' ')[0]!] = a.id;
    assert.ok(p.Bablu, 'the SHO sees the child');
    const life = await writer.post('/api/v1/firs', theftFir({ sections: [{ act: 'BNS', section: '118(2)' }], accused: [person('Mahesh Gaikwad', { age: 40 })], properties: [] }));
    assert.equal(life.status, 201, JSON.stringify(life.body));
    lifeFirId = life.body.id;
    p.Mahesh = shown(life.body.accused[0]).id;
    const sho = await as('sho.pune1');
    for (const id of [firId, lifeFirId]) assert.equal((await sho.post(`/api/v1/cases/${id}/assignment`, { ioUserId: ioId })).status, 200);
    clock.advance(10 * 3600); // 21:30 IST
  });
  after(() => server.close());

  test('the IO arrests A1: the memo, its GD entry and the 24-hour production clock', async () => {
    const io = await as('io.pune1');
    const gdBefore = await count('gd_entries');
    const r = await io.post(`/api/v1/cases/${firId}/arrests`, memo(p.Raju!));
    assert.equal(r.status, 201, JSON.stringify(r.body));
    const a: Accused = r.body;
    assert.equal(a.code, 'A1');
    assert.equal(a.status, 'arrested');
    assert.equal(shown(a.person).name, 'Raju Shinde');
    a1ArrestId = a.arrests[0]!.id;
    const production = clockOf(a, 'production-before-magistrate')!;
    assert.equal(production.status, 'running');
    assert.equal(production.dueAt, '2026-07-02T07:30:00.000Z', '24 hours from the arrest at 13:00 IST');
    assert.equal(await count('gd_entries'), gdBefore + 1, 'one GD entry, in the same step');
    const gd = await server.node.storage.db.selectFrom('gd_entries').selectAll().where('ref_id', '=', firId).where('kind', '=', 'arrest').execute();
    assert.equal(gd.length, 1);
    assert.match(gd[0]!.text, /A1/);
    assert.ok(!gd[0]!.text.includes('Raju'), 'the diary names the accused by code only');
    const fir = ok(await io.get(`/api/v1/firs/${firId}`));
    const firProduction = fir.body.clocks.find((c: Clock) => c.code === 'production-before-magistrate-24h');
    assert.equal(firProduction?.dueAt, '2026-07-02T07:30:00.000Z', "the FIR's production clock runs from its first arrest, at the memo's time");
    assert.ok(!fir.body.clocks.some((c: Clock) => c.code.startsWith('charge-sheet')), 'no default-bail clock before a remand');
    const file = await io.get(`/api/v1/cases/${firId}`);
    assert.equal(file.status, 200, JSON.stringify(file.body));
    const types = file.body.timeline.map((t: { type: string }) => t.type);
    assert.ok(types.includes('gd.arrest') && types.includes('case.arrest_recorded'), types.join());
    const a1 = file.body.accused.find((x: Accused) => x.code === 'A1');
    assert.equal(a1!.status, 'arrested');
    assert.ok(
      file.body.accused.some((x: Accused) => x.code === null && x.status === 'not_arrested'),
      'accused not yet arrested are listed too',
    );
    const dash = await (await as('sho.pune1')).get('/api/v1/stations/MH-PUN-PS01/dashboard');
    assert.equal(dash.status, 200, JSON.stringify(dash.body));
    assert.deepEqual(
      dash.body.arrests.toProduce.map((x) => [x.accusedCode, shown(x.person).name]),
      [['A1', 'Raju Shinde']],
    );
  });

  test('refusals: not the IO (audited), a woman at night without permission, handcuffs outside the list, not an accused, already in custody', async () => {
    const before = await count('events');
    const denied = await denials();
    const sho = await as('sho.pune1');
    const notIo = await sho.post(`/api/v1/cases/${firId}/arrests`, memo(p.Sunita!));
    assert.equal(notIo.status, 403, 'the SHO is not the IO of this case');
    assert.equal(await denials(), denied + 1, 'the refusal is audited');
    const io = await as('io.pune1');
    const cases: [Record<string, unknown>, number, string][] = [
      [memo(p.Sunita!, { at: '2026-07-01T21:00:00+05:30', personInformed: { name: 'Vijay More', relationship: 'spouse', informedAt: '2026-07-01T21:10:00+05:30' } }), 400, 'magistratePermission'],
      [memo(p.Sunita!, { handcuff: { category: 'vip_escort', reason: 'She might run away.' } }), 400, 'handcuff.category'],
      [memo(p.Sunita!, { handcuff: { category: 'murder', reason: '' } }), 400, 'handcuff.reason'],
      [memo(complainantId), 400, 'personId'],
      [memo(p.Sunita!, { grounds: undefined }), 400, 'grounds'],
      [memo(p.Sunita!, { at: '2026-07-02T13:00:00+05:30' }), 400, 'at'],
      [memo(p.Sunita!, { outcome: 'arrested_and_beaten' }), 400, 'outcome'],
      [memo(p.Sunita!, { personInformed: { name: 'Vijay More', relationship: 'spouse', informedAt: '2026-07-01T12:00:00+05:30' } }), 400, 'personInformed.informedAt'],
      [memo(p.Raju!), 409, 'already-in-custody'],
    ];
    for (const [body, status, what] of cases) {
      const r = await io.post(`/api/v1/cases/${firId}/arrests`, body);
      assert.equal(r.status, status, `${what}: ${JSON.stringify(r.body)}`);
      if (status === 400)
        assert.ok(
          refused(r).body.errors!.some((e) => e.path === what),
          `${what} named in ${JSON.stringify(refused(r).body.errors)}`,
        );
    }
    assert.equal(await count('events'), before, 'nothing written');
    // With the permission; sent twice at once (a double click): one memo, the other refused.
    const nightMemo = memo(p.Sunita!, {
      at: '2026-07-01T21:00:00+05:30',
      personInformed: { name: 'Vijay More', relationship: 'spouse', informedAt: '2026-07-01T21:10:00+05:30' },
      magistratePermission: { magistrate: 'JMFC Baramati', reference: 'Misc. 41/2026', grantedAt: '2026-07-01T20:30:00+05:30' },
    });
    const both = await Promise.all([io.post(`/api/v1/cases/${firId}/arrests`, nightMemo), io.post(`/api/v1/cases/${firId}/arrests`, nightMemo)]);
    assert.deepEqual(both.map((r) => r.status).sort(), [201, 409], JSON.stringify(both.map((r) => r.body)));
    const night = both.find((r) => r.status === 201)!;
    assert.equal(night.body.code, 'A2', 'the next code of the case');
    const memos = await server.node.storage.db.selectFrom('arrests').select('id').where('person_id', '=', p.Sunita!).execute();
    assert.equal(memos.length, 1);
  });

  test('production meets the 24-hour clock; police custody then judicial custody; the default-bail clock from the first remand', async () => {
    clock.advance(14.5 * 3600); // 2026-07-02 12:00 IST
    let io = await as('io.pune1');
    const early = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/production`, { at: '2026-07-01T12:00:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' });
    assert.equal(early.status, 400);
    assert.equal(early.body.errors![0]!.path, 'at');
    const produced = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/production`, { at: '2026-07-02T11:00:00+05:30', court: 'JMFC Baramati', magistrate: 'Smt. R. Kulkarni' });
    assert.equal(produced.status, 200, JSON.stringify(produced.body));
    assert.equal(clockOf(produced.body, 'production-before-magistrate')!.status, 'met');
    assert.equal((await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/production`, { at: '2026-07-02T11:00:00+05:30', court: 'JMFC', magistrate: 'X' })).status, 409);

    const police = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, {
      kind: 'police',
      from: '2026-07-02T11:30:00+05:30',
      until: '2026-07-07T11:30:00+05:30',
      court: 'JMFC Baramati',
      orderReference: 'RA 12/2026',
    });
    assert.equal(police.status, 201, JSON.stringify(police.body));
    assert.equal(police.body.status, 'police_custody');
    const bail = clockOf(police.body, 'charge-sheet-')!;
    assert.equal(bail.code, 'charge-sheet-60d', 'a 7-year offence: 60 days');
    assert.equal(bail.startedAt, new Date('2026-07-02T11:30:00+05:30').toISOString(), 'from the first remand, not the arrest');
    assert.equal(bail.dueDateIst, '2026-08-30', 'the day of remand is day 1 of 60');
    const fir = ok(await io.get(`/api/v1/firs/${firId}`));
    assert.equal(fir.body.clocks.find((c: Clock) => c.code === 'production-before-magistrate-24h')?.status, 'met', "the FIR's production clock is met by its first arrest's production");
    assert.equal(fir.body.clocks.find((c: Clock) => c.code === 'charge-sheet-60d')?.dueDateIst, '2026-08-30', "the FIR's default-bail clock from the case's first remand");
    const overlap = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, {
      kind: 'judicial',
      from: '2026-07-02T12:00:00+05:30',
      court: 'JMFC Baramati',
      orderReference: 'RA 13/2026',
    });
    assert.equal(overlap.status, 400, 'no overlap with the police custody');
    assert.equal(overlap.body.errors![0]!.path, 'from');
    const noEnd = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, { kind: 'police', from: '2026-07-02T11:45:00+05:30', court: 'JMFC', orderReference: 'RA' });
    assert.equal(noEnd.status, 400);
    assert.equal(noEnd.body.errors![0]!.path, 'until');

    clock.advance(6 * 86400); // 2026-07-08 12:00 IST
    io = await as('io.pune1');
    const tooLong = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, {
      kind: 'police',
      from: '2026-07-07T11:30:00+05:30',
      until: '2026-07-20T11:30:00+05:30',
      court: 'JMFC Baramati',
      orderReference: 'RA 14/2026',
    });
    assert.equal(tooLong.status, 400, 'police custody at most 15 days in the whole');
    assert.equal(tooLong.body.errors![0]!.path, 'until');
    const judicial = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, {
      kind: 'judicial',
      from: '2026-07-07T11:30:00+05:30',
      court: 'JMFC Baramati',
      orderReference: 'RA 15/2026',
    });
    assert.equal(judicial.status, 201, JSON.stringify(judicial.body));
    assert.equal(judicial.body.status, 'judicial_custody');
    assert.equal(clockOf(judicial.body, 'charge-sheet-')!.dueDateIst, '2026-08-30', 'still from the first remand');

    const bailed = await io.post(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/custody`, {
      kind: 'bail',
      from: '2026-07-08T11:00:00+05:30',
      court: 'Sessions Court, Baramati',
      orderReference: 'BA 77/2026',
    });
    assert.equal(bailed.status, 201, JSON.stringify(bailed.body));
    assert.equal(bailed.body.status, 'on_bail');
    assert.deepEqual(
      bailed.body.custody.map((c: { kind: string; until: string | null }) => [c.kind, c.until]),
      [
        ['police', new Date('2026-07-07T11:30:00+05:30').toISOString()],
        ['judicial', new Date('2026-07-08T11:00:00+05:30').toISOString()],
        ['bail', null],
      ],
      'bail ends the judicial custody',
    );
    // On bail, a new arrest (bail cancelled) keeps the accused's code.
    const again = await io.post(
      `/api/v1/cases/${firId}/arrests`,
      memo(p.Raju!, { at: '2026-07-08T11:30:00+05:30', personInformed: { name: 'Dattu Shinde', relationship: 'father', informedAt: '2026-07-08T11:45:00+05:30' } }),
    );
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.equal(again.body.code, 'A1');
    assert.equal(again.body.status, 'arrested');
  });

  test('a life offence: the default-bail clock is 90 days; the dashboard shows it when near', async () => {
    const io = await as('io.pune1');
    const r = await io.post(
      `/api/v1/cases/${lifeFirId}/arrests`,
      memo(p.Mahesh!, { at: '2026-07-08T09:00:00+05:30', personInformed: { name: 'Sita Gaikwad', relationship: 'spouse', informedAt: '2026-07-08T09:15:00+05:30' } }),
    );
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.code, 'A1', 'codes are per case');
    const j = await io.post(`/api/v1/cases/${lifeFirId}/arrests/${r.body.arrests[0]!.id}/custody`, {
      kind: 'judicial',
      from: '2026-07-08T11:00:00+05:30',
      court: 'JMFC Baramati',
      orderReference: 'RA 20/2026',
    });
    assert.equal(j.status, 201, JSON.stringify(j.body));
    const bail = clockOf(j.body, 'charge-sheet-')!;
    assert.equal(bail.code, 'charge-sheet-90d');
    assert.equal(bail.dueDateIst, '2026-10-05', '90 days, the day of remand being day 1');
    assert.equal(clockOf(j.body, 'production-before-magistrate')!.status, 'met', "the court's remand order is made on a production");
    // A2 remanded and then bailed: her default bail no longer matters, she is not detained.
    const a2 = ok(await io.get(`/api/v1/cases/${firId}`)).body.accused.find((x: Accused) => x.code === 'A2');
    for (const order of [
      { kind: 'judicial', from: '2026-07-08T10:00:00+05:30', court: 'JMFC Baramati', orderReference: 'RA 21/2026' },
      { kind: 'bail', from: '2026-07-08T11:30:00+05:30', court: 'JMFC Baramati', orderReference: 'BA 90/2026' },
    ])
      assert.equal((await io.post(`/api/v1/cases/${firId}/arrests/${a2!.arrests[0]!.id}/custody`, order)).status, 201);
    const sp = await as('sp.pune');
    const far = ok(await sp.get('/api/v1/stations/MH-PUN-PS01/dashboard'));
    assert.equal(far.body.arrests.defaultBail.length, 0, 'not yet near');
    clock.advance((Date.parse('2026-09-28T12:00:00+05:30') - clock.now().getTime()) / 1000);
    const near = await (await as('sp.pune')).get('/api/v1/stations/MH-PUN-PS01/dashboard');
    assert.equal(near.status, 200, JSON.stringify(near.body));
    assert.deepEqual(
      near.body.arrests.defaultBail.map((x) => [x.accusedCode, shown(x.person).name, x.clock.dueDateIst]),
      [
        ['A1', 'Raju Shinde', '2026-08-30'],
        ['A1', 'Mahesh Gaikwad', '2026-10-05'],
      ],
      'accused held in custody, the one passed first; not A2, on bail',
    );
    const file = ok(await (await as('sp.pune')).get(`/api/v1/cases/${lifeFirId}`));
    assert.equal(clockOf(file.body.accused[0]!, 'charge-sheet-')!.status, 'due_soon', 'the SP sees the clock on the case file');
  });

  test('the list of arrested persons (BNSS 37) never shows a child or a person of unknown age; the public part neither', async () => {
    const io = await as('io.pune1');
    const child = await io.post(
      `/api/v1/cases/${firId}/arrests`,
      memo(p.Bablu!, { at: '2026-07-08T10:00:00+05:30', personInformed: { name: 'Shankar Kamble', relationship: 'father', informedAt: '2026-07-08T10:05:00+05:30' } }),
    );
    assert.equal(child.status, 201, JSON.stringify(child.body));
    assert.equal(child.body.code, 'A3');
    const unknown = await io.post(
      `/api/v1/cases/${firId}/arrests`,
      memo(p.Ganesh!, { at: '2026-07-08T10:30:00+05:30', personInformed: { name: 'Sakharam Pol', relationship: 'father', informedAt: '2026-07-08T10:35:00+05:30' } }),
    );
    assert.equal(unknown.status, 201, JSON.stringify(unknown.body));
    const q = { from: '2026-07-01', to: '2026-07-31' };
    for (const [user, unit] of [
      ['sho.pune1', 'MH-PUN-PS01'],
      ['writer.pune1', 'MH-PUN-PS01'],
      ['sp.pune', 'MH-PUN'],
    ] as const) {
      const r = await (await as(user)).get(`/api/v1/arrested-persons?unit=${unit}&from=${q.from}&to=${q.to}`);
      assert.equal(r.status, 200, `${user}: ${JSON.stringify(r.body)}`);
      const names = r.body.persons.map((x) => shown(x.person).name).sort();
      assert.deepEqual(names, ['Mahesh Gaikwad', 'Raju Shinde', 'Raju Shinde', 'Sunita More'], `${user} ${unit}`);
      assert.ok(!JSON.stringify(r.body).includes('Bablu') && !JSON.stringify(r.body).includes('Ganesh'), JSON.stringify(r.body));
      assert.equal(r.body.withheld, 2);
    }
    const pub = await server.node.arrests.publicList('MH-PUN', q);
    assert.deepEqual(pub.map((x) => x.name).sort(), ['Mahesh Gaikwad', 'Raju Shinde', 'Raju Shinde', 'Sunita More']);
    assert.deepEqual(Object.keys(pub[0]!).sort(), ['date', 'name', 'offence', 'station'], 'names and offences only');
    assert.ok(!JSON.stringify(pub).includes('Bablu'));
    assert.equal((await (await as('sho.nashik1')).get('/api/v1/arrested-persons?unit=MH-PUN-PS01')).status, 403, 'police of another unit');
    const bad = await (await as('sho.pune1')).get('/api/v1/arrested-persons?unit=MH-PUN-SD1');
    assert.equal(bad.status, 400);
    assert.equal(bad.body.errors![0]!.path, 'unit');
    // A supervisor who may not unmask a child sees his code, status and clocks, never his name.
    const file = ok(await (await as('sdpo.pune')).get(`/api/v1/cases/${firId}`));
    const a3 = file.body.accused.find((x) => x.code === 'A3');
    assert.deepEqual(a3!.person, { masked: true });
    assert.ok(clockOf(a3!, 'production-before-magistrate'));
    assert.ok(!JSON.stringify(file.body).includes('Bablu'));
  });

  test('the arrest memo (IIF-3) prints in English and Hindi; a child withheld from the reader is not named, nor his father', async () => {
    const en = await pdf('io.pune1', `/api/v1/cases/${firId}/arrests/${a1ArrestId}/memo.pdf?lang=en`);
    assert.equal(en.status, 200);
    assert.match(en.text, /Raju Shinde/);
    assert.match(en.text, /A1/);
    assert.match(en.text, /Dattu Shinde/, 'the person informed (BNSS 36)');
    const checked = await server.app.inject({ method: 'GET', url: `/api/v1/verify/${printedCode(en.text)}` });
    assert.equal(checked.statusCode, 200, checked.body);
    assert.equal(checked.json().document, 'iif3-arrest', 'the code printed on the memo is checked at /verify');
    const hi = await pdf('sho.pune1', `/api/v1/cases/${firId}/arrests/${a1ArrestId}/memo.pdf?lang=hi`);
    assert.equal(hi.status, 200);
    assert.match(hi.text, /Raju Shinde/);
    const file = ok(await (await as('io.pune1')).get(`/api/v1/cases/${firId}`));
    const childArrest = file.body.accused.find((x) => x.code === 'A3')!.arrests[0]!.id;
    const sdpo = await pdf('sdpo.pune', `/api/v1/cases/${firId}/arrests/${childArrest}/memo.pdf?lang=en`);
    assert.equal(sdpo.status, 200);
    assert.ok(!/Bablu|Kamble/.test(sdpo.text), sdpo.text);
    assert.match(sdpo.text, /A3/);
    assert.equal((await pdf('writer.pune1', `/api/v1/cases/${firId}/arrests/${a1ArrestId}/memo.pdf`)).status, 403, 'the memo is read as the case file is');
    const bad = await (await as('io.pune1')).get(`/api/v1/cases/${firId}/arrests/${a1ArrestId}/memo.pdf?lang=fr`);
    assert.equal(bad.status, 400);
  });

  test('an accused not found is declared absconding by the IO; an arrest ends it; one in custody is not absconding', async () => {
    const io = await as('io.pune1');
    const url = `/api/v1/cases/${firId}/absconding` as const;
    const body = { personId: p.Vishal!, since: '2026-07-03T10:00:00+05:30', note: 'Raids at his house and his village on 3 and 5 July; not found.' };
    assert.equal((await (await as('sho.pune1')).post(url, body)).status, 403, 'only the IO');
    const future = await io.post(url, { ...body, since: '2026-12-01T10:00:00+05:30' });
    assert.equal(future.status, 400);
    assert.equal(future.body.errors![0]!.path, 'since');
    const r = await io.post(url, body);
    assert.equal(r.status, 201, JSON.stringify(r.body));
    assert.equal(r.body.status, 'absconding');
    assert.equal(r.body.absconding!.since, new Date(body.since).toISOString());
    assert.equal((await io.post(url, body)).status, 409, 'already absconding');
    assert.equal((await io.post(url, { ...body, personId: p.Mahesh! })).status, 400, 'not an accused of this FIR');
    const held = await io.post(url, { ...body, personId: p.Raju! });
    assert.equal(held.status, 409, 'a person in custody is not absconding');
    const arrested = await io.post(
      `/api/v1/cases/${firId}/arrests`,
      memo(p.Vishal!, { at: '2026-09-20T10:00:00+05:30', personInformed: { name: 'Sadashiv Pawar', relationship: 'father', informedAt: '2026-09-20T10:10:00+05:30' } }),
    );
    assert.equal(arrested.status, 201, JSON.stringify(arrested.body));
    assert.equal(arrested.body.status, 'arrested');
    assert.equal(arrested.body.absconding, null);
  });
});
