import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignableRoles, createsAccounts, decide, decideWrite, mayInvestigateAt, mayReadAlert, mayUnmask, type NodeWriteFacts, type Principal } from '../../src/access/policy.js';
import { ACTIONS, ROLES } from '../../src/domain/roles.js';

const sho: Principal = { userId: 'u1', username: 'sho', role: 'station_house_officer', unitCode: 'MH-PUN-PS01', unitPath: '/IN/MH/MH-PUN/MH-PUN-SD1/MH-PUN-PS01/' };
const admin: Principal = { userId: 'u2', username: 'adm', role: 'administrator', unitCode: 'MH', unitPath: '/IN/MH/' };
const inStation = '/IN/MH/MH-PUN/MH-PUN-SD1/MH-PUN-PS01/';
const otherStation = '/IN/MH/MH-NSK/MH-NSK-SD1/MH-NSK-PS01/';

describe('policy', () => {
  test('SHO manages writers and IOs of the own station only', () => {
    assert.equal(decide(sho, 'user.create', { unitPath: inStation, role: 'station_writer' }).allowed, true);
    assert.equal(decide(sho, 'user.create', { unitPath: inStation, role: 'investigating_officer' }).allowed, true);
    assert.equal(decide(sho, 'user.create', { unitPath: inStation, role: 'station_house_officer' }).allowed, false);
    assert.equal(decide(sho, 'user.create', { unitPath: inStation, role: 'administrator' }).allowed, false);
    const out = decide(sho, 'user.create', { unitPath: otherStation, role: 'station_writer' });
    assert.equal(out.allowed, false);
    assert.match((out as { reason: string }).reason, /outside your jurisdiction/);
  });

  test('a path prefix that is not an ancestor does not count as inside', () => {
    const p: Principal = { ...admin, unitPath: '/IN/MH/MH-PUN/' };
    assert.equal(decide(p, 'user.read', { unitPath: '/IN/MH/MH-PUNE/' }).allowed, false);
  });

  test('nobody disables or resets their own account through administration', () => {
    assert.equal(decide(admin, 'user.disable', { unitPath: '/IN/MH/', role: 'administrator', userId: 'u2' }).allowed, false);
    assert.equal(decide(admin, 'user.disable', { unitPath: '/IN/MH/', role: 'administrator', userId: 'u3' }).allowed, true);
  });

  test('fails closed on unknown roles, missing facts and roles without the action', () => {
    for (const action of ACTIONS) {
      assert.equal(decide({ ...admin, role: 'superuser' }, action, { unitPath: '/IN/MH/' }).allowed, false);
      assert.equal(decide(admin, action, { unitPath: '' }).allowed, false);
      assert.equal(decide({ ...admin, unitPath: '' }, action, { unitPath: '/IN/MH/' }).allowed, false);
    }
    assert.equal(decide(admin, 'user.create', { unitPath: '/IN/MH/' }).allowed, false, 'no target role');
    assert.equal(decide(admin, 'user.create', { unitPath: '/IN/MH/', role: 'wizard' }).allowed, false);
    for (const role of ['station_writer', 'investigating_officer', 'forensic_analyst', 'fingerprint_expert', 'control_room_operator'] as const) {
      assert.equal(decide({ ...sho, role }, 'user.read', { unitPath: inStation }).allowed, false, role);
    }
  });

  test('assignable roles follow the manages table', () => {
    assert.deepEqual(assignableRoles(sho).sort(), ['investigating_officer', 'station_writer']);
    assert.deepEqual(assignableRoles(admin).sort(), [...ROLES].sort());
    assert.deepEqual(assignableRoles({ ...sho, role: 'superintendent' }), []);
  });

  test('an administrator corrects the law catalogue only at state or national level', () => {
    assert.deepEqual(decide({ ...admin, unitKind: 'state' }, 'law.correct', { unitPath: '/IN/MH/' }), { allowed: true });
    assert.deepEqual(decide({ ...admin, unitCode: 'IN', unitPath: '/IN/', unitKind: 'nation' }, 'law.correct', { unitPath: '/IN/' }), { allowed: true });
    assert.deepEqual(decide({ ...admin, unitCode: 'MH-PUN', unitPath: '/IN/MH/MH-PUN/', unitKind: 'district' }, 'law.correct', { unitPath: '/IN/MH/MH-PUN/' }), {
      allowed: false,
      reason: 'Your role may perform "law.correct" only at state or national level; your unit MH-PUN is a district.',
    });
    // Fails closed when the unit's kind is not known.
    assert.equal(decide(admin, 'law.correct', { unitPath: '/IN/MH/' }).allowed, false);
    // The limit is the administrator's: the SCRB officer holds law.correct without one.
    assert.equal(decide({ ...admin, role: 'scrb_officer' }, 'law.correct', { unitPath: '/IN/MH/' }).allowed, true);
  });

  test('a protected person is unmasked through a record by its IO, or by record.unmask over its unit', () => {
    const io: Principal = { ...sho, userId: 'io1', role: 'investigating_officer' };
    assert.equal(mayUnmask(io, { unitPath: inStation, ioUserId: 'io1' }), true, 'the IO of the record');
    assert.equal(mayUnmask(io, { unitPath: null, ioUserId: 'io1' }), true, 'the IO, even of a record whose unit is not known here');
    assert.equal(mayUnmask(io, { unitPath: inStation, ioUserId: 'io2' }), false, 'another IO of the same station');
    assert.equal(mayUnmask(io, { unitPath: inStation, ioUserId: null }), false);
    assert.equal(mayUnmask(sho, { unitPath: inStation, ioUserId: null }), true, 'the SHO over the station');
    assert.equal(mayUnmask(sho, { unitPath: otherStation, ioUserId: null }), false, 'not over another station');
    assert.equal(mayUnmask(sho, { unitPath: null, ioUserId: null }), false, 'no unit: fails closed');
    const sp: Principal = { userId: 'sp', username: 'sp', role: 'superintendent', unitCode: 'MH-PUN', unitPath: '/IN/MH/MH-PUN/', unitKind: 'district' };
    assert.equal(mayUnmask(sp, { unitPath: inStation, ioUserId: null }), true, 'the SP over the district');
    assert.equal(mayUnmask(sp, { unitPath: otherStation, ioUserId: null }), false);
    for (const role of ['station_writer', 'sub_divisional_officer', 'scrb_officer', 'ncrb_officer', 'administrator', 'auditor']) {
      assert.equal(mayUnmask({ ...sho, role, unitPath: '/IN/' }, { unitPath: inStation, ioUserId: null }), false, role);
    }
  });

  test('only an active IO or SHO of the station may be named IO or be assigned a complaint', () => {
    const officer = { role: 'investigating_officer', status: 'active', unitCode: 'MH-PUN-PS01' };
    assert.equal(mayInvestigateAt(officer, 'MH-PUN-PS01'), true);
    assert.equal(mayInvestigateAt({ ...officer, role: 'station_house_officer' }, 'MH-PUN-PS01'), true);
    assert.equal(mayInvestigateAt(officer, 'MH-PUN-PS02'), false, 'another station');
    assert.equal(mayInvestigateAt({ ...officer, status: 'disabled' }, 'MH-PUN-PS01'), false, 'a disabled account');
    assert.equal(mayInvestigateAt(null, 'MH-PUN-PS01'), false, 'no such user');
    for (const role of ['station_writer', 'superintendent', 'administrator', 'auditor', 'wizard']) {
      assert.equal(mayInvestigateAt({ ...officer, role }, 'MH-PUN-PS01'), false, role);
    }
  });

  test('the write gate: only the node that keeps the unit, and a station only after its first sync', () => {
    const station: NodeWriteFacts = { tier: 'station', unitCode: 'MH-PUN-PS01', keepsUnit: true, firstSyncDone: true };
    const state: NodeWriteFacts = { tier: 'state', unitCode: 'MH', keepsUnit: true, firstSyncDone: false };
    assert.deepEqual(decideWrite('record.register', station, 'MH-PUN-PS01'), { allowed: true });
    assert.deepEqual(decideWrite('gd.write', state, 'MH-PUN-PS02'), { allowed: true }, 'a state keeps the stations without a node; no first sync to wait for');
    assert.deepEqual(decideWrite('record.amend', { ...station, keepsUnit: false }, 'MH-PUN-PS02'), {
      allowed: false,
      reason: 'This station node keeps the records of MH-PUN-PS01 only; MH-PUN-PS02 keeps its own.',
    });
    assert.deepEqual(decideWrite('fir.transfer', { ...state, keepsUnit: false }, 'MH-PUN-PS01'), {
      allowed: false,
      reason: 'MH-PUN-PS01 keeps its records on its own node: make this change there. It reaches this node when that node syncs.',
    });
    assert.deepEqual(decideWrite('complaint.assign', { ...station, firstSyncDone: false }, 'MH-PUN-PS01'), {
      allowed: false,
      reason: 'This station node has not finished its first sync with the state yet (it brings the FIR and GD numbers already given). Records can be registered once it has.',
    });
    for (const action of ['record.register', 'record.amend', 'complaint.assign', 'complaint.close', 'fir.transfer', 'gd.write'] as const) {
      assert.equal(decideWrite(action, { ...station, keepsUnit: false }, 'MH-PUN-PS02').allowed, false, action);
    }
    // Reads and other actions are not the gate's: they pass wherever the records are.
    for (const action of ['record.read', 'record.unmask', 'alert.issue', 'user.create'] as const) {
      assert.deepEqual(decideWrite(action, { ...station, keepsUnit: false, firstSyncDone: false }, 'MH-PUN-PS02'), { allowed: true }, action);
    }
  });

  test('accounts are created on every tier but the station', () => {
    assert.deepEqual([createsAccounts('standalone'), createsAccounts('station'), createsAccounts('state'), createsAccounts('national')], [true, false, true, true]);
  });

  test('an alert is read by the units it is addressed to and those above it', () => {
    const district = '/IN/MH/MH-PUN/';
    assert.equal(mayReadAlert(sho, district), true, 'addressed to the district the station lies in');
    assert.equal(mayReadAlert(sho, inStation), true, 'addressed to the station itself');
    assert.equal(mayReadAlert(sho, '/IN/MH/MH-NSK/'), false, 'another district');
    assert.equal(mayReadAlert(admin, inStation), true, 'the state above the station');
    assert.equal(mayReadAlert({ ...admin, unitPath: '/IN/MH/MH-PUN/' }, '/IN/MH/MH-PUNE/'), false, 'a prefix is not an ancestor');
    assert.equal(mayReadAlert(sho, ''), false);
  });
});
