import type { CctnsNode } from '../node.js';
import { unnaturalDeathInput } from '../domain/schemas/unnatural-death.js';
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
