import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { indexText, MAX_QUERY_WORDS, snippet, textTokens } from '../../src/search/text-tokens.js';

describe('full-text words', () => {
  test('Devanagari words keep their vowel signs and viramas', () => {
    assert.deepEqual(textTokens('मोटरसाइकिल चोरी हो गई।'), ['मोटरसाइकिल', 'चोरी', 'हो', 'गई']);
    assert.deepEqual(textTokens('शिकायतकर्ता'), ['शिकायतकर्ता']);
  });

  test('Tamil and Bengali words too', () => {
    assert.deepEqual(textTokens('வாகனம் திருட்டு'), ['வாகனம்', 'திருட்டு']);
    assert.deepEqual(textTokens('চুরি হয়েছে'), ['চুরি', 'হয়েছে']);
  });

  test('lower case, punctuation dropped, each word once', () => {
    assert.deepEqual(textTokens('Motorcycle, MOTORCYCLE! stolen (303(2))'), ['motorcycle', 'stolen', '303', '2']);
  });

  test('the indexed text is its words, separated by spaces', () => {
    assert.equal(indexText('Beat B-3, near "Bhigwan"  Chowk.\nमोटरसाइकिल।'), 'beat b 3 near bhigwan chowk मोटरसाइकिल');
  });

  test('zero-width joiners inside a word do not split it', () => {
    assert.equal(indexText('क्\u200Dष'), 'क्ष');
    assert.deepEqual(textTokens('क्\u200Dष'), ['क्ष']);
  });

  test('no syntax survives: quotes and operators are not words', () => {
    assert.deepEqual(textTokens('"a" OR b* NEAR(c) -d'), ['a', 'or', 'b', 'near', 'c', 'd']);
    assert.deepEqual(textTokens('!!! ---'), []);
  });

  test('at most a dozen words are searched for', () => {
    assert.equal(textTokens(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ')).length, MAX_QUERY_WORDS);
  });
});

describe('snippets', () => {
  const facts =
    'The complainant states that on the night of 1 July his Hero Splendor motorcycle was stolen from outside his house near the bus stand, and that he was pushed when he tried to stop the two thieves who rode away towards Bhigwan.';

  test('short text is shown whole', () => {
    assert.equal(snippet('Motorcycle stolen.', ['stolen']), 'Motorcycle stolen.');
  });

  test('long text: whole words around the first word found, cut with …', () => {
    const s = snippet(facts, ['house'], 80);
    assert.ok(s.includes('house'), s);
    assert.ok(s.startsWith('…') && s.endsWith('…') && s.length <= 82, s);
    const body = s.slice(1, -1);
    const at = facts.indexOf(body);
    assert.ok(at > 0, 'a piece of the text');
    assert.equal(facts[at - 1], ' ', 'starts at a word');
    assert.equal(facts[at + body.length], ' ', 'ends at a word');
  });

  test('no word found: the beginning', () => {
    assert.ok(snippet(facts, ['absent'], 60).startsWith('The complainant'));
  });
});
