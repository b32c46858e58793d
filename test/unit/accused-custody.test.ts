/** Where an accused stands, their own clock events, and who may be displayed on a list of arrested persons (BNSS 37). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accusedClockFacts, accusedEvents, accusedStatus, ageOnDate, caseArrestEvents, displayable, perAccusedRules, type ArrestFact } from '../../src/domain/accused-custody.js';
import type { ClockFacts } from '../../src/domain/clocks.js';
import { loadClockRules } from '../../src/records/clock-rules.js';

const ist = (s: string) => new Date(`${s}+05:30`);
const arrest = (at: string, over: Partial<ArrestFact> = {}): ArrestFact => ({ kind: 'arrest', at: ist(at), releasedAt: null, producedAt: null, ...over });
const period = (kind: 'police' | 'judicial' | 'bail', from: string, until: string | null, byCourt = true) => ({ kind, from: ist(from), until: until ? ist(until) : null, byCourt });

test('never displayed: a child on the arrest date, a person of unknown age, a protected person', () => {
  assert.equal(displayable({ ageAtArrest: 17, juvenile: false, protectedPerson: false }), false);
  assert.equal(displayable({ ageAtArrest: null, juvenile: false, protectedPerson: false }), false);
  assert.equal(displayable({ ageAtArrest: 30, juvenile: true, protectedPerson: false }), false, 'flagged a juvenile on record');
  assert.equal(displayable({ ageAtArrest: 30, juvenile: false, protectedPerson: true }), false);
  assert.equal(displayable({ ageAtArrest: 18, juvenile: false, protectedPerson: false }), true);
});

test('age on the arrest date: from the birth date, else the recorded age plus whole years since — the youngest possible', () => {
  assert.equal(ageOnDate({ birthDate: '2008-07-02', recordedAt: ist('2020-01-01T00:00:00') }, ist('2026-07-01T12:00:00')), 17, 'the day before the 18th birthday');
  assert.equal(ageOnDate({ birthDate: '2008-07-02', recordedAt: ist('2020-01-01T00:00:00') }, ist('2026-07-02T12:00:00')), 18);
  assert.equal(ageOnDate({ age: 17, recordedAt: ist('2026-01-01T00:00:00') }, ist('2026-12-31T00:00:00')), 17, 'less than a year later: still counted 17');
  assert.equal(ageOnDate({ age: 16, recordedAt: ist('2024-01-01T00:00:00') }, ist('2026-06-01T00:00:00')), 18);
  assert.equal(ageOnDate({ recordedAt: ist('2026-01-01T00:00:00') }, ist('2026-06-01T00:00:00')), null);
});

test('status from the latest memo and the court orders in force', () => {
  const now = ist('2026-07-05T12:00:00');
  assert.equal(accusedStatus(null, [], now), 'not_arrested');
  assert.equal(accusedStatus(arrest('2026-07-01T10:00:00'), [], now), 'arrested');
  assert.equal(accusedStatus(arrest('2026-07-01T10:00:00'), [period('police', '2026-07-02T10:00:00', '2026-07-07T10:00:00')], now), 'police_custody');
  assert.equal(
    accusedStatus(arrest('2026-07-01T10:00:00'), [period('police', '2026-07-02T10:00:00', '2026-07-04T10:00:00'), period('judicial', '2026-07-04T10:00:00', null)], now),
    'judicial_custody',
  );
  assert.equal(accusedStatus(arrest('2026-07-01T10:00:00'), [period('judicial', '2026-07-02T10:00:00', '2026-07-03T10:00:00'), period('bail', '2026-07-03T10:00:00', null)], now), 'on_bail');
});

test("an accused's events: production by the record or the first court order after the arrest; a police bail releases; first remand", () => {
  const a = arrest('2026-07-01T10:00:00');
  assert.deepEqual(accusedEvents([a], []), { arrest: a.at });
  assert.equal(accusedEvents([a], [period('judicial', '2026-07-02T09:00:00', null)]).producedBeforeMagistrate?.getTime(), ist('2026-07-02T09:00:00').getTime());
  assert.equal(
    accusedEvents([{ ...a, producedAt: ist('2026-07-01T20:00:00') }], [period('judicial', '2026-07-02T09:00:00', null)]).producedBeforeMagistrate?.getTime(),
    ist('2026-07-01T20:00:00').getTime(),
  );
  assert.equal(accusedEvents([{ ...a, releasedAt: a.at }], [period('bail', '2026-07-01T10:00:00', null, false)]).producedBeforeMagistrate, undefined, 'a police bail is no production');
  assert.equal(accusedEvents([{ ...a, kind: 'surrender' }], [period('judicial', '2026-07-01T10:00:00', null)]).arrest, undefined, 'a surrender starts no production clock');
  assert.equal(accusedEvents([{ ...a, kind: 'surrender' }], [period('judicial', '2026-07-01T10:00:00', null)]).firstRemand?.getTime(), a.at.getTime());
});

test("the case's events: its first arrest (a bare GD arrest when earlier) with that arrest's production, the earliest first remand", () => {
  const x = { arrests: [arrest('2026-07-01T10:00:00', { producedAt: ist('2026-07-01T18:00:00') })], periods: [period('judicial', '2026-07-03T10:00:00', null)] };
  const y = { arrests: [arrest('2026-07-02T10:00:00')], periods: [period('police', '2026-07-02T16:00:00', '2026-07-04T16:00:00')] };
  const e = caseArrestEvents(undefined, [y, x]);
  assert.equal(e.arrest?.getTime(), ist('2026-07-01T10:00:00').getTime());
  assert.equal(e.producedBeforeMagistrate?.getTime(), ist('2026-07-01T18:00:00').getTime());
  assert.equal(e.firstRemand?.getTime(), ist('2026-07-02T16:00:00').getTime());
  const gd = caseArrestEvents(ist('2026-06-30T09:00:00'), [x]);
  assert.equal(gd.arrest?.getTime(), ist('2026-06-30T09:00:00').getTime());
  assert.equal(gd.producedBeforeMagistrate, undefined, 'a GD arrest without a memo has no production on record');
});

test("an accused's clocks use the case's facts but never the case's arrest events", () => {
  const caseFacts: ClockFacts = {
    recordKind: 'fir',
    recordedAt: ist('2026-07-01T09:00:00'),
    occurredAt: null,
    maxYears: 7,
    sensitive: false,
    categories: [],
    events: { arrest: ist('2026-07-01T09:30:00'), producedBeforeMagistrate: ist('2026-07-01T12:00:00'), chargeSheetFiled: ist('2026-08-01T12:00:00') },
  };
  const facts = accusedClockFacts(caseFacts, [arrest('2026-07-02T10:00:00')], [period('judicial', '2026-07-03T10:00:00', null)]);
  assert.equal(facts.events.arrest?.getTime(), ist('2026-07-02T10:00:00').getTime());
  assert.equal(facts.events.producedBeforeMagistrate?.getTime(), ist('2026-07-03T10:00:00').getTime(), 'by the remand order, not the other accused’s production');
  assert.equal(facts.events.chargeSheetFiled?.getTime(), ist('2026-08-01T12:00:00').getTime(), 'the charge sheet is the case’s');
  const perAccused = perAccusedRules(loadClockRules());
  assert.ok(perAccused.rules.length >= 4 && perAccused.rules.every((r) => r.startEvent === 'arrest' || r.startEvent === 'firstRemand'));
});
