// Thin client for the CCTNS JSON API (same origin, cookie session, CSRF header).

export type { AuditEntry, Enrolment, FieldError, Language, Role, SessionInfo, SessionNode, SessionUser, Stage, Unit, UnitNode, UserRow } from './contract.ts';
import type { AuditEntry, Enrolment, FieldError, FileStored, Language, NewUser, OneUser, Role, SessionInfo, SessionUser, StageAnswer, UnitNode, UserRow, UserWithPassword } from './contract.ts';

/** An error answer from the API (problem+json), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: Record<string, string>;

  constructor(status: number, body: Partial<{ type: string; title: string; detail: string; errors: unknown }>) {
    super(body.detail || body.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.type = body.type ?? '';
    this.title = body.title ?? '';
    this.detail = body.detail ?? '';
    this.fieldErrors = {};
    if (Array.isArray(body.errors)) {
      for (const e of body.errors as Array<Partial<FieldError> & { path?: unknown }>) {
        const key = normalisePath(e.path);
        if (key && typeof e.message === 'string' && !(key in this.fieldErrors)) this.fieldErrors[key] = e.message;
      }
    }
  }

  get isCsrf(): boolean {
    return this.status === 403 && /csrf$/i.test(this.type);
  }
}

function normalisePath(path: unknown): string {
  if (Array.isArray(path)) return path.map(String).join('.');
  if (typeof path !== 'string') return '';
  return path
    .replace(/^[#/]+/, '')
    .replace(/^body[./]/, '')
    .replace(/\//g, '.');
}

let csrfToken = '';
let language: Language = 'en';
let unauthorizedHandler: (() => void) | null = null;
let activityHandler: (() => void) | null = null;
const writeListeners = new Set<() => void>();

/**
 * Called after each change the server accepted (any successful call but GET), e.g. so that the
 * sync badge shows the new records waiting to be sent. Returns the function that unsubscribes.
 */
export function onWrite(listener: () => void): () => void {
  writeListeners.add(listener);
  return () => {
    writeListeners.delete(listener);
  };
}

function wrote(): void {
  for (const l of writeListeners) l();
}

/** Called when any API call (made with the default options) answers 401. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** Called after every API call that reached the server, background refreshes aside (used for idle tracking). */
export function onActivity(handler: (() => void) | null): void {
  activityHandler = handler;
}

export function setApiLanguage(lang: Language): void {
  language = lang;
}

export interface CallOptions {
  /** Do not treat 401 as "session ended" (sign-in steps, where 401 means a wrong answer). */
  allow401?: boolean;
  signal?: AbortSignal;
  /**
   * A screen refreshing itself (GET only), not a person doing something: sent with
   * `x-cctns-background: 1`, so that the server does not count it as activity for the idle lock,
   * and not counted as activity by the app's own idle check either.
   */
  background?: boolean;
}

async function send(method: string, path: string, body: unknown, opts: CallOptions): Promise<Response> {
  const headers: Record<string, string> = {
    accept: 'application/json, application/problem+json',
    'accept-language': language,
  };
  let payload: string | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    headers['content-type'] = 'application/json';
    headers['x-csrf-token'] = csrfToken;
    payload = JSON.stringify(body ?? {});
  } else if (opts.background) {
    headers['x-cctns-background'] = '1';
  }
  try {
    return await fetch(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError(0, {});
  }
}

async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return undefined;
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export async function request<T>(method: string, path: string, body?: unknown, opts: CallOptions = {}): Promise<T> {
  let res = await send(method, path, body, opts);
  let data = await readBody(res);
  if (res.status === 403 && method !== 'GET') {
    const err = new ApiError(res.status, (data ?? {}) as object);
    if (err.isCsrf) {
      // The token may have rotated (new session after sign-in, or expiry): fetch it and retry once.
      await getSession();
      res = await send(method, path, body, opts);
      data = await readBody(res);
    }
  }
  if (!opts.background) activityHandler?.();
  if (!res.ok) {
    const err = new ApiError(res.status, (data ?? {}) as object);
    if (res.status === 401 && !opts.allow401) unauthorizedHandler?.();
    throw err;
  }
  if (method !== 'GET' && method !== 'HEAD') wrote();
  return data as T;
}

/**
 * Uploads a photo as the raw request body; the server checks its bytes and size (JPEG/PNG/WebP,
 * ≤ 5 MB). Photos of persons go to /api/v1/attachments, those of alerts to /api/v1/alerts/photos.
 */
export async function uploadPhoto(file: Blob, path = '/api/v1/attachments'): Promise<FileStored> {
  const post = () =>
    fetch(path, {
      method: 'POST',
      headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken, accept: 'application/json, application/problem+json' },
      body: file,
      credentials: 'same-origin',
      cache: 'no-store',
    });
  let res = await post();
  let data = await readBody(res);
  if (res.status === 403 && new ApiError(res.status, (data ?? {}) as object).isCsrf) {
    await getSession();
    res = await post();
    data = await readBody(res);
  }
  activityHandler?.();
  if (!res.ok) {
    if (res.status === 401) unauthorizedHandler?.();
    throw new ApiError(res.status, (data ?? {}) as object);
  }
  wrote();
  return data as FileStored;
}

export async function getSession(): Promise<SessionInfo> {
  const res = await send('GET', '/api/v1/session', undefined, {});
  const data = (await readBody(res)) as SessionInfo | undefined;
  if (!res.ok || !data) throw new ApiError(res.status, (data ?? {}) as object);
  csrfToken = data.csrfToken ?? '';
  return data;
}

export const api = {
  session: getSession,
  login: (username: string, password: string) => request<StageAnswer>('POST', '/api/v1/auth/login', { username, password }, { allow401: true }),
  totp: (code: string) => request<StageAnswer>('POST', '/api/v1/auth/totp', { code }, { allow401: true }),
  enrolment: () => request<Enrolment>('GET', '/api/v1/auth/enrolment', undefined, { allow401: true }),
  enrol: (code: string) => request<StageAnswer>('POST', '/api/v1/auth/enrolment', { code }, { allow401: true }),
  setInitialPassword: (newPassword: string) => request<StageAnswer>('POST', '/api/v1/auth/password', { newPassword }, { allow401: true }),
  logout: () => request<void>('POST', '/api/v1/auth/logout', {}, { allow401: true }),
  setLanguage: (lang: Language) => request<SessionUser>('PATCH', '/api/v1/me', { language: lang }),
  changePassword: (currentPassword: string, newPassword: string) => request<void>('POST', '/api/v1/me/password', { currentPassword, newPassword }),
  myAudit: (limit = 50) => request<{ entries: AuditEntry[] }>('GET', `/api/v1/me/audit?limit=${limit}`),
  units: () => request<{ units: UnitNode[] }>('GET', '/api/v1/units'),
  stations: () => request<{ stations: UnitNode[] }>('GET', '/api/v1/stations'),
  roles: () => request<{ roles: Role[] }>('GET', '/api/v1/roles'),
  users: (q: string, unit: string, signal?: AbortSignal) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    if (unit) params.set('unit', unit);
    const qs = params.toString();
    return request<{ users: UserRow[] }>('GET', `/api/v1/users${qs ? `?${qs}` : ''}`, undefined, { signal });
  },
  createUser: (input: NewUser) => request<UserWithPassword>('POST', '/api/v1/users', input),
  userAction: (id: string, action: 'disable' | 'enable' | 'reset' | 'unlock', reason: string) =>
    request<OneUser | UserWithPassword>('POST', `/api/v1/users/${encodeURIComponent(id)}/${action}`, { reason }),
};
