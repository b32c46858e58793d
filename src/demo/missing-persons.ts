import type { CctnsNode } from '../node.js';
import { missingPersonInput } from '../domain/schemas/missing-person.js';
import { actorOf } from './investigation.js';

/** Invented missing persons for the demo node: an adult (a report and a district alert) and a child of 14 (an FIR at once, and an alert to the State). */
const MISSING = [
  {
    person: { name: 'Vishnu Ramchandra Kale', age: 67, addresses: [{ line: 'Tandulwadi, Baramati' }] },
    description: {
      sex: 'male',
      heightCm: 165,
      build: 'thin',
      complexion: 'wheatish',
      marks: 'Walks with a stick; cataract in the left eye',
      clothes: 'White dhoti and kurta, Gandhi cap',
      place: { address: 'Baramati bus stand', latitude: 18.1516, longitude: 74.5777 },
    },
    seenHoursAgo: 30,
    informant: { name: 'Sunita Kale', gender: 'female', age: 40, phones: ['+91 98220 40404'] },
    informantRelation: 'daughter-in-law',
    circumstances: 'He suffers from memory loss and left home for the temple in the morning.',
  },
  {
    person: { name: 'Aarti Sanjay Jagtap', age: 14, relativeName: 'Sanjay Jagtap', relativeKind: 'father', addresses: [{ line: 'Malegaon colony, Baramati' }] },
    description: {
      sex: 'female',
      heightCm: 148,
      build: 'thin',
      complexion: 'fair',
      marks: 'Mole above the right eyebrow',
      clothes: 'Blue school uniform, red school bag',
      place: { address: 'Outside the Zilla Parishad school, Malegaon', latitude: 18.1601, longitude: 74.5632 },
    },
    seenHoursAgo: 20,
    informant: { name: 'Sanjay Jagtap', gender: 'male', age: 42, phones: ['+91 98220 50505'] },
    informantRelation: 'father',
    circumstances: 'She did not come home from school.',
  },
] as const;

/** Reports the demo's missing persons once, at Baramati, on a fresh demo node. */
export async function seedDemoMissingPersons(node: CctnsNode): Promise<number> {
  if ((await node.storage.db.selectFrom('missing_persons').select('id').limit(1).execute()).length) return 0;
  const sho = await actorOf(node, 'sho.pune1');
  for (const m of MISSING) {
    const input = missingPersonInput.parse({
      stationCode: 'MH-PUN-PS01',
      person: m.person,
      description: m.description,
      lastSeenAt: new Date(node.clock.now().getTime() - m.seenHoursAgo * 3_600_000).toISOString(),
      informant: { person: m.informant },
      informantRelation: m.informantRelation,
      contacts: [{ name: m.informant.name, relation: m.informantRelation, phone: m.informant.phones[0] }],
      circumstances: m.circumstances,
    });
    await node.missingPersons.report(sho, input, { ip: 'demo', userAgent: 'cctns serve --demo' });
  }
  return MISSING.length;
}
