import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clockSummary, computeClocks as computeWith, parseClockRules, type ClockFacts, type ClockRules, type ClockState } from '../../src/domain/clocks.js';
import { loadClockRules } from '../../src/records/clock-rules.js';
import { BNS_COMMENCEMENT } from '../../src/domain/law.js';
import { udClockFacts } from '../../src/domain/unnatural-deaths.js';
import { foundClockFacts } from '../../src/domain/lost-property.js';

/** The engine with the shipped rules unless a test gives its own. */
const computeClocks = (facts: ClockFacts, now: Date, rules: ClockRules = loadClockRules()): ClockState[] => computeWith(facts, now, rules);

/** An IST wall-clock time as an instant. */
const ist = (local: string): Date => new Date(`${local}+05:30`);
const MS = 1;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function fir(over: Partial<ClockFacts> = {}): ClockFacts {
  return {
    recordKind: 'fir',
    recordedAt: ist('2024-08-01T10:00:00'),
    occurredAt: ist('2024-07-31T22:00:00'),
    maxYears: 7,
    sensitive: false,
    categories: [],
    infoType: 'written',
    events: {},
    ...over,
  };
}

function complaint(over: Partial<ClockFacts> = {}): ClockFacts {
  return fir({ recordKind: 'complaint', maxYears: 5, ...over });
}

function codes(states: ClockState[]): string[] {
  return states.map((s) => s.code).sort();
}

function one(states: ClockState[], code: string): ClockState {
  const s = states.find((x) => x.code === code);
  assert.ok(s, `expected clock ${code} among ${codes(states).join(', ')}`);
  return s;
}

const FAR = ist('2030-01-01T00:00:00');

test('the shipped rules load, validate, are cached and cite their law', () => {
  const rules = loadClockRules();
  assert.equal(loadClockRules(), rules, 'cached');
  assert.ok(rules.version.length > 0);
  assert.ok(rules.sources.length >= 4);
  assert.deepEqual(rules.rules.map((r) => r.code).sort(), [
    'charge-sheet-60d',
    'charge-sheet-90d',
    'child-found-cwc-24h',
    'crpc-charge-sheet-60d',
    'crpc-charge-sheet-90d',
    'crpc-production-before-magistrate-24h',
    'crpc-rape-investigation-2m',
    'efir-signature-3d',
    'fir-public-upload-24h',
    'forensic-team-visit',
    'inquest-report-24h',
    'preliminary-enquiry-14d',
    'production-before-magistrate-24h',
    'property-disposal-order-30d',
    'property-statement-14d',
    'sexual-offence-investigation-2m',
    'unclaimed-property-claim-6m',
    'victim-progress-90d',
  ]);
  for (const r of rules.rules) {
    assert.match(r.legalRef, /BNSS 2023 s\. |CrPC 1973 s\. |JJ Act 2015 s\. |SCC/, r.code);
    assert.ok(r.notes.length > 40, r.code);
    assert.match(r.titleHi, /[\u0900-\u097F]/, `${r.code} has a Devanagari title`);
  }
  // BNSS rules start exactly at the commencement instant; CrPC rules stop there.
  for (const r of rules.rules) {
    if (r.legalRef.startsWith('BNSS')) assert.equal(r.appliesFrom?.getTime(), BNS_COMMENCEMENT.getTime(), r.code);
    if (r.legalRef.startsWith('CrPC')) assert.equal(r.appliesUntil?.getTime(), BNS_COMMENCEMENT.getTime(), r.code);
  }
});

test('IST midnight decides BNSS vs CrPC: 00:10 IST on 1 July 2024 is BNSS, 23:50 IST on 30 June is CrPC', () => {
  const bnss = ist('2024-07-01T00:10:00');
  assert.equal(bnss.toISOString(), '2024-06-30T18:40:00.000Z', 'still 30 June in UTC');
  const crpc = ist('2024-06-30T23:50:00');
  const arrest = (at: Date) => ({ firstRemand: new Date(at.getTime() + HOUR) });

  const after = computeClocks(fir({ recordedAt: bnss, events: arrest(bnss) }), FAR);
  assert.ok(after.some((s) => s.code === 'charge-sheet-60d'));
  assert.ok(after.some((s) => s.code === 'victim-progress-90d'));
  assert.ok(!after.some((s) => s.code.startsWith('crpc-')));

  const before = computeClocks(fir({ recordedAt: crpc, events: arrest(crpc) }), FAR);
  assert.deepEqual(codes(before), ['crpc-charge-sheet-60d', 'fir-public-upload-24h']);

  // Exactly at commencement: BNSS (appliesFrom inclusive, appliesUntil exclusive).
  const atStart = computeClocks(fir({ recordedAt: BNS_COMMENCEMENT, events: arrest(BNS_COMMENCEMENT) }), FAR);
  assert.ok(atStart.some((s) => s.code === 'charge-sheet-60d'));
  assert.ok(!atStart.some((s) => s.code === 'crpc-charge-sheet-60d'));
  const justBefore = new Date(BNS_COMMENCEMENT.getTime() - 1);
  assert.ok(computeClocks(fir({ recordedAt: justBefore, events: arrest(justBefore) }), FAR).some((s) => s.code === 'crpc-charge-sheet-60d'));
});

test('procedure follows the date the information was recorded (BNSS 531(2)(a)), not the date of the offence', () => {
  // An IPC-era offence reported after 1 July 2024 is investigated under the BNSS.
  const old = computeClocks(fir({ occurredAt: ist('2024-05-10T12:00:00'), infoType: 'efir' }), ist('2024-08-01T11:00:00'));
  assert.ok(old.some((s) => s.code === 'efir-signature-3d'));
  // Unknown occurrence changes nothing.
  assert.deepEqual(codes(computeClocks(fir({ occurredAt: null }), FAR)), codes(computeClocks(fir(), FAR)));
});

test('charge sheet: 60 or 90 days by punishment; unknown and "may extend to ten years" take the earlier 60', () => {
  const arrestAt = ist('2024-08-02T10:00:00');
  const limit = (maxYears: number | null, minYears?: number | null): string[] =>
    codes(computeClocks(fir({ maxYears, minYears, events: { firstRemand: arrestAt } }), arrestAt)).filter((c) => c.startsWith('charge-sheet'));
  assert.deepEqual(limit(7), ['charge-sheet-60d']);
  assert.deepEqual(limit(10), ['charge-sheet-60d'], 'up to 10 years without a 10-year minimum: Rajeev Chaudhary');
  assert.deepEqual(limit(14), ['charge-sheet-60d']);
  assert.deepEqual(limit(20, 10), ['charge-sheet-90d'], '10-year minimum');
  assert.deepEqual(limit(10, 10), ['charge-sheet-90d']);
  assert.deepEqual(limit(100), ['charge-sheet-90d'], 'life');
  assert.deepEqual(limit(200), ['charge-sheet-90d'], 'death');
  assert.deepEqual(limit(null), ['charge-sheet-60d'], 'unknown: conservative');
  assert.deepEqual(limit(null, null), ['charge-sheet-60d']);
  assert.deepEqual(limit(1), ['charge-sheet-60d']);
});

test('charge sheet: no remand, no clock (an arrest alone starts none); a complaint has none', () => {
  assert.ok(!computeClocks(fir(), FAR).some((s) => s.code.includes('charge-sheet')));
  // BNSS 187(3) counts the detention the Magistrate authorises: from the first remand, not the arrest.
  assert.ok(!computeClocks(fir({ events: { arrest: ist('2024-08-02T10:00:00') } }), FAR).some((s) => s.code.includes('charge-sheet')));
  assert.ok(!computeClocks(complaint({ events: { firstRemand: ist('2024-08-02T10:00:00') } }), FAR).some((s) => s.code.includes('charge-sheet')));
});

test('charge sheet: counted in IST from the first remand, the day of remand being day 1', () => {
  // 01:00 IST on 11 July is still 10 July in UTC; counting in UTC would be a day early.
  const arrest = ist('2024-07-11T01:00:00');
  assert.equal(arrest.toISOString().slice(0, 10), '2024-07-10');
  const s60 = one(computeClocks(fir({ recordedAt: ist('2024-07-10T20:00:00'), events: { firstRemand: arrest } }), arrest), 'charge-sheet-60d');
  assert.equal(s60.dueDateIst, '2024-09-08'); // 21 days of July + 31 of August + 8 of September
  assert.equal(s60.dueAt.toISOString(), '2024-09-08T18:29:59.999Z');
  assert.equal(s60.startedAt.getTime(), arrest.getTime());

  // Leap day: arrest on 29 February 2028.
  const leap = ist('2028-02-29T16:00:00');
  const facts = (maxYears: number) => fir({ recordedAt: ist('2028-02-28T10:00:00'), maxYears, events: { firstRemand: leap } });
  assert.equal(one(computeClocks(facts(7), leap), 'charge-sheet-60d').dueDateIst, '2028-04-28');
  assert.equal(one(computeClocks(facts(100), leap), 'charge-sheet-90d').dueDateIst, '2028-05-28');
  // Late on 28 Feb 2027 (IST) and in a non-leap year.
  const late = ist('2027-02-28T23:59:00');
  assert.equal(one(computeClocks(fir({ recordedAt: late, events: { firstRemand: late } }), late), 'charge-sheet-60d').dueDateIst, '2027-04-28');
});

test('met, met_late and overdue at the exact boundary; due_soon threshold', () => {
  const arrest = ist('2024-08-01T12:00:00');
  const base = fir({ events: { firstRemand: arrest } });
  const dueAt = one(computeClocks(base, arrest), 'charge-sheet-60d').dueAt;
  assert.equal(dueAt.getTime(), ist('2024-09-29T23:59:59.999').getTime());

  const withFiled = (filed: Date) => fir({ events: { firstRemand: arrest, chargeSheetFiled: filed } });
  const atDue = one(computeClocks(withFiled(dueAt), FAR), 'charge-sheet-60d');
  assert.equal(atDue.status, 'met');
  assert.equal(atDue.metAt?.getTime(), dueAt.getTime());
  assert.equal(one(computeClocks(withFiled(new Date(dueAt.getTime() + MS)), FAR), 'charge-sheet-60d').status, 'met_late');
  assert.equal(one(computeClocks(withFiled(ist('2024-09-30T00:00:00')), FAR), 'charge-sheet-60d').status, 'met_late');

  const at = (now: Date) => one(computeClocks(base, now), 'charge-sheet-60d');
  assert.equal(at(dueAt).status, 'due_soon', 'the last instant is still in time');
  assert.equal(at(dueAt).remainingMs, 0);
  const after = at(new Date(dueAt.getTime() + MS));
  assert.equal(after.status, 'overdue');
  assert.equal(after.remainingMs, -1);

  // 60-day rule warns 10 days ahead.
  const threshold = new Date(dueAt.getTime() - 10 * DAY);
  assert.equal(at(threshold).status, 'due_soon');
  assert.equal(at(new Date(threshold.getTime() - MS)).status, 'running');
  assert.equal(at(arrest).status, 'running');
  assert.equal(at(arrest).remainingMs, dueAt.getTime() - arrest.getTime());

  // A charge sheet filed after `now` has not happened yet as of `now`.
  const future = one(computeClocks(withFiled(ist('2024-09-01T10:00:00')), ist('2024-08-15T10:00:00')), 'charge-sheet-60d');
  assert.equal(future.status, 'running');
  assert.equal(future.metAt, null);
  // Nor has an arrest after `now`.
  assert.ok(!computeClocks(base, new Date(arrest.getTime() - MS)).some((s) => s.code === 'charge-sheet-60d'));
});

test('preliminary enquiry: complaints punishable 3 years or more but less than 7 (BNSS 173(3)), 14 days from receipt', () => {
  const has = (maxYears: number | null) => computeClocks(complaint({ maxYears }), FAR).some((s) => s.code === 'preliminary-enquiry-14d');
  assert.equal(has(3), true, '3 inclusive');
  assert.equal(has(5), true);
  assert.equal(has(6.99), true);
  assert.equal(has(7), false, '"less than seven years": 7 is outside');
  assert.equal(has(2), false);
  assert.equal(has(10), false);
  assert.equal(has(null), false);
  assert.ok(!computeClocks(fir({ maxYears: 5 }), FAR).some((s) => s.code === 'preliminary-enquiry-14d'), 'not for an FIR');
  assert.ok(!computeClocks(complaint({ recordedAt: ist('2024-06-30T23:59:00') }), FAR).some((s) => s.code === 'preliminary-enquiry-14d'), 'no statutory window under the CrPC');

  const received = ist('2024-07-01T09:00:00');
  const s = one(computeClocks(complaint({ recordedAt: received }), received), 'preliminary-enquiry-14d');
  assert.equal(s.dueDateIst, '2024-07-14', 'the day of receipt is day 1 (conservative)');
  assert.equal(s.status, 'running');
  const closed = one(computeClocks(complaint({ recordedAt: received, events: { enquiryClosed: ist('2024-07-14T23:00:00') } }), FAR), 'preliminary-enquiry-14d');
  assert.equal(closed.status, 'met');
  const converted = one(computeClocks(complaint({ recordedAt: received, events: { firRegistered: ist('2024-07-15T00:00:00') } }), FAR), 'preliminary-enquiry-14d');
  assert.equal(converted.status, 'met_late');
  assert.equal(one(computeClocks(complaint({ recordedAt: received }), ist('2024-07-12T00:00:00')), 'preliminary-enquiry-14d').status, 'due_soon');
  assert.equal(one(computeClocks(complaint({ recordedAt: received }), ist('2024-07-11T23:59:59')), 'preliminary-enquiry-14d').status, 'running');
});

test('e-FIR signature: only for infoType efir, 3 days after the day of receipt', () => {
  for (const infoType of ['written', 'oral', 'zero', undefined] as const) {
    assert.ok(!computeClocks(fir({ infoType }), FAR).some((s) => s.code === 'efir-signature-3d'), String(infoType));
  }
  const received = ist('2024-08-01T23:30:00');
  const facts = fir({ recordedAt: received, infoType: 'efir' });
  const s = one(computeClocks(facts, received), 'efir-signature-3d');
  assert.equal(s.dueDateIst, '2024-08-04');
  assert.equal(s.dueAt.toISOString(), '2024-08-04T18:29:59.999Z');
  // Due-soon one day (24 h) before the last instant.
  assert.equal(one(computeClocks(facts, ist('2024-08-03T23:59:59.998')), 'efir-signature-3d').status, 'running');
  assert.equal(one(computeClocks(facts, ist('2024-08-03T23:59:59.999')), 'efir-signature-3d').status, 'due_soon');
  assert.equal(one(computeClocks(facts, ist('2024-08-05T00:00:00')), 'efir-signature-3d').status, 'overdue');
  const signed = fir({ recordedAt: received, infoType: 'efir', events: { efirSigned: ist('2024-08-02T11:00:00') } });
  assert.equal(one(computeClocks(signed, FAR), 'efir-signature-3d').status, 'met');
  // Also on a complaint received electronically; never before the BNSS.
  assert.ok(computeClocks(complaint({ infoType: 'efir' }), FAR).some((s) => s.code === 'efir-signature-3d'));
  assert.ok(!computeClocks(fir({ recordedAt: ist('2024-06-30T10:00:00'), infoType: 'efir' }), FAR).some((s) => s.code === 'efir-signature-3d'));
});

test('public upload within 24 hours, never for sensitive FIRs; under the CrPC too', () => {
  const registered = ist('2024-08-01T10:00:00');
  const s = one(computeClocks(fir({ recordedAt: registered }), registered), 'fir-public-upload-24h');
  assert.equal(s.dueAt.getTime(), registered.getTime() + 24 * HOUR);
  assert.equal(s.dueDateIst, '2024-08-02');
  assert.equal(s.status, 'running');
  assert.equal(one(computeClocks(fir({ recordedAt: registered }), ist('2024-08-02T04:00:00')), 'fir-public-upload-24h').status, 'due_soon');
  assert.equal(one(computeClocks(fir({ recordedAt: registered }), ist('2024-08-02T03:59:59.999')), 'fir-public-upload-24h').status, 'running');
  const up = (at: Date) => one(computeClocks(fir({ recordedAt: registered, events: { publicUploaded: at } }), FAR), 'fir-public-upload-24h').status;
  assert.equal(up(ist('2024-08-02T10:00:00')), 'met');
  assert.equal(up(ist('2024-08-02T10:00:00.001')), 'met_late');
  assert.equal(one(computeClocks(fir({ recordedAt: registered }), ist('2024-08-02T10:00:00.001')), 'fir-public-upload-24h').status, 'overdue');

  assert.ok(!computeClocks(fir({ sensitive: true }), FAR).some((s) => s.code === 'fir-public-upload-24h'));
  for (const category of ['rape', 'pocso', 'terrorism', 'insurgency']) {
    assert.ok(!computeClocks(fir({ categories: [category] }), FAR).some((s) => s.code === 'fir-public-upload-24h'), category);
  }
  assert.ok(!computeClocks(complaint(), FAR).some((s) => s.code === 'fir-public-upload-24h'));
  assert.ok(computeClocks(fir({ recordedAt: ist('2020-03-01T10:00:00') }), FAR).some((s) => s.code === 'fir-public-upload-24h'));
  assert.ok(!computeClocks(fir({ recordedAt: ist('2016-11-14T23:00:00') }), FAR).some((s) => s.code === 'fir-public-upload-24h'));
});

test('rape and POCSO: 2 calendar months from the day the information was recorded, clamped to the month end', () => {
  const due = (recorded: string, categories: string[]) =>
    computeClocks(fir({ recordedAt: ist(recorded), categories, sensitive: true }), ist(recorded))
      .filter((s) => s.code.endsWith('-2m'))
      .map((s) => `${s.code} ${s.dueDateIst}`);
  // CrPC era: 31 Dec 2023 + 2 months = 29 Feb 2024 (leap year).
  assert.deepEqual(due('2023-12-31T10:00:00', ['rape']), ['crpc-rape-investigation-2m 2024-02-29']);
  assert.deepEqual(due('2024-07-31T10:00:00', ['rape']), ['sexual-offence-investigation-2m 2024-09-30']);
  assert.deepEqual(due('2024-12-31T10:00:00', ['pocso']), ['sexual-offence-investigation-2m 2025-02-28']);
  assert.deepEqual(due('2025-01-31T10:00:00', ['pocso']), ['sexual-offence-investigation-2m 2025-03-31']);
  assert.deepEqual(due('2027-12-30T10:00:00', ['rape']), ['sexual-offence-investigation-2m 2028-02-29']);
  assert.deepEqual(due('2024-08-15T00:05:00', ['rape', 'pocso']), ['sexual-offence-investigation-2m 2024-10-15']);
  // 00:05 IST on 15 Aug is 14 Aug in UTC: the IST date counts.
  assert.deepEqual(due('2024-08-15T00:05:00', ['rape']), ['sexual-offence-investigation-2m 2024-10-15']);

  // POCSO alone had no CrPC limit; 173(1A) began on 21 April 2018.
  assert.deepEqual(due('2023-12-31T10:00:00', ['pocso']), []);
  assert.deepEqual(due('2018-04-20T10:00:00', ['rape']), []);
  assert.deepEqual(due('2018-04-21T00:00:00', ['rape']), ['crpc-rape-investigation-2m 2018-06-21']);
  assert.deepEqual(due('2024-08-01T10:00:00', ['theft']), []);

  const done = fir({ categories: ['pocso'], sensitive: true, events: { chargeSheetFiled: ist('2024-10-01T18:00:00') } });
  assert.equal(one(computeClocks(done, FAR), 'sexual-offence-investigation-2m').status, 'met');
});

test('progress to the informant or victim within 90 days of the FIR', () => {
  const recorded = ist('2024-08-01T10:00:00');
  const s = one(computeClocks(fir({ recordedAt: recorded }), recorded), 'victim-progress-90d');
  assert.equal(s.dueDateIst, '2024-10-29'); // 1 Aug is day 1
  const informed = fir({ recordedAt: recorded, events: { victimInformed: ist('2024-10-30T09:00:00') } });
  assert.equal(one(computeClocks(informed, FAR), 'victim-progress-90d').status, 'met_late');
  assert.ok(!computeClocks(complaint(), FAR).some((x) => x.code === 'victim-progress-90d'));
  assert.ok(!computeClocks(fir({ recordedAt: ist('2024-06-01T10:00:00') }), FAR).some((x) => x.code === 'victim-progress-90d'));
});

test('inquest report (BNSS 194(2)): 24 hours from the information, met when forwarded; only for unnatural deaths, none under the CrPC', () => {
  const rules = loadClockRules();
  const at = (informedAt: string, forwarded: string | null, now: string) =>
    computeWith(udClockFacts({ informedAt, inquestForwardedAt: forwarded }), new Date(now), rules).map((c) => [c.code, c.status, c.dueAt.toISOString()]);
  assert.deepEqual(at('2026-07-01T02:30:00Z', null, '2026-07-01T12:00:00Z'), [['inquest-report-24h', 'running', '2026-07-02T02:30:00.000Z']]);
  assert.deepEqual(at('2026-07-01T02:30:00Z', null, '2026-07-01T21:00:00Z')[0]![1], 'due_soon');
  assert.deepEqual(at('2026-07-01T02:30:00Z', null, '2026-07-02T02:30:00.001Z')[0]![1], 'overdue');
  assert.deepEqual(at('2026-07-01T02:30:00Z', '2026-07-02T02:30:00Z', '2026-07-03T00:00:00Z')[0]![1], 'met', 'forwarded at the last instant');
  assert.deepEqual(at('2026-07-01T02:30:00Z', '2026-07-02T03:00:00Z', '2026-07-03T00:00:00Z')[0]![1], 'met_late');
  assert.deepEqual(at('2024-06-20T02:30:00Z', null, '2024-06-25T00:00:00Z'), [], 'CrPC 174 set no time');
  const fir: ClockFacts = { recordKind: 'fir', recordedAt: new Date('2026-07-01T02:30:00Z'), occurredAt: null, maxYears: 3, sensitive: false, categories: [], events: {} };
  assert.ok(!computeWith(fir, new Date('2026-07-01T03:00:00Z'), rules).some((c) => c.code === 'inquest-report-24h'), 'an FIR has no inquest clock');
});

test('unclaimed property (BNSS 503(2)): six calendar months from the proclamation, excluding its day; met by a return or disposal; none before the proclamation', () => {
  const rules = loadClockRules();
  const at = (f: { proclaimedOn: string | null; claimedAt?: string; disposedAt?: string }, now: string) =>
    computeWith(foundClockFacts({ receivedAt: '2026-07-01T02:30:00Z', claimedAt: null, disposedAt: null, ...f }), new Date(now), rules).map((c) => [c.code, c.status, c.dueDateIst]);
  assert.deepEqual(at({ proclaimedOn: null }, '2027-06-01T00:00:00Z'), [], 'no proclamation, no claim period');
  assert.deepEqual(at({ proclaimedOn: '2026-07-02' }, '2026-08-01T00:00:00Z'), [['unclaimed-property-claim-6m', 'running', '2027-01-02']]);
  assert.equal(at({ proclaimedOn: '2026-07-02' }, '2026-12-25T00:00:00Z')[0]![1], 'due_soon');
  assert.equal(at({ proclaimedOn: '2026-07-02' }, '2027-01-03T00:00:00Z')[0]![1], 'overdue', 'ended unclaimed: the s. 504 order may be sought');
  assert.equal(at({ proclaimedOn: '2026-07-02', claimedAt: '2026-09-01T05:00:00Z' }, '2027-01-03T00:00:00Z')[0]![1], 'met');
  assert.equal(at({ proclaimedOn: '2026-07-02', disposedAt: '2027-01-04T05:00:00Z' }, '2027-02-01T00:00:00Z')[0]![1], 'met_late');
  const fir: ClockFacts = {
    recordKind: 'fir',
    recordedAt: new Date('2026-07-01T02:30:00Z'),
    occurredAt: null,
    maxYears: 3,
    sensitive: false,
    categories: [],
    events: { proclaimed: new Date('2026-07-02T00:00:00Z') },
  };
  assert.ok(!computeWith(fir, new Date('2026-08-01T00:00:00Z'), rules).some((c) => c.code === 'unclaimed-property-claim-6m'), 'only for found property');
});

test('clocks come soonest first and clockSummary counts them by status', () => {
  const recorded = ist('2024-08-01T10:00:00');
  const facts = fir({
    recordedAt: recorded,
    infoType: 'efir',
    events: { firstRemand: ist('2024-08-02T10:00:00'), efirSigned: ist('2024-08-01T12:00:00') },
  });
  const states = computeClocks(facts, ist('2024-08-02T12:00:00'));
  assert.deepEqual(
    states.map((s) => `${s.code}:${s.status}`),
    ['fir-public-upload-24h:overdue', 'forensic-team-visit:overdue', 'efir-signature-3d:met', 'charge-sheet-60d:running', 'victim-progress-90d:running'],
  );
  assert.deepEqual(clockSummary(states), { running: 2, due_soon: 0, overdue: 2, met: 1, met_late: 0, total: 5 });
  assert.deepEqual(clockSummary([]), { running: 0, due_soon: 0, overdue: 0, met: 0, met_late: 0, total: 0 });
});

test('the condition language, appliesBy occurredAt and validation, with rules given in code', () => {
  const rules = parseClockRules({
    version: 't',
    sources: [],
    rules: [
      {
        code: 'x-by-occurrence',
        titleEn: 'X',
        titleHi: 'एक्स',
        legalRef: 'Test',
        appliesUntil: '2024-07-01T00:00:00+05:30',
        appliesBy: 'occurredAt',
        startEvent: 'recorded',
        duration: { hours: 1 },
        counting: 'hours',
        dueSoonBefore: { hours: 0 },
        condition: { all: [{ anyCategory: ['a', 'b'] }, { not: { sensitive: true } }], any: [{ maxYears: { lt: 3 } }, { minYears: { gte: 1, unknown: true } }] },
        metBy: 'done',
        notes: 'n',
      },
    ],
  });
  const run = (over: Partial<ClockFacts>) => computeClocks(fir({ categories: ['b'], maxYears: 1, ...over }), FAR, rules).length;
  assert.equal(run({ occurredAt: ist('2024-06-30T23:00:00') }), 1, 'occurred before: applies although recorded after');
  assert.equal(run({ occurredAt: ist('2024-07-01T00:00:00') }), 0);
  assert.equal(run({ occurredAt: null, recordedAt: ist('2024-06-01T00:00:00') }), 1, 'unknown occurrence falls back to recordedAt');
  assert.equal(run({ occurredAt: null }), 0);
  const old = { occurredAt: ist('2024-06-01T00:00:00') };
  assert.equal(run({ ...old, categories: ['c'] }), 0);
  assert.equal(run({ ...old, sensitive: true }), 0);
  assert.equal(run({ ...old, maxYears: 5 }), 1, 'minYears unknown → true');
  assert.equal(run({ ...old, maxYears: 5, minYears: 0 }), 0);
  assert.equal(run({ ...old, maxYears: null, minYears: 0 }), 0, 'maxYears unknown → false by default');
  const st = computeClocks(fir({ ...old, categories: ['a'], events: { done: ist('2024-08-01T10:30:00') } }), FAR, rules)[0];
  assert.equal(st?.status, 'met');
  assert.equal(st?.dueAt.getTime(), ist('2024-08-01T11:00:00').getTime());

  const valid = loadClockRules();
  const raw = () =>
    JSON.parse(
      JSON.stringify({
        version: 'v',
        sources: [],
        rules: [
          {
            code: 'r',
            titleEn: 'R',
            titleHi: 'आर',
            legalRef: 'L',
            appliesBy: 'recordedAt',
            startEvent: 'recorded',
            duration: { days: 3 },
            counting: 'calendar-days-excluding-first',
            dueSoonBefore: { days: 1 },
            condition: {},
            metBy: ['x'],
            notes: 'n',
          },
        ],
      }),
    ) as { rules: Record<string, unknown>[] };
  assert.ok(valid.rules.length > 0);
  assert.doesNotThrow(() => parseClockRules(raw()));
  const bad = (mutate: (r: Record<string, unknown>, doc: { rules: Record<string, unknown>[] }) => void) => {
    const doc = raw();
    mutate(doc.rules[0]!, doc);
    assert.throws(() => parseClockRules(doc), /statutory clock rules are invalid/);
  };
  bad((r) => (r.counting = 'hours'));
  bad((r) => (r.duration = { days: 3, hours: 2 }));
  bad((r) => (r.dueSoonBefore = {}));
  bad((r) => (r.condition = { maxYear: { gte: 3 } }));
  bad((r) => (r.condition = { maxYears: {} }));
  bad((r) => (r.appliesFrom = '2024-07-01'));
  bad((r) => ((r.appliesFrom = '2024-07-01T00:00:00+05:30'), (r.appliesUntil = '2024-07-01T00:00:00+05:30')));
  bad((r) => (r.code = 'Bad Code'));
  bad((_r, doc) => doc.rules.push({ ...doc.rules[0]! }));
});

test('results do not depend on the machine time zone', () => {
  const original = process.env.TZ;
  const facts = fir({
    recordedAt: ist('2024-07-01T00:10:00'),
    infoType: 'efir',
    categories: ['pocso'],
    events: { firstRemand: ist('2028-02-29T01:00:00') },
  });
  const snapshot = () => JSON.stringify(computeClocks(facts, ist('2028-03-01T05:00:00')));
  try {
    const results = ['UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'].map((tz) => {
      process.env.TZ = tz;
      return { snapshot: snapshot(), localHour: new Date(0).getHours() };
    });
    assert.ok(new Set(results.map((r) => r.localHour)).size > 1, 'the machine zone really changed');
    for (const r of results) assert.equal(r.snapshot, results[0]!.snapshot);
  } finally {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  }
});

test('production before a Magistrate: 24 hours from the arrest (journey time unknown to the clock), met by production or release', () => {
  const arrest = ist('2024-08-02T22:30:00');
  const s = one(computeClocks(fir({ events: { arrest } }), arrest), 'production-before-magistrate-24h');
  assert.equal(s.dueAt.getTime(), arrest.getTime() + 24 * HOUR);
  assert.equal(one(computeClocks(fir({ events: { arrest } }), new Date(arrest.getTime() + 24 * HOUR + MS)), 'production-before-magistrate-24h').status, 'overdue');
  const produced = (at: Date) => one(computeClocks(fir({ events: { arrest, producedBeforeMagistrate: at } }), FAR), 'production-before-magistrate-24h').status;
  assert.equal(produced(new Date(arrest.getTime() + 24 * HOUR)), 'met');
  assert.equal(produced(new Date(arrest.getTime() + 24 * HOUR + MS)), 'met_late');
  assert.equal(one(computeClocks(fir({ events: { arrest, releasedFromPoliceCustody: ist('2024-08-03T09:00:00') } }), FAR), 'production-before-magistrate-24h').status, 'met');
  const crpc = ist('2024-06-20T10:00:00');
  assert.deepEqual(
    codes(computeClocks(fir({ recordedAt: crpc, events: { arrest: crpc } }), FAR)).filter((c) => c.includes('production')),
    ['crpc-production-before-magistrate-24h'],
  );
});

test('forensic visit: a duty for offences punishable with seven years or more (7 included, unknown shown), met by a recorded visit', () => {
  const has = (maxYears: number | null) => computeClocks(fir({ maxYears }), FAR).some((s) => s.code === 'forensic-team-visit');
  assert.equal(has(7), true);
  assert.equal(has(6), false);
  assert.equal(has(100), true);
  assert.equal(has(null), true);
  assert.equal(one(computeClocks(fir({ events: { forensicVisit: ist('2024-08-01T18:00:00') } }), FAR), 'forensic-team-visit').status, 'met');
  assert.ok(!computeClocks(fir({ recordedAt: ist('2024-06-30T10:00:00') }), FAR).some((s) => s.code === 'forensic-team-visit'), 'not before the BNSS');
});

test('property statement 14 days from production (day of production excluded), then the disposal order within 30 days', () => {
  const produced = ist('2024-09-10T15:00:00');
  const st = one(computeClocks(fir({ events: { propertyProduced: produced } }), produced), 'property-statement-14d');
  assert.equal(st.dueDateIst, '2024-09-24');
  assert.ok(!computeClocks(fir({ events: { propertyProduced: produced } }), FAR).some((s) => s.code === 'property-disposal-order-30d'));
  const prepared = ist('2024-09-20T11:00:00');
  const states = computeClocks(fir({ events: { propertyProduced: produced, propertyStatementPrepared: prepared } }), prepared);
  assert.equal(one(states, 'property-statement-14d').status, 'met');
  assert.equal(one(states, 'property-disposal-order-30d').dueDateIst, '2024-10-20');
});
