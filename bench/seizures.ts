import { openPglite, openPostgres, prepareParties, type BenchDb } from './seizure-db.js';
import { benchSeizureQueries, type LatencyRow } from './seizure-queries.js';
import { replicateSeizures } from './replicate-seizures.js';
import { benchSeizureImport, copyReload, syntheticFile, type ImportRow } from './seizure-import.js';

/** Drug-line rows of the synthetic file: 100,000 by default, `BENCH_ROWS=1000000` for the full figures. */
export const BENCH_ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
/**
 * Drug-line rows for the query benchmark (and a second COPY baseline): when larger than BENCH_ROWS,
 * the imported seizures are replicated in SQL up to about this many rows (`replicate-seizures.ts`).
 */
export const BENCH_QUERY_ROWS = Math.max(Number(process.env.BENCH_QUERY_ROWS ?? BENCH_ROWS), BENCH_ROWS);

/**
 * The seizure benchmarks (import throughput against raw COPY, then list and statistics latency on the
 * imported data) on PGlite and, when it answers, on the PostgreSQL server; one synthetic file for both.
 */
export async function benchSeizures(pgUrl: string): Promise<{ rows: ImportRow[]; latencies: LatencyRow[] }> {
  const rows: ImportRow[] = [];
  const latencies: LatencyRow[] = [];
  const synthetic = await syntheticFile(BENCH_ROWS);
  const run = async (open: () => Promise<BenchDb>) => {
    const bench = await open();
    try {
      const parties = await prepareParties(bench.db);
      rows.push(...(await benchSeizureImport(bench, parties, synthetic.file, BENCH_ROWS)).rows);
      const copies = Math.round(BENCH_QUERY_ROWS / BENCH_ROWS);
      if (copies > 1) {
        await replicateSeizures(bench, copies);
        const big = await copyReload(bench);
        const n = BENCH_ROWS * copies;
        console.error(
          `${bench.backend}: COPY of ${n} rows → seizure tables: ${big.seconds.toFixed(1)} s, CPU ${big.cpu.toFixed(1)} s`,
        );
        rows.push({
          backend: bench.backend,
          what: `COPY alone of the imported rows replicated to ${n.toLocaleString('en-GB')} rows (no import at this size)`,
          perSecond: n / big.seconds,
          baselinePerSecond: n / big.seconds,
          cpuPerSecond: n / big.cpu,
          baselineCpuPerSecond: n / big.cpu,
        });
      }
      latencies.push(...(await benchSeizureQueries(bench, parties)));
    } finally {
      await bench.close();
    }
  };
  try {
    const only = process.env.BENCH_BACKENDS ?? 'pglite,postgres';
    if (only.includes('pglite')) await run(openPglite);
    if (only.includes('postgres')) {
      try {
        await run(() => openPostgres(pgUrl));
      } catch (error) {
        console.error(`PostgreSQL seizure benchmarks skipped: ${(error as Error).message}`);
      }
    }
  } finally {
    await synthetic.dispose();
  }
  return { rows, latencies };
}
