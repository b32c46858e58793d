import type { FastifyInstance, InjectOptions } from 'fastify';
import { totpCode } from '../../src/access/totp.js';
import type { Clock } from '../../src/util/clock.js';
import { ManualClock } from '../../src/util/clock.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { ok, type Answer, type AnswerTo } from './answers.js';

export type { Answer } from './answers.js';

/**
 * A browser-like API client over fastify.inject: keeps cookies, sends the CSRF header, speaks
 * JSON. No network, so tests are fast and do not depend on ports.
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  csrf = '';
  bearer?: string;
  ip = '10.1.2.3';

  constructor(private readonly app: FastifyInstance) {}

  /** The answer typed from the route table (test/support/answers.ts). */
  async request<M extends string, U extends string>(method: M, url: U, body?: unknown, extra: { headers?: Record<string, string>; raw?: string } = {}): Promise<AnswerTo<M, U>> {
    const headers: Record<string, string> = { ...extra.headers };
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in headers)) headers['x-csrf-token'] = this.csrf;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    let payload: string | undefined;
    if (extra.raw !== undefined) payload = extra.raw;
    else if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method: method as InjectOptions['method'], url, headers, payload, remoteAddress: this.ip });
    for (const c of res.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const cleared = c.value === '' || (c.maxAge !== undefined && c.maxAge <= 0) || (c.expires && c.expires.getTime() < Date.now());
      if (cleared) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    let parsed: unknown = res.body;
    if (String(res.headers['content-type'] ?? '').includes('json') && res.body) parsed = JSON.parse(res.body);
    const answer: Answer = { status: res.statusCode, body: parsed, headers: res.headers as Answer['headers'] };
    // The one place an answer takes its route's type: the test server checks every success
    // against the route's declared schema (validateResponses), and errors are problem+json.
    return answer as AnswerTo<M, U>;
  }

  /** A cookie the client holds, for tests that speak to the server past the client. */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  get = <U extends string>(url: U): Promise<AnswerTo<'GET', U>> => this.request('GET', url);
  post = <U extends string>(url: U, body?: unknown): Promise<AnswerTo<'POST', U>> => this.request('POST', url, body ?? {});
  patch = <U extends string>(url: U, body?: unknown): Promise<AnswerTo<'PATCH', U>> => this.request('PATCH', url, body);

  async refreshCsrf() {
    const s = ok(await this.get('/api/v1/session'));
    this.csrf = s.body.csrfToken;
    return s;
  }

  /**
   * Full sign-in: password then TOTP. With a manual clock it first moves to the next 30-second
   * step, because a code is accepted only once.
   */
  async signIn(username: string, password: string, totpSecret: string, clock: Clock): Promise<void> {
    if (clock instanceof ManualClock) clock.advance(30);
    await this.refreshCsrf();
    const login = await this.post('/api/v1/auth/login', { username, password });
    if (login.status !== 200) throw new Error(`login ${username}: ${login.status} ${JSON.stringify(login.body)}`);
    await this.refreshCsrf();
    const mfa = await this.post('/api/v1/auth/totp', { code: totpCode(totpSecret, clock.now()) });
    if (mfa.status !== 200 || mfa.body.stage !== 'full') throw new Error(`totp ${username}: ${mfa.status} ${JSON.stringify(mfa.body)}`);
    await this.refreshCsrf();
  }
}

/**
 * Bearer-token clients per username on a test node, made on first use and kept: the policy
 * alone decides what each may do (no sign-in steps in the way). `server` is read at call time,
 * so it can be given before the node starts.
 */
export function bearerClients(
  server: () => {
    app: FastifyInstance;
    node: { users: { byUsername(u: string): Promise<{ id: string } | null> }; tokens: { create(userId: string, label: string, expires: Date | null, by: string): Promise<{ token: string }> } };
  },
  label: string,
) {
  const clients = new Map<string, ApiClient>();
  return async (username: string): Promise<ApiClient> => {
    if (!clients.has(username)) {
      const { app, node } = server();
      const user = await node.users.byUsername(username);
      if (!user) throw new Error(`no user ${username}`);
      const c = new ApiClient(app);
      c.bearer = (await node.tokens.create(user.id, label, null, 'test')).token;
      clients.set(username, c);
    }
    return clients.get(username)!;
  };
}

/**
 * Clients signed in as demo users (password and TOTP, as an officer does), one per username, made
 * on first use and signed in again once their session has ended (a test that moves the clock on).
 */
export function signedInClients(server: () => { app: FastifyInstance; demo: { users: Record<string, { totpSecret: string }> } }, clock: Clock) {
  const clients = new Map<string, ApiClient>();
  return async (username: string): Promise<ApiClient> => {
    const known = clients.get(username);
    if (known && (await known.get('/api/v1/me')).status !== 401) return known;
    const c = new ApiClient(server().app);
    await c.signIn(username, DEMO_PASSWORD, server().demo.users[username]!.totpSecret, clock);
    clients.set(username, c);
    return c;
  };
}
