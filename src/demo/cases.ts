import type { CctnsNode } from '../node.js';
import { firInput } from '../domain/schemas/fir.js';
import type { Fir } from '../records/fir-queries.js';
import { actorOf, seedDemoInvestigation } from './investigation.js';
import { seedDemoNcReports } from './nc-reports.js';
import { seedDemoBodies, seedDemoFoundPersons, seedDemoLostProperty } from './registers.js';

/** Invented sample cases for the demo node, so that a new user has something to search. */
const CASES = [
  {
    station: 'MH-PUN-PS01',
    occurredHoursAgo: 30,
    receivedHoursAgo: 22,
    place: 'Near Bhigwan Chowk, Baramati',
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { name: 'Suresh Pawar', relativeName: 'Dattatray Pawar', relativeKind: 'father', gender: 'male', age: 41, phones: ['+91 98220 12345'] },
    accused: [
      { name: 'Mohd. Mustafa', relativeName: 'Abdul Rashid', relativeKind: 'father', gender: 'male', age: 34, addresses: [{ kind: 'present', line: 'Kasba Peth', district: 'Pune' }] },
      { name: 'Ravi Shankar Tiwari @ Bablu', gender: 'male', age: 29 },
    ],
    properties: [
      {
        description: 'Hero Splendor motorcycle, black',
        category: 'vehicle',
        value: 65000,
        vehicle: { registration: 'MH 12 AB 1234', engineNo: 'HA10EJ9K12345', chassisNo: 'MBLHA10AWJ9K54321', make: 'Hero', model: 'Splendor', colour: 'Black' },
      },
    ],
    facts: 'The complainant states that his motorcycle MH 12 AB 1234 was stolen from outside his house at night. शिकायतकर्ता ने बताया कि उसकी मोटरसाइकिल रात में घर के बाहर से चोरी हो गई।',
  },
  {
    station: 'MH-PUN-PS01',
    occurredHoursAgo: 5,
    receivedHoursAgo: 3,
    place: 'Bus stand, Baramati',
    sections: [{ act: 'BNS', section: '304(2)' }],
    complainant: { name: 'Kalaiselvi Murugan', gender: 'female', age: 36, phones: ['09822054321'] },
    accused: [{ name: 'मोहम्मद मुस्तफ़ा खान', gender: 'male', age: 52 }],
    properties: [{ description: 'Gold chain, 10 g', category: 'jewellery', value: 60000 }],
    facts: 'The complainant states that her gold chain was snatched at the bus stand by a man who ran towards the market.',
  },
  {
    station: 'MH-NSK-PS01',
    occurredHoursAgo: 20,
    receivedHoursAgo: 2,
    place: 'Market yard, Niphad',
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { name: 'Ganesh Maruti Shinde', gender: 'male', age: 45 },
    accused: [{ name: 'Mohammad Mustafa', gender: 'male', age: 35 }],
    properties: [{ description: 'Mobile phone', category: 'electronics', value: 15000, mobilePhone: { imei: '861234056789012', make: 'Xiaomi', model: 'Redmi Note 12', colour: 'Blue' } }],
    facts: 'The complainant states that his mobile phone was stolen from his shop counter at the market yard.',
  },
  {
    station: 'MH-PUN-PS01',
    occurredHoursAgo: 57 * 24,
    receivedHoursAgo: 57 * 24 - 6,
    place: 'Shivaji Nagar, Baramati',
    sections: [{ act: 'BNS', section: '305' }],
    complainant: { name: 'Meena Kulkarni', gender: 'female', age: 58, phones: ['+91 98230 11111'] },
    accused: [{ name: 'Sachin Bhosale', gender: 'male', age: 27 }],
    properties: [{ description: 'LED television set, 43 inch', category: 'electronics', value: 32000 }],
    facts: 'The complainant states that her television set was stolen from her house while the family was away at a wedding.',
  },
  {
    station: 'MH-PUN-PS01',
    occurredHoursAgo: 40 * 24,
    receivedHoursAgo: 40 * 24 - 1,
    place: 'Station Road, Baramati',
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { name: 'Prakash Jain', gender: 'male', age: 49 },
    accused: [{ name: 'Imran Pathan', gender: 'male', age: 23 }],
    properties: [{ description: 'Cash box with Rs 18,000', category: 'cash', value: 18000 }],
    facts: 'The complainant states that a young man took the cash box from the counter of his shop while he was serving a customer.',
  },
  // A motorcycle still missing: it checks as stolen on the registers (docs/property-registers.md).
  {
    station: 'MH-NSK-PS01',
    occurredHoursAgo: 9 * 24,
    receivedHoursAgo: 9 * 24 - 3,
    place: 'Parking of the APMC market, Niphad',
    sections: [{ act: 'BNS', section: '303(2)' }],
    complainant: { name: 'Dnyaneshwar Kadam', gender: 'male', age: 38 },
    accused: [],
    properties: [
      {
        description: 'Bajaj Pulsar 150 motorcycle, blue',
        category: 'vehicle',
        value: 72000,
        vehicle: { registration: 'MH 15 GK 4417', engineNo: 'DHGBSK40231', chassisNo: 'MD2A11CZ9KCK40231', make: 'Bajaj', model: 'Pulsar 150', colour: 'Blue' },
      },
    ],
    facts: 'The complainant states that his motorcycle, parked and locked at the APMC market, was not there when he returned two hours later.',
  },
];

/** Registers the sample FIRs once, on a fresh demo node, investigates those of Baramati (demo/investigation.ts), enters two NC reports there, an unidentified body at Nashik and two persons found alive (demo/registers.ts). */
export async function seedDemoCases(node: CctnsNode): Promise<number> {
  if ((await node.storage.db.selectFrom('firs').select('id').limit(1).execute()).length) return 0;
  const hoursAgo = (h: number) => new Date(node.clock.now().getTime() - h * 3_600_000).toISOString();
  const firs: Fir[] = [];
  for (const c of CASES) {
    const input = firInput.parse({
      stationCode: c.station,
      infoType: 'written',
      occurredFrom: hoursAgo(c.occurredHoursAgo),
      infoReceivedAt: hoursAgo(c.receivedHoursAgo),
      place: { address: c.place },
      sections: c.sections,
      complainant: { person: c.complainant },
      accused: c.accused.map((person) => ({ person })),
      properties: c.properties,
      briefFacts: c.facts,
    });
    firs.push(await node.firCommands.register(await actorOf(node, c.station === 'MH-NSK-PS01' ? 'sho.nashik1' : 'sho.pune1'), input, { ip: 'demo', userAgent: 'cctns serve --demo' }));
  }
  const [active, arrestedToday, , remanded, chargeSheeted] = firs as [Fir, Fir, Fir, Fir, Fir];
  await seedDemoInvestigation(node, { active, arrestedToday, remanded, chargeSheeted });
  await seedDemoNcReports(node);
  await seedDemoBodies(node);
  await seedDemoLostProperty(node);
  await seedDemoFoundPersons(node);
  return CASES.length;
}
