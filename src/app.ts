import type { AppConfig } from './platform/config.js';
import { openDatabase, type Db } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import type { App, AppContext } from './platform/http/context.js';
import { buildServer, type ServerOptions } from './platform/http/server.js';
import { registerPlatformRoutes } from './platform/routes.js';
import { registerRecordRoutes, registerStatisticsRoutes } from './modules/records/index.js';
import { registerSharingRoutes } from './modules/records/index.js';
import { registerExportRoutes } from './modules/records/index.js';
import { registerImportRoutes } from './modules/records/index.js';
import { isDemoLoaded } from './demo/load-demo.js';
import { ensureCountries } from './platform/directory/reference-data.js';

/** Every module's routes, in one place. */
export function registerAllRoutes(api: App, app: AppContext): void {
  registerPlatformRoutes(api, app);
  registerRecordRoutes(api, app);
  registerSharingRoutes(api, app);
  registerStatisticsRoutes(api, app);
  registerExportRoutes(api, app);
  registerImportRoutes(api, app);
}

/** A running Northroute: its database, context and HTTP server. */
export interface Northroute {
  db: Db;
  context: AppContext;
  server: App;
  close(): Promise<void>;
  /** Like close, but a second call does nothing (tests close early to hand the data directory to the CLI). */
  closeOnce(): Promise<void>;
}

/** Opens the database, migrates it and builds the server (not yet listening). */
export async function createNorthroute(config: AppConfig, options: ServerOptions = {}): Promise<Northroute> {
  const db = await openDatabase(config.storage);
  await migrateToLatest(db.db as never);
  await ensureCountries(db.db);
  const context: AppContext = { db: db.db, config, demoMode: config.demo && (await isDemoLoaded(db.db)) };
  const server = await buildServer(context, registerAllRoutes, options);
  let closing: Promise<void> | undefined;
  const close = async () => {
    await server.close();
    await db.close();
  };
  return { db, context, server, close, closeOnce: () => (closing ??= close()) };
}
