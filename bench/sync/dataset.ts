/**
 * The backlog of a station after 3 days offline, made on a real network of two nodes: a state
 * node (MH, SQLite, the demo jurisdiction and users, listening on 127.0.0.1) and a station node
 * (MH-PUN-PS01, SQLite) enrolled with it by a one-time code and given its first sync directly.
 * Then the station goes offline (no sync) and its SHO registers 300 FIRs (3 new persons and 2 BNS
 * sections each, ~600 characters of brief facts) and 2,000 other GD entries, interleaved, through
 * the real services on a clock that runs from 3 days ago to a few minutes ago. The backlog is
 * the station-origin events after its first sync, byte for byte what the station holds; each FIR
 * also writes its GD entry and its persons, so 300 FIRs are 300 fir.registered + 900
 * person.created + 300 gd.entry_added events. Both nodes stay open for the "ours" contender.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { principalOf, type ClientInfo, type RequestActor } from '../../src/access/auth-service.js';
import { buildServer } from '../../src/api/server.js';
import { loadConfig, type Config } from '../../src/config.js';
import { ensureDemoData } from '../../src/demo/seed.js';
import { openNode, type CctnsNode } from '../../src/node.js';
import { firInput } from '../../src/domain/schemas/fir.js';
import type { EventsTable } from '../../src/storage/schema.js';
import { ManualClock } from '../../src/util/clock.js';
import { seededRandom } from '../../test/support/random.js';

/** One row of `events` as a station would send it (local_pos is the station's own business). */
export type EventRow = Omit<EventsTable, 'local_pos'>;

export const STATION = 'MH-PUN-PS01';
const SHO = 'sho.pune1';

const FIRST_M = [
  'Rahul',
  'Sachin',
  'Dattatray',
  'Mohd. Irfan',
  'Sandeep',
  'Amol',
  'Vikas',
  'Ganesh',
  'Sunil',
  'Prakash',
  'Imran',
  'Rohit',
  'Nitin',
  'Santosh',
  'Ajay',
  'Mahesh',
  'Kiran',
  'Yogesh',
  'Rajendra',
  'Sameer',
];
const FIRST_F = ['Sunita', 'Priya', 'Kavita', 'Rekha', 'Shabana', 'Pooja', 'Anita', 'Meena', 'Savita', 'Jyoti', 'Ashwini', 'Nazia', 'Sneha', 'Manisha'];
const SURNAMES = ['Pawar', 'Jadhav', 'Shinde', 'Kale', 'Gaikwad', 'Shaikh', 'Deshmukh', 'More', 'Bhosale', 'Kamble', 'Patil', 'Chavan', 'Salunkhe', 'Waghmare', 'Pathan', 'Kulkarni', 'Mane', 'Thorat'];
const PLACES = [
  'Bhigwan Chowk',
  'Indapur Road',
  'Baramati MIDC',
  'Old Bus Stand',
  'Shivaji Nagar',
  'Market Yard',
  'Jalochi Phata',
  'Katewadi',
  'Malegaon Colony',
  'Tandulwadi',
  'Pimpli Gaon',
  'Morgaon Road',
];
const ITEMS = [
  'a Vivo mobile phone',
  'a gold mangalsutra of about 2 tola',
  'cash of Rs. 18,500',
  'a Hero Splendor motorcycle',
  'a silver anklet pair',
  'a Samsung phone and a wallet with Aadhaar card',
  'two LPG cylinders',
  'a laptop bag with a Dell laptop',
  'copper wire worth Rs. 42,000',
  'a Bajaj Pulsar',
];
const TIMES = ['around 9.30 pm', 'at about 11 pm', 'early in the morning at 5.15 am', 'in the afternoon near 3 pm', 'late at night around 1 am', 'in the evening at 7.45 pm'];

/** Crimes the station sees most, with the two BNS sections each is registered under. */
const CRIMES: { sections: [string, string]; facts: ((f: Facts) => string)[] }[] = [
  {
    sections: ['303(2)', '115(2)'],
    facts: [
      (f) => `The complainant ${f.complainant} states that ${f.time} he was returning home near ${f.place} when the accused ${f.accused} snatched ${f.item} from ${f.victim}.`,
      (f) =>
        `When ${f.victim} tried to stop him, the accused pushed her and she fell on the road, getting injuries on her elbow and knee. Gaon ke log jama hue but the accused ran away towards ${f.place2}.`,
      (f) => `The accused was seen earlier loitering near the pan tapri and the complainant can identify him. The value of the stolen property is approximately Rs. ${f.amount}.`,
    ],
  },
  {
    sections: ['318(4)', '316(2)'],
    facts: [
      (f) =>
        `The complainant ${f.complainant}, resident of ${f.place}, states that the accused ${f.accused} promised to get his son a job in a private company at Pune MIDC and took Rs. ${f.amount} from him in instalments.`,
      (f) =>
        `The amount was paid in cash and by PhonePe in front of ${f.victim}, who also gave her documents to the accused. After taking the money the accused stopped picking up the phone and now says "paise wapas nahi milenge".`,
      (_f) => `No appointment letter was given. The complainant has handed over screenshots of the payments and the accused's mobile number for enquiry.`,
    ],
  },
  {
    sections: ['309(4)', '115(2)'],
    facts: [
      (f) => `The complainant ${f.complainant} states that ${f.time}, while he was waiting at ${f.place}, two persons came on a black motorcycle without number plate.`,
      (f) =>
        `One of them, later identified as ${f.accused}, showed a knife and said "jo hai woh de do", and took ${f.item} and cash from ${f.victim}, who was with him, and slapped him when he resisted.`,
      (f) => `They fled towards ${f.place2}. The victim received a cut on his left hand and was taken to the Rural Hospital, Baramati. CCTV of the nearby petrol pump may show the vehicle.`,
    ],
  },
  {
    sections: ['303(2)', '351(2)'],
    facts: [
      (f) => `The complainant ${f.complainant} states that he had parked ${f.item} outside his house at ${f.place} ${f.time} and found it missing in the morning.`,
      (f) =>
        `On enquiry he learnt from neighbours that ${f.accused} was seen near the vehicle. When the complainant and ${f.victim} went to ask him, the accused threatened to kill them if they went to the police.`,
      (f) => `The complainant has brought the RC book and purchase bill. He suspects the accused sold parts of the vehicle to a garage near ${f.place2}.`,
    ],
  },
  {
    sections: ['115(2)', '351(2)'],
    facts: [
      (f) => `The complainant ${f.complainant} states that there is an old dispute over the boundary of their field at ${f.place} with the accused ${f.accused}.`,
      (f) => `${f.time} the accused came to the field with a stick, abused the complainant's family in front of villagers and hit ${f.victim} on the back, saying "tumhala sodnar nahi".`,
      (f) => `The victim was treated at the PHC and the medical certificate is attached. Witnesses from ${f.place2} were present and their names are given to the police.`,
    ],
  },
];

interface Facts {
  complainant: string;
  accused: string;
  victim: string;
  place: string;
  place2: string;
  item: string;
  time: string;
  amount: string;
}

const GD_TEXTS: { kind: 'departure' | 'arrival' | 'information' | 'general'; text: (r: () => number) => string }[] = [
  {
    kind: 'departure',
    text: (r) =>
      `HC ${pick(r, SURNAMES)} and PC ${pick(r, SURNAMES)} left the station for night patrolling in beat no. ${1 + Math.floor(r() * 6)} (${pick(r, PLACES)}) with vehicle MH 42 ${Math.floor(1000 + r() * 9000)}.`,
  },
  { kind: 'arrival', text: (r) => `HC ${pick(r, SURNAMES)} returned to the station after patrolling ${pick(r, PLACES)} and ${pick(r, PLACES)}. Nothing suspicious noticed. Sab theek hai.` },
  {
    kind: 'information',
    text: (r) =>
      `Telephonic information received from ${pick(r, FIRST_M)} ${pick(r, SURNAMES)} that a quarrel is going on near ${pick(r, PLACES)}. PSI ${pick(r, SURNAMES)} sent with staff to verify.`,
  },
  {
    kind: 'general',
    text: (r) => `Station charge handed over by PSI ${pick(r, SURNAMES)} to ASI ${pick(r, SURNAMES)}. Malkhana, lock-up (${Math.floor(r() * 3)} in custody) and arms checked and found correct.`,
  },
  { kind: 'general', text: (r) => `Bandobast: ${2 + Math.floor(r() * 8)} constables deputed for the weekly bazaar at ${pick(r, PLACES)} from 10 am to 6 pm as per SDPO's order.` },
];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function person(r: () => number, female: boolean) {
  return {
    person: {
      name: `${pick(r, female ? FIRST_F : FIRST_M)} ${pick(r, SURNAMES)}`,
      gender: female ? ('female' as const) : ('male' as const),
      age: 18 + Math.floor(r() * 50),
      relativeName: `${pick(r, FIRST_M)} ${pick(r, SURNAMES)}`,
      relativeKind: 'father' as const,
      addresses: [{ kind: 'present' as const, line: `${1 + Math.floor(r() * 300)}, ${pick(r, PLACES)}, Baramati`, district: 'Pune', state: 'Maharashtra' }],
      phones: r() < 0.7 ? [`9${Math.floor(100000000 + r() * 899999999)}`] : [],
    },
  };
}

function firBody(r: () => number, now: Date) {
  const crime = pick(r, CRIMES);
  const complainant = person(r, r() < 0.3);
  const accused = person(r, false);
  const victim = person(r, r() < 0.5);
  const f: Facts = {
    complainant: complainant.person.name,
    accused: accused.person.name,
    victim: victim.person.name,
    place: pick(r, PLACES),
    place2: pick(r, PLACES),
    item: pick(r, ITEMS),
    time: pick(r, TIMES),
    amount: (5000 + Math.floor(r() * 95000)).toLocaleString('en-IN'),
  };
  let briefFacts = crime.facts.map((s) => s(f)).join(' ');
  // Statements run to about 600 characters; the longer ones end with the station's standard lines.
  const tails = [
    ' The complainant requests legal action against the accused.',
    ' Statement read over to the complainant in Marathi and admitted correct.',
    ' Further investigation is entrusted to the beat officer.',
  ];
  for (const t of tails) if (briefFacts.length < 560) briefFacts += t;
  const occurred = new Date(now.getTime() - (2 + r() * 20) * 3600_000);
  return firInput.parse({
    stationCode: STATION,
    infoType: r() < 0.8 ? 'written' : 'oral',
    occurredFrom: occurred.toISOString(),
    infoReceivedAt: new Date(now.getTime() - 20 * 60_000).toISOString(),
    place: { address: `Near ${f.place}, Baramati, Dist. Pune`, beat: `Beat ${1 + Math.floor(r() * 6)}` },
    sections: crime.sections.map((section) => ({ act: 'BNS', section })),
    complainant,
    accused: [accused],
    victims: [victim],
    briefFacts,
  });
}

/** A node of the benchmark network, and how to close it. */
export interface BenchNode {
  node: CctnsNode;
  dataDir: string;
  close(): Promise<void>;
}

export interface BenchNetwork {
  /** The state node, listening on 127.0.0.1:port (system clock). */
  state: BenchNode & { app: FastifyInstance; port: number; url: string };
  /** The station node (not listening: it only calls the state), on its own manual clock. */
  station: BenchNode & { clock: ManualClock };
}

export interface Backlog {
  /** The station-origin events registered while offline, in the station's log order. */
  events: EventRow[];
  firCount: number;
  gdEntries: number;
  /** Station-origin events before the backlog (from enrolment and the first sync). */
  before: number;
  network: BenchNetwork;
  cleanup(): Promise<void>;
}

/** The state's administrator, as the CLI acts (`cctns node add`). */
const CLI_ACTOR = { id: 'cli', username: 'cli:bench', unitCode: 'MH' };

function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `cctns-bench-sync-${label}-`));
}

async function openBenchNode(dataDir: string, node: Config['node'], clock?: ManualClock): Promise<CctnsNode> {
  const config = loadConfig({ ...process.env, CCTNS_DATA: dataDir, DATABASE_URL: '', PORT: '0', CCTNS_TIER: '', CCTNS_UNIT: '', CCTNS_UPSTREAM: '' });
  return openNode({ ...config, node }, clock ? { clock } : {});
}

/** The state and the station, enrolled and through their first sync, as test/support/network.ts makes them. */
export async function startNetwork(): Promise<BenchNetwork> {
  const stateDir = tempDir('state');
  const stateNode = await openBenchNode(stateDir, { tier: 'state', unit: 'MH' });
  await ensureDemoData(stateNode);
  const app = await buildServer(stateNode, { logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const port = (app.server.address() as AddressInfo).port;
  const state = {
    node: stateNode,
    dataDir: stateDir,
    app,
    port,
    url: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await stateNode.close();
      fs.rmSync(stateDir, { recursive: true, force: true });
    },
  };
  // Enrolment and every sync request are signed with a time that must be within 5 minutes of
  // the state's clock (the system clock): the station's clock starts at real time.
  const clock = new ManualClock(new Date());
  const stationDir = tempDir('station');
  const stationNode = await openBenchNode(stationDir, { tier: 'station', unit: STATION }, clock);
  const station = {
    node: stationNode,
    dataDir: stationDir,
    clock,
    async close() {
      await stationNode.close();
      fs.rmSync(stationDir, { recursive: true, force: true });
    },
  };
  const { code } = await stateNode.sync.registry.add(CLI_ACTOR, { unitCode: STATION });
  await stationNode.sync.enrol({ upstreamUrl: state.url, code });
  await stationNode.sync.client.runNow();
  const status = await stationNode.sync.client.status();
  if (!status.firstSyncDone) throw new Error('the station did not finish its first sync');
  return { state, station };
}

/** Moves a manual clock to the real time (it only moves forward). */
export function toRealTime(clock: ManualClock): void {
  const behind = Date.now() - clock.now().getTime();
  if (behind > 0) clock.advance(behind / 1000);
}

async function stationEvents(node: CctnsNode, afterSeq: number): Promise<EventRow[]> {
  const rows = await node.storage.db
    .selectFrom('events')
    .select(['origin_unit', 'seq', 'id', 'type', 'entity_id', 'payload', 'payload_version', 'actor', 'at', 'prev_hash', 'hash'])
    .where('origin_unit', '=', STATION)
    .where('seq', '>', afterSeq)
    .orderBy('local_pos')
    .execute();
  return rows.map((e) => ({ ...e, seq: Number(e.seq) }));
}

export async function buildStationBacklog(opts: { firs?: number; gdEntries?: number; days?: number; seed?: number } = {}): Promise<Backlog> {
  const firs = opts.firs ?? 300;
  const gdEntries = opts.gdEntries ?? 2000;
  const days = opts.days ?? 3;
  const r = seededRandom(opts.seed ?? 20260301);
  const network = await startNetwork();
  const cleanup = async () => {
    await network.station.close().catch(() => undefined);
    await network.state.close().catch(() => undefined);
  };
  try {
    const { node, clock } = network.station;
    const before = await stationEvents(node, 0);
    const afterSeq = before.length ? before[before.length - 1]!.seq : 0;
    // Offline from here: nothing syncs (the client was never started, and runNow is not called).
    // The station's clock goes back to 3 days before now; the backlog ends 5 minutes before now.
    const span = days * 86400 - 5 * 60;
    clock.advance((Date.now() - clock.now().getTime()) / 1000 - days * 86400);
    const user = await node.users.byUsername(SHO);
    if (!user) throw new Error(`${SHO} did not reach the station in its first sync`);
    const unit = (await node.units.get(user.unitCode))!;
    const actor: RequestActor = { user, unit, principal: principalOf(user, unit), via: 'session' };
    const client: ClientInfo = { ip: '127.0.0.1', userAgent: 'bench:sync' };
    // FIRs and GD entries in a seeded random order, spread over the days offline.
    const kinds = [...Array<'fir'>(firs).fill('fir'), ...Array<'gd'>(gdEntries).fill('gd')];
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
    }
    const gaps = kinds.map(() => 0.5 + r());
    const scale = span / gaps.reduce((a, b) => a + b, 0);
    for (const [i, kind] of kinds.entries()) {
      clock.advance(gaps[i]! * scale);
      if (kind === 'fir') await node.firCommands.register(actor, firBody(r, clock.now()), client);
      else {
        const g = pick(r, GD_TEXTS);
        await node.gdService.add(actor, { stationCode: STATION, kind: g.kind, text: g.text(r) }, client);
      }
    }
    const events = await stationEvents(node, afterSeq);
    return { events, firCount: firs, gdEntries, before: before.length, network, cleanup };
  } catch (err) {
    await cleanup();
    throw err;
  }
}
