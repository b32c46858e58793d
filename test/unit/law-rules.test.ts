import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { assertCopiesOf } from '../support/copies.js';
import { describe, test } from 'node:test';
import { BNS_COMMENCEMENT, type LawSection } from '../../src/domain/law.js';
import {
  compareSections,
  crimeHeadFor,
  DEATH_YEARS,
  foldHindi,
  isSensitive,
  LIFE_YEARS,
  normaliseSection,
  parseEquivalentList,
  parseMaxYears,
  parseSectionInput,
  parseSelector,
  parseSelectorList,
  parseTriState,
  principalOffence,
  resolveCrimeHead,
  searchCatalogue,
  sectionMatchesDate,
  sensitiveRuleFor,
  type CatalogueAct,
  type CrimeHeadRule,
  type SearchIndex,
  type SensitiveRule,
} from '../../src/domain/law-catalogue-rules.js';
import { deriveIpcRows, ipcRowsToCsv, LAW_REFERENCE_DIR, loadLawReference } from '../../src/records/law-reference.js';
import { CsvError, parseCsv, parseCsvRows, toCsv } from '../../src/util/csv.js';

describe('maximum punishment text → years', () => {
  const cases: [string | null, number | null][] = [
    ['7 years + fine', 7],
    ['10 years + fine', 10],
    ['14 years + fine', 14],
    ['2 years', 2],
    ['Imprisonment for life + fine', LIFE_YEARS],
    ['Imprisonment for life', LIFE_YEARS],
    ['Imprisonment for life (remainder of natural life in some limbs) + fine', LIFE_YEARS],
    ['Imprisonment for life, or rigorous imprisonment for 10 years and fine.', LIFE_YEARS],
    ['Rigorous imprisonment for not less than 20 years, which may extend to imprisonment for the remainder of natural life', LIFE_YEARS],
    ['Death + fine', DEATH_YEARS],
    ['Death', DEATH_YEARS],
    ['Death, imprisonment for life, or rigorous imprisonment for not less than 10 years and fine.', DEATH_YEARS],
    ['Rigorous imprisonment for not less than 1 year but which may extend to 5 years', 5],
    ['Rigorous imprisonment for not less than 1 year but which may extend to 5 years and fine (as captured; see note).', 5],
    ['Imprisonment for 3 years, or fine, or both.', 3],
    ['Imprisonment for 7 years and fine.', 7],
    ['Not less than 3 years, which may extend to 7 years, and fine', 7],
    ['1 to 3 years and fine on first conviction; 3 to 7 years and fine on a subsequent conviction', 7],
    ['seven years and fine', 7],
    ['Simple imprisonment for 1 month, or fine up to 500 rupees, or both', 0.0833],
    ['6 months + fine', 0.5],
    ['3 months + fine', 0.25],
    ['24 hours + fine', 0.0027],
    ['Fine only', 0],
    ['Fine', 0],
    ['Not less than 7 years (no upper limit stated)', null],
    ['Varies (linked to the principal offence; see text)', null],
    ['Varies (linked to the principal offence); other limbs up to Imprisonment for life + fine', null],
    ['Varies (linked to the principal offence); other limbs up to 6 months + fine', null],
    ['Same as for the offence abetted', null],
    ['Liability rule (punishment as for the principal offence)', null],
    ['(definition / no punishment in this section)', null],
    ['As provided in the Act (not catalogued)', null],
    ['', null],
    ['nan', null],
    ['something else entirely', null],
    [null, null],
  ];
  for (const [text, years] of cases) {
    test(`${JSON.stringify(text)} → ${years}`, () => assert.equal(parseMaxYears(text), years));
  }
  test('every punishment text of the reference data parses or is knowingly null', () => {
    const { sections } = loadLawReference();
    const unparsed = new Set(sections.filter((s) => s.maxYears === null).map((s) => s.maxPunishment));
    for (const t of unparsed) {
      assert.match(t, /^(Varies|Same as|Liability rule|\(definition|Not less than \d+ years \(no upper limit)/, `unparsed: ${t}`);
    }
  });
});

describe('section numbers', () => {
  const cases: [string, string | null][] = [
    ['303', '303'],
    ['303(2)', '303(2)'],
    ['303 (2)', '303(2)'],
    [' 303 ( 2 ) ', '303(2)'],
    ['s.303(2)', '303(2)'],
    ['S. 303(2)', '303(2)'],
    ['Sec 303(2)', '303(2)'],
    ['sec. 303(2)', '303(2)'],
    ['section 303(2)', '303(2)'],
    ['u/s 303(2)', '303(2)'],
    ['U/S 303(2)', '303(2)'],
    ['BNS303(2)', '303(2)'],
    ['BNS 303(2)', '303(2)'],
    ['bns-303(2)', '303(2)'],
    ['303(2) BNS', '303(2)'],
    ['303(2) of BNS', '303(2)'],
    ['IPC 379', '379'],
    ['304a', '304A'],
    ['304 A', '304A'],
    ['376 AB', '376AB'],
    ['111(2)(A)', '111(2)(a)'],
    ['326(g)', '326(g)'],
    ['धारा ३०३(२)', '303(2)'],
    ['०३०३', '303'],
    ['0303', '303'],
    ['', null],
    ['theft', null],
    ['303-2', null],
    ['303(2', null],
    ['12345', null],
    ['303ABCD', null],
    ['(2)', null],
    ['BNSS 35', null],
  ];
  for (const [input, expected] of cases) {
    test(`${JSON.stringify(input)} → ${expected}`, () => assert.equal(normaliseSection(input), expected));
  }

  test('the act written before or after the number is recognised', () => {
    assert.deepEqual(parseSectionInput('IPC379'), { act: 'IPC', section: '379' });
    assert.deepEqual(parseSectionInput('ipc 379'), { act: 'IPC', section: '379' });
    assert.deepEqual(parseSectionInput('379 IPC'), { act: 'IPC', section: '379' });
    assert.deepEqual(parseSectionInput('379'), { section: '379' });
    assert.deepEqual(parseSectionInput('NDPS 20(b)', ['BNS', 'IPC', 'NDPS']), { act: 'NDPS', section: '20(b)' });
    assert.deepEqual(parseSectionInput('ndps s. 20', ['BNS', 'IPC', 'NDPS']), { act: 'NDPS', section: '20' });
    assert.equal(parseSectionInput('NDPS 20(b)'), null, 'an act not among the known codes is not a section');
  });

  test('natural order', () => {
    const sorted = ['303(2)', '10', '2', '10A', '10(1)', '303', '11', '3(5)', '303(10)', '303(2)(a)', '376AB', '376A', '376'].sort(compareSections);
    assert.deepEqual(sorted, ['2', '3(5)', '10', '10(1)', '10A', '11', '303', '303(2)', '303(2)(a)', '303(10)', '376', '376A', '376AB']);
  });

  test('IPC equivalents as the BNS table words them', () => {
    assert.deepEqual(parseEquivalentList('378; 379'), ['378', '379']);
    assert.deepEqual(parseEquivalentList('34'), ['34']);
    assert.deepEqual(parseEquivalentList('120B'), ['120B']);
    assert.deepEqual(parseEquivalentList('new (no IPC equivalent)'), []);
    assert.deepEqual(parseEquivalentList(''), []);
    assert.deepEqual(parseEquivalentList(null), []);
    assert.deepEqual(parseEquivalentList('IPC 302, 303'), ['302', '303']);
    assert.deepEqual(parseEquivalentList('383; 384; 384'), ['383', '384'], 'no duplicates');
  });

  test('classification cells: blank is unknown, never no', () => {
    assert.equal(parseTriState('Y'), 'yes');
    assert.equal(parseTriState('N'), 'no');
    assert.equal(parseTriState('depends'), 'depends');
    assert.equal(parseTriState(''), 'unknown');
    assert.equal(parseTriState('  '), 'unknown');
    assert.equal(parseTriState(undefined), 'unknown');
    assert.equal(parseTriState('maybe'), 'unknown');
  });
});

describe('offence date and principal offence', () => {
  test('BNS from 1 July 2024 00:00 IST; IPC before; special acts always', () => {
    const justBefore = new Date(BNS_COMMENCEMENT.getTime() - 1);
    assert.equal(sectionMatchesDate({ act: 'BNS', section: '303(2)' }, BNS_COMMENCEMENT), true);
    assert.equal(sectionMatchesDate({ act: 'IPC', section: '379' }, BNS_COMMENCEMENT), false);
    assert.equal(sectionMatchesDate({ act: 'BNS', section: '303(2)' }, justBefore), false);
    assert.equal(sectionMatchesDate({ act: 'IPC', section: '379' }, justBefore), true);
    assert.equal(sectionMatchesDate({ act: 'IPC', section: '379' }, new Date('2024-06-30T23:59:59+05:30')), true);
    assert.equal(sectionMatchesDate({ act: 'BNS', section: '303' }, new Date('2024-07-01T00:00:00+05:30')), true);
    for (const d of [justBefore, BNS_COMMENCEMENT, new Date('1990-01-01')]) {
      assert.equal(sectionMatchesDate({ act: 'NDPS', section: '20(b)' }, d), true);
      assert.equal(sectionMatchesDate({ act: 'POCSO', section: '4' }, d), true);
    }
  });

  const s = (section: string, maxYears: number | null) => ({ act: 'BNS', section, maxYears });
  test('the highest maximum wins; ties go to the first; nulls rank lowest', () => {
    assert.equal(principalOffence([s('115(2)', 1), s('303(2)', 5)]).section, '303(2)');
    assert.equal(principalOffence([s('303(2)', 5), s('115(2)', 1)]).section, '303(2)');
    assert.equal(principalOffence([s('a', 7), s('b', 7)]).section, 'a');
    assert.equal(principalOffence([s('b', 7), s('a', 7)]).section, 'b');
    assert.equal(principalOffence([s('x', null), s('y', 0.25)]).section, 'y');
    assert.equal(principalOffence([s('x', null), s('y', null)]).section, 'x');
    assert.equal(principalOffence([s('fine', 0), s('x', null)]).section, 'fine', 'fine only (0) outranks no figure');
    assert.equal(principalOffence([s('life', LIFE_YEARS), s('death', DEATH_YEARS), s('ten', 10)]).section, 'death');
    assert.equal(principalOffence([s('only', null)]).section, 'only');
    assert.throws(() => principalOffence([]), RangeError);
  });

  test('crime head of the principal offence, with fallbacks', () => {
    assert.equal(crimeHeadFor({ act: 'BNS', crimeHead: 'Theft' }), 'Theft');
    assert.equal(crimeHeadFor({ act: 'BNS', crimeHead: null }), 'Other BNS crimes');
    assert.equal(crimeHeadFor({ act: 'IPC', crimeHead: null }), 'Other IPC crimes');
    assert.equal(crimeHeadFor({ act: 'NDPS', crimeHead: null }), 'Special and local laws');
    assert.equal(crimeHeadFor(null), null);
  });
});

describe('section selectors, crime heads and sensitive categories', () => {
  test('selectors', () => {
    assert.deepEqual(parseSelector('*'), { kind: 'all' });
    assert.deepEqual(parseSelector('64-71'), { kind: 'range', from: 64, to: 71 });
    assert.deepEqual(parseSelector('64–71'), { kind: 'range', from: 64, to: 71 });
    assert.deepEqual(parseSelector('304B'), { kind: 'exact', section: '304B' });
    assert.equal(parseSelector('71-64'), null);
    assert.equal(parseSelector('theft'), null);
    assert.throws(() => parseSelectorList('64-71; nonsense'), /nonsense/);
    assert.equal(parseSelectorList('64-71; 74-79;').length, 2);
  });

  const heads: CrimeHeadRule[] = [
    { act: 'IPC', selectors: parseSelectorList('302-303'), crimeHead: 'Murder' },
    { act: 'IPC', selectors: parseSelectorList('304'), crimeHead: 'Culpable homicide' },
    { act: 'IPC', selectors: parseSelectorList('304B'), crimeHead: 'Dowry deaths' },
    { act: 'IPC', selectors: parseSelectorList('425-440'), crimeHead: 'Mischief' },
    { act: 'IPC', selectors: parseSelectorList('435-436'), crimeHead: 'Arson' },
    { act: 'IPC', selectors: parseSelectorList('478-489'), crimeHead: 'Forgery' },
    { act: 'IPC', selectors: parseSelectorList('489A'), crimeHead: 'Counterfeiting' },
    { act: 'BNS', selectors: parseSelectorList('310'), crimeHead: 'Dacoity' },
    { act: 'BNS', selectors: parseSelectorList('310(4)'), crimeHead: 'Preparation for dacoity' },
    { act: 'NDPS', selectors: parseSelectorList('*'), crimeHead: 'NDPS Act' },
  ];
  test('the most specific rule wins', () => {
    const h = (act: string, section: string) => resolveCrimeHead({ act, section }, heads);
    assert.equal(h('IPC', '302'), 'Murder');
    assert.equal(h('IPC', '304'), 'Culpable homicide');
    assert.equal(h('IPC', '304A'), null, 'an exact selector does not cover other letters');
    assert.equal(h('IPC', '304B'), 'Dowry deaths');
    assert.equal(h('IPC', '430'), 'Mischief');
    assert.equal(h('IPC', '436'), 'Arson', 'the narrower range wins');
    assert.equal(h('IPC', '489'), 'Forgery');
    assert.equal(h('IPC', '489A'), 'Counterfeiting', 'an exact section beats a range');
    assert.equal(h('BNS', '310'), 'Dacoity');
    assert.equal(h('BNS', '310(2)'), 'Dacoity', 'a section covers its sub-sections');
    assert.equal(h('BNS', '310(4)'), 'Preparation for dacoity');
    assert.equal(h('NDPS', '20(b)'), 'NDPS Act');
    assert.equal(h('NDPS', ''), 'NDPS Act');
    assert.equal(h('ARMS', '25'), null);
  });

  const rules: SensitiveRule[] = [
    { act: 'BNS', selectors: parseSelectorList('64-71; 74-79'), reason: 'sexual offences' },
    { act: 'IPC', selectors: parseSelectorList('354-354; 375-376; 509'), reason: 'sexual offences' },
    { act: 'POCSO', selectors: parseSelectorList('*'), reason: 'POCSO' },
  ];
  test('sensitive by rules: ranges with letters and sub-sections, whole acts', () => {
    const yes = [
      ['BNS', '64'],
      ['BNS', '64(2)'],
      ['BNS', '70(2)'],
      ['BNS', '71'],
      ['BNS', '74'],
      ['BNS', '75(3)'],
      ['BNS', '79'],
      ['IPC', '354'],
      ['IPC', '354A'],
      ['IPC', '354D'],
      ['IPC', '376'],
      ['IPC', '376AB'],
      ['IPC', '376E'],
      ['IPC', '509'],
      ['POCSO', '4'],
      ['POCSO', ''],
    ];
    const no = [
      ['BNS', '63(1)x'],
      ['BNS', '72'],
      ['BNS', '73'],
      ['BNS', '80'],
      ['BNS', '303(2)'],
      ['IPC', '353'],
      ['IPC', '377'],
      ['IPC', '508'],
      ['NDPS', '20'],
    ];
    for (const [act, section] of yes) assert.ok(sensitiveRuleFor({ act: act!, section: section! }, rules), `${act} ${section} is sensitive`);
    for (const [act, section] of no) assert.equal(sensitiveRuleFor({ act: act!, section: section! }, rules), null, `${act} ${section} is not`);
    assert.equal(
      isSensitive(
        [
          { act: 'BNS', section: '303(2)' },
          { act: 'BNS', section: '64' },
        ],
        rules,
      ),
      true,
    );
    assert.equal(isSensitive([{ act: 'BNS', section: '303(2)' }], rules), false);
    assert.equal(isSensitive([], rules), false);
  });
  test('an entry’s own flag decides over the rules (administrators may correct it)', () => {
    assert.equal(isSensitive([{ act: 'BNS', section: '303(2)', sensitive: true }], rules), true);
    assert.equal(isSensitive([{ act: 'BNS', section: '64', sensitive: false }], rules), false);
    assert.equal(isSensitive([{ act: 'BNS', section: '64' }]), false, 'without rules a bare reference is not known to be sensitive');
  });
});

describe('search ranking over a small catalogue', () => {
  const entry = (act: string, section: string, title: string, maxYears: number | null, equivalents: [string, string][] = []): LawSection => ({
    act,
    section,
    title,
    titleHi: null,
    chapter: null,
    maxPunishment: maxYears === null ? '(definition / no punishment in this section)' : `${maxYears} years + fine`,
    maxYears,
    cognizable: 'unknown',
    bailable: 'unknown',
    triableBy: null,
    equivalents: equivalents.map(([a, s]) => ({ act: a, section: s })),
    sensitive: false,
    crimeHead: null,
    version: 1,
    source: 'test',
  });
  const acts: CatalogueAct[] = [
    { code: 'BNS', name: 'Bharatiya Nyaya Sanhita', year: 2023, kind: 'penal', stateCode: null },
    { code: 'IPC', name: 'Indian Penal Code', year: 1860, kind: 'penal', stateCode: null },
    { code: 'NDPS', name: 'Narcotic Drugs and Psychotropic Substances Act', year: 1985, kind: 'special', stateCode: null },
    { code: 'POCSO', name: 'Protection of Children from Sexual Offences Act', year: 2012, kind: 'special', stateCode: null },
  ];
  const index: SearchIndex = {
    sections: [
      entry('BNS', '101', 'Murder', null, [['IPC', '300']]),
      entry('BNS', '103', 'Punishment for murder', 200, [['IPC', '302']]),
      entry('BNS', '303', 'Theft', 5, [
        ['IPC', '378'],
        ['IPC', '379'],
      ]),
      entry('BNS', '303(2)', 'Theft', 5, [['IPC', '379']]),
      entry('BNS', '305', 'Theft in a dwelling house', 7, [['IPC', '380']]),
      entry('BNS', '302', 'Uttering words to wound religious feelings', 1),
      entry('IPC', '300', 'Murder', null, [['BNS', '101']]),
      entry('IPC', '302', 'Punishment for murder', 200, [['BNS', '103']]),
      entry('IPC', '378', 'Theft', null, [['BNS', '303']]),
      entry('IPC', '379', 'Punishment for theft', 3, [
        ['BNS', '303(2)'],
        ['BNS', '303'],
      ]),
      entry('IPC', '380', 'Theft in dwelling house, etc.', 7, [['BNS', '305']]),
    ],
    acts,
    keywords: [
      {
        hindi: 'चोरी',
        romanised: ['chori'],
        english: ['theft'],
        refs: [
          { act: 'BNS', section: '303(2)' },
          { act: 'IPC', section: '379' },
        ],
        acts: [],
      },
      { hindi: 'छेड़छाड़', romanised: ['chhedchhad'], english: [], refs: [], acts: ['POCSO'] },
    ],
    sensitiveRules: [{ act: 'POCSO', selectors: [{ kind: 'all' }], reason: 'POCSO' }],
  };
  const before = new Date('2024-06-30T23:59:00+05:30');
  const after = new Date('2024-07-01T00:00:00+05:30');
  const keys = (q: string, occurredAt?: Date) => searchCatalogue(index, q, { occurredAt }).map((h) => `${h.section.act} ${h.section.section}`.trim());

  test('379 after 1 July 2024 offers BNS 303(2) through the equivalence, not IPC 379', () => {
    const hits = searchCatalogue(index, '379', { occurredAt: after });
    assert.deepEqual(
      hits.map((h) => h.section.section),
      ['303(2)', '303'],
    );
    assert.equal(hits[0]!.matchedBy, 'equivalent');
    assert.deepEqual(hits[0]!.via, { act: 'IPC', section: '379' });
    assert.equal(hits[0]!.applicable, true);
  });
  test('379 before 1 July 2024 offers IPC 379 itself', () => {
    const hits = searchCatalogue(index, '379', { occurredAt: before });
    assert.deepEqual(keys('379', before), ['IPC 379']);
    assert.equal(hits[0]!.matchedBy, 'section');
    assert.equal(hits[0]!.applicable, true);
  });
  test('379 without a date offers both, marked', () => {
    const hits = searchCatalogue(index, '379');
    assert.deepEqual(keys('379'), ['IPC 379', 'BNS 303(2)', 'BNS 303']);
    assert.ok(hits.every((h) => h.applicable === null));
  });
  test('303: the exact section, then its sub-sections, in the code for the date', () => {
    assert.deepEqual(keys('303', after).slice(0, 2), ['BNS 303', 'BNS 303(2)']);
    assert.deepEqual(keys('303(2)', after), ['BNS 303(2)']);
    assert.deepEqual(keys('303', before), ['IPC 379', 'IPC 378'], 'before the BNS, typing its number offers the IPC equivalents (definitions last)');
  });
  test('302 after the BNS: BNS 302 is a real section, and IPC 302 offers BNS 103', () => {
    assert.deepEqual(keys('302', after), ['BNS 302', 'BNS 103']);
  });
  test('an act written with the number is honoured but marked', () => {
    const hits = searchCatalogue(index, 'IPC 379', { occurredAt: after });
    assert.deepEqual(
      hits.map((h) => `${h.section.act} ${h.section.section}`),
      ['BNS 303(2)', 'BNS 303', 'IPC 379'],
    );
    assert.equal(hits[2]!.applicable, false);
  });
  test('number prefix', () => {
    assert.deepEqual(keys('30', after), ['BNS 302', 'BNS 303', 'BNS 305']);
  });
  test('English title words, exact titles first, definitions after punishable sections', () => {
    assert.deepEqual(keys('theft', after), ['BNS 303', 'BNS 303(2)', 'BNS 305']);
    assert.deepEqual(keys('THEFT dwelling', before), ['IPC 380']);
    assert.deepEqual(keys('murder', after), ['BNS 103', 'BNS 101']);
  });
  test('Hindi and romanised keywords', () => {
    assert.deepEqual(keys('चोरी', after), ['BNS 303(2)', 'BNS 303', 'BNS 305']);
    assert.deepEqual(keys('चोरी', before)[0], 'IPC 379');
    assert.deepEqual(keys('chori', after)[0], 'BNS 303(2)');
    assert.equal(searchCatalogue(index, 'चोरी', { occurredAt: after })[0]!.matchedBy, 'keyword');
    assert.deepEqual(keys('घर में चोरी हुई', after)[0], 'BNS 303(2)', 'a keyword inside a longer phrase');
    const act = searchCatalogue(index, 'छेडछाड')[0]!;
    assert.equal(act.kind, 'act', 'matching ignores the nukta');
    assert.equal(act.section.act, 'POCSO');
    assert.equal(act.section.sensitive, true);
  });
  test('special acts by code, name, and code with a section', () => {
    assert.deepEqual(keys('ndps'), ['NDPS']);
    assert.deepEqual(keys('narcotic'), ['NDPS']);
    const s = searchCatalogue(index, 'NDPS 20(b)');
    assert.equal(s[0]!.section.section, '20(b)');
    assert.equal(s[0]!.section.version, 0, 'an uncatalogued section of a special act');
    assert.equal(searchCatalogue(index, 'POCSO 4')[0]!.section.sensitive, true);
  });
  test('limits and nonsense', () => {
    assert.equal(searchCatalogue(index, 'theft', { limit: 1 }).length, 1);
    assert.deepEqual(keys('   '), []);
    assert.deepEqual(keys('zzzz'), []);
    assert.deepEqual(keys('999', after), []);
  });
  test('Hindi folding', () => {
    assert.equal(foldHindi('छेड़छाड़'), foldHindi('छेडछाड'));
    assert.equal(foldHindi('क़त्ल'), foldHindi('कत्ल'));
    assert.equal(foldHindi('हँसी'), foldHindi('हंसी'));
  });
});

describe('CSV reader', () => {
  test('quotes, commas and line breaks inside quotes, doubled quotes, BOM, CRLF', () => {
    const text = '\uFEFFa,b,c\r\n1,"two, with comma","line\r\nbreak"\r\n"say ""hi""",,"x"\n';
    const { columns, records, lines } = parseCsv(text);
    assert.deepEqual(columns, ['a', 'b', 'c']);
    assert.deepEqual(records, [
      { a: '1', b: 'two, with comma', c: 'line\r\nbreak' },
      { a: 'say "hi"', b: '', c: 'x' },
    ]);
    assert.deepEqual(lines, [2, 4]);
  });
  test('no trailing newline, blank lines, comments, empty quoted fields', () => {
    assert.deepEqual(
      parseCsvRows('a,b\n\n1,2').map((r) => r.fields),
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    );
    assert.deepEqual(
      parseCsvRows('# note, with "quotes"\na,b\n# another\n1,""', { comment: '#' }).map((r) => r.fields),
      [
        ['a', 'b'],
        ['1', ''],
      ],
    );
    assert.deepEqual(
      parseCsvRows('a,b,\n').map((r) => r.fields),
      [['a', 'b', '']],
    );
    assert.deepEqual(
      parseCsvRows('"a"').map((r) => r.fields),
      [['a']],
    );
    assert.deepEqual(
      parseCsvRows('x;"y;z"', { delimiter: ';' }).map((r) => r.fields),
      [['x', 'y;z']],
    );
    assert.deepEqual(
      parseCsvRows('a\rb\r').map((r) => r.fields),
      [['a'], ['b']],
      'old Mac line ends',
    );
    assert.deepEqual(parseCsv('').records, []);
  });
  test('errors name the line', () => {
    assert.throws(
      () => parseCsv('a,b\n1,"open\n2,3\n'),
      (e: unknown) => e instanceof CsvError && e.line === 2 && /never closed/.test(e.message),
    );
    assert.throws(
      () => parseCsv('a,b\n1,2\n3\n'),
      (e: unknown) => e instanceof CsvError && e.line === 3 && /expected 2 fields, found 1/.test(e.message),
    );
    assert.throws(
      () => parseCsv('a,b\n1,x"y\n'),
      (e: unknown) => e instanceof CsvError && e.line === 2,
    );
    assert.throws(
      () => parseCsv('a,b\n"1"x,2\n'),
      (e: unknown) => e instanceof CsvError && /after a closing quote/.test(e.message),
    );
    assert.throws(() => parseCsv('a,a\n1,2\n'), /twice/);
    assert.throws(() => parseCsv('a,\n1,2\n'), /empty column name/);
  });
  test('writing and reading again gives the same records', () => {
    const records = [
      { x: 'plain', y: 'with, comma', z: 'with "quote"' },
      { x: 'line\nbreak', y: '', z: ' padded ' },
    ];
    assert.deepEqual(parseCsv(toCsv(['x', 'y', 'z'], records)).records, records);
  });
});

describe('the reference data in reference/law', () => {
  const ref = loadLawReference();
  const read = (file: string) => parseCsv(fs.readFileSync(path.join(LAW_REFERENCE_DIR, file), 'utf8'), { comment: '#' }).records;

  test('the shared files are copied unchanged', () => {
    assertCopiesOf(LAW_REFERENCE_DIR, 'shared-copies.sha256', path.resolve(LAW_REFERENCE_DIR, '../../../shared/data/law'));
  });

  test('ipc_sections.csv is up to date (node --import tsx reference/law/derive-ipc-sections.ts)', () => {
    assert.equal(fs.readFileSync(path.join(LAW_REFERENCE_DIR, 'ipc_sections.csv'), 'utf8'), ipcRowsToCsv(deriveIpcRows()));
  });

  test('one entry per BNS row and per IPC row, every act once', () => {
    assert.equal(ref.sections.filter((s) => s.act === 'BNS').length, read('bns_sections.csv').length);
    assert.equal(ref.sections.filter((s) => s.act === 'IPC').length, read('ipc_sections.csv').length);
    assert.equal(ref.acts.length, read('special_laws.csv').length + read('penal-codes.csv').length);
    assert.equal(new Set(ref.sections.map((s) => `${s.act} ${s.section}`)).size, ref.sections.length);
  });

  test('equivalence is symmetric and points at existing entries', () => {
    const keys = new Set(ref.sections.map((s) => `${s.act} ${s.section}`));
    for (const s of ref.sections) {
      for (const e of s.equivalents) {
        assert.ok(keys.has(`${e.act} ${e.section}`), `${s.act} ${s.section} → ${e.act} ${e.section} exists`);
        const back = ref.sections.find((x) => x.act === e.act && x.section === e.section)!;
        assert.ok(
          back.equivalents.some((b) => b.act === s.act && b.section === s.section),
          `${e.act} ${e.section} → ${s.act} ${s.section}`,
        );
      }
    }
  });

  test('the enacted correspondences (not the 2023 Bill numbering)', () => {
    const eq = (act: string, section: string) => ref.sections.find((s) => s.act === act && s.section === section)!.equivalents.map((e) => `${e.act} ${e.section}`);
    assert.deepEqual(eq('IPC', '302'), ['BNS 103(1)', 'BNS 103']);
    assert.deepEqual(eq('IPC', '420'), ['BNS 318(4)', 'BNS 318']);
    assert.deepEqual(eq('IPC', '379'), ['BNS 303(2)', 'BNS 303']);
    assert.deepEqual(eq('IPC', '228A'), ['BNS 72(1)', 'BNS 72']);
    assert.deepEqual(eq('BNS', '303(2)'), ['IPC 379']);
    assert.ok(eq('BNS', '103').includes('IPC 302'));
    assert.ok(!eq('IPC', '302').includes('BNS 101'), 'IPC 302 is not BNS 101 (the Bill numbering)');
  });

  test('blank classification stays unknown', () => {
    const rows = read('bns_sections.csv');
    for (const r of rows) {
      const s = ref.sections.find((x) => x.act === 'BNS' && x.section === r.bns_section)!;
      if (r.cognizable === '') assert.equal(s.cognizable, 'unknown', `BNS ${r.bns_section} cognizable`);
      if (r.bailable === '') assert.equal(s.bailable, 'unknown', `BNS ${r.bns_section} bailable`);
      if (r.triable_by === '') assert.equal(s.triableBy, null);
    }
    assert.ok(ref.sections.filter((s) => s.act === 'IPC' && s.source.startsWith('derived')).every((s) => s.cognizable === 'unknown' && s.bailable === 'unknown'));
  });

  test('sensitive categories and crime heads of well-known sections', () => {
    const get = (act: string, section: string) => ref.sections.find((s) => s.act === act && s.section === section)!;
    for (const [act, section] of [
      ['BNS', '64'],
      ['BNS', '65(2)'],
      ['BNS', '70(1)'],
      ['BNS', '71'],
      ['BNS', '74'],
      ['BNS', '75(3)'],
      ['BNS', '78(2)'],
      ['BNS', '79'],
      ['IPC', '354'],
      ['IPC', '354A'],
      ['IPC', '354D'],
      ['IPC', '376'],
      ['IPC', '376D'],
      ['IPC', '509'],
      ['BNS', '113'],
    ]) {
      assert.equal(get(act!, section!).sensitive, true, `${act} ${section} sensitive`);
    }
    for (const [act, section] of [
      ['BNS', '303(2)'],
      ['BNS', '72'],
      ['BNS', '80'],
      ['BNS', '103'],
      ['IPC', '379'],
      ['IPC', '498A'],
    ]) {
      assert.equal(get(act!, section!).sensitive, false, `${act} ${section} not sensitive`);
    }
    const heads: [string, string, string][] = [
      ['BNS', '103(1)', 'Murder'],
      ['BNS', '103(2)', 'Murder'],
      ['BNS', '109(1)', 'Attempt to commit murder'],
      ['BNS', '105', 'Culpable homicide not amounting to murder'],
      ['BNS', '64', 'Rape'],
      ['BNS', '74', 'Assault on women with intent to outrage her modesty'],
      ['BNS', '80(2)', 'Dowry deaths'],
      ['BNS', '85', 'Cruelty by husband or his relatives'],
      ['BNS', '137(2)', 'Kidnapping and abduction'],
      ['BNS', '115(2)', 'Hurt'],
      ['BNS', '303(2)', 'Theft'],
      ['BNS', '331(2)', 'Burglary (house-breaking)'],
      ['BNS', '309(4)', 'Robbery'],
      ['BNS', '310(2)', 'Dacoity'],
      ['BNS', '310(4)', 'Preparation and assembly for dacoity'],
      ['BNS', '318(4)', 'Cheating'],
      ['BNS', '316(2)', 'Criminal breach of trust'],
      ['BNS', '336(3)', 'Forgery'],
      ['BNS', '191(2)', 'Rioting'],
      ['BNS', '351(2)', 'Criminal intimidation'],
      ['BNS', '326(g)', 'Arson'],
      ['IPC', '302', 'Murder'],
      ['IPC', '304B', 'Dowry deaths'],
      ['IPC', '354A', 'Assault on women with intent to outrage her modesty'],
      ['IPC', '376D', 'Rape'],
      ['IPC', '379', 'Theft'],
      ['IPC', '457', 'Burglary (house-breaking)'],
      ['IPC', '420', 'Cheating'],
      ['IPC', '489A', 'Counterfeiting'],
      ['IPC', '498A', 'Cruelty by husband or his relatives'],
    ];
    for (const [act, section, head] of heads) assert.equal(get(act, section).crimeHead, head, `${act} ${section}`);
    assert.equal(get('BNS', '45').crimeHead, null, 'abetment counts as "Other BNS crimes"');
    assert.equal(crimeHeadFor(get('BNS', '45')), 'Other BNS crimes');
  });

  test('the curated IPC rows differ from their BNS equivalents where the law did', () => {
    const get = (act: string, section: string) => ref.sections.find((s) => s.act === act && s.section === section)!;
    assert.equal(get('IPC', '379').maxYears, 3);
    assert.equal(get('IPC', '379').title, 'Punishment for theft');
    assert.equal(get('IPC', '304A').maxYears, 2);
    assert.equal(get('BNS', '106(1)').maxYears, 5);
  });

  test('Hindi keywords: about sixty or more, each naming sections that exist', () => {
    assert.ok(ref.keywords.length >= 60, `${ref.keywords.length} keywords`);
    const keys = new Set(ref.sections.map((s) => `${s.act} ${s.section}`));
    const actCodes = new Set(ref.acts.map((a) => a.code));
    for (const k of ref.keywords) {
      assert.match(k.hindi, /[\u0900-\u097F]/, `${k.hindi} is Devanagari`);
      assert.ok(k.refs.length + k.acts.length > 0, `${k.hindi} names something`);
      for (const r of k.refs) assert.ok(keys.has(`${r.act} ${r.section}`), `${k.hindi}: ${r.act} ${r.section} exists`);
      for (const a of k.acts) assert.ok(actCodes.has(a), `${k.hindi}: act ${a}`);
    }
    for (const w of ['चोरी', 'हत्या', 'बलात्कार', 'लूट', 'डकैती', 'धोखाधड़ी', 'मारपीट', 'चोट', 'अपहरण', 'दहेज', 'छेड़छाड़', 'आत्महत्या के लिए उकसाना', 'सेंधमारी', 'वाहन चोरी']) {
      assert.ok(
        ref.keywords.some((k) => k.hindi === w),
        w,
      );
    }
  });

  test('acts: penal codes, central special laws, State laws with their State', () => {
    const act = (code: string) => ref.acts.find((a) => a.code === code)!;
    assert.equal(act('BNS').kind, 'penal');
    assert.equal(act('IPC').year, 1860);
    assert.equal(act('POCSO').kind, 'special');
    assert.equal(act('PROH_MH').kind, 'local');
    assert.equal(act('PROH_MH').stateCode, 'MH');
    assert.equal(act('EXCISE_STATE').stateCode, null);
    const states = new Set((JSON.parse(fs.readFileSync(path.join(LAW_REFERENCE_DIR, '../units/states.json'), 'utf8')) as { units: { code: string }[] }).units.map((u) => u.code));
    for (const a of ref.acts.filter((x) => x.stateCode)) assert.ok(states.has(a.stateCode!), `${a.code}: ${a.stateCode} is a State`);
  });
});
