/**
 * Import batches (`import_batches`): one per commit of a file, with its state, what it writes, the
 * mapping it used and the rows committed so far. A batch left `running` by a killed process, or
 * `failed`, is continued by the next import of the same file (same SHA-256, agency, target and mapping).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import type { ImportProblem } from './problems.js';

/** Problems kept with a batch (and in memory): enough for any dry-run table, bounded for hostile files. */
export const MAX_KEPT_PROBLEMS = 10_000;

/** The SHA-256 of a file, hex. */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * About how many data rows a file holds, for a progress bar: the line count of a CSV (an upper bound
 * when quoted cells span lines, minus the header); null for an XLSX, whose rows are known only by reading.
 */
export async function estimateRows(file: string): Promise<number | null> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(4);
    await handle.read(head, 0, 4, 0);
    if (head.readUInt32BE(0) === 0x504b0304) return null;
  } finally {
    await handle.close();
  }
  let lines = 0;
  let last = 0x0a;
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer;
    for (let i = buffer.indexOf(0x0a); i !== -1; i = buffer.indexOf(0x0a, i + 1)) lines += 1;
    last = buffer[buffer.length - 1] ?? last;
  }
  if (last !== 0x0a) lines += 1;
  return Math.max(lines - 1, 0);
}

/** What identifies a batch that may be continued. */
export interface BatchKey {
  ownerAgencyId: string;
  fileSha256: string;
  target: 'seizures' | 'records';
  /** The mapping (or profile options) as stored: a different mapping is a different import. */
  mapping: unknown;
}

/** An unfinished batch of the same file, agency, target and mapping, newest first; undefined if none. */
export async function findResumable(db: Kysely<Database>, key: BatchKey) {
  return db
    .selectFrom('import_batches')
    .selectAll()
    .where('owner_agency_id', '=', key.ownerAgencyId)
    .where('file_sha256', '=', key.fileSha256)
    .where('target', '=', key.target)
    .where('status', 'in', ['running', 'failed'])
    .where(sql<boolean>`mapping = ${JSON.stringify(key.mapping)}::jsonb`)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** Starts a batch (status `running`) inside the caller's transaction. */
export async function createBatch(
  tx: Transaction<Database>,
  key: BatchKey & { profile: string; fileName: string; createdBy: string | null },
): Promise<string> {
  const row = await tx
    .insertInto('import_batches')
    .values({
      owner_agency_id: key.ownerAgencyId,
      profile: key.profile,
      file_name: key.fileName,
      file_sha256: key.fileSha256,
      rows_read: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      problems: '[]',
      created_by: key.createdBy,
      target: key.target,
      status: 'running',
      mapping: JSON.stringify(key.mapping),
      rows_committed: 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Counts a committed chunk into its batch, in the chunk's transaction: the mark moves with the rows. */
export async function recordChunk(
  tx: Transaction<Database>,
  batchId: string,
  chunk: { rowsCommitted: number; inserted: number; updated: number; unchanged: number },
): Promise<void> {
  await tx
    .updateTable('import_batches')
    .set((eb) => ({
      rows_committed: chunk.rowsCommitted,
      rows_read: chunk.rowsCommitted,
      inserted: eb('inserted', '+', chunk.inserted),
      updated: eb('updated', '+', chunk.updated),
      unchanged: eb('unchanged', '+', chunk.unchanged),
      status: 'running',
    }))
    .where('id', '=', batchId)
    .execute();
}

/** Ends a batch: committed (or failed), with its problems (the first MAX_KEPT_PROBLEMS). */
export async function finishBatch(
  tx: Kysely<Database> | Transaction<Database>,
  batchId: string,
  end: { status: 'committed' | 'failed'; rowsRead?: number; problems: readonly ImportProblem[] },
): Promise<void> {
  await tx
    .updateTable('import_batches')
    .set({
      status: end.status,
      finished_at: new Date(),
      problems: JSON.stringify(end.problems.slice(0, MAX_KEPT_PROBLEMS)),
      ...(end.rowsRead === undefined ? {} : { rows_read: end.rowsRead }),
    })
    .where('id', '=', batchId)
    .execute();
}
