import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { imeiDigits, isImei, normaliseImei } from '../../src/domain/imei.js';
import { imei, stolenCheckQuery } from '../../src/domain/schemas/stolen-property.js';
import { overallState, parseStolenPropertyRules } from '../../src/domain/stolen-property.js';
import { loadStolenPropertyRules } from '../../src/search/stolen-property.js';

describe('IMEI', () => {
  test('15 digits with the Luhn check digit, written any way', () => {
    for (const w of ['490154203237518', '49 015420 323751 8', '49-015420-323751-8', '४९०१५४२०३२३७५१८', '49/015420/323751.8']) assert.equal(normaliseImei(w), '490154203237518', w);
    for (const w of ['490154203237519', '49015420323751', '4901542032375180', 'IMEI490154203237518', '']) assert.equal(normaliseImei(w), null, w);
    assert.equal(imeiDigits(' ३५६९३८ ०३५६४३८०९ '), '356938035643809');
    assert.equal(isImei('356938035643809'), true);
  });
  test('the schema keeps the 15 digits and refuses a wrong check digit with a sentence', () => {
    assert.equal(imei.parse('35 693803 564380 9'), '356938035643809');
    const r = imei.safeParse('356938035643808');
    assert.equal(r.success, false);
    assert.match(r.error!.issues[0]!.message, /check digit/);
  });
});

describe('the stolen-property check query', () => {
  test('exactly one number', () => {
    assert.deepEqual(stolenCheckQuery.parse({ registration: 'mh 12 ab 1234' }), { registration: 'mh 12 ab 1234' });
    for (const q of [{}, { registration: 'MH12AB1234', imei: '490154203237518' }, { colour: 'red' }]) assert.equal(stolenCheckQuery.safeParse(q).success, false, JSON.stringify(q));
  });
});

describe('the stolen property rules', () => {
  test('the shipped table: theft to stolen property and house-breaking in both codes, not hurt or cheating', () => {
    const s = loadStolenPropertyRules().sections;
    for (const x of ['303', '304', '309', '310', '317', '331']) assert.ok(s.get('BNS')!.includes(x), `BNS ${x}`);
    for (const x of ['379', '392', '411', '457']) assert.ok(s.get('IPC')!.includes(x), `IPC ${x}`);
    for (const x of ['115', '318', '64']) assert.ok(!s.get('BNS')!.includes(x), `BNS ${x}`);
  });
  test('a range citing no source, or running backwards, is refused', () => {
    const file = { version: '1', note: '', sources: [{ id: 'A', citation: 'x' }], sections: [{ act: 'BNS', from: 303, to: 305, source: 'A' }] };
    assert.deepEqual(parseStolenPropertyRules(file).sections.get('BNS'), ['303', '304', '305']);
    assert.throws(() => parseStolenPropertyRules({ ...file, sections: [{ act: 'BNS', from: 303, to: 305, source: 'B' }] }), /unknown source/);
    assert.throws(() => parseStolenPropertyRules({ ...file, sections: [{ act: 'BNS', from: 305, to: 303, source: 'A' }] }), /backwards/);
  });
  test('a number is stolen while any report of it is not recovered', () => {
    assert.equal(overallState([]), 'not_recorded');
    assert.equal(overallState(['recovered', 'stolen']), 'stolen');
    assert.equal(overallState(['recovered', 'recovered']), 'recovered');
  });
});
