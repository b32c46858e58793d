import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nextAccusedCode, accusedCodeAt, accusedCodeOrdinal } from '../../src/domain/accused-codes.js';
import { arrestProblems, type ArrestFacts, type ArrestMemo } from '../../src/domain/arrest-rules.js';
import { custodyProblems, defaultBailDeadline, policeCustodyDays, type CustodyPeriod } from '../../src/domain/custody-ledger.js';
import { finalReportProblems, printedStatus, type FinalReportDraft } from '../../src/domain/final-report-rules.js';
import { ACCUSED_STATUSES, finalReportLabel, parseInvestigationCodes, type AccusedStatus } from '../../src/domain/investigation-codes.js';
import { haversineKm, moSimilarity, type MoCase } from '../../src/domain/mo-similarity.js';
import { custodyMoveProblems, keeperAfter, whereIs, type CustodyMove } from '../../src/domain/property-room.js';
import { sunTimes } from '../../src/domain/sun-times.js';
import { loadClockRules } from '../../src/records/clock-rules.js';
import { loadInvestigationCodes } from '../../src/records/investigation-reference.js';

const codes = loadInvestigationCodes();
const ist = (local: string): Date => new Date(`${local}+05:30`);
const paths = (errors: { path: string }[]): string[] => errors.map((e) => e.path).sort();
const istTime = (d: Date): string => new Date(d.getTime() + 330 * 60_000).toISOString().slice(11, 16);

// ---------------------------------------------------------------------------------------------
// Code lists

test('the code lists load once, cite their sources and carry Hindi labels', () => {
  assert.equal(loadInvestigationCodes(), codes, 'cached');
  assert.ok(codes.sources.some((s) => s.secondary) && codes.sources.some((s) => !s.secondary));
  assert.deepEqual(
    codes.moGroups.map((g) => g.code),
    ['entry', 'tools', 'target', 'time', 'transport'],
  );
  for (const g of codes.moGroups) assert.ok(g.codes.length >= 8 && g.codes.length <= 15, g.code);
  assert.deepEqual(
    codes.arrestOutcomes.map((o) => o.code),
    ['arrested_sent_up', 'arrested_bailed', 'surrendered_bailed', 'surrendered_judicial_custody', 'surrendered_police_custody'],
  );
  assert.equal(codes.handcuffCategories.length, 13, 'the categories listed in BNSS 43(3)');
  assert.equal(codes.stateCapitals.size, 36);
  const a = codes.finalReportKinds.find((k) => k.code === 'closure_true_undetected')!;
  assert.equal(finalReportLabel(a, 'MH').en, "'A' summary");
  assert.equal(finalReportLabel(a, 'UP').en, a.en, 'a State without its own name takes the national one');
});

test('the code-list schema refuses a duplicate code, a missing Hindi label, weights not adding to 1 and capitals outside India', () => {
  const raw = () =>
    JSON.parse(JSON.stringify({ ...codes, stateCapitals: undefined })) as Record<string, unknown> & {
      moGroups: { codes: { code: string; hi: string }[] }[];
      moSimilarity: { components: { mo: number } };
    };
  const capitals = [{ state_code: 'DL', capital: 'New Delhi', lat: '28.6', lon: '77.2' }];
  assert.doesNotThrow(() => parseInvestigationCodes(raw(), capitals));
  const dup = raw();
  dup.moGroups[1]!.codes.push({ ...dup.moGroups[0]!.codes[0]! });
  assert.throws(() => parseInvestigationCodes(dup, capitals), /two groups/);
  const noHindi = raw();
  noHindi.moGroups[0]!.codes[0]!.hi = 'Lock';
  assert.throws(() => parseInvestigationCodes(noHindi, capitals), /Hindi/);
  const weights = raw();
  weights.moSimilarity.components.mo = 0.9;
  assert.throws(() => parseInvestigationCodes(weights, capitals), /add up to 1/);
  assert.throws(() => parseInvestigationCodes(raw(), [{ state_code: 'DL', capital: 'X', lat: '51.5', lon: '0' }]), /within India/);
});

// ---------------------------------------------------------------------------------------------
// Sunrise and sunset (NOAA)

test('sunrise and sunset match published times for Delhi and Mumbai within two minutes', () => {
  const delhi = { lat: 28.6139, lon: 77.209 };
  const near = (d: Date, hhmm: string) => {
    const [h, m] = hhmm.split(':').map(Number);
    const local = Number(istTime(d).slice(0, 2)) * 60 + Number(istTime(d).slice(3));
    assert.ok(Math.abs(local - (h! * 60 + m!)) <= 2, `${istTime(d)} vs ${hhmm}`);
  };
  const june = sunTimes('2024-06-21', delhi, 90.833);
  near(june.sunrise, '05:24');
  near(june.sunset, '19:22');
  const dec = sunTimes('2024-12-21', delhi, 90.833);
  near(dec.sunrise, '07:10');
  near(dec.sunset, '17:29');
  near(sunTimes('2024-12-21', { lat: 19.076, lon: 72.8777 }, 90.833).sunset, '18:06');
});

// ---------------------------------------------------------------------------------------------
// Arrest memo

const DELHI = { lat: 28.6139, lon: 77.209 };

function memo(over: Partial<ArrestMemo> = {}): ArrestMemo {
  return {
    outcome: 'arrested_sent_up',
    at: ist('2024-08-02T12:00:00'),
    grounds: 'Caught with the stolen phone; identified by the informant.',
    court: null,
    person: { gender: 'male', ageYears: 30, infirm: false },
    personInformed: { name: 'Sunita Devi', relationship: 'mother' },
    attestingWitness: 'Ramesh Kumar',
    handcuff: null,
    magistratePermission: null,
    seniorPermission: null,
    ...over,
  };
}

function facts(over: Partial<ArrestFacts> = {}): ArrestFacts {
  return { now: ist('2024-08-03T10:00:00'), informationAt: ist('2024-08-01T09:00:00'), station: { stateCode: 'DL', place: DELHI }, maxYears: 7, ...over };
}

test('a complete arrest memo has no problems; each missing duty is named by its field', () => {
  assert.deepEqual(arrestProblems(memo(), facts(), codes), []);
  assert.deepEqual(paths(arrestProblems(memo({ grounds: ' ', personInformed: null, attestingWitness: null }), facts(), codes)), ['attestingWitness', 'grounds', 'personInformed.name']);
  assert.deepEqual(paths(arrestProblems(memo({ personInformed: { name: 'X', relationship: 'neighbour_maybe' } }), facts(), codes)), ['personInformed.relationship']);
  assert.deepEqual(paths(arrestProblems(memo({ outcome: 'escaped' }), facts(), codes)), ['outcome']);
  // A surrender in court names the court and is not a police arrest.
  assert.deepEqual(paths(arrestProblems(memo({ outcome: 'surrendered_judicial_custody', personInformed: null, attestingWitness: null, grounds: null }), facts(), codes)), ['court']);
  assert.deepEqual(arrestProblems(memo({ outcome: 'surrendered_bailed', court: 'CJM Saket', personInformed: null, attestingWitness: null, grounds: null }), facts(), codes), []);
});

test('the arrest time is neither in the future nor before the information reached the station', () => {
  assert.deepEqual(paths(arrestProblems(memo({ at: ist('2024-08-03T10:00:01') }), facts(), codes)), ['at']);
  assert.deepEqual(arrestProblems(memo({ at: ist('2024-08-03T10:00:00') }), facts(), codes), []);
  assert.deepEqual(paths(arrestProblems(memo({ at: ist('2024-08-01T08:59:00') }), facts(), codes)), ['at']);
});

test('handcuffs only for a BNSS 43(3) category, with a reason', () => {
  assert.deepEqual(arrestProblems(memo({ handcuff: { category: 'escaped_from_custody', reason: 'Escaped from the lock-up in 2023' } }), facts(), codes), []);
  assert.deepEqual(paths(arrestProblems(memo({ handcuff: { category: 'theft', reason: 'x' } }), facts(), codes)), ['handcuff.category']);
  assert.deepEqual(paths(arrestProblems(memo({ handcuff: { category: 'murder', reason: '' } }), facts(), codes)), ['handcuff.reason']);
});

test("BNSS 43(5): a woman arrested after sunset and before sunrise needs the Magistrate's prior permission — at the exact boundary", () => {
  const { sunrise, sunset } = sunTimes('2024-08-02', DELHI, 90.833);
  const woman = (at: Date, p: ArrestMemo['magistratePermission'] = null) =>
    paths(arrestProblems(memo({ at, person: { gender: 'female', ageYears: 30, infirm: false }, magistratePermission: p }), facts(), codes));
  const min = 60_000;
  assert.deepEqual(woman(new Date(sunset.getTime() - min)), [], 'a minute before sunset');
  assert.deepEqual(woman(sunset), [], 'at sunset itself: not yet "after sunset"');
  assert.deepEqual(woman(new Date(sunset.getTime() + min)), ['magistratePermission'], 'a minute after sunset');
  assert.deepEqual(woman(new Date(sunrise.getTime() - min)), ['magistratePermission'], 'a minute before sunrise');
  assert.deepEqual(woman(sunrise), []);
  assert.deepEqual(woman(ist('2024-08-02T23:30:00'), { reference: 'JMFC Saket order 12/2024', grantedAt: ist('2024-08-02T22:00:00') }), []);
  assert.deepEqual(woman(ist('2024-08-02T23:30:00'), { reference: 'JMFC Saket order 12/2024', grantedAt: ist('2024-08-02T23:45:00') }), ['magistratePermission.grantedAt'], 'prior permission');
  // A man at night needs none; nor does a woman's surrender in court.
  assert.deepEqual(arrestProblems(memo({ at: ist('2024-08-02T23:30:00') }), facts(), codes), []);
  // The sun sets later in the west: 18:45 IST is after sunset in Itanagar, not in Mumbai.
  const at = ist('2024-08-02T18:45:00');
  const where = (place: { lat: number; lon: number }) =>
    paths(arrestProblems(memo({ at, person: { gender: 'female', ageYears: 30, infirm: false } }), facts({ station: { stateCode: 'XX', place } }), codes));
  assert.deepEqual(where({ lat: 27.0844, lon: 93.6053 }), ['magistratePermission']);
  assert.deepEqual(where({ lat: 19.076, lon: 72.8777 }), []);
});

test("a station without coordinates falls back to its State capital's, with a margin; an unknown State asks for the permission", () => {
  const { sunset } = sunTimes('2024-08-02', DELHI, 90.833);
  const margin = codes.arrestRules.womanAtNight.fallbackMarginMinutes * 60_000;
  const woman = (at: Date, stateCode: string) => paths(arrestProblems(memo({ at, person: { gender: 'female', ageYears: 30, infirm: false } }), facts({ station: { stateCode, place: null } }), codes));
  assert.deepEqual(woman(new Date(sunset.getTime() - margin - 120_000), 'DL'), []);
  assert.deepEqual(woman(new Date(sunset.getTime() - margin + 120_000), 'DL'), ['magistratePermission'], 'within the margin before sunset');
  assert.deepEqual(woman(ist('2024-08-02T12:00:00'), 'ZZ'), ['magistratePermission']);
});

test('BNSS 35(7): a person infirm or above 60, offence under 3 years, needs the permission of an officer not below DSP', () => {
  const old = (ageYears: number, maxYears: number | null, seniorPermission: ArrestMemo['seniorPermission'] = null, infirm = false) =>
    paths(arrestProblems(memo({ person: { gender: 'male', ageYears, infirm }, seniorPermission }), facts({ maxYears }), codes));
  assert.deepEqual(old(61, 2), ['seniorPermission']);
  assert.deepEqual(old(60, 2), [], '"above sixty": 60 itself is not above');
  assert.deepEqual(old(30, 2, null, true), ['seniorPermission'], 'infirm');
  assert.deepEqual(old(61, 3), [], '"less than three years": 3 is not less');
  assert.deepEqual(old(61, null), ['seniorPermission'], 'unknown punishment asks for the permission');
  assert.deepEqual(old(61, 2, { officer: 'R. Sharma', rank: 'inspector', grantedAt: ist('2024-08-02T11:00:00') }), ['seniorPermission.rank']);
  assert.deepEqual(old(61, 2, { officer: 'R. Sharma', rank: 'dsp', grantedAt: ist('2024-08-02T11:00:00') }), []);
  assert.deepEqual(old(61, 2, { officer: 'R. Sharma', rank: 'sp', grantedAt: ist('2024-08-02T13:00:00') }), ['seniorPermission.grantedAt']);
});

// ---------------------------------------------------------------------------------------------
// Custody ledger and default bail

const rules = loadClockRules();
const recordedAt = ist('2024-08-01T10:00:00');

test('default bail: 60 or 90 days from the FIRST REMAND by punishment (life, death, 10-year minimum), the day of remand being day 1', () => {
  const remand = ist('2024-08-03T16:00:00');
  const due = (maxYears: number | null, minYears: number | null = null) => defaultBailDeadline({ recordedAt, firstRemandAt: remand, maxYears, minYears }, rules);
  assert.deepEqual([due(7)!.detentionDays, due(7)!.dueDateIst], [60, '2024-10-01']);
  assert.equal(due(10)!.detentionDays, 60, '"may extend to ten years" without a minimum (Rajeev Chaudhary)');
  assert.equal(due(20, 10)!.detentionDays, 90);
  assert.equal(due(100)!.detentionDays, 90, 'life');
  assert.equal(due(200)!.dueDateIst, '2024-10-31', 'death: 90 days');
  assert.equal(due(null)!.detentionDays, 60, 'unknown: the earlier date');
  assert.equal(due(7)!.code, 'charge-sheet-60d');
  const crpc = defaultBailDeadline({ recordedAt: ist('2024-06-01T10:00:00'), firstRemandAt: remand, maxYears: 100, minYears: null }, rules);
  assert.equal(crpc!.code, 'crpc-charge-sheet-90d', 'an investigation begun before 1 July 2024 keeps the CrPC');
});

const period = (kind: CustodyPeriod['kind'], from: string, until: string | null): CustodyPeriod => ({ kind, from: ist(from), until: until ? ist(until) : null });
const ledger = (periods: CustodyPeriod[], next: CustodyPeriod, detentionDays = 60, chargeSheetFiledAt: Date | null = null) =>
  custodyProblems(periods, next, { recordedAt, detentionDays, chargeSheetFiledAt }, codes);

test('police custody: at most 15 days in the whole, counted by the calendar days it touches', () => {
  const pc1 = period('police', '2024-08-03T16:00:00', '2024-08-10T11:00:00'); // 3..10 August: 8 days
  const jc = period('judicial', '2024-08-10T11:00:00', '2024-08-15T11:00:00');
  assert.equal(policeCustodyDays([pc1]), 8);
  assert.deepEqual(ledger([pc1, jc], period('police', '2024-08-15T11:00:00', '2024-08-21T11:00:00')), [], '8 + 7 = 15');
  assert.deepEqual(paths(ledger([pc1, jc], period('police', '2024-08-15T11:00:00', '2024-08-22T11:00:00'))), ['until'], '16 days');
  assert.match(ledger([pc1, jc], period('police', '2024-08-15T11:00:00', '2024-08-22T11:00:00'))[0]!.message, /16 days; at most 15/);
  assert.deepEqual(paths(ledger([], period('police', '2024-08-03T16:00:00', '2024-08-18T11:00:00'))), ['until']);
  assert.deepEqual(paths(ledger([], period('police', '2024-08-03T16:00:00', null))), ['until'], 'police custody is for a term');
});

test('police custody only within the first 40 (60-day cases) or 60 (90-day cases) days from the first remand (BNSS 187(2))', () => {
  const first = period('judicial', '2024-08-03T16:00:00', '2024-09-11T11:00:00'); // day 1 = 3 Aug; day 40 = 11 Sep
  assert.deepEqual(ledger([first], period('police', '2024-09-11T11:00:00', '2024-09-11T18:00:00')), [], 'day 40');
  assert.deepEqual(paths(ledger([first], period('police', '2024-09-11T11:00:00', '2024-09-12T11:00:00'))), ['until'], 'day 41');
  assert.deepEqual(ledger([first], period('police', '2024-09-11T11:00:00', '2024-09-12T11:00:00'), 90), [], '90-day case: 60-day window');
  // CrPC (investigation pending on 1 July 2024): the first fifteen days only (Anupam Kulkarni).
  const crpc = custodyProblems(
    [period('judicial', '2024-08-03T16:00:00', '2024-08-20T11:00:00')],
    period('police', '2024-08-20T11:00:00', '2024-08-21T11:00:00'),
    { recordedAt: ist('2024-06-01T10:00:00'), detentionDays: 60, chargeSheetFiledAt: null },
    codes,
  );
  assert.deepEqual(paths(crpc), ['until']);
});

test('custody periods never overlap, and detention beyond the 60/90 days without a charge sheet is refused (default bail)', () => {
  const jc = period('judicial', '2024-08-03T16:00:00', '2024-08-17T11:00:00');
  assert.deepEqual(paths(ledger([jc], period('police', '2024-08-16T11:00:00', '2024-08-18T11:00:00'))), ['from']);
  assert.deepEqual(paths(ledger([period('judicial', '2024-08-03T16:00:00', null)], period('bail', '2024-08-20T11:00:00', null))), ['from'], 'an open period must be ended first');
  assert.deepEqual(paths(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-08-10T11:00:00'))), ['until']);
  // 60 days from 3 August (day 1) end on 1 October.
  assert.deepEqual(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-10-01T23:00:00')), []);
  assert.deepEqual(paths(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-10-02T11:00:00'))), ['until']);
  assert.deepEqual(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-10-02T11:00:00'), 90), []);
  assert.deepEqual(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-10-02T11:00:00'), 60, ist('2024-09-30T10:00:00')), [], 'charge sheet filed in time');
  assert.deepEqual(paths(ledger([jc], period('judicial', '2024-08-17T11:00:00', '2024-10-05T11:00:00'), 60, ist('2024-10-03T10:00:00'))), ['until'], 'filed late: the days between are not authorised');
  assert.deepEqual(ledger([jc], period('bail', '2024-10-02T11:00:00', null)), [], 'bail is not detention');
});

// ---------------------------------------------------------------------------------------------
// Property room

const move = (kind: string, at: string, over: Partial<CustodyMove> = {}): CustodyMove => ({
  kind,
  at: ist(at),
  handedBy: 'HC Mohan',
  receivedBy: 'ASI Verma',
  destination: null,
  orderRef: null,
  ...over,
});
const NOW = ist('2025-01-01T00:00:00');

test('an item is in exactly one place: it leaves only where it is, and never moves after return to the owner or disposal', () => {
  const h: CustodyMove[] = [];
  const add = (m: CustodyMove) => {
    assert.deepEqual(custodyMoveProblems(h, m, NOW, codes), [], m.kind);
    h.push(m);
  };
  assert.equal(whereIs(h, codes).place, 'none');
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-02T10:00:00', { destination: 'FSL Rohini' }), NOW, codes)), ['kind'], 'nowhere to leave from');
  add(move('received_into_malkhana', '2024-08-02T10:00:00'));
  assert.deepEqual(paths(custodyMoveProblems(h, move('received_into_malkhana', '2024-08-02T11:00:00'), NOW, codes)), ['kind'], 'not received twice');
  add(move('sent_to_fsl', '2024-08-03T10:00:00', { destination: 'FSL Rohini' }));
  assert.deepEqual(whereIs(h, codes), { place: 'fsl', destination: 'FSL Rohini', since: ist('2024-08-03T10:00:00'), final: false, keptAt: null });
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-04T10:00:00', { destination: 'FSL Rohini' }), NOW, codes)), ['kind'], 'already at the lab: cannot be in two places');
  assert.deepEqual(paths(custodyMoveProblems(h, move('returned_to_owner', '2024-08-04T10:00:00', { destination: 'Owner', orderRef: 'x' }), NOW, codes)), ['kind']);
  add(move('returned_to_malkhana', '2024-08-20T10:00:00'));
  add(move('sent_to_court', '2024-09-01T10:00:00', { destination: 'CJM Saket' }));
  assert.deepEqual(paths(custodyMoveProblems(h, move('returned_to_owner', '2024-09-10T10:00:00', { destination: 'Anil Kumar' }), NOW, codes)), ['orderRef']);
  add(move('returned_to_owner', '2024-09-10T10:00:00', { destination: 'Anil Kumar', orderRef: 'CJM Saket, order of 10.09.2024' }));
  assert.equal(whereIs(h, codes).final, true);
  assert.deepEqual(paths(custodyMoveProblems(h, move('returned_to_malkhana', '2024-09-11T10:00:00'), NOW, codes)), ['kind']);
});

test('a transferred case takes its property along by one signed movement: the item stays a malkhana’s, never two stations’ at once', () => {
  const at = (t: string, unit: string, kind = 'received_into_malkhana', over: Partial<CustodyMove> = {}) => move(kind, t, { unit, ...over });
  const h = [at('2024-08-02T10:00:00', 'DL-SOUTH-PS01')];
  assert.equal(whereIs(h, codes).keptAt, 'DL-SOUTH-PS01');
  // The case is investigated by the crime branch now: the hand-over to its malkhana is the move to the case's unit.
  assert.equal(keeperAfter(h, 'transferred_to_unit', 'DL-CB', codes), 'DL-CB');
  assert.equal(keeperAfter(h, 'sent_to_fsl', 'DL-CB', codes), 'DL-SOUTH-PS01', 'any other move leaves it in the same keeping');
  const handover = at('2024-08-05T10:00:00', 'DL-CB', 'transferred_to_unit');
  assert.deepEqual(custodyMoveProblems(h, handover, NOW, codes), []);
  h.push(handover);
  assert.deepEqual(whereIs(h, codes), { place: 'malkhana', destination: null, since: ist('2024-08-05T10:00:00'), final: false, keptAt: 'DL-CB' });
  assert.deepEqual(paths(custodyMoveProblems(h, at('2024-08-06T10:00:00', 'DL-CB', 'transferred_to_unit'), NOW, codes)), ['kind'], 'not handed to the malkhana that has it');
  h.push(at('2024-08-06T10:00:00', 'DL-CB', 'sent_to_fsl', { destination: 'FSL Rohini' }));
  assert.deepEqual(paths(custodyMoveProblems(h, at('2024-08-07T10:00:00', 'DL-NEW', 'transferred_to_unit'), NOW, codes)), ['kind'], 'only from a malkhana');
});

test('a movement has two different officers, a destination where needed, and a time in order', () => {
  const h = [move('received_into_malkhana', '2024-08-02T10:00:00')];
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-03T10:00:00', { receivedBy: ' hc mohan ', destination: 'FSL' }), NOW, codes)), ['receivedBy']);
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-03T10:00:00', { handedBy: '', destination: 'FSL' }), NOW, codes)), ['handedBy']);
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-03T10:00:00'), NOW, codes)), ['destination']);
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2024-08-01T10:00:00', { destination: 'FSL' }), NOW, codes)), ['at']);
  assert.deepEqual(paths(custodyMoveProblems(h, move('sent_to_fsl', '2025-08-01T10:00:00', { destination: 'FSL' }), NOW, codes)), ['at']);
  assert.deepEqual(paths(custodyMoveProblems(h, move('teleported', '2024-08-03T10:00:00'), NOW, codes)), ['kind']);
});

// ---------------------------------------------------------------------------------------------
// Final report

function report(over: Partial<FinalReportDraft> = {}): FinalReportDraft {
  return {
    kind: 'charge_sheet',
    reason: null,
    sections: ['BNS 303(2)'],
    accused: [
      { accusedId: 'a1', status: 'on_bail', charged: true },
      { accusedId: 'a2', status: 'absconding', charged: true },
    ],
    exhibits: [{ itemId: 'phone', electronic: true }],
    filedBy: 'io-1',
    ...over,
  };
}
const reportFacts = (histories: [string, CustodyMove[]][] = [['phone', [move('received_into_malkhana', '2024-08-02T10:00:00')]]]) => ({
  investigatingOfficer: 'io-1',
  caseAccused: ['a1', 'a2'],
  custody: new Map<string, AccusedStatus>([
    ['a1', 'on_bail'],
    ['a2', 'absconding'],
  ]),
  itemHistories: new Map(histories),
});

test("a final report is filed by the case's IO; a charge sheet charges someone under named sections; every accused has a status", () => {
  assert.deepEqual(finalReportProblems(report(), reportFacts(), codes), []);
  assert.deepEqual(paths(finalReportProblems(report({ filedBy: 'si-2' }), reportFacts(), codes)), ['filedBy']);
  assert.deepEqual(paths(finalReportProblems(report(), { ...reportFacts(), investigatingOfficer: null }, codes)), ['filedBy']);
  assert.deepEqual(paths(finalReportProblems(report({ sections: [] }), reportFacts(), codes)), ['sections']);
  const none = report({ accused: report().accused.map((a) => ({ ...a, charged: false, status: a.accusedId === 'a1' ? 'not_sent_up' : 'deceased' })) });
  assert.deepEqual(paths(finalReportProblems(none, reportFacts(), codes)), ['accused']);
  assert.deepEqual(paths(finalReportProblems(report({ accused: [report().accused[0]!] }), reportFacts(), codes)), ['accused']);
  assert.deepEqual(paths(finalReportProblems(report({ accused: [...report().accused, { accusedId: 'zz', status: 'on_bail', charged: true }] }), reportFacts(), codes)), ['accused.2.accusedId']);
  assert.deepEqual(paths(finalReportProblems(report({ accused: [report().accused[0]!, { accusedId: 'a2', status: 'vanished', charged: true }] }), reportFacts(), codes)), ['accused.1.status']);
  assert.deepEqual(paths(finalReportProblems(report({ kind: 'summary_z' }), reportFacts(), codes)), ['kind']);
});

test('closure kinds need a reason; an electronic exhibit needs its custody sequence (BNSS 193(3)(i))', () => {
  const closure = report({ kind: 'closure_true_undetected', sections: [], accused: report().accused.map((a) => ({ ...a, charged: false })), exhibits: [] });
  assert.deepEqual(paths(finalReportProblems(closure, reportFacts(), codes)), ['reason']);
  assert.deepEqual(finalReportProblems({ ...closure, reason: 'Accused not traced despite efforts.' }, reportFacts(), codes), []);
  assert.deepEqual(paths(finalReportProblems(report(), reportFacts([['phone', []]]), codes)), ['exhibits.0.itemId']);
  assert.deepEqual(finalReportProblems(report({ exhibits: [{ itemId: 'phone', electronic: false }] }), reportFacts([['phone', []]]), codes), []);
  assert.deepEqual(paths(finalReportProblems(report({ exhibits: [{ itemId: 'knife', electronic: false }] }), reportFacts(), codes)), ['exhibits.0.itemId']);
});

test("an accused's status agrees with the custody record, by the code list's mapping; one not sent up is not charged", () => {
  const status = (a1: string, a2 = 'absconding') =>
    report({
      accused: [
        { ...report().accused[0]!, status: a1 },
        { ...report().accused[1]!, status: a2 },
      ],
    });
  assert.deepEqual(paths(finalReportProblems(status('in_custody'), reportFacts(), codes)), ['accused.0.status'], 'on bail by the ledger');
  assert.deepEqual(paths(finalReportProblems(status('on_bail', 'not_arrested'), reportFacts(), codes)), ['accused.1.status'], 'declared absconding');
  assert.deepEqual(finalReportProblems(status('on_bail', 'proclaimed_offender'), reportFacts(), codes), [], 'a proclaimed offender absconds');
  const held = { ...reportFacts(), custody: new Map<string, AccusedStatus>([['a1', 'judicial_custody']]) };
  assert.deepEqual(finalReportProblems(status('in_custody', 'not_arrested'), held, codes), [], 'no record: never arrested');
  assert.deepEqual(paths(finalReportProblems(status('in_custody', 'absconding'), held, codes)), ['accused.1.status']);
  assert.deepEqual(paths(finalReportProblems(status('not_sent_up'), reportFacts(), codes)), ['accused.0.charged']);
  assert.deepEqual(printedStatus('in_custody', codes), { form: 'arrested', detail: null });
  assert.equal(printedStatus('proclaimed_offender', codes).form, 'absconding');
  assert.ok(printedStatus('proclaimed_offender', codes).detail?.en.includes('BNSS 84'), 'the form says less: the label goes beside it');
  // Every status of the custody record has a report status that agrees with it.
  for (const c of ACCUSED_STATUSES)
    assert.ok(
      codes.accusedStatuses.some((s) => s.custody.includes(c)),
      c,
    );
});

test('an exhibit is an item of the case still in custody, listed once', () => {
  const knife: [string, CustodyMove[]] = ['knife', [move('received_into_malkhana', '2024-08-02T10:00:00')]];
  const returned: [string, CustodyMove[]] = [
    'cash',
    [move('received_into_malkhana', '2024-08-02T10:00:00'), { ...move('returned_to_owner', '2024-09-02T10:00:00'), destination: 'Owner', orderRef: 'Order 1/2024' }],
  ];
  const facts = reportFacts([knife, returned]);
  assert.deepEqual(
    paths(
      finalReportProblems(
        report({
          exhibits: [
            { itemId: 'knife', electronic: false },
            { itemId: 'knife', electronic: false },
          ],
        }),
        facts,
        codes,
      ),
    ),
    ['exhibits.1.itemId'],
  );
  assert.deepEqual(paths(finalReportProblems(report({ exhibits: [{ itemId: 'cash', electronic: false }] }), facts, codes)), ['exhibits.0.itemId']);
  assert.deepEqual(finalReportProblems(report({ exhibits: [{ itemId: 'knife', electronic: false }] }), facts, codes), []);
});

// ---------------------------------------------------------------------------------------------
// Accused codes and MO similarity

test('accused codes run A1…A9, B1…, Z9, AA1 and never reuse a code', () => {
  assert.equal(nextAccusedCode([]), 'A1');
  assert.equal(nextAccusedCode(['A1', 'A2']), 'A3');
  assert.equal(nextAccusedCode(['A9']), 'B1');
  assert.equal(nextAccusedCode(['A1', 'A3']), 'A4', 'a gap is not refilled');
  assert.equal(nextAccusedCode(['B1', 'A9', 'junk', 'a5', 'A0']), 'B2');
  assert.equal(nextAccusedCode(['Z9']), 'AA1');
  assert.equal(accusedCodeAt(235), 'AA1');
  assert.equal(accusedCodeOrdinal('AA1'), 235);
  for (let n = 1; n < 800; n++) assert.equal(accusedCodeOrdinal(accusedCodeAt(n)), n);
});

test('MO similarity: shared codes weighted by group, same crime head, nearby and recent places score higher; unknown counts 0', () => {
  const base: MoCase = { moCodes: ['lock_broken', 'crowbar', 'locked_house', 'late_night', 'two_wheeler'], crimeHead: 'Burglary', place: DELHI, occurredAt: ist('2024-08-01T02:00:00') };
  const same = moSimilarity(base, base, codes);
  assert.ok(Math.abs(same.score - 1) < 1e-12, String(same.score));
  const other: MoCase = { moCodes: ['false_pretext', 'forged_document', 'online_account', 'afternoon', 'none_remote'], crimeHead: 'Cheating', place: null, occurredAt: null };
  assert.equal(moSimilarity(base, other, codes).score, 0);
  // Sharing the entry method (weight 3) counts more than sharing the transport (weight 1).
  const entryOnly = moSimilarity(base, { ...other, moCodes: ['lock_broken'] }, codes).parts.mo;
  const transportOnly = moSimilarity(base, { ...other, moCodes: ['two_wheeler'] }, codes).parts.mo;
  assert.ok(entryOnly > transportOnly, `${entryOnly} > ${transportOnly}`);
  const near = moSimilarity(base, { ...base, place: { lat: 28.6239, lon: 77.209 } }, codes);
  const far = moSimilarity(base, { ...base, place: { lat: 19.076, lon: 72.8777 } }, codes);
  assert.ok(near.score > far.score);
  assert.ok(Math.abs(near.distanceKm! - 1.112) < 0.01, String(near.distanceKm));
  assert.ok(moSimilarity(base, { ...base, occurredAt: ist('2024-08-20T02:00:00') }, codes).score > moSimilarity(base, { ...base, occurredAt: ist('2023-08-20T02:00:00') }, codes).score);
  assert.ok(moSimilarity(base, { ...base, place: null }, codes).score < same.score, 'an unknown place does not help');
  assert.ok(Math.abs(haversineKm(DELHI, { lat: 19.076, lon: 72.8777 }) - 1150) < 15);
});
