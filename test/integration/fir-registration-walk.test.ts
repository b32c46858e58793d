import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { principalOf, type RequestActor } from '../../src/access/auth-service.js';
import { firRegistration } from '../../src/domain/fir-registration.js';
import { firInput } from '../../src/domain/schemas/fir.js';
import { personInput } from '../../src/domain/schemas/person.js';
import { FirCommands } from '../../src/records/fir-commands.js';
import { ManualClock } from '../../src/util/clock.js';
import { person, theftFir } from '../support/fir-bodies.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { ENGINE } from '../support/storage.js';

/** The collaborator, wrapped: every method called on it is written to the log as `name.method`. */
function recording<T extends object>(name: string, target: T, log: string[]): T {
  return new Proxy(target, {
    get(t, key) {
      const value: unknown = Reflect.get(t, key, t);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        log.push(`${name}.${String(key)}`);
        const out: unknown = value.apply(t, args);
        // The end of the transaction closes the write phase.
        if (name === 'events' && key === 'transaction') return (out as Promise<unknown>).finally(() => log.push('end of transaction'));
        return out;
      };
    },
  });
}

/** The modules entered, each once per phase: before the transaction (facts) and inside it (the write). */
function phases(log: string[]): { facts: string[]; write: string[]; after: string[] } {
  const start = log.indexOf('events.transaction');
  const end = log.indexOf('end of transaction');
  return { facts: log.slice(0, start), write: log.slice(start + 1, end), after: log.slice(end + 1) };
}

const moduleOf = (call: string) => call.split('.')[0]!;

describe(`the walk of an FIR registration (${ENGINE})`, () => {
  let server: TestServer;
  const clock = new ManualClock('2026-07-01T06:00:00Z');

  before(async () => {
    server = await startTestServer({ clock, listen: false });
  });
  after(() => server.close());

  test('each module is entered once to gather the facts and once to write; the rule decides once, in between', async () => {
    const { node } = server;
    const user = (await node.users.byUsername('sho.pune1'))!;
    const unit = (await node.units.get('MH-PUN-PS01'))!;
    const actor: RequestActor = { user, unit, principal: principalOf(user, unit), via: 'session' };
    const io = (await node.users.byUsername('io.pune1'))!;
    // What the FIR links: a person already on record and the GD entry that recorded the information.
    const { existing, entry } = await node.events.transaction(async (tx) => ({
      existing: await node.persons.create(tx, personInput.parse({ name: 'Ramesh Kale', gender: 'male', age: 40 }), unit.code, user.id),
      entry: await node.gd.add(tx, { stationCode: unit.code, at: clock.now(), kind: 'general', text: 'Information of a theft received at the front desk.' }, user.id),
    }));
    clock.advance(60);

    const log: string[] = [];
    let ruled = 0;
    const commands = new FirCommands({
      storage: recording('storage', node.storage, log),
      events: recording('events', node.events, log),
      audit: recording('audit', node.audit, log),
      clock: recording('clock', node.clock, log),
      units: recording('units', node.units, log),
      users: recording('users', node.users, log),
      persons: recording('persons', node.persons, log),
      gd: recording('gd', node.gd, log),
      law: recording('law', node.law, log),
      access: recording('access', node.recordAccess, log),
      firs: recording('firs', node.firs, log),
      homes: (path) => {
        log.push('homes');
        return node.profile.homes(path);
      },
      registrationRule: (...args) => {
        log.push('rule');
        ruled++;
        return firRegistration(...args);
      },
    });
    const input = firInput.parse(
      theftFir({
        origin: 'zero',
        jurisdictionStationCode: 'MH-NSK-PS01',
        gdEntryId: entry.id,
        ioUserId: io.id,
        victims: [{ personId: existing }],
        witnesses: [person('Anil Shinde')],
      }),
    );
    const fir = await commands.register(actor, input, { ip: '127.0.0.1', userAgent: 'test' });

    assert.equal(fir.zeroOfStation, 'MH-NSK-PS01');
    assert.equal(fir.gdEntryId, entry.id);
    assert.equal(fir.content.ioUserId, io.id);
    assert.ok(fir.content.persons.some((p) => p.personId === existing && p.role === 'victim'));
    assert.equal(fir.content.persons.length, 3, 'the complainant and the witness are new; the victim is linked');

    const { facts, write, after } = phases(log);
    assert.equal(ruled, 1, 'the rule is asked once');
    assert.deepEqual(facts, ['access.registering', 'law.getMany', 'users.byId', 'units.get', 'gd.get', 'clock.now', 'rule'], 'the facts, each from its module, then the rule');
    // The persons linked by id who were children on the day of the offence are marked juveniles in the same write (issue 14).
    assert.deepEqual(write, ['persons.enterOnRecord', 'events.append', 'audit.forRequest'], 'the write: the persons entered (new ones created, linked children marked), the event, the audit entry');
    assert.deepEqual(after, ['firs.get'], 'the answer is read once, after the commit');
    for (const [phase, calls] of Object.entries({ facts, write })) {
      const modules = calls.map(moduleOf);
      assert.deepEqual(modules, [...new Set(modules)], `no module is entered twice in the ${phase} phase: ${calls.join(', ')}`);
    }
  });
});
