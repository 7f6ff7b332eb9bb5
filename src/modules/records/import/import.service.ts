/**
 * The import API's services: upload a file, start a dry run or a commit as a background job, follow
 * it, list the agency's imports. Only users with records.write upload and import; users with
 * records.read of the same agency may follow the agency's imports. Another agency's uploads and
 * batches answer exactly like missing ones, whoever asks. Everything is audited.
 */
import type { Kysely } from 'kysely';
import type { Readable } from 'node:stream';
import type { RequestContext } from '../../../platform/access/actor.js';
import { requirePermission } from '../../../platform/access/policy.js';
import { recordAuditAlone } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { detectColumns, type DetectedColumns } from './columns.js';
import { importFtmFile } from './ftm-import.js';
import {
  endJob,
  findJob,
  jobsByBatch,
  jobsWithoutBatch,
  newJob,
  PROBLEMS_SHOWN,
  type ImportView,
} from './import-jobs.js';
import type { ListImportsQuery, StartImportBody } from './import.schema.js';
import { findMappingByName } from './mappings.service.js';
import type { ImportProblem } from './problems.js';
import { importSeizureFile, type ImportProgressEvent } from './seizure-import.js';
import { findUpload, storeUpload, type UploadMeta } from './uploads.js';

/** Stores an upload of the actor's agency and reads its columns for the mapping step. */
export async function uploadImportFile(
  db: Kysely<Database>,
  ctx: RequestContext,
  file: { fileName: string; content: Readable | Buffer; truncated?: () => boolean },
): Promise<UploadMeta & { columns: DetectedColumns | null }> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  const meta = await storeUpload(actor.agencyId, file.fileName, file.content, file.truncated);
  const stored = await findUpload(actor.agencyId, meta.fileId);
  const jsonLines = /\.(jsonl|ndjson|json)$/i.test(meta.fileName);
  const columns = jsonLines ? null : await detectColumns(stored.path);
  await recordAuditAlone(db, ctx, {
    action: 'import.upload',
    objectType: 'import_file',
    objectId: meta.fileId,
    details: { file: meta.fileName, size: meta.size, sha256: meta.sha256 },
  });
  return { ...meta, columns };
}

/** Starts a dry run or a commit of an upload as a background job; answers with the job at once. */
export async function startImport(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: StartImportBody,
): Promise<ImportView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  const upload = await findUpload(actor.agencyId, body.fileId);
  let mapping = body.mapping;
  if (body.profile === 'seizures' && !mapping) {
    if (!body.mappingName) {
      throw new AppError('VALIDATION_FAILED', 'Give a mapping or the name of a saved one', 'mapping');
    }
    const saved = await findMappingByName(db, actor.agencyId, body.mappingName);
    if (!saved) throw new AppError('NOT_FOUND', 'No saved mapping of that name', 'mappingName');
    mapping = saved.mapping;
  }
  const view = newJob(actor.agencyId, {
    profile: body.profile,
    fileName: upload.fileName,
    dryRun: body.dryRun,
  });
  await recordAuditAlone(db, ctx, {
    action: body.dryRun ? 'import.dry_run' : 'import.request',
    objectType: 'import_file',
    objectId: upload.fileId,
    details: {
      job: view.id,
      profile: body.profile,
      file: upload.fileName,
      mapping: body.mappingName ?? null,
    },
  });
  const onProgress = (e: ImportProgressEvent) => {
    view.phase = e.phase;
    view.rowsDone = e.rowsDone;
    view.rowsTotal = e.rowsTotal;
  };
  const common = {
    file: upload.path,
    fileName: upload.fileName,
    ownerAgencyId: actor.agencyId,
    dryRun: body.dryRun,
    onProgress,
  };
  const run =
    body.profile === 'ftm'
      ? importFtmFile(db, ctx, common)
      : importSeizureFile(db, ctx, {
          ...common,
          mapping: mapping!,
          mappingName: body.mappingName ?? null,
          onChunk: () => undefined,
        });
  // The job outlives the request: its outcome is read by polling, and a failure is kept on the job.
  void run
    .then((summary) => {
      Object.assign(view, {
        batchId: summary.batchId,
        status: body.dryRun ? 'checked' : 'committed',
        phase: 'done',
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        rejected: summary.rejected,
        problemCount: summary.problemCount,
        problems: summary.problems.slice(0, PROBLEMS_SHOWN),
        rowsDone: summary.rowsRead,
        rowsTotal: summary.rowsRead,
      });
    })
    .catch((error: unknown) => {
      const e =
        error instanceof AppError
          ? error
          : new AppError('INTERNAL', 'The import failed; quote the job id to the administrator');
      view.status = 'failed';
      view.error = { code: e.code, message: e.message, field: e.field ?? null };
    })
    .finally(() => endJob(view.id));
  return view;
}

type BatchRow = {
  id: string;
  profile: string;
  file_name: string;
  status: 'running' | 'committed' | 'failed';
  rows_read: number;
  rows_committed: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: unknown;
  created_at: Date | string;
  finished_at: Date | string | null;
};

/** A batch row as an import view (a running job, when there is one, has fresher figures). */
function presentBatch(row: BatchRow): ImportView {
  const problems = Array.isArray(row.problems) ? (row.problems as ImportProblem[]) : [];
  return {
    id: row.id,
    batchId: row.id,
    profile: row.profile,
    fileName: row.file_name,
    dryRun: false,
    status: row.status,
    phase: row.status === 'running' ? 'writing' : 'done',
    rowsDone: row.rows_committed || row.rows_read,
    rowsTotal: row.status === 'committed' ? row.rows_read : null,
    inserted: row.inserted,
    updated: row.updated,
    unchanged: row.unchanged,
    rejected: 0,
    problemCount: problems.length,
    problems: problems.slice(0, PROBLEMS_SHOWN),
    error: null,
    createdAt: new Date(row.created_at).toISOString(),
    finishedAt: row.finished_at === null ? null : new Date(row.finished_at).toISOString(),
  };
}

const BATCH_COLUMNS = [
  'id',
  'profile',
  'file_name',
  'status',
  'rows_read',
  'rows_committed',
  'inserted',
  'updated',
  'unchanged',
  'problems',
  'created_at',
  'finished_at',
] as const;

/** One import of the actor's agency (a job or a batch); another agency's is not found. */
export async function getImport(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<ImportView> {
  const actor = ctx.actor!;
  const job = findJob(actor.agencyId, id);
  const row = job
    ? undefined
    : await db
        .selectFrom('import_batches')
        .select(BATCH_COLUMNS)
        .where('id', '=', id)
        .where('owner_agency_id', '=', actor.agencyId)
        .executeTakeFirst();
  // Only the agency's own imports exist for the actor: anything else is missing, whatever his role.
  if (!job && !row) throw notFound();
  requirePermission(actor, 'records.read');
  if (job) return job;
  await recordAuditAlone(db, ctx, { action: 'import.read', objectType: 'import_batch', objectId: id });
  return presentBatch(row!);
}

/** The agency's imports, newest first: jobs still without a batch, then batches. */
export async function listImports(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: ListImportsQuery,
): Promise<{ items: ImportView[]; total: number }> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  const rows = await db
    .selectFrom('import_batches')
    .select(BATCH_COLUMNS)
    .where('owner_agency_id', '=', actor.agencyId)
    .orderBy('created_at', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const { count } = await db
    .selectFrom('import_batches')
    .select((eb) => eb.fn.countAll<string>().as('count'))
    .where('owner_agency_id', '=', actor.agencyId)
    .executeTakeFirstOrThrow();
  const live = jobsByBatch(actor.agencyId);
  const pending = query.offset === 0 ? jobsWithoutBatch(actor.agencyId) : [];
  const items = [...pending, ...rows.map((r) => live.get(r.id) ?? presentBatch(r))].map((v) => ({
    ...v,
    problems: [],
  }));
  await recordAuditAlone(db, ctx, {
    action: 'import.list',
    objectType: 'import_batch',
    details: { count: items.length },
  });
  return { items, total: Number(count) + pending.length };
}
