import { sql } from 'kysely';
import type { BenchDb } from './seizure-db.js';

/** Columns of a table, in order. */
async function columnsOf(bench: BenchDb, table: string): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(
    bench.db,
  );
  return rows.map((r) => r.name);
}

/**
 * Grows the imported seizures to `copies` times as many, in SQL: each copy has a new id, its
 * reference and external id suffixed with the copy number, its date moved back by 37 days a copy,
 * and the same lines and route legs. It fills a database to a million rows for the query benchmark
 * when the import itself is measured on fewer rows (a busy machine imports a million rows slowly).
 */
export async function replicateSeizures(bench: BenchDb, copies: number): Promise<void> {
  if (copies <= 1) return;
  const db = bench.db;
  await sql`create table bench_copies as
    select s.id as old_id, k, gen_random_uuid() as new_id from seizures s, generate_series(1, ${copies - 1}::int) k`.execute(
    db,
  );
  const replaced: Record<string, string> = {
    id: 'c.new_id',
    reference: `s.reference || '-' || c.k`,
    external_id: `s.external_id || '-' || c.k`,
    occurred_on: 's.occurred_on - 37 * c.k',
    seizure_id: 'c.new_id',
  };
  const copy = async (table: string, key: string) => {
    const columns = await columnsOf(bench, table);
    const list = columns.map((c) => `"${c}"`).join(', ');
    // A line's own id is new for each copy; a seizure's id is the copy's.
    const own = (c: string) => (c === 'id' && table !== 'seizures' ? 'gen_random_uuid()' : replaced[c]);
    const select = columns.map((c) => own(c) ?? `s."${c}"`).join(', ');
    await sql
      .raw(
        `insert into ${table} (${list}) select ${select} from ${table} s join bench_copies c on c.old_id = s.${key}`,
      )
      .execute(db);
  };
  await copy('seizures', 'id');
  await copy('seizure_drug_lines', 'seizure_id');
  await copy('seizure_route', 'seizure_id');
  await sql`drop table bench_copies`.execute(db);
}
