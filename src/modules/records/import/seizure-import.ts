/**
 * Imports a CSV or XLSX of seizure reports with a column mapping: read → map → group → validate →
 * (dry run: report) → commit in chunks. Each chunk is one transaction holding its seizures, the
 * batch's new mark (`rows_committed`) and its audit row, so a kill leaves whole chunks only; the next
 * run of the same file continues after the mark, and because every write is idempotent by natural
 * key, even a run from the start converges to the same state (docs/records-design.md, "Imports").
 */
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import {
  createBatch,
  estimateRows,
  findResumable,
  finishBatch,
  MAX_KEPT_PROBLEMS,
  recordChunk,
  sha256Of,
} from './batches.js';
import type { SeizureMapping } from './mapping.js';
import type { ImportProblem } from './problems.js';
import { readSeizureGroups, type SeizureGroup } from './seizure-groups.js';
import { writeSeizureChunk } from './seizure-writer.js';

/** Rows per transaction: big enough for bulk statements, small enough that a kill loses little. */
export const DEFAULT_CHUNK_ROWS = 5000;

/** How far an import is: the phase and the data rows done of (about) how many. */
export interface ImportProgressEvent {
  phase: 'reading' | 'writing' | 'done';
  rowsDone: number;
  rowsTotal: number | null;
}

/** What an import did (or, in a dry run, would do). */
export interface SeizureImportSummary {
  dryRun: boolean;
  batchId: string | null;
  /** Rows of an earlier, interrupted run of the same batch that were already committed. */
  resumedAfter: number;
  rowsRead: number;
  seizures: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** Seizures not imported because a row of theirs has an error. */
  rejected: number;
  recordsCreated: number;
  problems: ImportProblem[];
  problemCount: number;
}

/** What to import, for whom, and how. */
export interface SeizureImportInput {
  file: string;
  /** The name shown and stored (an uploaded file's original name); defaults to the path's base name. */
  fileName?: string;
  mapping: SeizureMapping;
  /** A saved mapping's name: the default natural-key source is `mapping:NAME`. */
  mappingName?: string | null;
  ownerAgencyId: string;
  dryRun: boolean;
  /** Refuse to start anew: there must be an unfinished batch of this file to continue. */
  resumeOnly?: boolean;
  chunkRows?: number;
  operator?: string;
  onProgress?: (event: ImportProgressEvent) => void;
  /** Called after each committed chunk (the CLI prints it; tests kill the process on it). */
  onChunk?: (rowsCommitted: number) => void;
}

/** The natural-key source of the seizures a mapping imports. */
export function sourceOf(mapping: SeizureMapping, mappingName?: string | null): string {
  return mapping.source ?? (mappingName ? `mapping:${mappingName}` : 'spreadsheet');
}

/** Runs a seizure import (see the file comment). Bad rows are reported, never stored. */
export async function importSeizureFile(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: SeizureImportInput,
): Promise<SeizureImportSummary> {
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'country_code'])
    .where('id', '=', input.ownerAgencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND', 'Unknown agency', 'agency');
  const fileName = input.fileName ?? path.basename(input.file);
  const source = sourceOf(input.mapping, input.mappingName);
  const owner = { agencyId: agency.id, countryCode: agency.country_code, userId: ctx.actor?.userId ?? null };
  const chunkRows = input.chunkRows ?? DEFAULT_CHUNK_ROWS;
  const total = await estimateRows(input.file);
  const summary: SeizureImportSummary = {
    dryRun: input.dryRun,
    batchId: null,
    resumedAfter: 0,
    rowsRead: 0,
    seizures: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    recordsCreated: 0,
    problems: [],
    problemCount: 0,
  };
  const keep = (problems: readonly ImportProblem[]) => {
    summary.problemCount += problems.length;
    for (const p of problems) if (summary.problems.length < MAX_KEPT_PROBLEMS) summary.problems.push(p);
  };
  const audit = { ...(input.operator ? { username: input.operator } : {}), objectAgencyId: agency.id };

  let batchId: string | null = null;
  let startBatch: () => Promise<string> = () => Promise.reject(new Error('a dry run writes nothing'));
  if (!input.dryRun) {
    const key = {
      ownerAgencyId: agency.id,
      fileSha256: await sha256Of(input.file),
      target: 'seizures' as const,
      mapping: { source, ...input.mapping },
    };
    const unfinished = await findResumable(db, key);
    if (!unfinished && input.resumeOnly) {
      throw new AppError('NOT_FOUND', 'There is no unfinished import of this file to resume', 'resume');
    }
    if (unfinished) {
      batchId = unfinished.id;
      summary.batchId = batchId;
      summary.resumedAfter = unfinished.rows_committed;
    }
    // The batch is created with the first chunk: a file refused at its header leaves nothing behind.
    startBatch = async () => {
      batchId ??= await db.transaction().execute(async (tx) => {
        const id = await createBatch(tx, { ...key, profile: 'seizures', fileName, createdBy: owner.userId });
        await recordAudit(tx, ctx, {
          action: 'import.start',
          objectType: 'import_batch',
          objectId: id,
          ...audit,
          details: { target: 'seizures', file: fileName, source },
        });
        return id;
      });
      summary.batchId = batchId;
      return batchId;
    };
  }

  const reading = readSeizureGroups(input.file, input.mapping);
  let pending: SeizureGroup[] = [];
  let pendingRows = 0;
  /** The last row of the last chunk handed to the writer (committed, or in flight). */
  let queuedThrough = summary.resumedAfter;
  // One chunk in flight: its transaction runs on the server while the next chunk is read, mapped and
  // grouped here, so the two cores of a small machine work at once (docs/benchmarks.md, the import
  // row). Chunks still commit one after the other, in file order, each waiting for the one before.
  let inFlight: Promise<void> = Promise.resolve();
  let failure: { error: unknown } | null = null;
  const writeChunk = async (id: string, good: SeizureGroup[], from: number, through: number) => {
    const result = await db.transaction().execute(async (tx) => {
      const written = await writeSeizureChunk(tx, owner, source, id, good);
      await recordChunk(tx, id, { rowsCommitted: through, ...written });
      await recordAudit(tx, ctx, {
        action: 'import.chunk',
        objectType: 'import_batch',
        objectId: id,
        ...audit,
        details: {
          rowsFrom: from,
          rowsThrough: through,
          inserted: written.inserted,
          updated: written.updated,
          unchanged: written.unchanged,
          recordsCreated: written.recordsCreated,
        },
      });
      return written;
    });
    summary.inserted += result.inserted;
    summary.updated += result.updated;
    summary.unchanged += result.unchanged;
    summary.recordsCreated += result.recordsCreated;
    summary.rejected += result.problems.length;
    keep(result.problems);
    input.onChunk?.(through);
    input.onProgress?.({ phase: 'writing', rowsDone: through, rowsTotal: total });
  };
  /** Waits for the chunk in flight; a chunk that failed stops the import with its error. */
  const settle = async () => {
    await inFlight;
    if (failure) throw failure.error;
  };
  const flush = async () => {
    const groups = pending;
    const through = groups[groups.length - 1]?.endOrdinal ?? queuedThrough;
    pending = [];
    pendingRows = 0;
    if (input.dryRun || through <= queuedThrough) return;
    await settle();
    const id = await startBatch();
    const from = queuedThrough + 1;
    queuedThrough = through;
    inFlight = writeChunk(
      id,
      groups.filter((g) => g.ok),
      from,
      through,
    ).catch((error: unknown) => {
      failure = { error };
    });
  };

  try {
    for await (const group of reading) {
      if (failure) break;
      summary.seizures += 1;
      for (const row of group.rows) keep(row.problems);
      keep(group.problems);
      if (!group.ok) summary.rejected += 1;
      if (input.dryRun || group.endOrdinal <= queuedThrough) {
        if (group.endOrdinal % 1000 < group.rows.length) {
          input.onProgress?.({ phase: 'reading', rowsDone: group.endOrdinal, rowsTotal: total });
        }
        continue;
      }
      pending.push(group);
      pendingRows += group.rows.length;
      if (pendingRows >= chunkRows) await flush();
    }
    await flush();
    await settle();
  } catch (error) {
    await inFlight;
    if (batchId !== null) await finishBatch(db, batchId, { status: 'failed', problems: summary.problems });
    throw error;
  }
  keep(reading.fileProblems);
  summary.rowsRead = reading.rowsRead();
  input.onProgress?.({ phase: 'done', rowsDone: summary.rowsRead, rowsTotal: summary.rowsRead });
  if (input.dryRun) return summary;
  if (batchId === null && reading.header() === null) return summary;
  const id = await startBatch();
  await db.transaction().execute(async (tx) => {
    await finishBatch(tx, id, {
      status: 'committed',
      rowsRead: summary.rowsRead,
      problems: summary.problems,
    });
    await recordAudit(tx, ctx, {
      action: 'import.commit',
      objectType: 'import_batch',
      objectId: id,
      ...audit,
      details: {
        target: 'seizures',
        file: fileName,
        rows: summary.rowsRead,
        resumedAfter: summary.resumedAfter,
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        problems: summary.problemCount,
      },
    });
  });
  await refreshPlannerStatistics(db, summary);
  return summary;
}

/** Seizures an import must add before it refreshes the planner's statistics of the tables it wrote. */
const ANALYZE_AFTER_SEIZURES = 10_000;

/**
 * After a large import, `analyze` the tables it filled: lists and statistics run right after it
 * (the demo, a national centre's first load) would otherwise be planned from statistics taken when the
 * tables were small — on a server with autovacuum off, or before autovacuum comes round, for good.
 * A few hundred milliseconds, since `analyze` reads a fixed-size sample.
 */
async function refreshPlannerStatistics(db: Kysely<Database>, summary: SeizureImportSummary): Promise<void> {
  if (summary.inserted + summary.updated < ANALYZE_AFTER_SEIZURES) return;
  const records = summary.recordsCreated >= ANALYZE_AFTER_SEIZURES ? sql`, records` : sql``;
  await sql`analyze seizures, seizure_drug_lines, seizure_route, seizure_parties${records}`.execute(db);
}
