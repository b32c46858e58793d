import assert from 'node:assert/strict';
import fs from 'node:fs';
import { sql } from 'kysely';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { AuditActor } from '../../src/access/audit-log.js';
import { ensureDemoData } from '../../src/demo/seed.js';
import { openNode, type CctnsNode } from '../../src/node.js';
import { ImportError, PersonImporter, type ImportSummary } from '../../src/records/person-import.js';
import { parseCsv } from '../../src/util/csv.js';
import { runCctns } from '../support/cli.js';
import { ENGINE, freshStorage, type TestStorage } from '../support/storage.js';

const STATION = 'MH-PUN-PS01';
const actor: AuditActor = { id: 'cli', username: 'cli:test', unitCode: 'IN' };

/** Good rows in several scripts, and one of each kind of bad row (line numbers in the comments). */
const MIXED = Buffer.concat([
  Buffer.from(
    [
      'Name,Father_Name,Gender,Age,District', // 1
      'Mohd. Mustafa,Abdul Rashid,M,34,Pune', // 2
      'सुनीता देवी,रामप्रसाद,F,41,Nashik', // 3
      'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ,ਹਰਭਜਨ ਸਿੰਘ,male,28,', // 4
      'முருகன்,,m,,Chennai', // 5
      'সুব্রত দাস,,,52,', // 6
      '"Pathan, Junaid",Salim Pathan,M,23,Pune', // 7
      'Mohd. Mustafa,Abdul Rashid,M,34,Pune', // 8: duplicate of 2
      ' Mohd. Mustafa ,Abdul Rashid,m,34,Pune', // 9: duplicate of 2 once trimmed
      'Ram कुमार,,M,30,', // 10: mixed scripts
      'Sita Devi,,F,130,', // 11: age out of range
      'Sita Devi,,F,old,', // 12: age not a number
      'Sita Devi,,X,30,', // 13: unknown gender
      ',Ramesh,M,30,', // 14: empty name
      'only,three,fields', // 15: wrong number of fields
      '', // 16: blank, skipped silently
    ].join('\n') + '\n',
  ),
  Buffer.from('Bad \xff\xfe bytes,,M,30,\n', 'latin1'), // 17: invalid UTF-8
  Buffer.from('Tab\u0007Bell,,M,30,\n'), // 18: control character
  Buffer.from(`${'A'.repeat(201)},,M,30,\n`), // 19: name too long
  Buffer.from('Kavita Joshi,Suresh Joshi,F,17,Pune\r\n'), // 20: CRLF, a juvenile
  Buffer.from('Ravi\u202eKumar,,M,30,\n'), // 21: a bidirectional override
  Buffer.from('Ravi Kumar,,M,30,Pune\u0000\n'), // 22: a NUL byte
  Buffer.from('Ravi Kumar\uffff,,M,30,\n'), // 23: a non-character
  Buffer.from('Ravi\u0085Kumar,,M,30,\n'), // 24: a C1 control
]);

describe(`cctns import persons (${ENGINE})`, () => {
  let t: TestStorage;
  let node: CctnsNode;
  let env: { dataDir: string; databaseUrl?: string };
  const personCount = async () =>
    Number(
      (
        await node.storage.db
          .selectFrom('persons')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(t.dataDir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  before(async () => {
    t = await freshStorage();
    node = await openNode(t.config, { storage: t.storage });
    await ensureDemoData(node);
    env = { dataDir: t.dataDir, databaseUrl: t.databaseUrl };
  });
  after(() => t.cleanup());

  test('a file with good rows in five scripts and bad rows of every kind', async () => {
    const before = await personCount();
    const file = write('register.csv', MIXED);
    const r = runCctns(['import', 'persons', file, '--unit', STATION], env);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /imported: +7\n/);
    assert.match(r.stdout, /rejected: +13 — reasons in .*register\.rejects\.csv/);
    assert.match(r.stdout, /duplicates skipped: +2\n/);
    assert.match(r.stdout, /rows\/s/);
    assert.equal((await personCount()) - before, 7);

    const rejects = parseCsv(fs.readFileSync(path.join(t.dataDir, 'register.rejects.csv'), 'utf8'));
    assert.deepEqual(rejects.columns, ['line', 'reason', 'row']);
    const byLine = Object.fromEntries(rejects.records.map((x) => [x.line, x]));
    assert.deepEqual(Object.keys(byLine).map(Number), [10, 11, 12, 13, 14, 15, 17, 18, 19, 21, 22, 23, 24]);
    assert.match(byLine['10']!.reason!, /mixes Latin and Devanagari letters/);
    assert.equal(byLine['10']!.row, 'Ram कुमार,,M,30,');
    assert.match(byLine['11']!.reason!, /age 130 is out of range/);
    assert.match(byLine['12']!.reason!, /age "old" is not a whole number/);
    assert.match(byLine['13']!.reason!, /unknown gender "X"/);
    assert.match(byLine['14']!.reason!, /the name is empty/);
    assert.match(byLine['15']!.reason!, /has 3 fields, expected 5/);
    assert.match(byLine['17']!.reason!, /not valid UTF-8/);
    assert.match(byLine['17']!.row!, /^Bad \uFFFD\uFFFD bytes/);
    assert.match(byLine['18']!.reason!, /control character \(U\+0007\)/);
    assert.match(byLine['19']!.reason!, /too long \(201 characters/);
    assert.match(byLine['21']!.reason!, /the name contains a bidirectional control character \(U\+202E\)/);
    assert.match(byLine['22']!.reason!, /the district contains a control character \(U\+0000\)/);
    assert.match(byLine['23']!.reason!, /the name contains a non-character \(U\+FFFF\)/);
    assert.match(byLine['24']!.reason!, /the name contains a control character \(U\+0085\)/);

    // Each person is an ordinary record: owner unit, father's name, gender, age, district.
    const mustafa = await node.storage.db.selectFrom('persons').selectAll().where('name', '=', 'Mohd. Mustafa').execute();
    assert.equal(mustafa.length, 1, 'the duplicates made no second person');
    assert.equal(mustafa[0]!.owner_unit, STATION);
    assert.equal(mustafa[0]!.relative_name, 'Abdul Rashid');
    assert.equal(mustafa[0]!.relative_kind, 'father');
    assert.equal(mustafa[0]!.gender, 'male');
    assert.equal(mustafa[0]!.age, 34);
    assert.equal(mustafa[0]!.district, 'Pune');
    assert.equal(mustafa[0]!.created_by, `cli:${(await import('node:os')).userInfo().username}`);
    const kavita = await node.storage.db.selectFrom('persons').selectAll().where('name', '=', 'Kavita Joshi').executeTakeFirstOrThrow();
    assert.equal(kavita.juvenile, 1);
    assert.equal(kavita.district, 'Pune', 'the CR of a CRLF line is not part of the district');

    // Found by the person search across scripts.
    const hits = await node.personSearch.find({ q: 'मोहम्मद मुस्तफ़ा', limit: 10 });
    assert.equal(hits[0]?.name, 'Mohd. Mustafa');
    const sunita = await node.personSearch.find({ q: 'Sunita Devi', limit: 10 });
    assert.ok(sunita.some((h) => h.name === 'सुनीता देवी'));
    const gurpreet = await node.personSearch.find({ q: 'Gurpreet Singh', limit: 10 });
    assert.ok(gurpreet.some((h) => h.name === 'ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'));

    // Records are events: one person.created each, the chains intact.
    const events = await node.storage.db.selectFrom('events').select(['type', 'actor']).where('type', '=', 'person.created').execute();
    assert.ok(events.length >= 7);
    const verified = await node.events.verify();
    assert.deepEqual(verified.problems, []);

    // Audited once, with the file, its digest and the counts.
    const audit = await node.storage.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.import').execute();
    assert.equal(audit.length, 1);
    const detail = JSON.parse(audit[0]!.detail);
    assert.equal(detail.file, 'register.csv');
    assert.match(detail.sha256, /^[0-9a-f]{64}$/);
    assert.equal(detail.imported, 7);
    assert.equal(detail.rejected, 13);
    assert.equal(audit[0]!.target_unit, STATION);

    // The same file again: nothing to do, and it says so.
    const again = runCctns(['import', 'persons', file, '--unit', STATION], env);
    assert.equal(again.code, 0, again.stderr);
    assert.match(again.stdout, /imported completely before .* 7 persons\. Nothing to do\./);
    assert.equal((await personCount()) - before, 7);
  });

  test('wrong columns refuse the whole file, naming the expected columns; nothing is written', async () => {
    const before = await personCount();
    const eventsBefore = await node.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const file = write('wrong.csv', 'name,mobile,age\nRam,9822012345,30\n');
    const r = runCctns(['import', 'persons', file], env);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /Unknown column "mobile".*name,father_name,gender,age,district/);
    const missing = runCctns(['import', 'persons', write('missing.csv', 'father_name,age\nRam,30\n')], env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no "name" column/);
    const empty = runCctns(['import', 'persons', write('empty.csv', '')], env);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /The file is empty/);
    const unit = runCctns(['import', 'persons', write('ok.csv', 'name\nRam\n'), '--unit', 'NO-SUCH'], env);
    assert.equal(unit.code, 2);
    assert.match(unit.stderr, /There is no unit "NO-SUCH"/);
    assert.equal(await personCount(), before);
    const eventsAfter = await node.storage.db
      .selectFrom('events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    assert.equal(Number(eventsAfter.n), Number(eventsBefore.n));
    assert.ok(!fs.existsSync(path.join(t.dataDir, 'wrong.rejects.csv')));
  });

  test('an interrupted import continues after its last committed batch', async () => {
    const rows = Array.from({ length: 23 }, (_, i) => `Resume Person ${String.fromCharCode(65 + i)},Father ${i},M,${20 + i},Pune`);
    // A bad row and a duplicate inside the part the first run gets through, and after it.
    rows.splice(3, 0, 'Bad Age Person,,M,999,');
    rows.splice(5, 0, rows[0]!);
    rows.push('Ram कुमार,,M,30,', rows[10]!);
    const file = write('resume.csv', 'name,father_name,gender,age,district\n' + rows.join('\n') + '\n');
    const importer = new PersonImporter(node);
    const before = await personCount();
    let batches = 0;
    await assert.rejects(
      importer.run({
        file,
        unit: STATION,
        actor,
        batchSize: 4,
        afterBatch: () => {
          // The process dies after its second batch has committed.
          if (++batches === 2) throw new Error('simulated crash');
        },
      }),
      /simulated crash/,
    );
    assert.equal((await personCount()) - before, 8);

    // Resuming with another owner unit would split the file between units: refused.
    await assert.rejects(importer.run({ file, unit: 'MH-PUN', actor }), (e: unknown) => e instanceof ImportError && /continue it with --unit MH-PUN-PS01/.test(e.message));

    const resumed: ImportSummary = await importer.run({ file, unit: STATION, actor, batchSize: 4 });
    assert.equal(resumed.importedEarlier, 8);
    assert.equal(resumed.imported, 15);
    assert.equal(resumed.rejected, 2);
    assert.equal(resumed.duplicates, 2);
    assert.ok(resumed.resumedAfterLine! > 1);
    assert.equal((await personCount()) - before, 23);
    const names = await node.storage.db.selectFrom('persons').select('name').where('name', 'like', 'Resume Person %').execute();
    assert.equal(new Set(names.map((n) => n.name)).size, 23, 'no person twice');
    const rejects = parseCsv(fs.readFileSync(path.join(t.dataDir, 'resume.rejects.csv'), 'utf8'));
    assert.equal(rejects.records.length, 2, 'the report covers the whole file, the first run included');
    assert.deepEqual((await node.events.verify()).problems, []);

    const done = await importer.run({ file, unit: STATION, actor });
    assert.ok(done.alreadyComplete);
    assert.equal(done.importedEarlier, 23);
  });

  test('a stop request ends the import cleanly after a batch; the next run finishes it', async () => {
    const rows = Array.from({ length: 10 }, (_, i) => `Stop Person ${String.fromCharCode(65 + i)}`);
    const file = write('stop.csv', 'name\n' + rows.join('\n'));
    const importer = new PersonImporter(node);
    const stop = new AbortController();
    const first = await importer.run({ file, unit: STATION, actor, batchSize: 3, signal: stop.signal, afterBatch: () => stop.abort() });
    assert.ok(first.interrupted);
    assert.equal(first.imported, 3);
    // The import's connection settings are put back for the node that shares the connection.
    const pragmas = async () =>
      ENGINE === 'sqlite'
        ? Promise.all(['synchronous', 'wal_autocheckpoint', 'cache_size'].map(async (name) => Object.values((await sql.raw(`PRAGMA ${name}`).execute(node.storage.db)).rows[0] as object)[0]))
        : [];
    const settings = await pragmas();
    const second = await importer.run({ file, unit: STATION, actor, batchSize: 3, offline: true });
    assert.equal(second.importedEarlier, 3);
    assert.equal(second.imported, 7);
    assert.deepEqual(await pragmas(), settings);
    if (ENGINE === 'sqlite') assert.equal(settings[0], 2, 'the node writes with synchronous=FULL');
    const audit = await node.storage.db.selectFrom('audit_log').select(['outcome', 'detail']).where('action', '=', 'person.import').where('target_id', '=', first.sha256).orderBy('seq').execute();
    assert.deepEqual(
      audit.map((a) => a.outcome),
      ['failure', 'success'],
    );
  });

  test('one person created alone and in bulk make the same rows; rebuild replays both', async () => {
    const input = {
      name: 'Same Rows Person',
      aliases: ['Bablu'],
      relativeName: 'Same Father',
      relativeKind: 'father' as const,
      gender: 'male' as const,
      age: 40,
      addresses: [
        { kind: 'present' as const, line: 'Baramati' },
        { kind: 'permanent' as const, line: 'Village Road', district: 'Pune' },
      ],
      phones: ['+91 98220 12345'],
      idDocuments: [],
      description: { marks: 'mole on the left cheek' },
    };
    const [one, many] = await node.events.transaction(async (tx) => {
      const a = await node.persons.create(tx, input, STATION, 'tester');
      const [b] = await node.persons.createMany(tx, [input], STATION, 'tester');
      return [a, b!];
    });
    const rowOf = async (id: string) => {
      const { id: _, created_at, updated_at, ...rest } = await node.storage.db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      return rest;
    };
    const keysOf = async (id: string) => (await node.storage.db.selectFrom('person_name_keys').select('key').where('person_id', '=', id).orderBy('key').execute()).map((k) => k.key);
    assert.deepEqual(await rowOf(many), await rowOf(one));
    assert.equal((await rowOf(one)).district, 'Pune', 'the district of the first address that has one');
    assert.deepEqual(await keysOf(many), await keysOf(one));

    const persons = await personCount();
    const keys = Number(
      (
        await node.storage.db
          .selectFrom('person_name_keys')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    const sample = await rowOf(many);
    await node.events.rebuild();
    assert.equal(await personCount(), persons);
    assert.equal(
      Number(
        (
          await node.storage.db
            .selectFrom('person_name_keys')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      ),
      keys,
    );
    assert.deepEqual(await rowOf(many), sample);
    assert.deepEqual((await node.events.verify()).problems, []);
  });
});
