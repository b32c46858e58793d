import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { letterScripts, mixedScripts } from '../../src/domain/name-scripts.js';
import { parseAge, parseGender, resolveHeader, rowIdentity, validateRow, type ColumnMap } from '../../src/domain/person-import-rules.js';
import { insertChunks } from '../../src/storage/bulk.js';
import { byteLines } from '../../src/util/byte-lines.js';

const header = (fields: string[]): ColumnMap => {
  const h = resolveHeader(fields);
  assert.ok(h.ok, h.ok ? '' : h.message);
  return h.columns;
};
const all = header(['name', 'father_name', 'gender', 'age', 'district']);
const reason = (fields: string[], columns = all) => {
  const r = validateRow(fields, columns);
  assert.equal(r.ok, false, `expected ${JSON.stringify(fields)} to be refused`);
  return (r as { reason: string }).reason;
};

describe('name scripts', () => {
  test('one script per name, whatever the script', () => {
    assert.deepEqual(letterScripts('Mohd. Mustafa'), ['Latin']);
    assert.deepEqual(letterScripts('मोहम्मद मुस्तफ़ा'), ['Devanagari']);
    assert.deepEqual(letterScripts('সুব্রত দাস'), ['Bengali–Assamese']);
    assert.deepEqual(letterScripts('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ'), ['Gurmukhi']);
    assert.deepEqual(letterScripts('முருகன்'), ['Tamil']);
    assert.deepEqual(letterScripts('José Fernandes'), ['Latin']);
    assert.deepEqual(letterScripts('محمد علی'), ['Arabic–Urdu']);
    assert.deepEqual(letterScripts('12 - .'), []);
  });

  test('punctuation, digits, joiners and the danda belong to no script', () => {
    assert.equal(mixedScripts('राम @ रमेश (2)'), null);
    assert.equal(mixedScripts('श्री\u200dराम।'), null);
    assert.equal(mixedScripts('K. Ramesh'), null);
  });

  test('letters of two scripts are reported by name', () => {
    assert.deepEqual(mixedScripts('Ram कुमार'), ['Latin', 'Devanagari']);
    assert.deepEqual(mixedScripts('राम குமார்'), ['Devanagari', 'Tamil']);
  });
});

describe('persons import: the header', () => {
  test('any order, any case; only name is required', () => {
    const h = header([' Age', 'NAME', 'District ']);
    assert.equal(h.name, 1);
    assert.equal(h.age, 0);
    assert.equal(h.district, 2);
    assert.equal(h.father_name, undefined);
    assert.equal(h.width, 3);
  });

  test('unknown, missing and repeated columns refuse the file and name the expected columns', () => {
    const unknown = resolveHeader(['name', 'mobile']);
    assert.ok(!unknown.ok);
    assert.match(unknown.message, /Unknown column "mobile"/);
    assert.match(unknown.message, /name,father_name,gender,age,district/);
    const missing = resolveHeader(['father_name', 'age']);
    assert.ok(!missing.ok);
    assert.match(missing.message, /no "name" column/);
    const twice = resolveHeader(['name', 'Name']);
    assert.ok(!twice.ok);
    assert.match(twice.message, /"name" twice/);
  });
});

describe('persons import: a row', () => {
  test('a good row, trimmed and normalised', () => {
    const r = validateRow([' Sunita  Devi ', 'Ram Prasad', 'f', ' 34 ', 'Pune'], all);
    assert.ok(r.ok);
    assert.deepEqual(r.row, { name: 'Sunita  Devi', fatherName: 'Ram Prasad', gender: 'female', age: 34, district: 'Pune' });
    const bare = validateRow(['मोहम्मद मुस्तफ़ा', '', '', '', ''], all);
    assert.ok(bare.ok);
    assert.deepEqual(bare.row, { name: 'मोहम्मद मुस्तफ़ा', fatherName: null, gender: 'unknown', age: null, district: null });
    // A decomposed nukta (क + ़) is stored composed, so the same name is the same row.
    const nfd = validateRow(['\u0915\u093c\u093e\u0926\u093f\u0930'], header(['name']));
    assert.ok(nfd.ok);
    assert.equal(nfd.row.name, '\u0915\u093c\u093e\u0926\u093f\u0930'.normalize('NFC'));
  });

  test('genders in the usual spellings', () => {
    for (const [w, g] of [
      ['M', 'male'],
      ['male', 'male'],
      ['FEMALE', 'female'],
      ['t', 'transgender'],
      ['Transgender', 'transgender'],
      ['other', 'unknown'],
      ['', 'unknown'],
    ] as const) {
      assert.equal(parseGender(w), g, w);
    }
    assert.equal(parseGender('x'), null);
    assert.match(reason(['Ram', '', 'boy', '', '']), /unknown gender "boy" \(use M, F, T/);
  });

  test('ages from 0 to 120, in any digits', () => {
    assert.deepEqual(parseAge('0'), { ok: true, age: 0 });
    assert.deepEqual(parseAge('120'), { ok: true, age: 120 });
    assert.deepEqual(parseAge('४५'), { ok: true, age: 45 });
    assert.deepEqual(parseAge(''), { ok: true, age: null });
    assert.match(reason(['Ram', '', 'M', '121', '']), /age 121 is out of range \(0–120\)/);
    assert.match(reason(['Ram', '', 'M', 'thirty', '']), /age "thirty" is not a whole number/);
    assert.match(reason(['Ram', '', 'M', '-3', '']), /not a whole number/);
    assert.match(reason(['Ram', '', 'M', '34.5', '']), /not a whole number/);
  });

  test('each refusal says what is wrong', () => {
    assert.match(reason(['', 'Ram', 'M', '3', '']), /the name is empty/);
    assert.match(reason(['   ', '', '', '', '']), /the name is empty/);
    assert.match(reason(['A'.repeat(201), '', '', '', '']), /the name is too long \(201 characters; at most 200\)/);
    assert.ok(validateRow(['अ'.repeat(200), '', '', '', ''], all).ok, '200 characters, however many bytes, is allowed');
    assert.match(reason(['Ram\u0007', '', '', '', '']), /the name contains a control character \(U\+0007\), which is not allowed/);
    assert.match(reason(['Ram\tKumar', '', '', '', '']), /contains a tab/);
    assert.match(reason(['Ram\u202eKumar', '', '', '', '']), /the name contains a bidirectional control character \(U\+202E\)/);
    assert.match(reason(['Ram', 'Shyam\u2066', '', '', '']), /the father's name contains a bidirectional control character \(U\+2066\)/);
    assert.match(reason(['Ram\u0085', '', '', '', '']), /control character \(U\+0085\)/);
    assert.match(reason(['Ram\uffff', '', '', '', '']), /non-character \(U\+FFFF\)/);
    assert.match(reason(['Ram\ufdd0', '', '', '', '']), /non-character \(U\+FDD0\)/);
    assert.match(reason(['Ram', '', 'M\u0000', '', '']), /the gender contains a control character \(U\+0000\)/);
    assert.match(reason(['Ram', '', '', '', 'Pune\u202d']), /the district contains a bidirectional control character \(U\+202D\)/);
    assert.ok(validateRow(['श्री\u200dराम', '', '', '', ''], all).ok, 'ZWJ stays');
    assert.match(reason(['Ram कुमार', '', '', '', '']), /the name mixes Latin and Devanagari letters; write it in one script/);
    assert.match(reason(['Ram Kumar', 'राम Prasad', '', '', '']), /the father's name mixes Devanagari and Latin/);
    assert.match(reason(['Ram', '', '', '']), /has 4 fields, expected 5/);
    assert.match(reason(['Ram', '', '', '', '', '']), /has 6 fields, expected 5/);
    assert.match(reason(['Ram', '', '', '', 'D'.repeat(101)]), /district is too long/);
  });

  test('duplicates are the same values once trimmed, whatever the case of the gender', () => {
    const a = validateRow(['Ram', '', 'M', '30', 'Pune'], all);
    const b = validateRow([' Ram ', '', 'male', '30', 'Pune '], all);
    const c = validateRow(['Ram', '', 'M', '31', 'Pune'], all);
    assert.ok(a.ok && b.ok && c.ok);
    assert.equal(rowIdentity(a.row), rowIdentity(b.row));
    assert.notEqual(rowIdentity(a.row), rowIdentity(c.row));
  });
});

describe('bulk helpers', () => {
  test('insert chunks fit the parameter limit and come in a few fixed sizes', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => i);
    const sqlite = insertChunks(rows, 19, 'sqlite');
    assert.deepEqual(sqlite.flat(), rows);
    for (const c of sqlite) assert.ok(c.length * 19 <= 32766);
    assert.ok(
      sqlite.every((c) => Number.isInteger(Math.log2(c.length))),
      'powers of two',
    );
    const pg = insertChunks(rows, 10, 'postgres');
    assert.ok(pg.every((c) => c.length * 10 <= 65535));
    assert.deepEqual(insertChunks([], 10, 'sqlite'), []);
  });

  test('byte lines: LF and CRLF, a BOM, a last line without a break, lines across chunks', async () => {
    const fixed = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('name\r\n'), Buffer.from('राम\n'), Buffer.from('\nbad '), Buffer.from([0xff]), Buffer.from('\nlast')]);
    async function* chunks(size: number) {
      for (let i = 0; i < fixed.length; i += size) yield fixed.subarray(i, i + size);
    }
    for (const size of [1, 3, 7, 1000]) {
      const lines = [];
      for await (const group of byteLines(chunks(size))) lines.push(...group);
      assert.deepEqual(
        lines.map((l) => [l.line, l.bytes.toString('latin1')]),
        [
          [1, 'name'],
          [2, Buffer.from('राम').toString('latin1')],
          [3, ''],
          [4, 'bad \xff'],
          [5, 'last'],
        ],
        `chunks of ${size}`,
      );
      assert.equal(lines.at(-1)!.end, fixed.length);
      assert.equal(lines[0]!.end, 3 + 'name\r\n'.length);
    }
  });
});
