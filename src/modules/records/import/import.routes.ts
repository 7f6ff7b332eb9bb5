/**
 * The import API: saved column mappings, uploads, and import jobs (dry run or commit) with their
 * progress. Uploads accept multipart/form-data (the web app) or a small JSON body with the file in
 * base64 (scripts); the multipart parser is registered for the upload route alone, so every other
 * route keeps answering non-JSON bodies with 415.
 */
import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError } from '../../../platform/errors.js';
import type { App, AppContext } from '../../../platform/http/context.js';
import {
  CreateMappingBody,
  ImportIdParams,
  ListImportsQuery,
  MappingIdParams,
  MAX_UPLOAD_BYTES,
  StartImportBody,
  UpdateMappingBody,
  UploadJsonBody,
} from './import.schema.js';
import { getImport, listImports, startImport, uploadImportFile } from './import.service.js';
import { createMapping, listMappings, updateMapping } from './mappings.service.js';

/** Imports of spreadsheets and FtM files, and the saved mappings they use. */
export function registerImportRoutes(api: App, app: AppContext): void {
  const tags = ['imports'];
  const write = { scope: 'write', object: 'import' } as const;
  const mappingWrite = { scope: 'write', object: 'import_mapping' } as const;
  const read = { scope: 'read', object: 'import' } as const;
  const mappingRead = { scope: 'read', object: 'import_mapping' } as const;

  api.get('/import-mappings', { config: mappingRead, schema: { tags } }, (req) =>
    listMappings(app.db, req.ctx),
  );
  api.post(
    '/import-mappings',
    { config: mappingWrite, schema: { tags, body: CreateMappingBody } },
    async (req, reply) => reply.status(201).send(await createMapping(app.db, req.ctx, req.body)),
  );
  api.put(
    '/import-mappings/:id',
    { config: mappingWrite, schema: { tags, params: MappingIdParams, body: UpdateMappingBody } },
    (req) => updateMapping(app.db, req.ctx, req.params.id, req.body),
  );

  api.get('/imports', { config: read, schema: { tags, querystring: ListImportsQuery } }, (req) =>
    listImports(app.db, req.ctx, req.query),
  );
  api.post('/imports', { config: write, schema: { tags, body: StartImportBody } }, async (req, reply) =>
    reply.status(202).send(await startImport(app.db, req.ctx, req.body)),
  );
  api.get('/imports/:id', { config: read, schema: { tags, params: ImportIdParams } }, (req) =>
    getImport(app.db, req.ctx, req.params.id),
  );

  void api.register(async (uploads) => {
    await uploads.register(multipart, {
      limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 5, parts: 6, fieldSize: 1000 },
    });
    uploads.post('/import-files', { config: write, schema: { tags } }, async (req, reply) => {
      const file = await uploadedFile(req);
      try {
        return reply.status(201).send(await uploadImportFile(app.db, req.ctx, file));
      } catch (error) {
        throw String((error as { code?: unknown }).code).startsWith('FST_') ? multipartError(error) : error;
      }
    });
  });
}

/** The file of an upload request: the multipart part `file`, or the JSON body's base64 content. */
async function uploadedFile(req: FastifyRequest) {
  if (!req.isMultipart()) {
    const body = parse(UploadJsonBody, req.body ?? {});
    return { fileName: body.fileName, content: Buffer.from(body.contentBase64, 'base64') };
  }
  let part;
  let sawPart = false;
  try {
    for await (const next of req.parts()) {
      sawPart = true;
      if (next.type === 'file') {
        part = next;
        break;
      }
    }
  } catch (error) {
    throw multipartError(error);
  }
  // No part at all: the body is not readable as multipart/form-data.
  if (!sawPart) throw multipartError(new Error('no part'));
  if (!part || part.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', 'Send the file in a part named "file"', 'file');
  }
  const stream = part.file;
  stream.on('error', () => undefined); // reported by the pipeline that reads it
  return { fileName: part.filename || 'upload', content: stream, truncated: () => stream.truncated };
}

/** Multipart failures as the closed set of errors: too large is 413, a body that is not multipart is 415. */
function multipartError(error: unknown): AppError {
  const code = (error as { code?: string }).code ?? '';
  if (['FST_REQ_FILE_TOO_LARGE', 'FST_PARTS_LIMIT', 'FST_FILES_LIMIT', 'FST_FIELDS_LIMIT'].includes(code)) {
    return new AppError('PAYLOAD_TOO_LARGE', 'The upload is larger than allowed', 'file');
  }
  // A body that busboy cannot read as multipart/form-data is not in a media type this route takes.
  return new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    'Send multipart/form-data with a "file" part, or application/json',
    'body',
  );
}

/** Validates a body the route could not declare (it also takes multipart), naming the field at fault. */
function parse<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys[0]) path.push(issue.keys[0]);
  const message = issue.code === 'unrecognized_keys' ? 'Unknown field' : issue.message;
  throw new AppError('VALIDATION_FAILED', message, path.join('.') || 'body');
}
