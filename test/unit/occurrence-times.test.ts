import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { occurrenceTimeProblems, type RecordedAt } from '../../src/domain/occurrence-times.js';

describe('occurrence times: one rule for FIRs and complaints', () => {
  const now = new Date('2026-03-10T10:00:00+05:30');
  const recorded: RecordedAt = { at: now, what: 'the registration time' };
  const paths = (times: Parameters<typeof occurrenceTimeProblems>[0], r = recorded) => occurrenceTimeProblems(times, r, now).map((e) => e.path);

  test('sane times pass', () => {
    assert.deepEqual(paths({ occurredFrom: '2026-03-09T01:00:00+05:30', occurredTo: '2026-03-09T05:00:00+05:30', infoReceivedAt: '2026-03-09T09:30:00+05:30' }), []);
    assert.deepEqual(paths({ occurredFrom: '1970-01-01T05:30:01+05:30' }), [], 'just after the epoch');
    assert.deepEqual(paths({}), []);
  });

  test('year 0000, 1969 and the epoch itself are refused, in every field and offset', () => {
    for (const bad of ['0000-01-01T00:00:00Z', '1969-12-31T23:59:59Z', '1969-12-31T23:59:59+05:30', '1970-01-01T00:00:00Z', '1970-01-01T05:30:00+05:30']) {
      assert.deepEqual(paths({ occurredFrom: bad }), ['occurredFrom'], bad);
      assert.deepEqual(paths({ occurredTo: bad }), ['occurredTo'], bad);
      assert.deepEqual(paths({ infoReceivedAt: bad }), ['infoReceivedAt'], bad);
      assert.deepEqual(paths({}, { at: new Date(bad), path: 'receivedAt', what: 'the complaint was received' }), ['receivedAt'], bad);
    }
  });

  test('nothing after the record is made; the record at most a minute ahead of the clock', () => {
    assert.deepEqual(paths({ occurredFrom: '2026-03-10T10:00:01+05:30' }), ['occurredFrom']);
    assert.deepEqual(paths({ occurredTo: '2026-03-11T00:00:00+05:30' }), ['occurredTo']);
    assert.deepEqual(paths({ infoReceivedAt: '2026-03-10T10:00:01+05:30' }), ['infoReceivedAt']);
    assert.deepEqual(paths({}, { at: new Date(now.getTime() + 60_000), path: 'registeredAt', what: 'x' }), []);
    assert.deepEqual(paths({}, { at: new Date(now.getTime() + 60_001), path: 'registeredAt', what: 'x' }), ['registeredAt']);
  });

  test('the end not before the start; information not before the occurrence', () => {
    assert.deepEqual(paths({ occurredFrom: '2026-03-09T05:00:00+05:30', occurredTo: '2026-03-09T01:00:00+05:30' }), ['occurredTo']);
    assert.deepEqual(paths({ occurredFrom: '2026-03-09T05:00:00+05:30', infoReceivedAt: '2026-03-09T01:00:00+05:30' }), ['infoReceivedAt']);
  });
});
