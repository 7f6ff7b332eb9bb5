import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App, AppContext } from '../../../platform/http/context.js';
import {
  ExportRecordsQuery,
  ExportSeizuresQuery,
  ExportStatisticsQuery,
  type ExportRequest,
} from './export.schema.js';
import { runExport, type ExportResult } from './export.service.js';

/**
 * The facts of an export as response headers (CSV and FtM files carry no "about" lines, which break
 * the tools that read them): count, withheld records, the filter, who exported and when.
 */
export function exportHeaders(result: ExportResult): Record<string, string> {
  return {
    'content-type': result.contentType,
    'content-disposition': `attachment; filename="${result.fileName}"`,
    'cache-control': 'no-store',
    'x-northroute-count': String(result.count),
    'x-northroute-withheld': String(result.withheld.total),
    'x-northroute-withheld-h2': String(result.withheld.h2),
    'x-northroute-withheld-h1': String(result.withheld.h1),
    // Percent-encoded: header values must be ASCII, filters and names need not be.
    'x-northroute-filter': new URLSearchParams(result.filter).toString(),
    'x-northroute-exported-by': encodeURIComponent(result.exportedBy),
    'x-northroute-exported-at': result.exportedAt,
  };
}

/**
 * Builds the file in a private temporary directory, then streams it; the directory goes when the
 * response is done (or failed).
 */
async function sendExport(app: AppContext, req: FastifyRequest, reply: FastifyReply, request: ExportRequest) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'northroute-export-'));
  const cleanUp = () => void rm(dir, { recursive: true, force: true });
  try {
    const file = path.join(dir, 'export');
    const result = await runExport(app.db, req.ctx, request, { path: file });
    const stream = createReadStream(file);
    stream.on('close', cleanUp);
    return reply.headers(exportHeaders(result)).send(stream);
  } catch (error) {
    cleanUp();
    throw error;
  }
}

/** Exports of seizures, records and statistical records as files (CSV, XLSX, FtM JSON lines). */
export function registerExportRoutes(api: App, app: AppContext): void {
  const tags = ['exports'];
  const config = { scope: 'read', object: 'export' } as const;
  api.get('/exports/seizures', { config, schema: { tags, querystring: ExportSeizuresQuery } }, (req, reply) =>
    sendExport(app, req, reply, { kind: 'seizures', query: req.query }),
  );
  api.get('/exports/records', { config, schema: { tags, querystring: ExportRecordsQuery } }, (req, reply) =>
    sendExport(app, req, reply, { kind: 'records', query: req.query }),
  );
  api.get(
    '/exports/statistics',
    { config, schema: { tags, querystring: ExportStatisticsQuery } },
    (req, reply) => sendExport(app, req, reply, { kind: 'statistics', query: req.query }),
  );
}
