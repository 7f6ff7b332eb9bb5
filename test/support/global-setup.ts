import { existsSync, mkdirSync, rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase } from '../../src/platform/db/database.js';
import { migrateToLatest } from '../../src/platform/db/migrate.js';
import { ensureCountries } from '../../src/platform/directory/reference-data.js';
import { PG_ADMIN_URL, PGLITE_TEMPLATE_DIR, testBackend } from './database.js';

/**
 * Prepares the backend once per run: checks that the PostgreSQL server answers (postgres suite), or
 * builds a migrated PGlite template directory that each test file copies (pglite suite).
 */
export default async function setup(): Promise<void> {
  if (testBackend() === 'postgres') {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
    await client.connect();
    await client.end();
    return;
  }
  if (existsSync(PGLITE_TEMPLATE_DIR)) rmSync(PGLITE_TEMPLATE_DIR, { recursive: true, force: true });
  mkdirSync(PGLITE_TEMPLATE_DIR, { recursive: true });
  const db = await openDatabase({ kind: 'pglite', dataDir: PGLITE_TEMPLATE_DIR });
  await migrateToLatest(db.db as never);
  await ensureCountries(db.db);
  await db.close();
}
