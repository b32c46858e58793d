import path from 'node:path';

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
