/**
 * The physical floor: the least a transfer of these events can reasonably cost. Gzipped NDJSON
 * (one event row per line, every column) in batches of 100, POSTed over one keep-alive
 * connection to a trivial node:http server that stores by (origin_unit, seq). A batch that fails
 * — connection error, cut, or nothing moving for IDLE_MS — is sent again until acknowledged.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import type { Contender, Prepared, Transfer } from './contender.js';
import type { Backlog, EventRow } from './dataset.js';

const BATCH = 100;
/** Generous: the link absorbs a whole batch at once, then the client hears nothing until the ack. */
const IDLE_MS = 20_000;
const MAX_TRIES_PER_BATCH = 100;

function startServer(): Promise<{ server: http.Server; store: Map<string, string>; duplicates: () => number }> {
  const store = new Map<string, string>();
  let duplicates = 0;
  const server = http.createServer((req, res) => {
    const parts: Buffer[] = [];
    req.on('data', (b: Buffer) => parts.push(b));
    req.on('error', () => undefined);
    req.on('end', () => {
      let lines: string[];
      try {
        lines = zlib.gunzipSync(Buffer.concat(parts)).toString('utf8').split('\n').filter(Boolean);
      } catch {
        res.writeHead(400).end();
        return;
      }
      for (const line of lines) {
        const e = JSON.parse(line) as EventRow;
        const key = `${e.origin_unit}/${e.seq}`;
        if (store.has(key)) duplicates++;
        else store.set(key, line);
      }
      res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, store, duplicates: () => duplicates })));
}

function post(agent: http.Agent, url: string, body: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}/batch`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip', 'content-length': body.length },
    });
    req.setTimeout(IDLE_MS, () => req.destroy(new Error('no progress')));
    req.on('error', reject);
    req.on('response', (res) => {
      res.on('error', reject);
      res.on('aborted', () => reject(new Error('response aborted')));
      res.resume();
      res.on('end', () => (res.statusCode === 200 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
    });
    req.end(body);
  });
}

export const floor: Contender = {
  name: 'floor: gzip NDJSON POST',
  async prepare({ events }: Backlog): Promise<Prepared> {
    const { server, store, duplicates } = await startServer();
    const lines = events.map((e) => JSON.stringify(e));
    const batches: Buffer[] = [];
    for (let i = 0; i < lines.length; i += BATCH) batches.push(zlib.gzipSync(lines.slice(i, i + BATCH).join('\n') + '\n', { level: 9 }));
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    return {
      target: { host: '127.0.0.1', port: (server.address() as AddressInfo).port },
      async transfer(linkUrl: string): Promise<Transfer> {
        let attempts = 0;
        for (const body of batches) {
          for (let tries = 1; ; tries++) {
            try {
              await post(agent, linkUrl, body);
              break;
            } catch (e) {
              if (tries >= MAX_TRIES_PER_BATCH) throw new Error(`floor: a batch failed ${tries} times: ${(e as Error).message}`, { cause: e });
              attempts++;
            }
          }
        }
        const exactlyOnce = store.size === events.length && events.every((e, i) => store.get(`${e.origin_unit}/${e.seq}`) === lines[i]);
        return { attempts, eventsDelivered: store.size, exactlyOnce, detail: { batches: batches.length, duplicatesReceived: duplicates(), gzipBytes: batches.reduce((s, b) => s + b.length, 0) } };
      },
      async close() {
        agent.destroy();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      },
    };
  },
};
