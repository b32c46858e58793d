import zlib from 'node:zlib';
import { z } from 'zod';
import { UNIT_CODE_PATTERN } from '../domain/units.js';
import { canonicalJson } from '../util/canonical-json.js';
import type { StoredEvent } from '../storage/event-log.js';

/**
 * The interchange format of sync: compressed NDJSON, one header line then one event per line.
 *
 * Pushed events leave out what the receiver recomputes: their hashes and links. The header names,
 * per origin, the hash before the first event sent and after the last, so the receiver rebuilds
 * the chain and any change to any event shows at its end. Events sent down (the feed, a restore)
 * are a selection of chains and carry their hashes.
 *
 * Each event line carries its payload version (`pv`, src/events) when it is not 1: absent means
 * 1, which is what nodes of the release before versions send and expect, so they still exchange
 * every version-1 event with newer nodes; an event of a later version reaches them as a line they
 * refuse (they could not read its payload), never as a payload they misread.
 */

/** Something the other node sent that is not what the protocol says. */
export class WireError extends Error {}

const HASH = z.string().regex(/^[0-9a-f]{64}$/, 'is not a SHA-256 hash');
const eventLine = z.strictObject({
  o: z.string().max(40).regex(UNIT_CODE_PATTERN, 'is not a unit code'),
  s: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  i: z.string().min(1).max(64),
  t: z
    .string()
    .regex(/^[a-z][a-z_]*(\.[a-z_]+)+$/, 'is not an event type')
    .max(64),
  e: z.string().min(1).max(200),
  a: z.string().min(1).max(100),
  at: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,3})?Z$/, 'is not a UTC time'),
  p: z.record(z.string(), z.unknown()),
  pv: z.number().int().min(1).max(10_000).optional(),
});
const fullEventLine = eventLine.extend({ ph: HASH, h: HASH });

const chainClaim = z.strictObject({ o: z.string().regex(UNIT_CODE_PATTERN), from: z.number().int().positive(), prev: HASH, to: z.number().int().positive(), last: HASH });
const pushHeader = z.strictObject({ v: z.literal(1), chains: z.array(chainClaim).min(1).max(5000) });
const feedHeader = z.strictObject({ v: z.literal(1), next: z.number().int().min(0), more: z.boolean(), feed: z.number().int().min(0).optional() });

export type ChainClaim = z.infer<typeof chainClaim>;
/** A pushed event before the receiver has rebuilt its links. */
export type UnlinkedEvent = Omit<StoredEvent, 'prev_hash' | 'hash'>;

function toLine(e: UnlinkedEvent): z.infer<typeof eventLine> {
  return { o: e.origin_unit, s: e.seq, i: e.id, t: e.type, e: e.entity_id, a: e.actor, at: e.at, p: JSON.parse(e.payload), ...(e.payload_version !== 1 ? { pv: e.payload_version } : {}) };
}

function fromLine(l: z.infer<typeof eventLine>): UnlinkedEvent {
  // The stored payload is canonical JSON, so parsing and re-serialising gives back the same text.
  return { origin_unit: l.o, seq: l.s, id: l.i, type: l.t, entity_id: l.e, actor: l.a, at: l.at, payload: canonicalJson(l.p), payload_version: l.pv ?? 1 };
}

/** The push body for events in log order; chains must be consecutive per origin. */
export function encodePush(events: readonly StoredEvent[]): Buffer {
  const claims = new Map<string, ChainClaim>();
  for (const e of events) {
    const c = claims.get(e.origin_unit);
    if (!c) claims.set(e.origin_unit, { o: e.origin_unit, from: e.seq, prev: e.prev_hash, to: e.seq, last: e.hash });
    else {
      if (e.seq !== c.to + 1) throw new Error(`push batch skips from ${c.to} to ${e.seq} for ${e.origin_unit}`);
      c.to = e.seq;
      c.last = e.hash;
    }
  }
  const lines = [JSON.stringify({ v: 1, chains: [...claims.values()] }), ...events.map((e) => JSON.stringify(toLine(e)))];
  return Buffer.from(lines.join('\n') + '\n');
}

export function decodePush(body: Buffer): { chains: ChainClaim[]; events: UnlinkedEvent[] } {
  const [head, ...rest] = splitLines(body);
  const header = parseLine(pushHeader, head, 1);
  const events = rest.map((l, i) => fromLine(parseLine(eventLine, l, i + 2)));
  if (events.length === 0) throw new WireError('The push holds no events.');
  const claims = new Map(header.chains.map((c) => [c.o, c]));
  if (claims.size !== header.chains.length) throw new WireError('The push header names an origin twice.');
  const next = new Map<string, number>();
  for (const e of events) {
    const claim = claims.get(e.origin_unit);
    if (!claim) throw new WireError(`The push holds events of ${e.origin_unit}, which its header does not name.`);
    const expected = next.get(e.origin_unit) ?? claim.from;
    if (e.seq !== expected || e.seq > claim.to) throw new WireError(`The push header claims events ${claim.from}–${claim.to} of ${claim.o} but the body does not hold exactly those, in order.`);
    next.set(e.origin_unit, e.seq + 1);
  }
  for (const c of header.chains) {
    if (next.get(c.o) !== c.to + 1) throw new WireError(`The push header claims events ${c.from}–${c.to} of ${c.o} but the body does not hold them all.`);
  }
  return { chains: header.chains, events };
}

/** Events sent down, with their hashes, and the cursor after them (a restore also names where the feed stood). */
export function encodeFeed(events: readonly StoredEvent[], next: number, more: boolean, feed?: number): Buffer {
  const lines = [JSON.stringify({ v: 1, next, more, feed }), ...events.map((e) => JSON.stringify({ ...toLine(e), ph: e.prev_hash, h: e.hash }))];
  return Buffer.from(lines.join('\n') + '\n');
}

export function decodeFeed(body: Buffer): { next: number; more: boolean; feed?: number; events: StoredEvent[] } {
  const [head, ...rest] = splitLines(body);
  const header = parseLine(feedHeader, head, 1);
  const events = rest.map((l, i) => {
    const line = parseLine(fullEventLine, l, i + 2);
    return { ...fromLine(line), prev_hash: line.ph, hash: line.h };
  });
  return { next: header.next, more: header.more, feed: header.feed, events };
}

/** A node's audit entries as they stand in its log, hashes included: the upstream checks each link. */
const auditLine = z.strictObject({
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  id: z.string().min(1).max(64),
  at: z.string().max(40),
  actor_id: z.string().max(100).nullable(),
  actor_username: z.string().max(100).nullable(),
  actor_unit: z.string().max(40).nullable(),
  action: z.string().min(1).max(64),
  target_type: z.string().max(64).nullable(),
  target_id: z.string().max(200).nullable(),
  target_unit: z.string().max(40).nullable(),
  outcome: z.enum(['success', 'failure', 'denied']),
  ip: z.string().max(64).nullable(),
  detail: z.string().max(64 * 1024),
  prev_hash: HASH,
  hash: HASH,
});
const auditHeader = z.strictObject({ v: z.literal(1), chain: z.uuid() });
export type AuditLine = z.infer<typeof auditLine>;

export function encodeAuditPush(chain: string, rows: readonly AuditLine[]): Buffer {
  return Buffer.from([JSON.stringify({ v: 1, chain }), ...rows.map((r) => JSON.stringify(r))].join('\n') + '\n');
}

/** The chain and its entries, which must be consecutive. */
export function decodeAuditPush(body: Buffer): { chain: string; rows: AuditLine[] } {
  const [head, ...rest] = splitLines(body);
  const { chain } = parseLine(auditHeader, head, 1);
  const rows = rest.map((l, i) => parseLine(auditLine, l, i + 2));
  if (rows.length === 0) throw new WireError('The audit push holds no entries.');
  for (let i = 1; i < rows.length; i++) {
    if (rows[i]!.seq !== rows[i - 1]!.seq + 1) throw new WireError(`The audit push skips from entry ${rows[i - 1]!.seq} to ${rows[i]!.seq}.`);
  }
  return { chain, rows };
}

function splitLines(body: Buffer): string[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    throw new WireError('The body is not valid UTF-8.');
  }
  const lines = text.split('\n');
  if (lines[lines.length - 1] !== '') throw new WireError('The body is cut off: its last line is incomplete.');
  lines.pop();
  if (lines.length === 0) throw new WireError('The body is empty.');
  return lines;
}

function parseLine<S extends z.ZodType>(schema: S, line: string | undefined, n: number): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(line ?? '');
  } catch {
    throw new WireError(`Line ${n} of the body is not JSON.`);
  }
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0]!;
    throw new WireError(`Line ${n} of the body is invalid: ${issue.path.join('.') || '(line)'} ${issue.message}.`);
  }
  return r.data;
}

export const ENCODINGS = ['br', 'gzip', 'identity'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Brotli: about a fifth smaller than gzip on these bodies, which on a 64 kbit/s link is time. */
export function compress(body: Buffer, quality = 9): Buffer {
  return zlib.brotliCompressSync(body, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: quality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length, [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT },
  });
}

/** Decompresses with a ceiling, so a small hostile body cannot expand into all of memory. */
export function decompress(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const enc = (encoding ?? 'identity').toLowerCase();
  try {
    if (enc === 'br') return zlib.brotliDecompressSync(body, { maxOutputLength: maxBytes });
    if (enc === 'gzip') return zlib.gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || /too large|maxOutputLength/i.test(String((err as Error).message))) {
      throw new WireError(`The body expands to more than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    }
    throw new WireError(`The body is not valid ${enc} data (cut off or corrupted).`);
  }
  if (enc === 'identity') {
    if (body.length > maxBytes) throw new WireError(`The body is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    return body;
  }
  throw new WireError(`Unknown content encoding "${encoding}": use br or gzip.`);
}
