import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assignableRoles, decide, type Principal } from '../../src/access/policy.js';
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
});
