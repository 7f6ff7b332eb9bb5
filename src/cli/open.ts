import os from 'node:os';
import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../platform/access/actor.js';
import { configFromEnv, type AppConfig } from '../platform/config.js';
import { openDatabase, type Db } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';
import { ensureCountries } from '../platform/directory/reference-data.js';

/** Options every data command accepts. */
export interface DataOptions {
  dataDir?: string;
}

/** Opens the configured database (DATABASE_URL or the data directory), migrated and with reference data. */
export async function openForCli(options: DataOptions): Promise<{ db: Db; config: AppConfig }> {
  const config = configFromEnv(process.env, { dataDir: options.dataDir });
  const db = await openDatabase(config.storage);
  await migrateToLatest(db.db as never);
  await ensureCountries(db.db);
  return { db, config };
}

/** The audit context of a command-line action: no signed-in actor, the operating-system user named instead. */
export function cliContext(): RequestContext {
  return { requestId: `cli-${randomUUID()}`, ip: null, actor: null };
}

/** Who ran a command, for the audit log. */
export function cliOperator(): string {
  return `cli:${os.userInfo().username}`;
}

/** Runs `work` with an open database and always closes it (PGlite must close to persist cleanly). */
export async function withDatabase<T>(
  options: DataOptions,
  work: (db: Db, config: AppConfig) => Promise<T>,
): Promise<T> {
  const { db, config } = await openForCli(options);
  try {
    return await work(db, config);
  } finally {
    await db.close();
  }
}
