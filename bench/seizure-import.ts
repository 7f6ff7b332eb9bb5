import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { SeizureMapping } from '../src/modules/records/import/mapping.js';
import { readTable } from '../src/modules/records/import/read-table.js';
import { readSeizureGroups, type SeizureGroup } from '../src/modules/records/import/seizure-groups.js';
import { importSeizureFile } from '../src/modules/records/import/seizure-import.js';
import { groupInput } from '../src/modules/records/import/seizure-writer.js';
import {
  insertSeizures,
  prepareSeizure,
  type PreparedSeizure,
} from '../src/modules/records/seizures/seizures.repository.js';
import type { BenchRow } from './audit-append.js';
import { ownCpu, printSqlProfile, type BenchDb, type BenchParties } from './seizure-db.js';
import { CSV_COLUMNS, writeSeizureCsv } from './synthetic-seizures.js';

/** The mapping an agency would save for the synthetic file (every column mapped). */
export const BENCH_MAPPING = SeizureMapping.parse({
  columns: {
    reference: 'Reference',
    date: 'Date',
    country: 'Country',
    region: 'Region',
    locality: 'Locality',
    borderCrossing: 'Border crossing',
    transport: 'Transport',
    concealment: 'Concealment',
    drug: 'Drug',
    form: 'Form',
    quantity: 'Quantity',
    unit: 'Unit',
    purity: 'Purity',
    distribution: 'Distribution',
    narrative: 'Narrative',
  },
  routeColumns: ['Route'],
  source: 'bench',
});

/** The tables a seizure import fills with the rows of the file (history and audit rows aside). */
const DATA_TABLES = ['seizures', 'seizure_drug_lines', 'seizure_route', 'seizure_parties'] as const;

/** A synthetic CSV in a temporary directory, shared by both backends of a run. */
export async function syntheticFile(
  rows: number,
): Promise<{ file: string; seizures: number; dispose(): Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'nr-seizures-'));
  const file = path.join(dir, `seizures-${rows}.csv`);
  const started = process.hrtime.bigint();
  const { seizures } = await writeSeizureCsv(file, rows);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const size = (await stat(file)).size;
  console.error(
    `synthetic CSV: ${rows} rows, ${seizures} seizures, ${(size / 2 ** 20).toFixed(0)} MiB in ${seconds.toFixed(1)} s`,
  );
  return { file, seizures, dispose: () => rm(dir, { recursive: true, force: true }) };
}

/** One measured phase: wall-clock seconds, and CPU seconds of this process plus the database server's. */
export interface Phase<T> {
  seconds: number;
  cpu: number;
  value: T;
}

async function phase<T>(bench: BenchDb, work: () => Promise<T>): Promise<Phase<T>> {
  const cpu0 = ownCpu() + (await bench.serverCpu());
  const start = process.hrtime.bigint();
  const value = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = ownCpu() + (await bench.serverCpu()) - cpu0;
  return { seconds, cpu, value };
}

/** An import figure against its COPY baseline, by the clock and by CPU time. */
export interface ImportRow extends BenchRow {
  cpuPerSecond: number;
  baselineCpuPerSecond: number;
}

const log = (backend: string, what: string, rows: number, p: Phase<unknown>) =>
  console.error(
    `${backend}: ${what}: ${p.seconds.toFixed(1)} s (${Math.round(rows / p.seconds)} rows/s), CPU ${p.cpu.toFixed(1)} s`,
  );

/** Where the time of the bulk writer goes, per phase, in seconds over the whole file. */
export interface WriterProfile {
  readMapGroup: number;
  prepare: number;
  sql: number;
}

/**
 * The import benchmark on one database, in this order:
 * 1. raw COPY of the CSV into a staging table of its 16 text columns (what the bytes alone cost);
 * 2. when `BENCH_PROFILE=1`: the bulk writer underneath the import (`readSeizureGroups` →
 *    `groupInput` → `prepareSeizure` → `insertSeizures`), timing each phase; then the tables are emptied;
 * 3. Northroute's import (`importSeizureFile`: read, map, validate, group, idempotent chunks with
 *    history and audit) into the empty tables;
 * 4. the rows it wrote are dumped with `COPY … TO`, the tables emptied, and the same rows reloaded
 *    with raw COPY into the same tables, indexes and constraints: the baseline of the acceptance
 *    ratio. The reloaded rows stay for the query benchmark.
 */
export async function benchSeizureImport(
  bench: BenchDb,
  parties: BenchParties,
  file: string,
  rows: number,
): Promise<{ rows: ImportRow[]; profile: WriterProfile | null }> {
  const { backend, db } = bench;
  const columns = CSV_COLUMNS.map((c) => `"${c}" text`).join(', ');
  await sql.raw(`create table bench_staging (${columns})`).execute(db);
  const staging = await phase(bench, () =>
    bench.copy((src) => `copy bench_staging from ${src} with (format csv, header true)`, file),
  );
  log(backend, 'COPY CSV → staging table', rows, staging);
  await sql`drop table bench_staging`.execute(db);

  let profile: WriterProfile | null = null;
  let writer: Phase<WriterProfile> | null = null;
  let pipelined: Phase<WriterProfile> | null = null;
  if (process.env.BENCH_PROFILE === '1') {
    writer = await phase(bench, () => bulkWriterPass(bench, parties, file));
    profile = writer.value;
    log(backend, 'bulk writer', rows, writer);
    console.error(
      `${backend}: bulk writer profile: read+map+group ${profile.readMapGroup.toFixed(1)} s, prepare ${profile.prepare.toFixed(1)} s, insertSeizures ${profile.sql.toFixed(1)} s`,
    );
    await emptyDataTables(bench);
    if (backend === 'postgres') {
      pipelined = await phase(bench, () => bulkWriterPass(bench, parties, file, true));
      log(backend, 'bulk writer, pipelined (next chunk read while the server writes)', rows, pipelined);
      await emptyDataTables(bench);
    }
    const readOnly = await phase(bench, async () => {
      for await (const row of readTable(file)) void row;
    });
    log(backend, 'read-table alone (CSV parse)', rows, readOnly);
  }

  const imported = await phase(bench, () =>
    importSeizureFile(db, parties.ownerCtx, {
      file,
      mapping: BENCH_MAPPING,
      mappingName: 'bench',
      ownerAgencyId: parties.ownerAgencyId,
      dryRun: false,
    }),
  );
  const summary = imported.value;
  log(backend, `import (${summary.inserted} seizures, ${summary.problemCount} problems)`, rows, imported);
  printSqlProfile(`${backend} import`);
  if (summary.rowsRead !== rows || summary.inserted === 0) {
    throw new Error(
      `import read ${summary.rowsRead} of ${rows} rows: ${JSON.stringify(summary.problems.slice(0, 3))}`,
    );
  }

  const copied = await copyReload(bench);
  log(backend, 'COPY of the same rows → seizure tables', rows, copied);

  const row = (what: string, p: Phase<unknown>, base: Phase<unknown>): ImportRow => ({
    backend,
    what,
    perSecond: rows / p.seconds,
    baselinePerSecond: rows / base.seconds,
    cpuPerSecond: rows / p.cpu,
    baselineCpuPerSecond: rows / base.cpu,
  });
  const n = rows.toLocaleString('en-GB');
  return {
    profile,
    rows: [
      row(`import vs COPY of the same rows into the seizure tables, ${n} rows`, imported, copied),
      row(`import vs COPY of the CSV into a staging table of text columns, ${n} rows`, imported, staging),
      ...(writer
        ? [
            row(
              `bulk writer alone vs COPY of the same rows into the seizure tables, ${n} rows`,
              writer,
              copied,
            ),
          ]
        : []),
      ...(pipelined
        ? [row(`bulk writer pipelined (prototype) vs COPY of the same rows, ${n} rows`, pipelined, copied)]
        : []),
    ],
  };
}

/**
 * Dumps the seizure tables with `COPY … TO`, empties them, and reloads the same rows with raw COPY
 * into the same tables, indexes and constraints; only the reload is measured. The rows stay.
 */
export async function copyReload(bench: BenchDb): Promise<Phase<void>> {
  const dumps = await mkdtemp(path.join(os.tmpdir(), 'nr-dump-'));
  try {
    for (const table of DATA_TABLES) {
      await bench.copyOut((dst) => `copy ${table} to ${dst}`, path.join(dumps, `${table}.tsv`));
    }
    await emptyDataTables(bench);
    return await phase(bench, async () => {
      for (const table of DATA_TABLES) {
        await bench.copy((src) => `copy ${table} from ${src}`, path.join(dumps, `${table}.tsv`));
      }
    });
  } finally {
    await rm(dumps, { recursive: true, force: true });
  }
}

async function emptyDataTables(bench: BenchDb): Promise<void> {
  await sql.raw(`truncate ${DATA_TABLES.join(', ')}`).execute(bench.db);
}

/** The bulk writer fed from the parsed CSV, 5,000 rows a transaction, timing each phase apart. */
async function bulkWriterPass(
  bench: BenchDb,
  parties: BenchParties,
  file: string,
  pipelined = false,
): Promise<WriterProfile> {
  const owner = {
    agencyId: parties.ownerAgencyId,
    countryCode: parties.ownerCtx.actor!.countryCode,
    userId: parties.ownerCtx.actor!.userId,
  };
  const profile: WriterProfile = { readMapGroup: 0, prepare: 0, sql: 0 };
  let clock = process.hrtime.bigint();
  const lap = (phase: keyof WriterProfile) => {
    const now = process.hrtime.bigint();
    profile[phase] += Number(now - clock) / 1e9;
    clock = now;
  };
  let pending: SeizureGroup[] = [];
  let pendingRows = 0;
  const flush = async () => {
    lap('readMapGroup');
    const prepared: PreparedSeizure[] = pending
      .filter((g) => g.ok)
      .map((g) =>
        prepareSeizure({ ...groupInput(g, 'bench', []), seizingAgencyId: owner.agencyId }, owner, {
          id: randomUUID(),
        }),
      );
    lap('prepare');
    // Pipelined: the server writes this chunk while the next one is read and prepared (one in flight).
    await inFlight;
    inFlight = bench.db.transaction().execute((tx) => insertSeizures(tx, prepared));
    if (!pipelined) await inFlight;
    lap('sql');
    pending = [];
    pendingRows = 0;
  };
  let inFlight: Promise<void> = Promise.resolve();
  for await (const group of readSeizureGroups(file, BENCH_MAPPING)) {
    pending.push(group);
    pendingRows += group.rows.length;
    if (pendingRows >= 5000) await flush();
  }
  await flush();
  await inFlight;
  return profile;
}
