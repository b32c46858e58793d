import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { ageBand, blockFor, matchFeatures, pairPoints, parseMatchRules, scorePair, type MatchSubject } from '../../src/domain/matching.js';
import { loadMatchRules } from '../../src/events/match/rules.js';

const rules = loadMatchRules();

function subject(over: Partial<MatchSubject> & { marks?: string; clothes?: string } = {}): MatchSubject {
  const { marks, clothes, ...rest } = over;
  return {
    sex: 'female',
    ageFrom: 14,
    ageTo: 14,
    heightCm: 150,
    build: 'thin',
    complexion: 'fair',
    features: matchFeatures({ marks: marks ?? 'Mole on the right cheek; scar on left forearm', clothes: clothes ?? 'Blue school uniform, black chappals' }, rules),
    at: '2026-06-30T10:30:00Z',
    latitude: 18.15,
    longitude: 74.58,
    district: 'MH-PUN',
    state: 'MH',
    ...rest,
  };
}
const body = (over: Partial<MatchSubject> & { marks?: string; clothes?: string } = {}) =>
  subject({ ageFrom: 12, ageTo: 16, heightCm: 152, at: '2026-07-01T02:00:00Z', latitude: 18.2, longitude: 74.6, ...over });
const reason = (s: ReturnType<typeof scorePair>, factor: string) => s.reasons.find((r) => r.factor === factor)!;

describe('matching missing persons and bodies (reference/matching/match-weights.json)', () => {
  test('a pair that agrees on everything scores every weight, each factor with its reason', () => {
    const s = scorePair(subject(), body({ heightCm: 150 }), rules);
    assert.equal(s.excluded, undefined);
    for (const f of ['age', 'height', 'build', 'complexion', 'marks', 'clothes']) assert.equal(reason(s, f).verdict, 'agrees', f);
    assert.match(reason(s, 'marks').detail, /mole right cheek/);
    assert.match(reason(s, 'clothes').detail, /blue/);
    assert.match(reason(s, 'place').detail, /found 6 km from where last seen/);
    assert.ok(s.score! > 90, String(s.score));
  });

  test('excluded outright: another sex, found before last seen, an age outside the range by more than the tolerance', () => {
    assert.match(scorePair(subject(), body({ sex: 'male' }), rules).excluded!, /sex differs/);
    assert.equal(scorePair(subject(), body({ sex: 'unknown' }), rules).excluded, undefined, 'an unknown sex excludes nothing');
    assert.match(scorePair(subject(), body({ at: '2026-06-28T00:00:00Z' }), rules).excluded!, /before the person was last seen/);
    assert.equal(scorePair(subject(), body({ at: '2026-06-30T00:00:00Z' }), rules).excluded, undefined, 'a few hours early is within the slack');
    assert.match(scorePair(subject({ ageFrom: 30, ageTo: 30 }), body(), rules).excluded!, /age differs/);
    const near = scorePair(subject({ ageFrom: 20, ageTo: 20 }), body(), rules);
    assert.equal(reason(near, 'age').verdict, 'partly', 'four years above the range is within the tolerance');
  });

  test('the age is taken on the day the body is found', () => {
    const s = scorePair(subject({ ageFrom: 10, ageTo: 10, at: '2022-06-30T00:00:00Z' }), body({ ageFrom: 13, ageTo: 15 }), rules);
    assert.equal(reason(s, 'age').verdict, 'agrees', reason(s, 'age').detail);
  });

  test('height, build and complexion: near earns part, far costs', () => {
    const s = scorePair(subject(), body({ heightCm: 172, build: 'fat', complexion: 'fair' }), rules);
    assert.equal(reason(s, 'height').points, -rules.penalties.height);
    assert.equal(reason(s, 'build').verdict, 'differs');
    const n = scorePair(subject(), body({ heightCm: 157, build: 'athletic', complexion: 'wheatish' }), rules);
    assert.equal(reason(n, 'height').verdict, 'partly');
    assert.equal(reason(n, 'build').verdict, 'partly');
    assert.equal(reason(n, 'complexion').verdict, 'partly');
  });

  test('a mark not recorded on the body costs nothing; the same kind on another part earns little; the other side less', () => {
    const fewer = scorePair(subject(), body({ marks: 'mole right cheek' }), rules);
    assert.equal(reason(fewer, 'marks').verdict, 'agrees');
    const elsewhere = scorePair(subject({ marks: 'mole on the chin' }), body({ marks: 'mole on the back' }), rules);
    assert.equal(reason(elsewhere, 'marks').points, Math.round(rules.weights.marks * rules.marks.kindOnlyShare * 10) / 10);
    const otherSide = scorePair(subject({ marks: 'scar on left forearm' }), body({ marks: 'scar on right forearm' }), rules);
    assert.equal(reason(otherSide, 'marks').verdict, 'partly');
    assert.equal(reason(scorePair(subject(), body({ marks: '' }), rules), 'marks').verdict, 'unknown');
  });

  test('dates and places decay, neither excludes; without coordinates the district counts', () => {
    const late = scorePair(subject(), body({ at: '2026-12-30T00:00:00Z' }), rules);
    assert.ok(reason(late, 'date').points < rules.weights.date / 2);
    const far = scorePair(subject(), body({ latitude: 20.0, longitude: 73.79 }), rules);
    assert.ok(reason(far, 'place').points < 1);
    const noCoords = scorePair(subject({ latitude: null, longitude: null }), body(), rules);
    assert.equal(reason(noCoords, 'place').points, rules.weights.place * rules.place.sameDistrictShare);
    const otherDistrict = scorePair(subject({ latitude: null, longitude: null }), body({ district: 'MH-NSK' }), rules);
    assert.equal(reason(otherDistrict, 'place').points, rules.weights.place * rules.place.sameStateShare);
  });

  test('the block of either side contains every pair the scoring keeps (the indexed keys are the exclusions, widened)', () => {
    const rand = (() => {
      let s = 7;
      return () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    })();
    for (let i = 0; i < 2000; i++) {
      const age = Math.floor(rand() * 90);
      const m = subject({ ageFrom: age, ageTo: age, at: new Date(Date.parse('2024-01-01T00:00:00Z') + rand() * 700 * 86_400_000).toISOString() });
      const lo = Math.floor(rand() * 90);
      const b = body({ ageFrom: lo, ageTo: lo + Math.floor(rand() * 20), at: new Date(Date.parse('2024-01-01T00:00:00Z') + rand() * 1400 * 86_400_000).toISOString() });
      const kept = scorePair(m, b, rules).excluded === undefined;
      const inWindow = Date.parse(b.at) - Date.parse(m.at) <= rules.retrieval.windowDays * 86_400_000;
      if (!kept || !inWindow) continue;
      const fromBody = blockFor('body', b, rules);
      const fromMissing = blockFor('missing', m, rules);
      assert.ok(fromBody.bands!.includes(ageBand(m.ageFrom, m.ageTo, rules)) && m.at >= fromBody.from && m.at <= fromBody.to, `body ${JSON.stringify(b)} finds report ${JSON.stringify(m)}`);
      const band = ageBand(b.ageFrom, b.ageTo, rules);
      assert.ok(fromMissing.bands!.includes(band) && b.at >= fromMissing.from && b.at <= fromMissing.to, `report ${JSON.stringify(m)} finds body ${JSON.stringify(b)}`);
    }
  });

  test('the bare points that rank a block are exactly the score of the pair with its reasons, and exclude the same pairs', () => {
    const MARKS = ['mole on the right cheek', 'scar on left forearm', 'tattoo anchor on the back', 'burn mark on the neck', 'wart near the chin', ''];
    const CLOTHES = ['blue school uniform', 'red saree, black chappals', 'white shirt blue jeans', 'green kurta', ''];
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
    const side = fc.record({
      sex: fc.constantFrom('male', 'female', 'transgender', 'unknown'),
      ageFrom: maybe(fc.integer({ min: 0, max: 90 })),
      span: fc.integer({ min: 0, max: 25 }),
      heightCm: maybe(fc.integer({ min: 60, max: 200 })),
      build: maybe(fc.constantFrom(...rules.build.order)),
      complexion: maybe(fc.constantFrom(...rules.complexion.order)),
      marks: fc.subarray(MARKS),
      clothes: fc.subarray(CLOTHES),
      day: fc.integer({ min: 0, max: 900 }),
      lat: maybe(fc.double({ min: 16, max: 22, noNaN: true })),
      district: fc.constantFrom('MH-PUN', 'MH-NSK', null),
      state: fc.constantFrom('MH', 'GJ', null),
    });
    const of = (x: typeof side extends fc.Arbitrary<infer T> ? T : never, range: boolean): MatchSubject =>
      subject({
        sex: x.sex,
        ageFrom: x.ageFrom,
        ageTo: x.ageFrom === null ? null : range ? x.ageFrom + x.span : x.ageFrom,
        heightCm: x.heightCm,
        build: x.build,
        complexion: x.complexion,
        marks: x.marks.join('; '),
        clothes: x.clothes.join(', '),
        at: new Date(Date.parse('2025-01-01T00:00:00Z') + x.day * 86_400_000 + x.span * 3_600_000).toISOString(),
        latitude: x.lat,
        longitude: x.lat === null ? null : x.lat + 56,
        district: x.district,
        state: x.state,
      });
    fc.assert(
      fc.property(side, side, (m, b) => {
        const pair = scorePair(of(m, false), of(b, true), rules);
        assert.equal(pairPoints(of(m, false), of(b, true), rules), pair.excluded === undefined ? pair.score : null);
      }),
      { numRuns: 5000, seed: 14 },
    );
  });

  test('a weights file with a missing weight or a word list empty is refused', () => {
    const json = JSON.parse(JSON.stringify(rules));
    delete json.weights.marks;
    assert.throws(() => parseMatchRules(json), /weights/);
    assert.throws(() => parseMatchRules({ ...rules, clothes: { ...rules.clothes, colours: [] } }), /colours/);
  });
});
