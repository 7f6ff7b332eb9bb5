import { existsSync, mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { ensureCountries } from '../../src/platform/directory/reference-data.js';
import type { TestProject } from 'vitest/node';
import { PG_ADMIN_URL, pgliteTemplateDir } from './database.js';

/**
 * Prepares the backend once per run: checks that the PostgreSQL server answers (postgres suite), or
 * builds a migrated PGlite template directory that each test file copies (pglite suite).
 */
export default async function setup(project: TestProject): Promise<(() => void) | undefined> {
  // Runs in the main process, where only the project's own config says which backend it is for.
  const env = project.config.env as Record<string, string | undefined>;
  if (env.NORTHROUTE_TEST_BACKEND === 'postgres') {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.end();
    return undefined;
  }
  // One template per project: projects of one run set up side by side.
  const dir = pgliteTemplateDir(project.name, env.NORTHROUTE_TEST_RUN);
  if (existsSync(dir)) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = await openDatabase({ kind: 'pglite', dataDir: dir });
  await migrateToLatest(db.db as never);
  await ensureCountries(db.db);
  await db.close();
  return () => rmSync(dir, { recursive: true, force: true });
}
