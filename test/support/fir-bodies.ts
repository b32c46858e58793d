/** Valid request bodies for station records; tests override what they probe. */

export const person = (name: string, extra: Record<string, unknown> = {}) => ({ person: { name, gender: 'male', age: 34, ...extra } });

/** A valid IIF-1 body for a theft at Baramati; tests override what they probe. */
export function theftFir(overrides: Record<string, unknown> = {}) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: '2026-07-01T01:00:00+05:30',
    occurredTo: '2026-07-01T05:00:00+05:30',
    infoReceivedAt: '2026-07-01T09:30:00+05:30',
    place: { address: 'Near Bhigwan Chowk, Baramati', beat: 'B-3', directionDistance: 'East, 2 km' },
    sections: [
      { act: 'BNS', section: '303(2)' },
      { act: 'BNS', section: '115(2)' },
    ],
    complainant: person('Suresh Pawar', { relativeName: 'Dattatray Pawar', relativeKind: 'father', phones: ['+91 98220 12345'] }),
    unknownAccused: [{ description: 'Two men on a black motorcycle, about 25 years old' }],
    properties: [{ description: 'Hero Splendor motorcycle MH12AB1234', category: 'vehicle', value: 65000 }],
    briefFacts:
      'The complainant states that his motorcycle was stolen from outside his house and that he was pushed when he tried to stop the thieves. शिकायतकर्ता ने बताया कि उसकी मोटरसाइकिल चोरी हो गई।',
    ...overrides,
  };
}
