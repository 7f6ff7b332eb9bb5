import { sql, type Transaction } from 'kysely';
import { copyRows, copyText } from '../../../platform/db/copy.js';
import type { Database } from '../../../platform/db/schema.js';

/** A column of a bulk insert and its PostgreSQL type; `array` columns hold a list per row. */
export interface BulkColumn {
  name: string;
  type: 'uuid' | 'text' | 'numeric' | 'date' | 'integer' | 'smallint' | 'boolean' | 'char(2)';
  array?: boolean;
}

/**
 * From this many rows on, a PostgreSQL server gets the rows by COPY on the transaction's connection
 * (`platform/db/copy.ts`): at a million rows the unnest insert cost the server about 1.7× a COPY of the
 * same rows (docs/benchmarks.md). Fewer rows, and PGlite, take the unnest insert below.
 */
const COPY_FROM_ROWS = 200;

/**
 * Inserts many rows with one statement per table: each column travels as one array parameter and
 * `unnest` turns them back into rows, so the statement has as many parameters as columns whatever
 * the number of rows (measured ~0.25 M rows/s, STACK.md). A list-valued column travels as the text of
 * a PostgreSQL array literal per row (`unnest` would flatten an array of arrays), cast back per row —
 * cheaper than JSON (docs/benchmarks.md).
 */
export async function bulkInsert(
  tx: Transaction<Database>,
  table: keyof Database,
  columns: readonly BulkColumn[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  if (rows.length >= COPY_FROM_ROWS) {
    const lines = rows.map((r) =>
      columns.map((c) => {
        const v = r[c.name] ?? null;
        return copyText(
          c.array ? arrayLiteral((v ?? []) as readonly unknown[]) : (v as string | number | boolean | null),
        );
      }),
    );
    const names = columns.map((c) => c.name);
    if (await copyRows(tx, table, names, lines)) return;
  }
  const params = columns.map((c) =>
    rows.map((r) => {
      const v = r[c.name] ?? null;
      return c.array ? arrayLiteral((v ?? []) as readonly unknown[]) : v;
    }),
  );
  const sources = columns.map((c, i) => sql`${params[i]}::${sql.raw(c.array ? 'text' : c.type)}[]`);
  const selected = columns.map((c) =>
    c.array ? sql`u.${sql.ref(c.name)}::${sql.raw(c.type)}[]` : sql`u.${sql.ref(c.name)}`,
  );
  await sql`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c.name)))})
    select ${sql.join(selected)}
    from unnest(${sql.join(sources)}) as u(${sql.join(columns.map((c) => sql.ref(c.name)))})`.execute(tx);
}

/** A PostgreSQL array literal of text values: each element quoted, backslashes and quotes escaped. */
function arrayLiteral(values: readonly unknown[]): string {
  const quoted = values.map((v) => `"${String(v).replace(/["\\]/g, (c) => `\\${c}`)}"`);
  return `{${quoted.join(',')}}`;
}
