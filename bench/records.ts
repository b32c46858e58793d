/**
 * npm run bench:records — FIR registrations per second through the HTTP API (3 persons and 2
 * sections each) against the ceiling of inserting the same rows directly with SQL, on SQLite
 * and on PostgreSQL. Prints a Markdown table for docs/benchmarks.md.
 *
 *   npm run bench:records [-- --firs 2000 --warmup 200 --blocks 4 --concurrency 8 --engine sqlite|postgres]
 *
 * Each path first registers --warmup FIRs untimed, so both are measured warm; then the timed --firs
 * in --blocks alternating blocks (API, SQL, API, SQL…). Each path's rate is the median of its blocks.
 */
import { parseArgs } from 'node:util';
import { v7 as uuidv7 } from 'uuid';
import { canonicalJson } from '../src/util/canonical-json.js';
import { personKeys } from '../src/search/person-index.js';
import { ManualClock } from '../src/util/clock.js';
import { totpCode } from '../src/access/totp.js';
import { DEMO_PASSWORD } from '../src/demo/seed.js';
import type { TestServer } from '../test/support/server.js';
import { machine, onEachEngine, printTable } from './harness.js';

const { values } = parseArgs({
  options: {
    firs: { type: 'string', default: '2000' },
    warmup: { type: 'string', default: '200' },
    blocks: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '8' },
    engine: { type: 'string' },
  },
});
const N = Number(values.firs);
/** Registrations each path makes, untimed, before it is measured: a node serves all day, so it is the steady state that counts, not the JIT's first minutes. */
const WARMUP = Number(values.warmup);
const BLOCKS = Number(values.blocks);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}
const CONCURRENCY = Number(values.concurrency);

function body(i: number) {
  return {
    stationCode: 'MH-PUN-PS01',
    infoType: 'written',
    occurredFrom: '2026-07-01T01:00:00+05:30',
    infoReceivedAt: '2026-07-01T09:30:00+05:30',
    place: { address: `House ${i}, Near Bhigwan Chowk, Baramati` },
    sections: [
      { act: 'BNS', section: '303(2)' },
      { act: 'BNS', section: '115(2)' },
    ],
    complainant: { person: { name: `Complainant ${i} Pawar`, gender: 'male', age: 30 + (i % 40), relativeName: 'Dattatray Pawar', relativeKind: 'father' } },
    accused: [{ person: { name: `Accused ${i} Shaikh`, gender: 'male', age: 24 } }],
    victims: [{ person: { name: `Victim ${i} Jadhav`, gender: 'female', age: 33 } }],
    briefFacts: 'The complainant states that his motorcycle was stolen from outside his house at night and that he was pushed when he tried to stop the thieves. '.repeat(4),
  };
}

async function viaApi(server: TestServer): Promise<Path> {
  const clock = server.node.clock as ManualClock;
  // Sign in once over HTTP, like a browser.
  const s = await fetch(`${server.url}/api/v1/session`);
  let cookies = s.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const csrf0 = (await s.json()).csrfToken;
  const post = async (path: string, data: unknown, csrf: string) => {
    const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-csrf-token': csrf, cookie: cookies }, body: JSON.stringify(data) });
    const set = r.headers.getSetCookie();
    if (set.length) cookies = set.map((c) => c.split(';')[0]).join('; ');
    return r;
  };
  await post('/api/v1/auth/login', { username: 'writer.pune1', password: DEMO_PASSWORD }, csrf0);
  const s2 = await (await fetch(`${server.url}/api/v1/session`, { headers: { cookie: cookies } })).json();
  await post('/api/v1/auth/totp', { code: totpCode(server.demo.users['writer.pune1']!.totpSecret, clock.now()) }, s2.csrfToken);
  const csrf = (await (await fetch(`${server.url}/api/v1/session`, { headers: { cookie: cookies } })).json()).csrfToken;
  return (from, to) =>
    timed(from, to, async (i) => {
      const r = await post('/api/v1/firs', body(i), csrf);
      if (r.status !== 201) throw new Error(`FIR ${i}: ${r.status} ${await r.text()}`);
      await r.arrayBuffer();
    });
}

/** Registrations from..to-1 by CONCURRENCY workers; FIRs per second. */
async function timed(from: number, to: number, one: (i: number) => Promise<void>): Promise<number> {
  let next = from;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < to) await one(next++);
    }),
  );
  return (to - from) / ((performance.now() - t0) / 1000);
}

type Path = (from: number, to: number) => Promise<number>;

/** The same rows an API registration writes (event, FIR, version, 3 persons, links, GD, counter), one transaction per FIR. */
function direct(server: TestServer): Path {
  const { db } = server.node.storage;
  return (from, to) =>
    timed(from, to, async (i) => {
      const b = body(i);
      await db.transaction().execute(async (tx) => {
        const firId = uuidv7();
        const at = new Date().toISOString();
        const personIds = [uuidv7(), uuidv7(), uuidv7()];
        const names = [b.complainant.person, b.accused[0]!.person, b.victims[0]!.person];
        for (const [k, p] of names.entries()) {
          await tx
            .insertInto('events')
            .values({
              origin_unit: 'BENCH',
              seq: i * 10 + k,
              id: uuidv7(),
              type: 'person.created',
              entity_id: personIds[k]!,
              payload: canonicalJson(p),
              payload_version: 1,
              actor: 'bench',
              at,
              prev_hash: '0',
              hash: '0',
            })
            .execute();
          await tx
            .insertInto('persons')
            .values({
              id: personIds[k]!,
              owner_unit: 'MH-PUN-PS01',
              name: p.name,
              district: null,
              aliases: '[]',
              relative_name: null,
              relative_kind: null,
              gender: p.gender,
              age: p.age,
              birth_date: null,
              juvenile: 0,
              addresses: '[]',
              phones: '[]',
              id_documents: '[]',
              description: '{}',
              photo_sha256: null,
              created_at: at,
              created_by: 'bench',
              updated_at: at,
            })
            .execute();
          // The ceiling writes the person's name keys too, as the API does.
          await tx
            .insertInto('person_name_keys')
            .values(personKeys({ id: personIds[k]!, name: p.name, aliases: [] }).map((key) => ({ key, person_id: personIds[k]! })))
            .execute();
          await tx
            .insertInto('record_persons')
            .values({ record_type: 'fir', record_id: firId, person_id: personIds[k]!, role: ['complainant', 'accused', 'victim'][k]! })
            .execute();
        }
        const gdId = uuidv7();
        await tx
          .insertInto('gd_entries')
          .values({
            id: gdId,
            station_code: 'BENCH',
            gd_date: '2026-07-01',
            entry_no: i + 1,
            entry_at: at,
            kind: 'fir_registered',
            text: 'FIR registered',
            officer: null,
            ref_type: 'fir',
            ref_id: firId,
            corrects_id: null,
            created_by: 'bench',
          })
          .execute();
        const content = JSON.stringify(b);
        await tx
          .insertInto('events')
          .values({
            origin_unit: 'BENCH',
            seq: i * 10 + 5,
            id: uuidv7(),
            type: 'fir.registered',
            entity_id: firId,
            payload: content,
            payload_version: 1,
            actor: 'bench',
            at,
            prev_hash: '0',
            hash: '0',
          })
          .execute();
        await tx
          .insertInto('firs')
          .values({
            id: firId,
            station_code: 'BENCH',
            district_code: 'MH-PUN',
            year: 2026,
            fir_no: i + 1,
            registered_at: at,
            occurred_from: b.occurredFrom,
            occurred_to: null,
            info_received_at: b.infoReceivedAt,
            gd_entry_id: gdId,
            info_type: 'written',
            origin: 'regular',
            law_code: 'BNS',
            sections: JSON.stringify(b.sections),
            principal: '{}',
            crime_head: 'Theft',
            max_years: 5,
            sensitive: 0,
            status: 'registered',
            io_user_id: null,
            officer_in_charge: 'bench',
            complaint_id: null,
            zero_of_station: null,
            transferred_to_fir: null,
            transferred_to_station: null,
            transferred_from_fir: null,
            efir_signed_at: null,
            version: 1,
            content,
            created_by: 'bench',
            updated_at: at,
          })
          .execute();
        await tx.insertInto('fir_versions').values({ fir_id: firId, version: 1, event_id: firId, at, author: 'bench', reason: 'Registered', content }).execute();
      });
    });
}

const rows = await onEachEngine(values.engine, { clock: () => new ManualClock(new Date()) }, async (server, engine) => {
  const viaHttp = await viaApi(server);
  const viaSql = direct(server);
  process.stderr.write(`${engine}: warming up, ${WARMUP} FIRs each way…\n`);
  await viaHttp(0, WARMUP);
  await viaSql(0, WARMUP);
  // Alternating blocks, so a noisy moment on the machine falls on both paths, not one.
  const block = Math.ceil(N / BLOCKS);
  const apiRates: number[] = [];
  const sqlRates: number[] = [];
  for (let b = 0; b < BLOCKS; b++) {
    const from = WARMUP + b * block;
    process.stderr.write(`${engine}: block ${b + 1}/${BLOCKS}: ${block} FIRs through the API, ${CONCURRENCY} clients, then by direct SQL…\n`);
    apiRates.push(await viaHttp(from, from + block));
    sqlRates.push(await viaSql(from, from + block));
  }
  const api = median(apiRates);
  const sql = median(sqlRates);
  const range = (r: number[]) => `${Math.min(...r).toFixed(0)}–${Math.max(...r).toFixed(0)}`;
  return [`| ${engine} | ${api.toFixed(1)} (${range(apiRates)}) | ${sql.toFixed(1)} (${range(sqlRates)}) | ${((api / sql) * 100).toFixed(0)} % |`];
});
printTable(
  `FIR registration, ${N} FIRs in ${BLOCKS} alternating blocks after ${WARMUP} untimed (3 persons, 2 sections each), ${CONCURRENCY} concurrent clients — ${machine()}`,
  ['engine', 'API (FIRs/s), median (range of blocks)', 'direct SQL ceiling (FIRs/s), median (range)', 'API / ceiling'],
  rows,
);
