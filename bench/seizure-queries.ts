import { sql } from 'kysely';
import { ListSeizuresQuery } from '../src/modules/records/seizures/seizures.schema.js';
import { listSeizures } from '../src/modules/records/seizures/seizures.service.js';
import { StatisticsQuery } from '../src/modules/records/statistics/statistics.schema.js';
import { getStatistics } from '../src/modules/records/statistics/statistics.service.js';
import type { BenchDb, BenchParties } from './seizure-db.js';

/** Latency of one query, in milliseconds. */
export interface LatencyRow {
  backend: string;
  what: string;
  runs: number;
  p50: number;
  p95: number;
  /** What one answer held (items of the page and total, or statistics lines), to show it did work. */
  answer: string;
}

const RUNS = Number(process.env.BENCH_QUERY_RUNS ?? 50);
/** A slow query stops after this many seconds (with at least 5 runs) so `npm run bench` ends. */
const BUDGET_SECONDS = Number(process.env.BENCH_QUERY_BUDGET ?? 60);

const LISTS: { what: string; query: Record<string, unknown> }[] = [
  { what: 'list, newest first, no filter', query: {} },
  { what: 'list, country KZ + one year', query: { country: 'KZ', from: '2020-01-01', to: '2020-12-31' } },
  { what: 'list, drug heroin', query: { drug: 'heroin' } },
  { what: 'list, route country AF', query: { routeCountry: 'AF' } },
  { what: 'list, free text "Шымкент"', query: { q: 'Шымкент' } },
  { what: 'list, sorted by total kg desc', query: { sort: '-totalKg' } },
  {
    what: 'list, country TJ + drug opium + 2019–2021, by kg',
    query: { country: 'TJ', drug: 'opium', from: '2019-01-01', to: '2021-12-31', sort: '-totalKg' },
  },
];

const STATS: { what: string; query: Record<string, unknown> }[] = [
  { what: 'statistics by country, year', query: {} },
  {
    what: 'statistics by drug, country KZ, 2018–2022',
    query: { by: 'drug', country: 'KZ', from: 2018, to: 2022 },
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(
  work: () => Promise<string>,
): Promise<{ runs: number; p50: number; p95: number; answer: string }> {
  const answer = await work(); // warm-up, not counted
  const times: number[] = [];
  const started = Date.now();
  while (times.length < RUNS && (times.length < 5 || Date.now() - started < BUDGET_SECONDS * 1000)) {
    const t = process.hrtime.bigint();
    await work();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { runs: times.length, p50: percentile(times, 50), p95: percentile(times, 95), answer };
}

/**
 * Seizure list and statistics latency for an officer of another member agency, through the service
 * functions the routes call (visibility, audit of the read and all), after `analyze`.
 */
export async function benchSeizureQueries(bench: BenchDb, parties: BenchParties): Promise<LatencyRow[]> {
  await sql`analyze`.execute(bench.db);
  const out: LatencyRow[] = [];
  for (const { what, query } of LISTS) {
    const parsed = ListSeizuresQuery.parse(query);
    const m = await measure(async () => {
      const page = await listSeizures(bench.db, parties.readerCtx, parsed);
      return `${page.items.length} of ${page.total}`;
    });
    out.push({ backend: bench.backend, what, ...m });
    console.error(
      `${bench.backend}: ${what}: p50 ${m.p50.toFixed(0)} ms, p95 ${m.p95.toFixed(0)} ms (${m.answer})`,
    );
  }
  for (const { what, query } of STATS) {
    const parsed = StatisticsQuery.parse(query);
    const m = await measure(async () => {
      const report = await getStatistics(bench.db, parties.readerCtx, parsed);
      return `${report.lines.length} lines`;
    });
    out.push({ backend: bench.backend, what, ...m });
    console.error(
      `${bench.backend}: ${what}: p50 ${m.p50.toFixed(0)} ms, p95 ${m.p95.toFixed(0)} ms (${m.answer})`,
    );
  }
  return out;
}
