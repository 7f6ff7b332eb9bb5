import os from 'node:os';
import { benchAuditAppend, scratchPostgres, type BenchRow } from './audit-append.js';

// `npm run bench`: every benchmark on PGlite and, when it answers, on the PostgreSQL server.
// Each figure is printed next to its baseline from the same run; the ratio is what to compare.
const PG_URL = process.env.NORTHROUTE_BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

const rows: BenchRow[] = [];
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

const fmt = (n: number) => Math.round(n).toLocaleString('en-GB');
console.log(
  `\n${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores · Node ${process.version}\n`,
);
console.log('| backend | what | per second | baseline per second | ratio |');
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows) {
  console.log(
    `| ${r.backend} | ${r.what} | ${fmt(r.perSecond)} | ${fmt(r.baselinePerSecond)} | ${(r.perSecond / r.baselinePerSecond).toFixed(2)} |`,
  );
}
