import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { keyVersion, nameKeys, queryKeys } from '../../src/search/names/keys.js';
import { parseName } from '../../src/search/names/parse.js';
import { skeleton, soundKey } from '../../src/search/names/phonetic.js';
import { scoreRecord } from '../../src/search/names/score.js';
import { transliterate } from '../../src/search/names/transliterate.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { assertCopiesOf } from '../support/copies.js';

test('each Indian script reads into loose Latin as names are romanised', () => {
  const cases: [string, string][] = [
    ['संतोष कुशवाहा', 'santosh kushvaha'], // anusvara, final schwa dropped
    ['सुखराम', 'sukhram'], // medial schwa dropped
    ['शत्रुघ्न', 'shatrughna'], // final vowel kept after a conjunct
    ['फ़रहाना', 'farhana'], // nukta after NFC: फ + ़
    ['अख़्तर', 'akhtar'],
    ['सिंह', 'singh'],
    ['काळे', 'kale'], // Marathi ळ
    ['হাবিবুর রহমান', 'habibur rahman'], // Bengali ব is b
    ['ৰাজখোৱা', 'rajkhowa'], // Assamese ৰ and ৱ
    ['ভগৎ সিং', 'bhagat sing'], // khanda ta
    ['ਸੁਖਦੇਵ ਸਿੰਘ', 'sukhdev singh'], // Gurmukhi tippi
    ['હસમુખ ઠક્કર', 'hasmukh thakkar'],
    ['ଜଗନ୍ନାଥ ସ୍ୱାଇଁ', 'jagannath swain'], // Odia wa, candrabindu
    ['ஆறுமுகம் தங்கராஜ்', 'arumugam thangaraj'], // Tamil: voicing by position, த is th
    ['லட்சுமணன்', 'lakshumanan'], // Tamil ட்ச is ksh
    ['కోటేశ్వర రావు', 'koteshvara rao'], // Telugu keeps the final a; రావు is Rao
    ['ಬಸವರಾಜ', 'basavaraj'], // Kannada drops it in names
    ['ശശിധരൻ നമ്പ്യാർ', 'shashidharan nambyar'], // Malayalam chillus, മ്പ is mb
  ];
  for (const [written, latin] of cases) assert.equal(transliterate(written), latin, written);
});

test('spelling variants fold to one sound key; different names do not', () => {
  const same: [string, string][] = [
    ['Sharma', 'Sarma'],
    ['Laxmi', 'Lakshmi'],
    ['Neelam', 'Nilam'],
    ['Phoolmani', 'Fulmani'],
    ['Zubair', 'Jubair'],
    ['Rizvi', 'Rizwi'],
    ['Aggarwal', 'Agarwal'],
    ['Tanmoy', 'Tanmay'],
    ['Chaurasiya', 'Chaurasia'],
    ['Nambyar', 'Nambiar'],
    ['Anbazhagan', 'Anbalagan'],
    ['Devender', 'Devendar'],
    ['Rafique', 'Rafiq'],
    ['Kevichüsa', 'Kevichusa'],
    ['Goutam', 'Gautam'],
  ];
  for (const [a, b] of same) assert.equal(soundKey(a), soundKey(b), `${a} = ${b}`);
  const different: [string, string][] = [
    ['Manoj', 'Manish'],
    ['Ketan', 'Chetan'],
    ['Sasmita', 'Susmita'],
    ['Singh', 'Sinha'],
    ['Kumar', 'Kumari'],
    ['Ajith', 'Ajitha'],
  ];
  for (const [a, b] of different) assert.notEqual(soundKey(a), soundKey(b), `${a} ≠ ${b}`);
  // The skeleton is looser: Tamil without voicing and dropped vowels meet there.
  assert.equal(skeleton(soundKey('Arumukam')), skeleton(soundKey('Arumugam')));
  assert.equal(skeleton(soundKey('Sukharam')), skeleton(soundKey('Sukhram')));
});

test('names are parsed: honorifics dropped, abbreviations expanded, initials and aliases recognised', () => {
  const parts = (n: string, v = 0) => parseName(n).variants[v]!.parts.map((p) => (p.initial ? `${p.sound}.` : p.sound));
  assert.deepEqual(parts('Smt. Kamla Bai Ahirwar'), ['kamla', 'bai', 'ahirbar']);
  assert.deepEqual(parts('Manoj Kr. Pandey'), ['manoj', 'kumar', 'pande']);
  assert.deepEqual(parts('Mohd. Aftab Malik'), parts('Mohammed Aftab Malik'));
  assert.deepEqual(parts('J. P. Nishad'), ['j.', 'p.', 'nisad']);
  assert.deepEqual(parts('JP Nishad'), ['j.', 'p.', 'nisad']);
  assert.deepEqual(parts('Pathan, Junaid'), ['junaid', 'patan']);
  assert.deepEqual(parts('Arindam Gangopadhyay'), parts('Arindam Ganguly'));
  const aliased = parseName('Ravi Shankar Tiwari @ Bablu');
  assert.deepEqual(
    aliased.variants.map((v) => v.alias),
    [false, true, true],
  );
  assert.deepEqual(parts('Ravi Shankar Tiwari @ Bablu', 2), ['bablu', 'tibari']); // alias with the surname
  assert.equal(parseName('Saurabh Kashyap urf Sonu').variants.length, 3);
  assert.equal(parseName('Tarun Sharma उर्फ टिंकू').variants.length, 3);
  // Control characters never reach the keys.
  assert.deepEqual(parts('Ram\u0000 Prasad\u0007'), parts('Ram Prasad'));
});

test('a name written in another script ranks as the same name, in the strong band', () => {
  const m = scoreRecord(parseName('मोहम्मद मुस्तफ़ा'), {}, parseName('Mohd. Mustafa'), {});
  assert.equal(m.band, 'strong');
  assert.ok(m.score > 0.95, String(m.score));
  assert.match(m.explanation, /Mohd\. = Mohammad/);
  assert.match(m.explanation, /read from Devanagari/);
});

test('different people with similar names are never strong; gender markers cost', () => {
  const negatives: [string, string][] = [
    ['Santosh Kumar', 'Santosh Kumari'],
    ['Manoj Dubey', 'Manish Dubey'],
    ['Alex Philip', 'Philip Alex'],
    ['Ajith Nambiar', 'Ajitha Nambiar'],
    ['Ketan Joshi', 'Chetan Joshi'],
  ];
  for (const [q, r] of negatives) assert.equal(scoreRecord(parseName(q), {}, parseName(r), {}).band, 'possible', `${q} / ${r}`);
  const same = scoreRecord(parseName('Santosh Kumar'), {}, parseName('Santosh Kumar'), {}).score;
  const female = scoreRecord(parseName('Santosh Kumar'), {}, parseName('Santosh Kumari'), {}).score;
  assert.ok(female < same - 0.15, `${female} vs ${same}`);
});

test('rare parts weigh more than common ones; swapped order and missing parts cost', () => {
  const s = (q: string, r: string) => scoreRecord(parseName(q), {}, parseName(r), {}).score;
  // Sharing Ramesh says more than sharing Kumar.
  assert.ok(s('Ramesh Kumar', 'Ramesh Lal') > s('Ramesh Kumar', 'Dinesh Kumar') + 0.2);
  assert.ok(s('Ganesh Shinde', 'Ganesh Shinde') > s('Shinde Ganesh', 'Ganesh Shinde'));
  assert.ok(s('Shinde Ganesh', 'Ganesh Shinde') > 0.85);
  assert.ok(s('Rinki Manjhi', 'Rinki Kumari Manjhi') > s('Rinki Manjhi', 'Rinki Devraj Manjhi'));
  assert.ok(s('P. Kannan', 'Kannan Perumal') > s('P. Kannan', 'Kannan Subramaniam'));
  assert.ok(s('Muthu Kumar Velayudham', 'Muthukumar Velayudham') > 0.95);
});

test("father's name, age and district move the score when both sides have them", () => {
  const q = parseName('Ramesh Yadav');
  const r = parseName('Ramesh Yadav');
  const base = scoreRecord(q, {}, r, {}).score;
  const fatherSame = scoreRecord(q, { relativeName: parseName('Shiv Prasad Yadav') }, r, { relativeName: parseName('Sheo Prasad Yadav') });
  const fatherOther = scoreRecord(q, { relativeName: parseName('Shiv Prasad Yadav') }, r, { relativeName: parseName('Mohan Lal Yadav') });
  assert.ok(fatherSame.score > fatherOther.score);
  assert.equal(fatherOther.band, 'possible');
  assert.ok(scoreRecord(q, { age: 40 }, r, { age: 41 }).score > scoreRecord(q, { age: 40 }, r, { age: 62 }).score);
  assert.ok(scoreRecord(q, { district: 'Pune' }, r, { district: 'Pune' }).score > scoreRecord(q, { district: 'Pune' }, r, { district: 'Nagpur' }).score);
  assert.ok(base >= scoreRecord(q, { district: 'Pune' }, r, { district: 'Nagpur' }).score);
});

test('index keys: a query meets the keys of the names it should find', () => {
  const meets = (q: string, r: string) => {
    const { parts, pairs } = queryKeys(parseName(q));
    const keys = new Set(nameKeys(parseName(r)));
    return [...parts, ...pairs].some((k) => keys.has(k));
  };
  assert.ok(meets('मोहम्मद मुस्तफ़ा', 'Mohd. Mustafa'));
  assert.ok(meets('கலைச்செல்வி', 'Kalaiselvi'));
  assert.ok(meets('P. Kannan', 'Kannan Perumal'));
  assert.ok(meets('Shyamsundar Khetan', 'Shyam Sundar Khetan'));
  assert.ok(meets('Bablu Tiwari', 'Ravi Shankar Tiwari @ Bablu'));
  assert.ok(!meets('Manoj Dubey', 'Harish Negi'));
  // Common parts alone are not keys (they would fetch a million rows), only in pairs.
  assert.ok(!nameKeys(parseName('Santosh Kumar')).includes(`p:${skeleton(soundKey('kumar'))}`));
  assert.ok(nameKeys(parseName('Santosh Kumar')).some((k) => k.startsWith('q:')));
  assert.match(keyVersion(), /^\d+\.[0-9a-f]{16}$/);
});

test('the development set in test/fixtures/names is the shared one, unchanged', () => {
  assertCopiesOf(path.join(PACKAGE_ROOT, 'test', 'fixtures', 'names'), 'shared-copies.sha256', path.resolve(PACKAGE_ROOT, '..', 'shared', 'names'));
});
