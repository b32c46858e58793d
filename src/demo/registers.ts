import type { CctnsNode } from '../node.js';
import { unnaturalDeathInput } from '../domain/schemas/unnatural-death.js';
import { foundPropertyInput, lostReportInput } from '../domain/schemas/lost-property.js';
import { foundPersonInput } from '../domain/schemas/found-person.js';
import { actorOf } from './investigation.js';

/**
 * An unidentified body at Nashik, a district other than Baramati's (where the demo's missing
 * child is reported): found this morning, its inquest clock running, so that a new user sees the
 * register, the dashboard's inquest due and, later, a match across districts.
 */
export async function seedDemoBodies(node: CctnsNode): Promise<number> {
  if ((await node.storage.db.selectFrom('unnatural_deaths').select('id').limit(1).execute()).length) return 0;
  const hoursAgo = (h: number) => new Date(node.clock.now().getTime() - h * 3_600_000).toISOString();
  const input = unnaturalDeathInput.parse({
    stationCode: 'MH-NSK-PS01',
    description: {
      sex: 'female',
      ageRange: { from: 12, to: 16 },
      heightCm: 150,
      build: 'thin',
      complexion: 'wheatish',
      marks: 'A small scar above the left eyebrow',
      clothes: 'Blue school uniform, white socks',
      place: { address: 'Godavari bank near Ramkund, Panchavati, Nashik', latitude: 20.0076, longitude: 73.7922 },
    },
    foundAt: hoursAgo(5),
    informedAt: hoursAgo(4),
    informant: { person: { name: 'Dattu Kale', gender: 'male', age: 52, phones: ['+91 98220 44444'], occupation: 'Boatman' } },
    belongings: 'A red school bag (empty), a steel tiffin box',
    apparentCause: 'Drowning (apparent); no visible injuries',
    circumstances: 'Seen floating near the ghat by boatmen in the morning and brought to the bank.',
  });
  await node.unnaturalDeaths.register(await actorOf(node, 'sho.nashik1'), input, { ip: 'demo', userAgent: 'cctns serve --demo' });
  return 1;
}

/**
 * A phone lost at the Baramati bus stand (its IMEI checks as lost) and a bag handed in at the
 * same station, unclaimed in its property room: the two registers of lost and found property.
 */
export async function seedDemoLostProperty(node: CctnsNode): Promise<number> {
  if ((await node.storage.db.selectFrom('lost_reports').select('id').limit(1).execute()).length) return 0;
  const hoursAgo = (h: number) => new Date(node.clock.now().getTime() - h * 3_600_000).toISOString();
  const client = { ip: 'demo', userAgent: 'cctns serve --demo' };
  const writer = await actorOf(node, 'writer.pune1');
  await node.lostProperty.reportLost(
    writer,
    lostReportInput.parse({
      stationCode: 'MH-PUN-PS01',
      informant: { person: { name: 'Savita Jagtap', gender: 'female', age: 34, phones: ['+91 98220 55555'], addresses: [{ line: 'Kasba Peth, Baramati' }] } },
      lostAt: hoursAgo(20),
      lostPlace: 'Baramati bus stand, on the Pune bus',
      articles: [
        { kind: 'mobile_phone', description: 'Black Redmi Note 12 in a blue cover', mobilePhone: { imei: '356938035643809', make: 'Xiaomi', model: 'Redmi Note 12', colour: 'Black' } },
        { kind: 'document', description: 'Aadhaar card kept in the phone cover', document: { type: 'Aadhaar', number: 'XXXX XXXX 4821', issuer: 'UIDAI' } },
      ],
      circumstances: 'Kept the phone on the seat while buying tickets; it was gone when she came back.',
    }),
    client,
  );
  await node.lostProperty.registerFound(
    writer,
    foundPropertyInput.parse({
      stationCode: 'MH-PUN-PS01',
      article: { kind: 'bag', description: 'Grey rexine travel bag with clothes and a steel tiffin', value: 1500 },
      foundAt: hoursAgo(6),
      foundPlace: 'Waiting hall, Baramati railway station',
      handedInBy: { person: { name: 'Rafiq Shaikh', gender: 'male', age: 45, occupation: 'Porter' } },
      depositedBy: 'HC Sunita Jadhav',
      receivedBy: 'ASI Malkhana Jadhav',
    }),
    client,
  );
  return 2;
}

/**
 * Two persons found alive: an elderly man with dementia at the Baramati railway station, placed in
 * an old-age home, and a boy of about nine found alone at the Nashik bus stand this morning — a
 * child, masked from those who may not see him, his 24-hour clock to the Child Welfare Committee
 * running on Nashik's dashboard.
 */
export async function seedDemoFoundPersons(node: CctnsNode): Promise<number> {
  if ((await node.storage.db.selectFrom('found_persons').select('id').limit(1).execute()).length) return 0;
  const hoursAgo = (h: number) => new Date(node.clock.now().getTime() - h * 3_600_000).toISOString();
  const client = { ip: 'demo', userAgent: 'cctns serve --demo' };
  await node.foundPersons.register(
    await actorOf(node, 'sho.pune1'),
    foundPersonInput.parse({
      stationCode: 'MH-PUN-PS01',
      description: {
        sex: 'male',
        ageRange: { from: 70, to: 80 },
        heightCm: 162,
        build: 'thin',
        complexion: 'wheatish',
        marks: 'Cataract in the right eye; a wart on the left side of the neck',
        clothes: 'White dhoti, cream kurta, black cap',
        place: { address: 'Platform 1, Baramati railway station', latitude: 18.1532, longitude: 74.5781 },
      },
      foundAt: hoursAgo(30),
      receivedAt: hoursAgo(29),
      foundBy: 'RPF constable Sunil Gaikwad',
      condition: 'Confused and weak; cannot say his name or where he lives; signs of dementia',
      circumstances: 'Sitting on the platform since the previous night; speaks a little Marathi.',
      placement: { kind: 'shelter', name: 'Matoshri old-age home, Baramati', at: hoursAgo(26) },
    }),
    client,
  );
  await node.foundPersons.register(
    await actorOf(node, 'sho.nashik1'),
    foundPersonInput.parse({
      stationCode: 'MH-NSK-PS01',
      person: { name: 'Sonu' },
      description: {
        sex: 'male',
        ageRange: { from: 8, to: 10 },
        heightCm: 128,
        build: 'thin',
        complexion: 'dark',
        marks: 'A burn mark on the back of the right hand',
        clothes: 'Yellow T-shirt, blue shorts, no footwear',
        place: { address: 'CBS bus stand, Nashik', latitude: 19.9993, longitude: 73.7807 },
      },
      foundAt: hoursAgo(3),
      foundBy: 'Childline volunteer Meera Joshi',
      condition: 'Hungry and frightened, unhurt; says his name is Sonu and that he came by bus',
    }),
    client,
  );
  return 2;
}
