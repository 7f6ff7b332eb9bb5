import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { StorageConfig } from '../../src/platform/config.js';

/** Which database the suite runs on: set per vitest project (see vitest.config.ts). */
export type Backend = 'pglite' | 'postgres';

export function testBackend(): Backend {
  return process.env.NORTHROUTE_TEST_BACKEND === 'postgres' ? 'postgres' : 'pglite';
}

/** The PostgreSQL server the postgres suite uses (trust auth on the machines that run it). */
export const PG_ADMIN_URL = process.env.NORTHROUTE_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

/**
 * Where the global setup of a vitest project leaves its migrated PGlite template directory: one per
 * project and per run (`NORTHROUTE_TEST_RUN`, set in vitest.config.ts), so that runs started side by
 * side on one machine never rebuild a template another run is copying.
 */
export function pgliteTemplateDir(project: string, run: string | undefined): string {
  return path.resolve(`.tmp/pglite-template-${project}-${run ?? 'default'}`);
}

function databaseUrl(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A fresh, empty database of the suite's backend, and how to throw it away. */
export interface TestDatabase {
  storage: StorageConfig;
  /** A URL for child processes (postgres) or the data directory (pglite). */
  location: { databaseUrl?: string; dataDir?: string };
  drop(): Promise<void>;
}

/**
 * Creates a database for one test file: on PostgreSQL a new database on the server, on PGlite a copy
 * of the migrated template directory (opening a copy takes ~0.5 s; initialising one takes ~5 s).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testBackend() === 'postgres') {
    const name = `nr_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = databaseUrl(name);
    return {
      storage: { kind: 'postgres', url },
      location: { databaseUrl: url },
      drop: async () => {
        const client = new pg.Client({ connectionString: PG_ADMIN_URL });
        await client.connect();
        await client.query(`drop database if exists ${name} with (force)`);
        await client.end();
      },
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nr-test-'));
  cpSync(
    pgliteTemplateDir(process.env.NORTHROUTE_TEST_PROJECT ?? 'pglite', process.env.NORTHROUTE_TEST_RUN),
    dir,
    { recursive: true },
  );
  return {
    storage: { kind: 'pglite', dataDir: dir },
    location: { dataDir: dir },
    drop: () => {
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}
