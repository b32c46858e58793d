/**
 * A userspace network link between two local endpoints: a TCP proxy that delays, throttles, cuts
 * and stalls what passes through it. The kernel here has no netem, so benchmarks and chaos tests
 * shape links with this instead. Node built-ins only.
 *
 *   const link = await LinkEmulator.start({ target: { host: '127.0.0.1', port }, rateBitsPerSecond: 64_000, rttMs: 400 });
 *   fetch(`${link.url()}/…`);
 *
 * The model, exactly:
 *
 * - The line. Each direction is one line shared by every connection through the link. What a
 *   side sends is split into segments of at most 1,460 bytes; the line sends one segment at a time
 *   at `rateBitsPerSecond`, the connections with data waiting taking turns a segment each (round
 *   robin). A segment starts when the line is free and the segment has arrived, in virtual time,
 *   so late timers never slow the line. Each segment is then delayed by `rttMs` / 2 and written to
 *   the other side. Nothing is lost or reordered within a connection. Without a rate, bytes are
 *   only delayed.
 * - Connections. A new connection's data (either way) first waits one RTT from the accept: the TCP
 *   handshake. A half-close is passed on once everything sent before it has been delivered.
 * - Bytes counted: what is written out to the other side, per direction, after any cut — HTTP
 *   heads and bodies alike; TCP/IP headers are not counted.
 * - Exchanges. The link reads the HTTP/1.x heads passing through as they arrive (request heads
 *   from the client, response heads from the server), incrementally and without holding anything
 *   back, to learn where each message starts and how long it is: head + Content-Length; a chunked
 *   body is followed chunk by chunk to find its end, its size is not known before. An exchange is
 *   one request and its response (interim 1xx responses included). A connection whose bytes are
 *   not HTTP/1.x falls back to: an exchange begins when the client sends after the server sent.
 * - Cuts. When an exchange begins (the first byte of its request arrives), the link draws whether
 *   to cut it, with probability `cutProbability`, and for a cut a uniform u in [0, 1). Where it
 *   falls: the exchange is an upload when its request (head + body) is larger than one segment
 *   (1,460 bytes) — the link cannot see the response before the request has passed, so it judges
 *   from the request alone — and the cut then falls after max(1, ⌊u × request size⌋) bytes of the
 *   request; otherwise after max(1, ⌊u × response size⌋) bytes of the response (head + body). When
 *   the size of the message to cut is not known once its head has passed (chunked transfer
 *   encoding, a response body that runs to the close), the cut falls after 1 + ⌊u ×
 *   `cutWithinBytes`⌋ bytes of that message; a message that ends first escapes. Without HTTP: after
 *   1 + ⌊u × `cutWithinBytes`⌋ bytes of the exchange, both directions counted. A cut resets both
 *   sides of the connection at once (an RST each way, as when a link drops mid-transfer): what was
 *   forwarded before it counts, nothing after it passes.
 * - Cuts asked for: `cutNext({ path, in, at })` cuts the next exchange to that path at a byte the
 *   test chooses; it takes the place of any cut drawn for that exchange.
 * - Randomness: one mulberry32 stream seeded by `seed`, drawn in the order exchanges begin (one
 *   number per exchange, a second for the u of a cut), so the same traffic gets the same cuts.
 */
import net from 'node:net';
import { seededRandom } from './random.js';

export interface LinkOptions {
  /** Where to forward; setTarget changes it for new connections. */
  target: { host: string; port: number };
  /** Default 0 (ephemeral); always on 127.0.0.1. */
  listenPort?: number;
  /** Per direction; null or undefined is unlimited. */
  rateBitsPerSecond?: number | null;
  /** Each direction delays data by rtt/2; a new connection's first data waits one more RTT. */
  rttMs?: number;
  /** Probability that an exchange (one HTTP request and its response) is cut mid-transfer. */
  cutProbability?: number;
  /** Where a cut falls when the size of what it cuts is unknown (chunked, not HTTP): a uniform point in [1, cutWithinBytes]. Default 16 KiB. */
  cutWithinBytes?: number;
  /** Seeds every random choice, so runs with the same settings cut alike. */
  seed?: number;
  /** Keeps a record of every HTTP exchange (see exchangeLog()). */
  trace?: boolean;
}

export interface LinkStats {
  bytesUp: number;
  bytesDown: number;
  connections: number;
  exchanges: number;
  /** Exchanges the link chose to cut (some may end before their cut point, or their connection close first). */
  cutsChosen: number;
  /** Connections destroyed by a chosen cut. */
  randomCuts: number;
  /** Connections destroyed by the link: random cuts, cutActive and setDown. */
  cuts: number;
  /** Calls of stall(). */
  stalls: number;
  /** Connections refused while down. */
  refused: number;
}

/** One HTTP exchange as it arrived at the link (sizes as sent, before any cut). */
export interface ExchangeRecord {
  connection: number;
  method: string;
  /** The request target without its query. */
  path: string;
  requestHead: number;
  /** Null while unknown (chunked, not finished). */
  requestBody: number | null;
  status: number | null;
  responseHead: number | null;
  responseBody: number | null;
  /** Where the link chose to cut it, if it did, and whether the cut happened. */
  cut: null | { in: 'request' | 'response'; atByte: number; done: boolean };
  /** Milliseconds since the link started: the request's first byte reached the link, its last byte was delivered to the server; the response's first byte reached the link, its last byte was delivered to the client. */
  requestAt: number;
  requestDeliveredAt: number | null;
  responseAt: number | null;
  responseDeliveredAt: number | null;
}

type Dir = 'up' | 'down';

/** Roughly one TCP segment: the unit that crosses a throttled line, so cuts and timing fall inside large writes. */
const SEGMENT = 1460;
/** Above this many bytes buffered for one connection and direction, its source is paused. */
const HIGH_WATER = 1 << 20;
const LOW_WATER = 256 << 10;
/** A head longer than this is not HTTP as we know it: the connection falls back to the byte model. */
const MAX_HEAD = 64 * 1024;

interface ParsedHead {
  /** Bytes of the head, CRLF CRLF included. */
  length: number;
  method?: string;
  target?: string;
  status?: number;
  contentLength: number | null;
  chunked: boolean;
}

function parseHead(text: string, dir: Dir): ParsedHead | null {
  const lines = text.split('\r\n');
  const start = lines[0] ?? '';
  let method: string | undefined;
  let target: string | undefined;
  let status: number | undefined;
  if (dir === 'up') {
    const m = /^([A-Z]+) (\S+) HTTP\/1\.[01]$/.exec(start);
    if (!m) return null;
    method = m[1];
    target = m[2];
  } else {
    const m = /^HTTP\/1\.[01] (\d{3})(?: .*)?$/.exec(start);
    if (!m) return null;
    status = Number(m[1]);
  }
  let contentLength: number | null = null;
  let chunked = false;
  for (const line of lines.slice(1)) {
    if (line === '') continue;
    const i = line.indexOf(':');
    if (i <= 0) return null;
    const name = line.slice(0, i).trim().toLowerCase();
    const value = line.slice(i + 1).trim();
    if (name === 'content-length') {
      if (!/^\d+$/.test(value)) return null;
      const n = Number(value);
      if (contentLength !== null && contentLength !== n) return null;
      contentLength = n;
    } else if (name === 'transfer-encoding') {
      chunked = /(^|,)\s*chunked\s*$/i.test(value);
      if (!chunked) return null;
    }
  }
  return { length: Buffer.byteLength(text, 'latin1') + 4, method, target, status, contentLength, chunked };
}

/**
 * Follows the HTTP/1.x messages of one direction as their bytes arrive: where each starts, its
 * head, where its body ends. Holds nothing back; keeps only the head being read.
 */
class HttpTracker {
  /** Stream offset (bytes of this direction that arrived) of the next byte. */
  offset = 0;
  opaque = false;
  private mode: 'start' | 'head' | 'body' | 'chunk-size' | 'chunk-data' | 'chunk-crlf' | 'trailer' | 'to-close' = 'start';
  private head = '';
  private remaining = 0;
  private line = '';
  /** The message being read: its start and, once known, its body size so far. */
  private msgStart = 0;
  private bodyBytes = 0;

  constructor(
    private readonly dir: Dir,
    private readonly on: {
      start(offset: number): void;
      head(start: number, head: ParsedHead): 'body' | 'none' | 'to-close';
      end(start: number, bodyBytes: number, endOffset: number): void;
      opaque(): void;
    },
  ) {}

  feed(buf: Buffer): void {
    try {
      this.read(buf);
    } finally {
      this.offset += buf.length;
    }
  }

  private read(buf: Buffer): void {
    let i = 0;
    while (i < buf.length && !this.opaque) {
      const at = this.offset + i;
      switch (this.mode) {
        case 'start':
          this.msgStart = at;
          this.bodyBytes = 0;
          this.head = '';
          this.mode = 'head';
          this.on.start(at);
          break;
        case 'head': {
          // The terminator may straddle two arrivals: search the head so far from 3 bytes back.
          const before = this.head.length;
          const end = buf.indexOf('\r\n\r\n', i, 'latin1');
          this.head += buf.toString('latin1', i, end < 0 ? buf.length : end + 4);
          const j = this.head.indexOf('\r\n\r\n', Math.max(0, before - 3));
          if (j < 0) {
            if (this.head.length > MAX_HEAD || !this.plausible()) return this.giveUp();
            i = buf.length;
            break;
          }
          i += j + 4 - before;
          this.head = this.head.slice(0, j);
          const parsed = parseHead(this.head, this.dir);
          if (!parsed) return this.giveUp();
          const body = this.on.head(this.msgStart, parsed);
          if (body === 'to-close') this.mode = 'to-close';
          else if (body === 'none') this.finish(this.offset + i);
          else if (parsed.chunked) {
            this.mode = 'chunk-size';
            this.line = '';
          } else {
            this.remaining = parsed.contentLength ?? 0;
            this.mode = 'body';
            if (this.remaining === 0) this.finish(this.offset + i);
          }
          break;
        }
        case 'body': {
          const n = Math.min(this.remaining, buf.length - i);
          this.remaining -= n;
          this.bodyBytes += n;
          i += n;
          if (this.remaining === 0) this.finish(this.offset + i);
          break;
        }
        case 'chunk-size':
        case 'trailer': {
          const nl = buf.indexOf(0x0a, i);
          const stop = nl < 0 ? buf.length : nl + 1;
          this.line += buf.toString('latin1', i, stop);
          this.bodyBytes += stop - i;
          i = stop;
          if (this.line.length > MAX_HEAD) return this.giveUp();
          if (nl < 0) break;
          const line = this.line.replace(/\r?\n$/, '');
          this.line = '';
          if (this.mode === 'trailer') {
            if (line === '') this.finish(this.offset + i);
            break;
          }
          const size = parseInt(line.split(';')[0]!.trim(), 16);
          if (!Number.isFinite(size) || size < 0) return this.giveUp();
          if (size === 0) this.mode = 'trailer';
          else {
            this.remaining = size;
            this.mode = 'chunk-data';
          }
          break;
        }
        case 'chunk-data': {
          const n = Math.min(this.remaining, buf.length - i);
          this.remaining -= n;
          this.bodyBytes += n;
          i += n;
          if (this.remaining === 0) {
            this.mode = 'chunk-crlf';
            this.remaining = 2;
          }
          break;
        }
        case 'chunk-crlf': {
          const n = Math.min(this.remaining, buf.length - i);
          this.remaining -= n;
          this.bodyBytes += n;
          i += n;
          if (this.remaining === 0) {
            this.mode = 'chunk-size';
            this.line = '';
          }
          break;
        }
        case 'to-close':
          this.bodyBytes += buf.length - i;
          i = buf.length;
          break;
      }
    }
  }

  /** Whether the head read so far can still be the start of an HTTP/1.x request or response. */
  private plausible(): boolean {
    const first = this.head.slice(0, 24);
    if (this.dir === 'down') return first.length >= 7 ? first.startsWith('HTTP/1.') : 'HTTP/1.'.startsWith(first);
    return /^([A-Z]{1,20} |[A-Z]{0,20}$)/.test(first);
  }

  /** The connection closed: a body that ran to the close ends here. */
  close(): void {
    if (this.mode === 'to-close') this.finish(this.offset);
  }

  private finish(endOffset: number): void {
    this.mode = 'start';
    this.on.end(this.msgStart, this.bodyBytes, endOffset);
  }

  private giveUp(): void {
    this.opaque = true;
    this.on.opaque();
  }
}

/** One direction of one connection. */
class Flow {
  /** Bytes read from the source and not yet written to the destination. */
  backlog = 0;
  /** Bytes written to the destination so far (the stream offset of the next one). */
  forwarded = 0;
  /** Forward this many bytes of the stream, then cut. */
  cutAt = Infinity;
  /** The exchange the planned cut belongs to (traced). */
  cutRecord: ExchangeRecord | null = null;
  /** Traced messages waiting for their last byte to be delivered. */
  stamps: { end: number; record: ExchangeRecord }[] = [];
  /** Data that arrived before the handshake time passed. */
  held: Buffer[] = [];
  /** Waiting for the line. */
  queue: { buf: Buffer; arrival: number }[] = [];
  /** Serialised, propagating: delivered at `at` (ms, performance.now()). Times never decrease. */
  inflight: { buf: Buffer; at: number }[] = [];
  timer: NodeJS.Timeout | null = null;
  ended = false;
  tracker!: HttpTracker;
  constructor(
    readonly dir: Dir,
    readonly src: net.Socket,
    readonly dst: net.Socket,
  ) {}
}

/**
 * A cut asked for by a test rather than drawn: the next exchange whose request path (without its
 * query) is `path`, or matches it, is cut in its request or its response after
 * `at(size, headLength)` bytes of that message (head included), clamped to [1, size]. At `size`
 * the whole message passes and the connection is reset right after it.
 */
export interface ForcedCut {
  path: string | RegExp;
  in: 'request' | 'response';
  at: (size: number, headLength: number) => number;
}

/** An exchange waiting for its response: what was drawn for it. */
interface Pending {
  /** u of a chosen cut, or null. */
  u: number | null;
  method: string;
  /** The cut goes into the response. */
  cutResponse: boolean;
  /** A cut asked for with cutNext, to fall in the response. */
  forced: ForcedCut | null;
  record: ExchangeRecord | null;
  /** Where the request starts in the client's byte stream. */
  start: number;
  startedAt: number;
}

class Conn {
  dead = false;
  readyAt: number;
  readyTimer: NodeJS.Timeout | null = null;
  up: Flow;
  down: Flow;
  /** Not HTTP: exchanges and cuts by the byte model. */
  opaque = false;
  /** Requests seen whose responses have not begun, oldest first. */
  pending: Pending[] = [];
  /** The request being read and the response being read. */
  request: Pending | null = null;
  response: Pending | null = null;
  /** Byte model: the direction last forwarded (up after down begins a new exchange). */
  last: Dir | null = null;
  exchangeBytes = 0;
  exchangeCutAt = Infinity;
  /** When the first byte of the response being read arrived (traced). */
  responseFirstByte = 0;
  constructor(
    readonly id: number,
    readonly client: net.Socket,
    readonly server: net.Socket,
    rttMs: number,
  ) {
    this.readyAt = performance.now() + rttMs;
    this.up = new Flow('up', client, server);
    this.down = new Flow('down', server, client);
  }
}

/**
 * One direction of the line. Connections take turns a segment at a time (as TCP flows roughly
 * share a bottleneck), so one bulk transfer does not queue every other connection behind it.
 */
class Pipe {
  /** Flows with segments waiting, in turn order. */
  active: { conn: Conn; flow: Flow }[] = [];
  /** When the line finished the last segment it sent. */
  freeAt = 0;
  timer: NodeJS.Timeout | null = null;
  constructor(private readonly link: LinkEmulator) {}

  push(conn: Conn, flow: Flow, buf: Buffer): void {
    if (flow.queue.length === 0) this.active.push({ conn, flow });
    flow.queue.push({ buf, arrival: performance.now() });
    if (!this.timer) this.pump();
  }

  /**
   * Sends what the line has finished. A segment starts at max(previous finish, its arrival), in
   * virtual time, so late timers never slow the line down.
   */
  pump(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.link.stalled) return;
    const now = performance.now();
    const rate = this.link.rate;
    while (this.active.length) {
      const turn = this.active[0]!;
      const p = turn.flow.queue[0];
      if (turn.conn.dead || !p) {
        this.active.shift();
        continue;
      }
      const finish = Math.max(this.freeAt, p.arrival) + (rate ? (p.buf.length * 8000) / rate : 0);
      if (finish > now) {
        this.timer = setTimeout(() => this.pump(), Math.max(1, Math.ceil(finish - now)));
        return;
      }
      turn.flow.queue.shift();
      this.active.shift();
      if (turn.flow.queue.length) this.active.push(turn);
      this.freeAt = finish;
      turn.flow.inflight.push({ buf: p.buf, at: finish + this.link.rttMs / 2 });
      this.link.flush(turn.conn, turn.flow);
    }
  }

  clear(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.active = [];
  }
}

export class LinkEmulator {
  private readonly server: net.Server;
  private readonly conns = new Set<Conn>();
  private readonly pipes: Record<Dir, Pipe>;
  private readonly random: () => number;
  private target: { host: string; port: number };
  private down = false;
  private counts: LinkStats = LinkEmulator.zero();
  private log: ExchangeRecord[] = [];
  private readonly forcedCuts: ForcedCut[] = [];
  private connSeq = 0;
  private readonly t0 = performance.now();
  /** @internal read by the pipes */
  rate: number | null;
  /** @internal */
  stalled = false;
  readonly rttMs: number;
  readonly port: number;

  private constructor(
    server: net.Server,
    private readonly opts: LinkOptions,
  ) {
    this.server = server;
    this.target = { ...opts.target };
    this.rate = opts.rateBitsPerSecond ?? null;
    this.rttMs = opts.rttMs ?? 0;
    this.random = seededRandom(opts.seed ?? 1);
    this.pipes = { up: new Pipe(this), down: new Pipe(this) };
    this.port = (server.address() as net.AddressInfo).port;
    server.on('connection', (client) => this.accept(client));
  }

  static async start(opts: LinkOptions): Promise<LinkEmulator> {
    const server = net.createServer({ allowHalfOpen: true, pauseOnConnect: true });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(opts.listenPort ?? 0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    server.on('error', () => undefined);
    return new LinkEmulator(server, opts);
  }

  private static zero(): LinkStats {
    return { bytesUp: 0, bytesDown: 0, connections: 0, exchanges: 0, cutsChosen: 0, randomCuts: 0, cuts: 0, stalls: 0, refused: 0 };
  }

  url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  stats(): LinkStats {
    return { ...this.counts };
  }

  /** Every HTTP exchange seen (with `trace: true`), in the order they began. */
  exchangeLog(): ExchangeRecord[] {
    return this.log.map((r) => ({ ...r, cut: r.cut && { ...r.cut } }));
  }

  resetStats(): void {
    this.counts = LinkEmulator.zero();
    this.log = [];
  }

  setTarget(t: { host: string; port: number }): void {
    this.target = { ...t };
  }

  setRate(bitsPerSecond: number | null): void {
    this.rate = bitsPerSecond;
    this.pipes.up.pump();
    this.pipes.down.pump();
  }

  /** Destroys every open connection, both sides, at once. Returns how many there were. */
  cutActive(): number {
    const n = this.conns.size;
    for (const c of [...this.conns]) this.kill(c, true);
    return n;
  }

  /** Cuts the next exchange to `cut.path` where the test says (see ForcedCut), once. */
  cutNext(cut: ForcedCut): void {
    this.forcedCuts.push(cut);
  }

  /** Forced cuts asked for and not yet met by an exchange. */
  forcedCutsWaiting(): number {
    return this.forcedCuts.length;
  }

  private takeForcedCut(path: string): ForcedCut | null {
    const i = this.forcedCuts.findIndex((f) => (typeof f.path === 'string' ? f.path === path : f.path.test(path)));
    return i < 0 ? null : this.forcedCuts.splice(i, 1)[0]!;
  }

  /** A silent link: nothing is forwarded either way, but no socket is closed. */
  stall(): void {
    if (this.stalled) return;
    this.stalled = true;
    this.counts.stalls++;
  }

  unstall(): void {
    if (!this.stalled) return;
    this.stalled = false;
    const now = performance.now();
    for (const p of Object.values(this.pipes)) {
      p.freeAt = Math.max(p.freeAt, now);
      p.pump();
    }
    for (const c of this.conns) {
      this.flush(c, c.up);
      this.flush(c, c.down);
    }
  }

  /** Down: new connections are accepted and destroyed at once, open ones are cut. */
  setDown(down: boolean): void {
    this.down = down;
    if (down) this.cutActive();
  }

  async close(): Promise<void> {
    for (const c of [...this.conns]) this.kill(c, false);
    this.pipes.up.clear();
    this.pipes.down.clear();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: net.Socket): void {
    client.on('error', () => undefined);
    if (this.down) {
      this.counts.refused++;
      client.destroy();
      return;
    }
    this.counts.connections++;
    const server = net.connect({ host: this.target.host, port: this.target.port, allowHalfOpen: true });
    server.on('error', () => undefined);
    const c = new Conn(++this.connSeq, client, server, this.rttMs);
    this.track(c);
    this.conns.add(c);
    c.readyTimer = setTimeout(() => {
      c.readyTimer = null;
      for (const f of [c.up, c.down]) {
        for (const buf of f.held.splice(0)) this.admit(c, f, buf);
        this.maybeEnd(c, f);
      }
    }, this.rttMs);
    let closed = 0;
    for (const f of [c.up, c.down]) {
      f.src.on('data', (buf: Buffer) => this.onData(c, f, buf));
      f.src.on('end', () => {
        f.ended = true;
        f.tracker.close();
        this.maybeEnd(c, f);
      });
      f.dst.on('drain', () => this.backpressure(f));
      // An end seen first is a graceful close (maybeEnd forwards it); anything else is abrupt.
      f.src.on('close', () => {
        if (!f.ended) this.kill(c, false);
        else if (++closed === 2) this.forget(c);
      });
    }
    client.resume();
  }

  /** Reads the heads of both directions as they arrive, and plans each exchange's cut. */
  private track(c: Conn): void {
    const within = this.opts.cutWithinBytes ?? 16384;
    // A message of unknown size that ends before its cut point escapes the cut.
    const escape = (f: Flow, endOffset: number) => {
      if (f.cutAt !== Infinity && f.cutAt > endOffset) {
        f.cutAt = Infinity;
        f.cutRecord = null;
      }
    };
    const fallback = () => {
      if (c.opaque) return;
      c.opaque = true;
      c.up.tracker.opaque = c.down.tracker.opaque = true;
      c.up.cutAt = c.down.cutAt = Infinity;
      // The exchange under way was counted and drawn for already: it goes on under the byte model.
      const x = c.request;
      if (x) {
        c.last = 'up';
        c.exchangeBytes = Math.max(0, c.up.forwarded - x.start);
        c.exchangeCutAt = x.u === null ? Infinity : 1 + Math.floor(x.u * within);
      }
    };
    const ms = () => Math.round((performance.now() - this.t0) * 10) / 10;
    const stamp = (f: Flow, record: ExchangeRecord | null, end: number) => {
      if (!record) return;
      f.stamps.push({ end, record });
      this.stampDelivered(f);
    };
    c.up.tracker = new HttpTracker('up', {
      start: (at) => {
        this.counts.exchanges++;
        const p = this.opts.cutProbability ?? 0;
        const u = p > 0 && this.random() < p ? this.random() : null;
        if (u !== null) this.counts.cutsChosen++;
        c.request = { u, method: '', cutResponse: false, forced: null, record: null, start: at, startedAt: ms() };
      },
      head: (start, h) => {
        const x = c.request!;
        x.method = h.method!;
        if (this.opts.trace) {
          x.record = {
            connection: c.id,
            method: x.method,
            path: h.target!.split('?')[0]!,
            requestHead: h.length,
            requestBody: h.chunked ? null : (h.contentLength ?? 0),
            status: null,
            responseHead: null,
            responseBody: null,
            cut: null,
            requestAt: x.startedAt,
            requestDeliveredAt: null,
            responseAt: null,
            responseDeliveredAt: null,
          };
          this.log.push(x.record);
        }
        const forced = this.takeForcedCut(h.target!.split('?')[0]!);
        if (forced?.in === 'request') {
          const size = h.chunked ? null : h.length + (h.contentLength ?? 0);
          if (size === null) throw new Error('cutNext: a chunked request has no size to cut by');
          const at = Math.min(size, Math.max(1, Math.floor(forced.at(size, h.length))));
          c.up.cutAt = Math.max(start + at, c.up.forwarded + 1);
          c.up.cutRecord = x.record;
          if (x.record) x.record.cut = { in: 'request', atByte: at, done: false };
        } else if (forced) x.forced = forced;
        else if (x.u !== null) {
          const size = h.chunked ? null : h.length + (h.contentLength ?? 0);
          if (size === null || size > SEGMENT) {
            const at = size === null ? 1 + Math.floor(x.u * within) : Math.max(1, Math.floor(x.u * size));
            c.up.cutAt = Math.max(start + at, c.up.forwarded + 1);
            c.up.cutRecord = x.record;
            if (x.record) x.record.cut = { in: 'request', atByte: at, done: false };
          } else x.cutResponse = true;
        }
        c.pending.push(x);
        return 'body';
      },
      end: (_start, body, endOffset) => {
        const x = c.request;
        if (x?.record) x.record.requestBody = body;
        stamp(c.up, x?.record ?? null, endOffset);
        c.request = null;
        escape(c.up, endOffset);
      },
      opaque: fallback,
    });
    c.down.tracker = new HttpTracker('down', {
      start: () => {
        c.responseFirstByte = ms();
      },
      head: (start, h) => {
        const status = h.status!;
        // An interim answer (100 Continue): the real one follows.
        if (status >= 100 && status < 200 && status !== 101) return 'none';
        const x = c.pending.shift();
        if (!x || status === 101) {
          fallback();
          return 'to-close';
        }
        c.response = x;
        const noBody = x.method === 'HEAD' || status === 204 || status === 304;
        const known = noBody || h.contentLength !== null;
        const body = noBody ? 0 : h.contentLength;
        if (x.record) {
          x.record.responseAt = c.responseFirstByte;
          x.record.status = status;
          x.record.responseHead = h.length;
          x.record.responseBody = known ? body : null;
        }
        if (x.forced) {
          if (!known) throw new Error('cutNext: a response without a length has no size to cut by');
          const size = h.length + body!;
          const at = Math.min(size, Math.max(1, Math.floor(x.forced.at(size, h.length))));
          c.down.cutAt = Math.max(start + at, c.down.forwarded + 1);
          c.down.cutRecord = x.record;
          if (x.record) x.record.cut = { in: 'response', atByte: at, done: false };
        } else if (x.u !== null && x.cutResponse) {
          const at = known ? Math.max(1, Math.floor(x.u * (h.length + body!))) : 1 + Math.floor(x.u * within);
          c.down.cutAt = Math.max(start + at, c.down.forwarded + 1);
          c.down.cutRecord = x.record;
          if (x.record) x.record.cut = { in: 'response', atByte: at, done: false };
        }
        return noBody ? 'none' : h.chunked ? 'body' : h.contentLength !== null ? 'body' : 'to-close';
      },
      end: (_start, body, endOffset) => {
        const x = c.response;
        if (x?.record) x.record.responseBody = body;
        stamp(c.down, x?.record ?? null, endOffset);
        c.response = null;
        escape(c.down, endOffset);
      },
      opaque: fallback,
    });
  }

  private onData(c: Conn, f: Flow, buf: Buffer): void {
    if (c.dead) return;
    if (!c.opaque) f.tracker.feed(buf);
    else f.tracker.offset += buf.length;
    f.backlog += buf.length;
    if (c.readyTimer) f.held.push(buf);
    else this.admit(c, f, buf);
    this.backpressure(f);
  }

  private admit(c: Conn, f: Flow, buf: Buffer): void {
    const step = this.rate ? SEGMENT : buf.length;
    for (let i = 0; i < buf.length; i += step) this.pipes[f.dir].push(c, f, buf.subarray(i, i + step));
  }

  /** @internal Writes what has propagated; cuts where the plan says. */
  flush(c: Conn, f: Flow): void {
    if (f.timer) clearTimeout(f.timer);
    f.timer = null;
    if (c.dead || this.stalled) return;
    const now = performance.now();
    let n = 0;
    while (n < f.inflight.length && f.inflight[n]!.at <= now) n++;
    if (n > 0) {
      let buf = Buffer.concat(f.inflight.splice(0, n).map((p) => p.buf));
      f.backlog -= buf.length;
      let cut = false;
      if (c.opaque) {
        if (f.dir === 'up' && c.last !== 'up') this.beginOpaqueExchange(c);
        c.last = f.dir;
        if (c.exchangeBytes + buf.length >= c.exchangeCutAt) {
          cut = true;
          buf = buf.subarray(0, c.exchangeCutAt - c.exchangeBytes);
        }
        c.exchangeBytes += buf.length;
      } else if (f.forwarded + buf.length >= f.cutAt) {
        cut = true;
        buf = buf.subarray(0, Math.max(0, f.cutAt - f.forwarded));
        if (f.cutRecord?.cut) f.cutRecord.cut.done = true;
      }
      f.forwarded += buf.length;
      if (f.stamps.length) this.stampDelivered(f);
      if (f.dir === 'up') this.counts.bytesUp += buf.length;
      else this.counts.bytesDown += buf.length;
      if (!f.dst.destroyed) f.dst.write(buf);
      if (cut) {
        this.counts.randomCuts++;
        this.kill(c, true);
        return;
      }
      this.backpressure(f);
      this.maybeEnd(c, f);
    }
    const next = f.inflight[0];
    if (next) f.timer = setTimeout(() => this.flush(c, f), Math.max(1, Math.ceil(next.at - now)));
  }

  /** Notes when traced messages have been delivered whole. */
  private stampDelivered(f: Flow): void {
    const at = Math.round((performance.now() - this.t0) * 10) / 10;
    while (f.stamps.length && f.stamps[0]!.end <= f.forwarded) {
      const { record } = f.stamps.shift()!;
      if (f.dir === 'up') record.requestDeliveredAt = at;
      else record.responseDeliveredAt = at;
    }
  }

  /** Byte model, for connections that are not HTTP. */
  private beginOpaqueExchange(c: Conn): void {
    this.counts.exchanges++;
    c.exchangeBytes = 0;
    c.exchangeCutAt = Infinity;
    const p = this.opts.cutProbability ?? 0;
    if (p > 0 && this.random() < p) {
      this.counts.cutsChosen++;
      c.exchangeCutAt = 1 + Math.floor(this.random() * (this.opts.cutWithinBytes ?? 16384));
    }
  }

  private backpressure(f: Flow): void {
    const queued = f.backlog + f.dst.writableLength;
    if (queued > HIGH_WATER) f.src.pause();
    else if (queued < LOW_WATER && f.src.isPaused()) f.src.resume();
  }

  /** Forwards a half-close once everything sent before it has been delivered. */
  private maybeEnd(c: Conn, f: Flow): void {
    if (!c.dead && f.ended && f.backlog === 0 && !c.readyTimer && !f.dst.destroyed) f.dst.end();
  }

  private kill(c: Conn, cut: boolean): void {
    if (c.dead) return;
    c.dead = true;
    if (cut) this.counts.cuts++;
    if (c.readyTimer) clearTimeout(c.readyTimer);
    for (const f of [c.up, c.down]) {
      if (f.timer) clearTimeout(f.timer);
      f.inflight = [];
      f.held = [];
      f.queue = [];
    }
    for (const s of [c.client, c.server]) {
      try {
        // An RST, as when a link drops mid-transfer; destroy() where the socket cannot send one.
        if (cut && typeof s.resetAndDestroy === 'function' && !s.connecting && !s.destroyed) s.resetAndDestroy();
        else s.destroy();
      } catch {
        s.destroy();
      }
    }
    this.forget(c);
  }

  private forget(c: Conn): void {
    this.conns.delete(c);
  }
}
