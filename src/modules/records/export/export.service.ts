import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { requirePermission } from '../../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import type { AboutLine, TableWriter } from './columns.js';
import { aboutLines } from './about.js';
import { csvWriter } from './csv.js';
import type { ExportFormat, ExportKind, ExportRequest } from './export.schema.js';
import type { ExportPurpose } from './export.rules.js';
import { ftmWriter } from './ftm-lines.js';
import { recordsSource } from './records.source.js';
import { seizuresSource } from './seizures.source.js';
import type { ExportSource, Tally } from './source.js';
import { statisticsSource } from './statistics.source.js';
import { xlsxWriter } from './xlsx.js';

/** Items read per query: big enough to be fast, small enough to keep memory flat. */
const PAGE_SIZE = 1000;
/**
 * Up to this many exported ids are listed in the read audit rows (`recordRead`); a bigger export
 * records its filter, its count and a SHA-256 of its ids instead of millions of ids in one row.
 */
export const READ_IDS_LIMIT = 10_000;

/** What an export produced: the file's name and type, and the facts stated with it. */
export interface ExportResult {
  kind: ExportKind;
  format: ExportFormat;
  purpose: ExportPurpose;
  fileName: string;
  contentType: string;
  /** Records exported (seizures, records or statistical records — not table rows). */
  count: number;
  /** Visible records matching the filter that the export rules left out, by reason. */
  withheld: { total: number; h2: number; h1: number };
  /** The filter as query parameters (`format` and `purpose` included). */
  filter: Record<string, string>;
  exportedBy: string;
  exportedAt: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ftm: 'application/x-ndjson; charset=utf-8',
};
const EXTENSIONS: Record<ExportFormat, string> = { csv: 'csv', xlsx: 'xlsx', ftm: 'ftm.jsonl' };

function sourceOf(ctx: RequestContext, request: ExportRequest): ExportSource<unknown> {
  const actor = ctx.actor!;
  switch (request.kind) {
    case 'seizures': {
      const { format: _f, purpose, ...filter } = request.query;
      return seizuresSource(actor, filter, purpose);
    }
    case 'records': {
      const { format: _f, purpose, ...filter } = request.query;
      return recordsSource(actor, filter, purpose);
    }
    case 'statistics': {
      const { format: _f, purpose, ...filter } = request.query;
      return statisticsSource(actor, filter, purpose);
    }
  }
}

/** The query as text parameters, in a stable order, for headers, the About sheet and the audit. */
function filterOf(request: ExportRequest): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.query)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, String(v)]),
  );
}

/** Writes every item of the source to the file in the chosen format; returns the ids written. */
async function writeFile<T>(
  tx: Transaction<Database>,
  source: ExportSource<T>,
  format: ExportFormat,
  path: string,
  about: () => AboutLine[],
  tally: Tally,
  pageSize: number,
  readIdsLimit: number,
  onProgress?: (done: number, total: number) => void,
) {
  const digest = createHash('sha256');
  const ids: string[] = [];
  const related = new Set<string>();
  let done = 0;
  const note = (item: T) => {
    const id = source.id(item);
    digest.update(`${id}\n`);
    if (ids.length < readIdsLimit) ids.push(id);
    // Beyond the limit the related ids are not listed either; remembering them would only cost memory.
    for (const r of source.relatedIds?.(item) ?? []) {
      if (related.size <= readIdsLimit) related.add(r);
    }
    done++;
  };
  if (format === 'ftm') {
    if (!source.entities) throw new AppError('VALIDATION_FAILED', 'This export has no FtM format', 'format');
    const out = await ftmWriter(path);
    const emitted = new Set<string>();
    for await (const page of source.pages(tx, pageSize)) {
      for (const item of page.items) {
        // Referenced records first, once each, so that a reader meets an entity before links to it.
        for (const id of source.relatedIds?.(item) ?? []) {
          const entity = page.related.get(id);
          if (entity && !emitted.has(id)) {
            emitted.add(id);
            await out.write(entity);
          }
        }
        for (const entity of source.entities(item)) await out.write(entity);
        note(item);
      }
      onProgress?.(done, tally.count);
    }
    await out.finish();
  } else {
    const out: TableWriter =
      format === 'csv'
        ? await csvWriter(path, source.columns)
        : xlsxWriter(path, source.sheetName, source.columns);
    for await (const page of source.pages(tx, pageSize)) {
      for (const item of page.items) {
        for (const row of source.rows(item)) await out.write(row);
        note(item);
      }
      onProgress?.(done, tally.count);
    }
    await out.finish(about());
  }
  return { ids, count: done, idsSha256: digest.digest('hex'), related: [...related] };
}

/**
 * Exports what the actor may see and export, to the file at `path`, and audits it. One transaction
 * reads the counts and every page and writes the audit rows; the file is complete before the
 * transaction commits, and the caller sends it only after that, so no byte of an export ever leaves
 * without its audit row.
 *
 * The transaction is READ COMMITTED, not REPEATABLE READ: the audit chain appends after the last row
 * committed by anyone (audit.ts), which a snapshot taken at the export's start cannot see once another
 * request has audited meanwhile — on PostgreSQL that failed every export beside other traffic. Pages
 * follow keyset cursors, so no row repeats; a record changed while the export runs is exported as its
 * page found it, and the count is the rows written.
 */
export async function runExport(
  db: Kysely<Database>,
  ctx: RequestContext,
  request: ExportRequest,
  out: {
    path: string;
    onProgress?: (done: number, total: number) => void;
    /** For tests: smaller pages, and a lower limit of ids listed in the read audit rows. */
    pageSize?: number;
    readIdsLimit?: number;
  },
): Promise<ExportResult> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  const format = request.query.format;
  const source = sourceOf(ctx, request);
  const limit = out.readIdsLimit ?? READ_IDS_LIMIT;
  return db.transaction().execute(async (tx) => {
    const agency = await tx
      .selectFrom('agencies')
      .select('code')
      .where('id', '=', actor.agencyId)
      .executeTakeFirstOrThrow();
    const tally = await source.tally(tx);
    const exportedAt = new Date().toISOString();
    const result: ExportResult = {
      kind: request.kind,
      format,
      purpose: request.query.purpose,
      fileName: `northroute-${request.kind}-${exportedAt.replace(/[-:]|\.\d+/g, '')}.${EXTENSIONS[format]}`,
      contentType: CONTENT_TYPES[format],
      count: tally.count,
      withheld: { total: tally.h2 + tally.h1, h2: tally.h2, h1: tally.h1 },
      filter: filterOf(request),
      exportedBy: actor.username,
      exportedAt,
    };
    const written = await writeFile(
      tx,
      source,
      format,
      out.path,
      () => aboutLines(result, actor.username, agency.code),
      tally,
      out.pageSize ?? PAGE_SIZE,
      limit,
      out.onProgress,
    );
    result.count = written.count;
    await recordAudit(tx, ctx, {
      action: `export.${request.kind}`,
      objectType: source.objectType,
      details: {
        format,
        purpose: result.purpose,
        filter: result.filter,
        count: result.count,
        withheld: result.withheld,
        file: result.fileName,
        idsSha256: written.idsSha256,
        idsListed: written.ids.length === result.count,
        relatedRecordsListed: written.related.length <= limit,
      },
    });
    if (written.ids.length === result.count) await recordRead(tx, ctx, source.objectType, written.ids);
    if (written.related.length > 0 && written.related.length <= limit) {
      await recordRead(tx, ctx, 'record', written.related);
    }
    return result;
  });
}
