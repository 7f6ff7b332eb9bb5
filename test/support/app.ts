import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { createNorthroute, type Northroute } from '../../src/app.js';
import type { AppConfig } from '../../src/platform/config.js';
import type { Database } from '../../src/platform/db/schema.js';
import type { ServerOptions } from '../../src/platform/http/server.js';
import { createTestDatabase, type TestDatabase } from './database.js';

/** A real server on a real database, listening on a free local port. */
export interface TestApp {
  url: string;
  app: Northroute;
  db: Kysely<Database>;
  database: TestDatabase;
  close(): Promise<void>;
}

/** Starts Northroute on a fresh database of the suite's backend. */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: ServerOptions = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config: AppConfig = {
    storage: database.storage,
    port: 0,
    host: '127.0.0.1',
    demo: false,
    secureCookies: false,
    trustProxy: false,
    sessionIdleMinutes: 30,
    sessionAbsoluteHours: 12,
    logLevel: 'silent',
    rateLimitPerMinute: 1_000_000,
    signInRateLimitPerMinute: 1_000_000,
    ...overrides,
  };
  const app = await createNorthroute(config, options);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    db: app.context.db,
    database,
    close: async () => {
      await app.closeOnce();
      await database.drop();
    },
  };
}
