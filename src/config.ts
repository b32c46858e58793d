import path from 'node:path';
import { isTier, type Tier } from './domain/tiers.js';

/** Everything an operator can set, read once from the environment (see docs/configuration.md). */
export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Set when the node sits behind TLS (directly or via a proxy): cookies get the Secure flag. */
  secureCookies: boolean;
  trustProxy: boolean;
  logLevel: string;
  bodyLimitBytes: number;
  security: SecuritySettings;
  /** Which node this is; set on first start and fixed for the data directory after that. */
  node: { tier?: Tier; unit?: string; upstream?: string };
  sync: SyncSettings;
}

export interface SyncSettings {
  /** Seconds between sync rounds when all is well (new records also start a round). */
  intervalSeconds: number;
  /** A request that moves no byte for this long is abandoned: a silent link never stalls sync. */
  idleTimeoutSeconds: number;
  /** Failed rounds back off exponentially up to this. */
  maxBackoffSeconds: number;
  /** A node not heard from for this long is shown as dark. */
  darkAfterHours: number;
  /** Largest compressed sync request body accepted. */
  bodyLimitBytes: number;
}

export interface SecuritySettings {
  idleTimeoutSeconds: number;
  absoluteTimeoutSeconds: number;
  lockoutThreshold: number;
  lockoutWindowSeconds: number;
  /** 0 means an administrator must unlock. */
  lockoutDurationSeconds: number;
  loginAttemptsPerAddress: number;
  loginAddressWindowSeconds: number;
  passwordMinLength: number;
}

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

function tierFromEnv(raw: string | undefined): Tier | undefined {
  if (!raw) return undefined;
  if (!isTier(raw)) throw new Error(`CCTNS_TIER must be standalone, station, state or national, got "${raw}"`);
  return raw;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: intFromEnv(env, 'PORT', 8080),
    host: env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(env.CCTNS_DATA ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.CCTNS_SECURE_COOKIES === '1' || env.CCTNS_SECURE_COOKIES === 'true',
    trustProxy: env.CCTNS_TRUST_PROXY === '1' || env.CCTNS_TRUST_PROXY === 'true',
    logLevel: env.LOG_LEVEL ?? 'info',
    bodyLimitBytes: intFromEnv(env, 'CCTNS_BODY_LIMIT', 256 * 1024),
    node: {
      tier: tierFromEnv(env.CCTNS_TIER),
      unit: env.CCTNS_UNIT || undefined,
      upstream: env.CCTNS_UPSTREAM || undefined,
    },
    sync: {
      intervalSeconds: intFromEnv(env, 'CCTNS_SYNC_INTERVAL', 15),
      idleTimeoutSeconds: intFromEnv(env, 'CCTNS_SYNC_TIMEOUT', 30),
      maxBackoffSeconds: intFromEnv(env, 'CCTNS_SYNC_MAX_BACKOFF', 60),
      darkAfterHours: intFromEnv(env, 'CCTNS_DARK_AFTER_HOURS', 24),
      bodyLimitBytes: intFromEnv(env, 'CCTNS_SYNC_BODY_LIMIT', 8 * 1024 * 1024),
    },
    security: {
      idleTimeoutSeconds: intFromEnv(env, 'CCTNS_IDLE_TIMEOUT', 30 * 60),
      absoluteTimeoutSeconds: intFromEnv(env, 'CCTNS_SESSION_MAX', 12 * 60 * 60),
      lockoutThreshold: intFromEnv(env, 'CCTNS_LOCKOUT_THRESHOLD', 5),
      lockoutWindowSeconds: intFromEnv(env, 'CCTNS_LOCKOUT_WINDOW', 15 * 60),
      lockoutDurationSeconds: intFromEnv(env, 'CCTNS_LOCKOUT_DURATION', 30 * 60),
      loginAttemptsPerAddress: intFromEnv(env, 'CCTNS_LOGIN_RATE_PER_ADDRESS', 30),
      loginAddressWindowSeconds: intFromEnv(env, 'CCTNS_LOGIN_RATE_WINDOW', 5 * 60),
      passwordMinLength: 12,
    },
  };
}
