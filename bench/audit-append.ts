import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { sql } from 'kysely';
import { recordAudit } from '../src/platform/audit/audit.js';
import { verifyAuditChain } from '../src/platform/audit/verify.js';
import type { StorageConfig } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';

/** One measured line of the benchmark. */
export interface BenchRow {
  backend: string;
  what: string;
  perSecond: number;
  baselinePerSecond: number;
}

const N = Number(process.env.BENCH_AUDIT_ROWS ?? 3000);

async function timed(work: () => Promise<void>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/**
 * Audited write versus the same write without the audit chain: N transactions, each inserting one
 * row into a plain table (baseline), or the same plus one hash-chained audit row (what every action
 * pays). Also: how fast `audit verify` walks the chain, against a plain full scan of the same rows.
 */
export async function benchAuditAppend(
  backend: 'pglite' | 'postgres',
  storage: StorageConfig,
): Promise<BenchRow[]> {
  const db = await openDatabase(storage);
  await migrateToLatest(db.db as never);
  await sql`create table bench_plain (id bigserial primary key, at timestamptz, action text, details jsonb)`.execute(
    db.db,
  );
  const ctx = { requestId: 'bench', ip: '127.0.0.1', actor: null };
  const baseline = await timed(async () => {
    for (let i = 0; i < N; i++) {
      await db.db.transaction().execute(async (tx) => {
        await sql`insert into bench_plain (at, action, details) values (now(), 'bench.plain', ${JSON.stringify({ i })})`.execute(
          tx,
        );
        await sql`insert into bench_plain (at, action, details) values (now(), 'bench.action', ${JSON.stringify({ i })})`.execute(
          tx,
        );
      });
    }
  });
  const audited = await timed(async () => {
    for (let i = 0; i < N; i++) {
      await db.db.transaction().execute(async (tx) => {
        await sql`insert into bench_plain (at, action, details) values (now(), 'bench.plain', ${JSON.stringify({ i })})`.execute(
          tx,
        );
        await recordAudit(tx, ctx, {
          action: 'bench.action',
          objectType: 'thing',
          objectId: String(i),
          details: { i },
        });
      });
    }
  });
  const scan = await timed(async () => {
    await db.db.selectFrom('audit_log').selectAll().execute();
  });
  const verify = await timed(async () => {
    const result = await verifyAuditChain(db.db);
    if (!result.ok) throw new Error('chain broken during benchmark');
  });
  await db.close();
  return [
    {
      backend,
      what: `audited action (1 row + 1 audit row per transaction), ${N} tx`,
      perSecond: N / audited,
      baselinePerSecond: N / baseline,
    },
    {
      backend,
      what: `audit verify over ${N} rows (vs plain full read)`,
      perSecond: N / verify,
      baselinePerSecond: N / scan,
    },
  ];
}

/** A scratch PostgreSQL database for one benchmark run. */
export async function scratchPostgres(
  adminUrl: string,
): Promise<{ storage: StorageConfig; drop(): Promise<void> }> {
  const name = `nr_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    storage: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
