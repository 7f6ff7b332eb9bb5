import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { StorageConfig } from '../config.js';
import { registerCopyPool } from './copy.js';
import { lockDataDir } from './data-dir-lock.js';
import type { Database } from './schema.js';

// Bigint counts come back as strings by default; audit sequence numbers and counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number.parseInt(v, 10));
// Calendar dates stay 'YYYY-MM-DD' text: a Date would shift them by the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

/** An open database: the Kysely handle plus how to close it. */
export interface Db {
  db: Kysely<Database>;
  kind: StorageConfig['kind'];
  close(): Promise<void>;
}

/**
 * Opens the configured database. Both backends go through node-postgres and Kysely's PostgresDialect,
 * so every query, migration and transaction is the same code on PGlite and on a PostgreSQL server.
 */
export async function openDatabase(storage: StorageConfig): Promise<Db> {
  if (storage.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: storage.url, max: 10 });
    let closing = false;
    // An idle connection the server ends (a restart, a test dropping its database while the pool's
    // sockets are still closing) is reported on the pool: without a listener it would be an uncaught
    // error ending the process. The pool replaces the connection on the next query.
    pool.on('error', (error) => {
      if (!closing) console.error(`PostgreSQL connection lost: ${error.message}`);
    });
    registerCopyPool(pool);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    const close = async () => {
      closing = true;
      await db.destroy();
    };
    return { db, kind: storage.kind, close };
  }
  const extensions = { pg_trgm, unaccent, fuzzystrmatch };
  let pglite: PGlite;
  let unlock = () => undefined as void;
  if (storage.kind === 'pglite') {
    mkdirSync(storage.dataDir, { recursive: true });
    unlock = lockDataDir(storage.dataDir);
    try {
      pglite = await PGlite.create({ dataDir: storage.dataDir, extensions });
    } catch (error) {
      unlock();
      throw error;
    }
  } else {
    pglite = await PGlite.create({ extensions });
  }
  // PGlite serves one connection; a pool of one queues queries instead of failing.
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    kind: storage.kind,
    close: async () => {
      await db.destroy();
      await pglite.close();
      unlock();
    },
  };
}

/** True when the database answers a trivial query (readiness probe). */
export async function isDatabaseReady(db: Kysely<Database>): Promise<boolean> {
  try {
    await sql`select 1`.execute(db);
    return true;
  } catch {
    return false;
  }
}
