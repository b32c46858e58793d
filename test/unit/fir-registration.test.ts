import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { firPersons, firRegistration, IO_ASSIGNED_BY_SHO, personEntries, resolveSections, type FirRegistrationFacts } from '../../src/domain/fir-registration.js';
import type { LawSection } from '../../src/domain/law.js';
import { firInput, type FirInput } from '../../src/domain/schemas/fir.js';
import { person, theftFir } from '../support/fir-bodies.js';

const section = (act: string, s: string, extra: Partial<LawSection> = {}): LawSection => ({
  act,
  section: s,
  title: `${act} ${s}`,
  titleHi: null,
  chapter: null,
  maxPunishment: '3 years',
  maxYears: 3,
  cognizable: 'yes',
  bailable: 'no',
  triableBy: null,
  equivalents: [],
  sensitive: false,
  crimeHead: 'Theft',
  version: 1,
  source: 'test',
  ...extra,
});

const THEFT = section('BNS', '303(2)', { maxYears: 5, crimeHead: 'Theft', equivalents: [{ act: 'IPC', section: '379' }] });
const HURT = section('BNS', '115(2)', { maxYears: 1, crimeHead: 'Hurt' });
const now = new Date('2026-07-01T06:00:00Z');
const input = (overrides: Record<string, unknown> = {}): FirInput => firInput.parse(theftFir(overrides));
const facts = (extra: Partial<FirRegistrationFacts> = {}): FirRegistrationFacts => ({
  stationCode: 'MH-PUN-PS01',
  linkProblems: [],
  sections: [THEFT, HURT],
  ioMayInvestigate: null,
  mayAssignIo: true,
  jurisdiction: null,
  gdEntry: null,
  ...extra,
});
const problems = (i: FirInput, f = facts()) => firRegistration(i, f, now).problems;

describe('FIR registration: the one rule', () => {
  test('a sound FIR passes, with the law, principal offence, crime head and sensitivity derived', () => {
    const r = firRegistration(input(), facts(), now);
    assert.deepEqual(r.problems, []);
    assert.ok(r.derived);
    assert.deepEqual(r.derived, { lawCode: 'BNS', principal: { act: 'BNS', section: '303(2)' }, crimeHead: 'Theft', maxYears: 5, sensitive: false });
    assert.ok('registeredAt' in r && r.registeredAt.getTime() === now.getTime(), 'registered now when no time is given');
  });

  test('a registration time in the past needs its GD entry', () => {
    assert.deepEqual(problems(input({ registeredAt: '2026-07-01T10:00:00+05:30' })), [
      { path: 'gdEntryId', message: 'a registration time in the past needs the GD entry that recorded the information' },
    ]);
  });

  test('occurrence times against the registration time', () => {
    assert.deepEqual(
      problems(input({ occurredFrom: '2026-07-01T12:00:00+05:30', occurredTo: undefined, infoReceivedAt: '2026-07-01T11:00:00+05:30' })).map((e) => e.path),
      ['occurredFrom', 'infoReceivedAt'],
    );
    assert.deepEqual(problems(input({ registeredAt: '2026-07-01T12:00:00+05:30', gdEntryId: '01900000-0000-7000-8000-000000000001' })), [{ path: 'registeredAt', message: 'cannot be in the future' }]);
  });

  test('an e-FIR is information received electronically', () => {
    assert.deepEqual(problems(input({ origin: 'efir', infoType: 'written' })), [{ path: 'infoType', message: 'an e-FIR is information received electronically' }]);
    assert.deepEqual(problems(input({ origin: 'efir', infoType: 'electronic' })), []);
  });

  test('only a zero FIR names another station, and that must be a police station', () => {
    assert.deepEqual(problems(input({ jurisdictionStationCode: 'MH-NSK-PS01' }), facts({ jurisdiction: { kind: 'police_station' } })), [
      { path: 'jurisdictionStationCode', message: 'only a zero FIR names another station' },
    ]);
    const zero = input({ origin: 'zero', jurisdictionStationCode: 'MH-NSK' });
    assert.deepEqual(problems(zero, facts({ jurisdiction: { kind: 'district' } })), [{ path: 'jurisdictionStationCode', message: 'MH-NSK is not a police station' }]);
    assert.deepEqual(problems(zero, facts({ jurisdiction: null })), [{ path: 'jurisdictionStationCode', message: 'MH-NSK is not a police station' }]);
    assert.deepEqual(problems(zero, facts({ jurisdiction: { kind: 'police_station' } })), []);
    assert.deepEqual(problems(input({ origin: 'zero' })), [], 'a zero FIR may leave the station unknown');
  });

  test('sections: in the catalogue, listed once, of the code in force when the offence occurred', () => {
    assert.deepEqual(problems(input(), facts({ sections: [THEFT, null] })), [{ path: 'sections.1', message: 'BNS 115(2) is not in the law catalogue' }]);
    const twice = input({
      sections: [
        { act: 'BNS', section: '303(2)' },
        { act: 'BNS', section: '303(2)' },
      ],
    });
    assert.deepEqual(problems(twice, facts({ sections: [THEFT, THEFT] })), [{ path: 'sections.1', message: 'BNS 303(2) is listed twice' }]);
    const before = input({ occurredFrom: '2024-06-01T01:00:00+05:30', occurredTo: undefined, infoReceivedAt: '2024-06-01T09:00:00+05:30', sections: [{ act: 'BNS', section: '303(2)' }] });
    assert.deepEqual(problems(before, facts({ sections: [THEFT] })), [
      { path: 'sections.0', message: 'BNS 303(2) does not apply: the offence occurred before 1 July 2024, so the IPC applies (use IPC 379)' },
    ]);
    const r = resolveSections([{ act: 'IPC', section: '376' }], [section('IPC', '376', { sensitive: true, maxYears: 100 })], new Date('2024-01-01T00:00:00Z'), 'x');
    assert.deepEqual(r.derived && { lawCode: r.derived.lawCode, sensitive: r.derived.sensitive }, { lawCode: 'IPC', sensitive: true }, 'a sexual offence makes the FIR sensitive');
  });

  test('the IO must be one the policy lets investigate at the station', () => {
    const withIo = input({ ioUserId: '01900000-0000-7000-8000-000000000002' });
    assert.deepEqual(problems(withIo, facts({ ioMayInvestigate: false })), [{ path: 'ioUserId', message: 'must be an active investigating officer or SHO of this station' }]);
    // Only the SHO names the IO (case.assign): anyone else registering is told to leave it empty.
    assert.deepEqual(problems(withIo, facts({ ioMayInvestigate: true, mayAssignIo: false })), [{ path: 'ioUserId', message: IO_ASSIGNED_BY_SHO }]);
    assert.deepEqual(problems(withIo, facts({ ioMayInvestigate: true, mayAssignIo: true })), []);
    assert.deepEqual(problems(withIo, facts({ ioMayInvestigate: true })), []);
  });

  test('what record access found wrong with the links is reported as it found it', () => {
    const linkProblems = [{ path: 'victims.0.personId', message: 'there is no person with this id that you may link' }];
    assert.deepEqual(problems(input(), facts({ linkProblems })), linkProblems);
  });

  test('the GD entry: of this station, and not after the registration', () => {
    const gdEntryId = '01900000-0000-7000-8000-000000000003';
    const entry = { stationCode: 'MH-PUN-PS01', entryAt: '2026-07-01T05:00:00Z', entryNo: 7, gdDate: '2026-07-01' };
    assert.deepEqual(problems(input({ gdEntryId }), facts({ gdEntry: null })), [{ path: 'gdEntryId', message: 'is not a GD entry of this station' }]);
    assert.deepEqual(problems(input({ gdEntryId }), facts({ gdEntry: { ...entry, stationCode: 'MH-NSK-PS01' } })), [{ path: 'gdEntryId', message: 'is not a GD entry of this station' }]);
    assert.deepEqual(problems(input({ gdEntryId }), facts({ gdEntry: entry })), []);
    assert.deepEqual(problems(input({ gdEntryId, registeredAt: '2026-07-01T10:00:00+05:30' }), facts({ gdEntry: entry })), [
      { path: 'registeredAt', message: 'the FIR cannot be registered before its GD entry (No. 7 of 2026-07-01)' },
    ]);
  });

  test('problems are reported a group at a time, the form first, as registration always has', () => {
    const bad = input({ origin: 'efir', infoType: 'written', ioUserId: '01900000-0000-7000-8000-000000000002' });
    assert.deepEqual(
      problems(bad, facts({ sections: [null, null], ioMayInvestigate: false })).map((e) => e.path),
      ['infoType'],
    );
    assert.deepEqual(
      problems(input({ ioUserId: '01900000-0000-7000-8000-000000000002' }), facts({ sections: [null, HURT], ioMayInvestigate: false })).map((e) => e.path),
      ['sections.0'],
    );
  });

  test('the persons of the content: each once per role, new ones by the ids they were given', () => {
    const existing = '01900000-0000-7000-8000-000000000004';
    const i = input({ victims: [{ personId: existing }, { personId: existing }], witnesses: [person('Anil Shinde')] });
    assert.deepEqual(firPersons(personEntries(i), ['new-1', 'new-2']), [
      { personId: 'new-1', role: 'complainant' },
      { personId: existing, role: 'victim' },
      { personId: 'new-2', role: 'witness' },
    ]);
  });
});
