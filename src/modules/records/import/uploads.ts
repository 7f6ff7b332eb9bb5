/**
 * Uploaded import files, kept on the server's disk for a day so that the mapping step, the dry run
 * and the commit read the same bytes without sending them again. Each agency has its own folder; a
 * file is named by a random id and described by a small JSON file beside it.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { AppError, notFound } from '../../../platform/errors.js';
import { sha256Of } from './batches.js';

/** How long an upload is kept. */
const KEEP_MS = 24 * 3600_000;

/** Where uploads live: NORTHROUTE_UPLOAD_DIR, else a folder of the system's temporary directory. */
export function uploadRoot(): string {
  return process.env.NORTHROUTE_UPLOAD_DIR ?? path.join(os.tmpdir(), 'northroute-uploads');
}

/** What is known of an uploaded file. */
export interface UploadMeta {
  fileId: string;
  agencyId: string;
  fileName: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function pathsOf(agencyId: string, fileId: string) {
  const dir = path.join(uploadRoot(), agencyId);
  return { dir, data: path.join(dir, fileId), meta: path.join(dir, `${fileId}.json`) };
}

/** Stores a stream as a new upload of the agency; `tooLarge` says whether the stream was cut at its limit. */
export async function storeUpload(
  agencyId: string,
  fileName: string,
  content: Readable | Buffer,
  tooLarge: () => boolean = () => false,
): Promise<UploadMeta> {
  const fileId = randomUUID();
  const paths = pathsOf(agencyId, fileId);
  await mkdir(paths.dir, { recursive: true, mode: 0o700 });
  await removeExpired(paths.dir);
  if (Buffer.isBuffer(content)) await writeFile(paths.data, content, { mode: 0o600 });
  else {
    try {
      await pipeline(content, createWriteStream(paths.data, { mode: 0o600 }));
    } catch (error) {
      await rm(paths.data, { force: true });
      throw error;
    }
  }
  if (tooLarge()) {
    await rm(paths.data, { force: true });
    throw new AppError('PAYLOAD_TOO_LARGE', 'The file is larger than the upload limit', 'file');
  }
  const size = (await stat(paths.data)).size;
  if (size === 0) {
    await rm(paths.data, { force: true });
    throw new AppError('VALIDATION_FAILED', 'The file is empty', 'file');
  }
  const meta: UploadMeta = {
    fileId,
    agencyId,
    fileName: path.basename(fileName).slice(0, 255) || 'upload',
    size,
    sha256: await sha256Of(paths.data),
    uploadedAt: new Date().toISOString(),
  };
  await writeFile(paths.meta, JSON.stringify(meta), { mode: 0o600 });
  return meta;
}

/** An upload of the agency, with the path of its bytes; another agency's answers as missing. */
export async function findUpload(agencyId: string, fileId: string): Promise<UploadMeta & { path: string }> {
  if (!UUID.test(fileId) || !UUID.test(agencyId)) throw notFound();
  const paths = pathsOf(agencyId, fileId);
  try {
    const meta = JSON.parse(await readFile(paths.meta, 'utf8')) as UploadMeta;
    if (meta.agencyId !== agencyId) throw notFound();
    return { ...meta, path: paths.data };
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('NOT_FOUND', 'No such uploaded file (uploads are kept for a day)', 'fileId');
  }
}

async function removeExpired(dir: string): Promise<void> {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info && now - info.mtimeMs > KEEP_MS) await rm(file, { force: true });
  }
}
