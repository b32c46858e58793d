import http from 'node:http';
import https from 'node:https';
import type crypto from 'node:crypto';
import { newNonce, requestSigningText, responseSigningText, SIGNATURE_HEADERS, verify } from './crypto.js';
import type { NodeIdentity } from './identity.js';

/** Why a request to the upstream did not give a usable answer. */
export type LinkFailure =
  /** No connection: the link or the upstream is down. */
  | 'unreachable'
  /** Bytes stopped flowing (a silent link) or the request ran past its deadline. */
  | 'timeout'
  /** The connection broke part-way through. */
  | 'cut'
  /** An answer came, but not one of the upstream's: unsigned, badly signed, or malformed. */
  | 'bad-answer'
  /** The upstream answered, refusing (4xx/5xx with a reason). */
  | 'refused';

export class LinkError extends Error {
  constructor(
    readonly failure: LinkFailure,
    message: string,
    readonly status?: number,
    /** The upstream's problem document, for refusals. */
    readonly problem?: { type?: string; detail?: string; [k: string]: unknown },
  ) {
    super(message);
  }

  /** The problem's short name (e.g. "chain-gap"), from its type URI. */
  get slug(): string | undefined {
    return this.problem?.type?.split('/').pop();
  }
}

export interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** An upstream answer may be this large: a feed page or a file piece, never more. */
const MAX_ANSWER_BYTES = 80 * 1024 * 1024;

/**
 * Signed HTTP requests to the upstream over whatever link there is: a fresh signature and nonce
 * per request, an idle timeout so a silent link never stalls, a deadline, and the answer's
 * signature checked before anything in it is believed.
 */
export class Transport {
  private readonly agent: http.Agent;
  bytesUp = 0;
  bytesDown = 0;

  constructor(
    private readonly opts: {
      baseUrl: string;
      nodeId: string;
      identity: NodeIdentity;
      upstreamKey: crypto.KeyObject;
      /** Milliseconds to add to this machine's clock to get the upstream's. */
      clockOffsetMs: () => number;
      now: () => number;
      idleTimeoutMs: number;
    },
  ) {
    const url = new URL(opts.baseUrl);
    this.agent = url.protocol === 'https:' ? new https.Agent({ keepAlive: true, maxSockets: 2 }) : new http.Agent({ keepAlive: true, maxSockets: 2 });
  }

  close(): void {
    this.agent.destroy();
  }

  async request(method: 'GET' | 'POST' | 'PUT', path: string, body: Buffer = Buffer.alloc(0), headers: Record<string, string> = {}, deadlineMs = 10 * 60_000): Promise<Answer> {
    const nonce = newNonce();
    const time = Math.round(this.opts.now() + this.opts.clockOffsetMs());
    const encoding = headers['content-encoding'] ?? '';
    const signature = this.opts.identity.sign(requestSigningText({ method, path, nodeId: this.opts.nodeId, time, nonce, encoding, body }));
    const url = new URL(path, this.opts.baseUrl);
    const mod = url.protocol === 'https:' ? https : http;
    const answer = await new Promise<Answer>((resolve, reject) => {
      let settled = false;
      const fail = (err: LinkError) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        req.destroy();
        reject(err);
      };
      const req = mod.request(
        url,
        {
          method,
          agent: this.agent,
          headers: {
            ...headers,
            'content-length': String(body.length),
            [SIGNATURE_HEADERS.node]: this.opts.nodeId,
            [SIGNATURE_HEADERS.time]: String(time),
            [SIGNATURE_HEADERS.nonce]: nonce,
            [SIGNATURE_HEADERS.signature]: signature,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (c: Buffer) => {
            size += c.length;
            if (size > MAX_ANSWER_BYTES) fail(new LinkError('bad-answer', 'The upstream answer is larger than any sync answer can be.'));
            else chunks.push(c);
          });
          res.on('aborted', () => fail(new LinkError('cut', 'The connection broke while the answer was arriving.')));
          res.on('error', () => fail(new LinkError('cut', 'The connection broke while the answer was arriving.')));
          res.on('end', () => {
            if (settled) return;
            if (!res.complete) return fail(new LinkError('cut', 'The answer was cut off before its end.'));
            settled = true;
            clearTimeout(deadline);
            resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
          });
        },
      );
      const deadline = setTimeout(() => fail(new LinkError('timeout', `The request took longer than ${Math.round(deadlineMs / 1000)} s.`)), deadlineMs);
      req.setTimeout(this.opts.idleTimeoutMs, () => fail(new LinkError('timeout', `The link went silent: nothing moved for ${Math.round(this.opts.idleTimeoutMs / 1000)} s.`)));
      req.on('error', (err: NodeJS.ErrnoException) => {
        const refused = ['ECONNREFUSED', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'].includes(err.code ?? '');
        fail(new LinkError(refused ? 'unreachable' : 'cut', refused ? `The upstream ${this.opts.baseUrl} cannot be reached (${err.code}).` : `The connection broke (${err.code ?? err.message}).`));
      });
      req.end(body);
    });
    this.bytesUp += body.length;
    this.bytesDown += answer.body.length;
    const sig = answer.headers[SIGNATURE_HEADERS.signature];
    const answerEncoding = answer.headers['content-encoding'] ?? '';
    const signed = { nonce, method, path, nodeId: this.opts.nodeId, status: answer.status, encoding: String(answerEncoding), body: answer.body };
    if (typeof sig !== 'string' || !verify(this.opts.upstreamKey, responseSigningText(signed), sig)) {
      throw new LinkError('bad-answer', `The answer (HTTP ${answer.status}) is not signed by the upstream's key: not the upstream, a proxy's page, or altered on the way.`, answer.status);
    }
    if (answer.status >= 400) {
      let problem: LinkError['problem'];
      try {
        problem = JSON.parse(answer.body.toString('utf8'));
      } catch {
        problem = undefined;
      }
      throw new LinkError('refused', problem?.detail ?? `The upstream refused with HTTP ${answer.status}.`, answer.status, problem);
    }
    return answer;
  }

  /** A JSON request answered with JSON. */
  async json<T>(path: string, value: unknown): Promise<T> {
    const answer = await this.request('POST', path, Buffer.from(JSON.stringify(value)), { 'content-type': 'application/json' });
    try {
      return JSON.parse(answer.body.toString('utf8')) as T;
    } catch {
      throw new LinkError('bad-answer', 'The upstream answer is not JSON.');
    }
  }
}
