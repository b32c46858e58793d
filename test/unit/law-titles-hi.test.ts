import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadLawReference } from '../../src/records/law-reference.js';

test('every Hindi title in reference/law/titles-hi.csv lands on a catalogue section', () => {
  const ref = loadLawReference();
  const withHindi = ref.sections.filter((s) => s.titleHi);
  assert.ok(withHindi.length >= 75, `${withHindi.length} sections have a Hindi title`);
  const byKey = new Map(ref.sections.map((s) => [`${s.act} ${s.section}`, s]));
  assert.equal(byKey.get('BNS 303(2)')?.titleHi, 'चोरी');
  assert.equal(byKey.get('IPC 420')?.titleHi, 'छल करना और संपत्ति परिदत्त करने के लिए बेईमानी से उत्प्रेरित करना');
  for (const s of withHindi) assert.match(s.titleHi!, /^[\u0900-\u097F\s,()\-–—]+$/, `${s.act} ${s.section}: Devanagari only`);
  assert.ok(
    withHindi.every((s) => s.titleHi === s.titleHi!.normalize('NFC')),
    'NFC',
  );
});
