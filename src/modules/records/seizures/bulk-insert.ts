import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';

/** A column of a bulk insert and its PostgreSQL type; `array` columns hold a list per row. */
export interface BulkColumn {
  name: string;
  type: 'uuid' | 'text' | 'numeric' | 'date' | 'integer' | 'smallint' | 'boolean' | 'char(2)';
  array?: boolean;
}

/**
 * Inserts many rows with one statement per table: each column travels as one array parameter and
 * `unnest` turns them back into rows, so the statement has as many parameters as columns whatever
 * the number of rows (measured ~0.25 M rows/s, STACK.md). List-valued columns travel as JSON text.
 */
export async function bulkInsert(
  tx: Transaction<Database>,
  table: keyof Database,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const params = columns.map((c) =>
    rows.map((r) => {
      const v = r[c.name] ?? null;
      return c.array ? JSON.stringify(v ?? []) : v;
    }),
  );
  const sources = columns.map((c, i) => sql`${params[i]}::${sql.raw(c.array ? 'text' : c.type)}[]`);
  const selected = columns.map((c) =>
    c.array
      ? sql`(select coalesce(array_agg(e::${sql.raw(c.type)}), '{}') from jsonb_array_elements_text(u.${sql.ref(c.name)}::jsonb) e)`
      : sql`u.${sql.ref(c.name)}`,
  );
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
    select ${sql.join(selected)}
    from unnest(${sql.join(sources)}) as u(${sql.join(columns.map((c) => sql.ref(c.name)))})`.execute(tx);
}
