import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { nameRedactor, redactNames, soundsWithheld, type WithheldIdentity } from '../../src/search/names/redact.js';

const victim: WithheldIdentity = { name: 'Priya Sharma', aliases: ['Guddi'], relativeName: 'Ramesh Sharma', phones: ['+91 98220 12345'], addresses: ['House 14, Gali No. 3, Shanti Nagar'] };
const child: WithheldIdentity = { name: 'Rohit Kumar Singh', aliases: [], phones: [] };
const both = [victim, child];

/** Each case: the text, what must be gone, what must stay. */
const cases: { label: string; text: string; gone: string[]; kept?: string[] }[] = [
  { label: 'Latin, full name', text: 'The victim Priya Sharma was called out.', gone: ['Priya', 'Sharma'], kept: ['The victim', 'was called out.'] },
  { label: 'Latin, given name alone', text: 'Priya told her mother.', gone: ['Priya'], kept: ['told her mother'] },
  { label: 'Latin, spelling variants', text: 'Pria Sharmaa and PRIYAA went; Preeya came.', gone: ['Pria', 'Sharmaa', 'PRIYAA', 'Preeya'] },
  { label: 'Latin, possessive', text: "Priya's school and Sharma’s house", gone: ['Priya', 'Sharma'], kept: ["'s school", '’s house'] },
  { label: 'Latin, honorific and initial', text: 'Ku. Priya, Kumari Priya, Km Priya, Miss Priya and P. Sharma', gone: ['Ku.', 'Kumari', 'Km ', 'Miss', 'P.', 'Priya', 'Sharma'] },
  { label: 'Latin, alias', text: 'known as Guddi in the mohalla', gone: ['Guddi'], kept: ['known as', 'in the mohalla'] },
  { label: 'Latin, relative name', text: 'D/o Ramesh Sharma', gone: ['Ramesh'], kept: ['D/o'] },
  { label: 'Latin, common parts beside the name', text: 'The juvenile Rohit Kumar Singh and Rohit Singh', gone: ['Rohit', 'Kumar', 'Singh'] },
  { label: 'Latin, common parts alone stay', text: 'Head Constable Kumar and SI Singh arrived; Kumar Sanu sang.', gone: [], kept: ['Head Constable Kumar', 'SI Singh', 'Kumar Sanu'] },
  { label: 'Latin, other names stay', text: 'Priyanka, Sharmila and Rohini saw Ravi.', gone: [], kept: ['Priyanka', 'Sharmila', 'Rohini', 'Ravi'] },
  { label: 'Latin, ordinary words stay', text: 'The prayer at the pier was over by the river; pray for rain.', gone: [], kept: ['prayer', 'pier', 'river', 'pray', 'rain'] },
  { label: 'Devanagari, full name with postposition', text: 'पीड़िता प्रिया शर्मा को आरोपी ने बुलाया।', gone: ['प्रिया', 'शर्मा'], kept: ['पीड़िता', 'को आरोपी ने बुलाया।'] },
  { label: 'Devanagari, postposition written on', text: 'प्रियाने बताया कि प्रियाको धमकाया गया', gone: ['प्रियाने', 'प्रियाको'], kept: ['बताया कि', 'धमकाया गया'] },
  { label: 'Devanagari, title and common parts', text: 'कुमारी प्रिया और रोहित कुमार सिंह', gone: ['कुमारी', 'प्रिया', 'रोहित', 'कुमार', 'सिंह'], kept: ['और'] },
  { label: 'Devanagari, other names and words stay', text: 'प्रियंका ने पर्स रखा, सिंह साहब आए', gone: [], kept: ['प्रियंका', 'पर्स', 'सिंह साहब'] },
  { label: 'Tamil, with case endings', text: 'பிரியா சர்மா வீட்டில் இருந்தார். பிரியாவுக்கு மிரட்டல், பிரியாவை அழைத்தார்', gone: ['பிரியா', 'சர்மா', 'பிரியாவுக்கு', 'பிரியாவை'], kept: ['வீட்டில்'] },
  { label: 'Bengali, with case endings', text: 'প্রিয়া শর্মার বাড়ি; প্রিয়াকে ডাকা হয়', gone: ['প্রিয়া', 'শর্মার', 'প্রিয়াকে'], kept: ['বাড়ি', 'ডাকা হয়'] },
  { label: 'Gujarati', text: 'પ્રિયા શર્મા ને ફોન કર્યો, પ્રિયાને બોલાવી', gone: ['પ્રિયા', 'શર્મા', 'પ્રિયાને'], kept: ['ફોન કર્યો'] },
  { label: 'Telugu', text: 'ప్రియ శర్మ ఇంటికి వెళ్ళారు; ప్రియకు ఫోన్', gone: ['ప్రియ', 'శర్మ', 'ప్రియకు'], kept: ['ఇంటికి'] },
  { label: 'Kannada and Malayalam', text: 'ಪ್ರಿಯಾ ಶರ್ಮಾ; പ്രിയ ശർമ്മയുടെ വീട്', gone: ['ಪ್ರಿಯಾ', 'ಶರ್ಮಾ', 'പ്രിയ', 'ശർമ്മയുടെ'], kept: ['വീട്'] },
  { label: 'Gurmukhi and Odia', text: 'ਪ੍ਰਿਯਾ ਸ਼ਰਮਾ ; ପ୍ରିୟା ଶର୍ମା', gone: ['ਪ੍ਰਿਯਾ', 'ਸ਼ਰਮਾ', 'ପ୍ରିୟା', 'ଶର୍ମା'] },
  {
    label: 'mixed scripts in one text',
    text: 'Victim प्रिया (Priya Sharma) met रोहित near the school; Rohit K. Singh',
    gone: ['प्रिया', 'Priya', 'Sharma', 'रोहित', 'Rohit', 'K.', 'Singh'],
    kept: ['Victim', 'met', 'near the school'],
  },
  {
    label: 'phones in any writing',
    text: 'Called on 098220-12345, +91 98220 12345, 9822012345 and ९८२२०१२३४५; station 0755-2443100',
    gone: ['098220-12345', '98220 12345', '9822012345', '९८२२०१२३४५'],
    kept: ['0755-2443100'],
  },
  { label: 'address word for word', text: 'at house 14, gali no. 3,  Shanti Nagar in the evening', gone: ['Shanti Nagar', 'gali no. 3'], kept: ['in the evening'] },
];

for (const c of cases) {
  test(`redacts: ${c.label}`, () => {
    const r = redactNames(c.text, both);
    for (const g of c.gone) assert.ok(!r.text.includes(g), `"${g}" is still in "${r.text}"`);
    for (const k of c.kept ?? []) assert.ok(r.text.includes(k), `"${k}" was lost from "${r.text}"`);
    assert.equal(r.withheld, c.gone.length > 0, r.text);
    if (c.gone.length) assert.match(r.text, /\[(name|phone|address) withheld\]|\[(नाम|फ़ोन|पता) गोपनीय\]/);
  });
}

test('the marker is in Hindi inside Devanagari text, in English elsewhere', () => {
  assert.equal(redactNames('पीड़िता प्रिया शर्मा को', both).text, 'पीड़िता [नाम गोपनीय] को');
  assert.equal(redactNames('victim Ku. Priya Sharma, aged 16', both).text, 'victim [name withheld], aged 16');
});

test('nothing withheld: the text comes back as it was, flagged false', () => {
  assert.deepEqual(redactNames('Priya Sharma', []), { text: 'Priya Sharma', withheld: false });
  assert.deepEqual(redactNames('The accused Mahesh fled.', both), { text: 'The accused Mahesh fled.', withheld: false });
});

test('names withheld by spellings the dictionaries fold (Laxmi = Lakshmi), and joined parts', () => {
  const r = nameRedactor([{ name: 'Laxmi Shyam Sundar' }]);
  assert.equal(r('Lakshmi and Shyamsundar').text, '[name withheld] and [name withheld]');
  assert.equal(r('लक्ष्मी').text, '[नाम गोपनीय]');
});

test('a name made only of common parts is still withheld where written together', () => {
  const r = redactNames('Kumari Devi came; Devi Kumari left; Devi temple', [{ name: 'Kumari Devi' }]);
  assert.ok(!/Kumari Devi|Devi Kumari/.test(r.text), r.text);
});

/** Words of the property test: the withheld names in their spellings and scripts, and words that are no name of theirs. */
const NAME_FORMS = ['Priya', 'Pria', 'PRIYA', 'Priyaa', 'प्रिया', 'प्रियाने', 'பிரியா', 'প্রিয়া', 'પ્રિયા', 'ప్రియ', 'Sharma', 'Sarma', 'शर्मा', 'சர்மா', 'Guddi', 'गुड्डी', 'Rohit', 'रोहित', 'Ramesh', 'रमेश'];
const OTHER = ['Priyanka', 'Kumar', 'Singh', 'the', 'victim', 'को', 'ने', 'went', 'Ravi', 'school', 'पर', 'Sunita', 'Devi', 'P.', 'Ku.', ',', '।', '(', ')', "'s"];

test('property: no word of the output sounds like a withheld name part that may stand alone', () => {
  const redact = nameRedactor(both);
  fc.assert(
    fc.property(
      fc.array(fc.oneof(fc.constantFrom(...NAME_FORMS), fc.constantFrom(...OTHER), fc.string({ maxLength: 6 })), { maxLength: 30 }),
      fc.constantFrom(' ', '  ', '-', '.', ', ', '\n'),
      (ws, sep) => {
        const out = redact(ws.join(sep)).text;
        for (const w of out.match(/[\p{L}\p{M}]+/gu) ?? []) assert.ok(!soundsWithheld(w, both), `"${w}" left in "${out}"`);
      },
    ),
    { numRuns: 400 },
  );
});

test('property: text without any name of theirs is unchanged', () => {
  const redact = nameRedactor(both);
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...OTHER.filter((w) => w !== 'P.' && w !== 'Ku.')), { maxLength: 30 }), (ws) => {
      const text = ws.join(' ');
      assert.deepEqual(redact(text), { text, withheld: false });
    }),
  );
});
