import os from 'node:os';
import { benchAuditAppend, scratchPostgres, type BenchRow } from './audit-append.js';
import type { ImportRow } from './seizure-import.js';
import type { LatencyRow } from './seizure-queries.js';
import { BENCH_ROWS, benchSeizures } from './seizures.js';

// `npm run bench`: every benchmark on PGlite and, when it answers, on the PostgreSQL server.
// Each figure is printed next to its baseline from the same run; the ratio is what to compare.
// BENCH_ONLY=audit|seizures picks benchmarks; BENCH_ROWS scales the seizure file (default 100,000);
// BENCH_BACKENDS=pglite|postgres picks databases for the seizure benchmarks.
const PG_URL = process.env.NORTHROUTE_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const only = (process.env.BENCH_ONLY ?? 'audit,seizures').split(',');

const rows: BenchRow[] = [];
const imports: ImportRow[] = [];
const latencies: LatencyRow[] = [];
if (only.includes('audit')) {
  rows.push(...(await benchAuditAppend('pglite', { kind: 'pglite-memory' })));
  try {
    const scratch = await scratchPostgres(PG_URL);
    try {
      rows.push(...(await benchAuditAppend('postgres', scratch.storage)));
    } finally {
      await scratch.drop();
    }
  } catch (error) {
    console.error(`PostgreSQL benchmarks skipped: ${(error as Error).message}`);
  }
}
if (only.includes('seizures')) {
  const seizures = await benchSeizures(PG_URL);
  imports.push(...seizures.rows);
  latencies.push(...seizures.latencies);
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · Node ${process.version}` +
    (only.includes('seizures') ? ` · seizure file ${fmt(BENCH_ROWS)} rows` : '') +
    '\n',
);
if (rows.length > 0) {
  console.log('| backend | what | per second | baseline per second | ratio |');
  console.log('| --- | --- | --- | --- | --- |');
}
for (const r of rows) {
  console.log(
    `| ${r.backend} | ${r.what} | ${fmt(r.perSecond)} | ${fmt(r.baselinePerSecond)} | ${(r.perSecond / r.baselinePerSecond).toFixed(2)} |`,
  );
}
if (imports.length > 0) {
  // Wall-clock rows per second, and per CPU second (this process plus the database server's
  // backends): the second is what other work on a shared machine disturbs least.
  console.log(
    '\n| backend | what | rows/s | baseline rows/s | ratio | rows per CPU s | baseline | CPU ratio |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of imports) {
    console.log(
      `| ${r.backend} | ${r.what} | ${fmt(r.perSecond)} | ${fmt(r.baselinePerSecond)} | ${(r.perSecond / r.baselinePerSecond).toFixed(2)} | ${fmt(r.cpuPerSecond)} | ${fmt(r.baselineCpuPerSecond)} | ${(r.cpuPerSecond / r.baselineCpuPerSecond).toFixed(2)} |`,
    );
  }
}
if (latencies.length > 0) {
  console.log('\n| backend | query | runs | p50 ms | p95 ms | answer |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const l of latencies) {
    console.log(`| ${l.backend} | ${l.what} | ${l.runs} | ${fmt(l.p50)} | ${fmt(l.p95)} | ${l.answer} |`);
  }
}
