import path from 'node:path';

/** Where the data lives: an embedded PGlite directory or a PostgreSQL server. */
export type StorageConfig =
  { kind: 'pglite'; dataDir: string } | { kind: 'pglite-memory' } | { kind: 'postgres'; url: string };

/** Runtime settings of one Northroute process. */
export interface AppConfig {
  storage: StorageConfig;
  port: number;
  host: string;
  /** Demo mode prints demo credentials and makes TOTP optional for demo users. */
  demo: boolean;
  /** Cookies get the Secure flag (set when served behind TLS). */
  secureCookies: boolean;
  /** Trust X-Forwarded-* from a reverse proxy. */
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: string;
  /** Requests per minute per client address for the whole API, and for sign-in attempts. */
  rateLimitPerMinute: number;
  signInRateLimitPerMinute: number;
}

/** Storage from DATABASE_URL, else the embedded data directory (NORTHROUTE_DATA_DIR or ./data). */
export function storageFromEnv(env: NodeJS.ProcessEnv, dataDirFlag?: string): StorageConfig {
  if (env.DATABASE_URL) return { kind: 'postgres', url: env.DATABASE_URL };
  const dir = dataDirFlag ?? env.NORTHROUTE_DATA_DIR ?? './data';
  return { kind: 'pglite', dataDir: path.resolve(dir) };
}

function intFromEnv(value: string | undefined, fallback: number): number {
  const n = value === undefined ? NaN : Number.parseInt(value, 10);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

/** Builds the configuration from the environment, with command-line overrides. */
export function configFromEnv(
  env: NodeJS.ProcessEnv,
  overrides: { port?: number; dataDir?: string; demo?: boolean } = {},
): AppConfig {
  return {
    storage: storageFromEnv(env, overrides.dataDir),
    port: overrides.port ?? intFromEnv(env.PORT, 8080),
    host: env.HOST ?? '127.0.0.1',
    demo: overrides.demo ?? env.NORTHROUTE_DEMO !== '0',
    secureCookies: env.NORTHROUTE_SECURE_COOKIES === '1',
    trustProxy: env.NORTHROUTE_TRUST_PROXY === '1',
    sessionIdleMinutes: intFromEnv(env.NORTHROUTE_SESSION_IDLE_MINUTES, 30),
    sessionAbsoluteHours: intFromEnv(env.NORTHROUTE_SESSION_ABSOLUTE_HOURS, 12),
    logLevel: env.LOG_LEVEL ?? 'info',
    rateLimitPerMinute: intFromEnv(env.NORTHROUTE_RATE_LIMIT, 1200),
    signInRateLimitPerMinute: intFromEnv(env.NORTHROUTE_SIGNIN_RATE_LIMIT, 30),
  };
}
