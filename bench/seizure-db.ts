import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely';
import pg from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';
import type { Actor, RequestContext } from '../src/platform/access/actor.js';
import { loadActor } from '../src/platform/access/load-actor.js';
import '../src/platform/db/database.js'; // the type parsers (int8, date) the application uses
import { registerCopyPool } from '../src/platform/db/copy.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/schema.js';
import { ensureCountries } from '../src/platform/directory/reference-data.js';
import { buildAgency, buildUser } from '../test/support/factories.js';
import { scratchPostgres } from './audit-append.js';

/** Time per kind of statement (its first words), when `BENCH_SQL_PROFILE=1`: where an import's SQL time goes. */
export const sqlProfile = new Map<string, { count: number; ms: number }>();

const profiling = process.env.BENCH_SQL_PROFILE === '1';
const log = (event: LogEvent) => {
  const key = event.query.sql.replace(/\s+/g, ' ').slice(0, 70);
  const entry = sqlProfile.get(key) ?? { count: 0, ms: 0 };
  entry.count += 1;
  entry.ms += event.queryDurationMillis;
  sqlProfile.set(key, entry);
};
const kysely = (pool: pg.Pool) =>
  new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(profiling ? { log } : {}) });

/** The statements that took most time, for the console. */
export function printSqlProfile(title: string): void {
  if (!profiling) return;
  console.error(`SQL time, ${title}:`);
  for (const [key, { count, ms }] of [...sqlProfile].sort((a, b) => b[1].ms - a[1].ms).slice(0, 12)) {
    console.error(`  ${(ms / 1000).toFixed(1).padStart(7)} s ${String(count).padStart(6)}× ${key}`);
  }
  sqlProfile.clear();
}

/** A benchmark database: the application's Kysely handle and a raw COPY into the same database. */
export interface BenchDb {
  backend: 'pglite' | 'postgres';
  db: Kysely<Database>;
  /** Runs `COPY … FROM STDIN` (PostgreSQL) or `COPY … FROM '/dev/blob'` (PGlite) with the file's bytes. */
  copy(statement: (source: string) => string, file: string): Promise<void>;
  /** Runs `COPY … TO` into a file (to reload exactly the rows an import wrote). */
  copyOut(statement: (target: string) => string, file: string): Promise<void>;
  /**
   * CPU seconds used so far by the database server's backends of this database (PostgreSQL, read from
   * /proc: the server runs on this machine), 0 for PGlite, whose work is in this process. With the
   * process's own CPU time it gives a figure that the other work on a shared machine disturbs less.
   */
  serverCpu(): Promise<number>;
  close(): Promise<void>;
}

const TICKS_PER_SECOND = 100;

/** utime + stime of a process, in seconds (0 when it is gone). */
async function processCpu(pid: number): Promise<number> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** CPU seconds of this process (JavaScript, and PGlite's WebAssembly), user and system. */
export function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/**
 * PGlite opened with the application's options (`src/platform/db/database.ts`: the same extensions,
 * node-postgres over `createPgConfig`, a pool of one), keeping the raw instance for COPY. In memory
 * unless `BENCH_PGLITE_DIR=1`, then in a temporary data directory removed at the end.
 */
export async function openPglite(): Promise<BenchDb> {
  const dir =
    process.env.BENCH_PGLITE_DIR === '1' ? await mkdtemp(path.join(os.tmpdir(), 'nr-bench-')) : null;
  const extensions = { pg_trgm, unaccent, fuzzystrmatch };
  const pglite = await PGlite.create(dir ? { dataDir: dir, extensions } : { extensions });
  const pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 });
  const db = kysely(pool);
  return {
    backend: 'pglite',
    db,
    copy: async (statement, file) => {
      const blob = new Blob([await readFile(file)]);
      await pglite.query(statement("'/dev/blob'"), [], { blob });
    },
    copyOut: async (statement, file) => {
      const result = await pglite.query(statement("'/dev/blob'"));
      // An empty table writes nothing, and the result has no blob.
      await writeFile(file, result.blob ? Buffer.from(await result.blob.arrayBuffer()) : Buffer.alloc(0));
    },
    serverCpu: () => Promise.resolve(0),
    close: async () => {
      await db.destroy();
      await pglite.close();
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A scratch database on the PostgreSQL server, dropped on close. */
export async function openPostgres(adminUrl: string): Promise<BenchDb> {
  const scratch = await scratchPostgres(adminUrl);
  if (scratch.storage.kind !== 'postgres') throw new Error('unreachable');
  const url = scratch.storage.url;
  // Idle connections stay open: their server processes' CPU time is read at the end of each phase.
  const pool = new pg.Pool({ connectionString: url, max: 10, idleTimeoutMillis: 0 });
  registerCopyPool(pool); // as openDatabase does: the import's bulk writer COPYs on the server
  const db = kysely(pool);
  const dbName = new URL(url).pathname.slice(1);
  let closedCpu = 0;
  const withClient = async (work: (client: pg.Client) => Promise<void>) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await work(client);
    } finally {
      const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
      closedCpu += await processCpu(rows[0]!.pid);
      await client.end();
    }
  };
  return {
    backend: 'postgres',
    db,
    copy: (statement, file) =>
      withClient((client) => pipeline(createReadStream(file), client.query(copyFrom(statement('stdin'))))),
    copyOut: (statement, file) =>
      withClient((client) => pipeline(client.query(copyTo(statement('stdout'))), createWriteStream(file))),
    serverCpu: async () => {
      const { rows } = await sql<{
        pid: number;
      }>`select pid from pg_stat_activity where datname = ${dbName}`.execute(db);
      let total = closedCpu;
      for (const { pid } of rows) total += await processCpu(pid);
      return total;
    },
    close: async () => {
      await db.destroy();
      await scratch.drop();
    },
  };
}

/** The agencies and people of the benchmark. */
export interface BenchParties {
  /** The importing agency (KZ, a member country). */
  ownerAgencyId: string;
  ownerCtx: RequestContext;
  /** An officer of another member agency (UZ): sees what is shared with all members or with UZ. */
  readerCtx: RequestContext;
}

/** Migrates, loads the countries, and creates the importing agency and a reader in another member country. */
export async function prepareParties(db: Kysely<Database>): Promise<BenchParties> {
  await migrateToLatest(db as never);
  await ensureCountries(db);
  await db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  const owner = await buildAgency(db, { code: 'KZ-BENCH', countryCode: 'KZ' });
  const reader = await buildAgency(db, { code: 'UZ-BENCH', countryCode: 'UZ' });
  const importer = await buildUser(db, { agencyId: owner.id, roles: ['officer'] });
  const officer = await buildUser(db, { agencyId: reader.id, roles: ['officer'] });
  const actor = async (userId: string): Promise<Actor> =>
    (await loadActor(db, userId, { kind: 'session', sessionId: 'bench', stage: 'full' }))!;
  return {
    ownerAgencyId: owner.id,
    ownerCtx: { requestId: 'bench', ip: '127.0.0.1', actor: await actor(importer.id) },
    readerCtx: { requestId: 'bench', ip: '127.0.0.1', actor: await actor(officer.id) },
  };
}
