/**
 * `COPY … FROM STDIN` inside a Kysely transaction on the PostgreSQL server, for bulk writers (the
 * seizure import). A Kysely transaction does not expose its connection, so the server pools register
 * their clients by backend process id and a transaction finds its own client with
 * `pg_backend_pid()`. The COPY then runs on that very connection, inside the transaction: it commits or
 * rolls back with the rest. PGlite's node-postgres adapter has no COPY FROM STDIN; there `copyRows`
 * answers false and the caller inserts another way.
 */
import { once } from 'node:events';
import { sql, type Transaction } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './schema.js';

const clientsByBackend = new Map<number, pg.PoolClient>();
const clientOfTransaction = new WeakMap<Transaction<Database>, pg.PoolClient | null>();

const backendOf = (client: pg.PoolClient | pg.Client) =>
  (client as unknown as { processID?: number }).processID;

/** Lets transactions on this server pool write with COPY (`copyRows`). */
export function registerCopyPool(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    const pid = backendOf(client);
    if (pid !== undefined) clientsByBackend.set(pid, client);
  });
  pool.on('remove', (client) => {
    const pid = backendOf(client);
    if (pid !== undefined && clientsByBackend.get(pid) === client) clientsByBackend.delete(pid);
  });
}

async function clientOf(tx: Transaction<Database>): Promise<pg.PoolClient | null> {
  if (clientOfTransaction.has(tx)) return clientOfTransaction.get(tx)!;
  let client: pg.PoolClient | null = null;
  if (clientsByBackend.size > 0) {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(tx);
    client = clientsByBackend.get(rows[0]!.pid) ?? null;
  }
  clientOfTransaction.set(tx, client);
  return client;
}

/** A value in COPY's text format: `\N` for null; backslash, tab, line feed and carriage return escaped. */
export function copyText(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'boolean' ? (value ? 't' : 'f') : String(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (c) =>
        c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
      )
    : text;
}

/**
 * Writes rows, already in COPY text form per value (`copyText`), into `table` with COPY on the
 * transaction's own connection. Answers false, having written nothing, when the transaction is not on
 * a registered server pool (PGlite).
 */
export async function copyRows(
  tx: Transaction<Database>,
  table: string,
  columns: readonly string[],
  lines: readonly string[][],
): Promise<boolean> {
  const client = await clientOf(tx);
  if (client === null) return false;
  const quoted = columns.map((c) => `"${c.replace(/"/g, '""')}"`).join(', ');
  const stream = client.query(copyFrom(`copy "${table.replace(/"/g, '""')}" (${quoted}) from stdin`));
  const done = new Promise<void>((resolve, reject) => {
    stream.on('finish', resolve);
    stream.on('error', reject);
  });
  let buffer = '';
  for (const line of lines) {
    buffer += `${line.join('\t')}\n`;
    if (buffer.length >= 1 << 20) {
      const ok = stream.write(buffer);
      buffer = '';
      if (!ok) await Promise.race([once(stream, 'drain'), done]);
    }
  }
  stream.end(buffer);
  await done;
  return true;
}
