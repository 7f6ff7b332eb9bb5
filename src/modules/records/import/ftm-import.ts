/**
 * FollowTheMoney JSON lines (`{"id", "schema", "properties"}` per line) into records of the importing
 * agency. An entity's FtM id is its natural key (source + external id), so importing the file again
 * updates in place; entity-valued properties (a link's ends, an owner) name FtM ids and are rewritten
 * to our record ids, whether the entity is in the same file or was imported before. Unknown schemata,
 * unknown properties and links to entities found nowhere are reported by line, and that line is not
 * imported. Written in chunks, each a transaction with its audit row; every write is idempotent, so a
 * run cut short is simply run again (the batch continues).
 */
import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import {
  RECORD_SCHEMATA,
  entityProperties,
  validateProperties,
  type Properties,
  type RecordSchema,
} from '../ftm.js';
import type { Sharing } from '../records.schema.js';
import {
  createBatch,
  finishBatch,
  findResumable,
  MAX_KEPT_PROBLEMS,
  recordChunk,
  sha256Of,
} from './batches.js';
import { existingIds, writeEntities, type Entity } from './ftm-writer.js';
import { problemAt, type ImportProblem } from './problems.js';
import type { ImportProgressEvent } from './seizure-import.js';

/** The natural-key source of FtM entities unless told otherwise. */
export const FTM_SOURCE = 'ftm';
const CHUNK = 2000;
const MAX_LINE_CHARS = 1_000_000;

/** What an FtM import did. */
export interface FtmImportSummary {
  dryRun: boolean;
  batchId: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problems: ImportProblem[];
  problemCount: number;
}

/** Parses one line into an entity, or reports why it cannot be one. */
function parseLine(text: string, line: number, report: (p: ImportProblem) => void): Entity | null {
  const fail = (field: string | null, code: 'invalid-value' | 'required', message: string) => {
    report(problemAt({ row: line, field }, 'error', code, message));
    return null;
  };
  if (text.length > MAX_LINE_CHARS) {
    return fail(null, 'invalid-value', `the line is longer than ${MAX_LINE_CHARS} characters.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(null, 'invalid-value', 'the line is not JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail(null, 'invalid-value', 'the line is not a JSON object.');
  }
  const { id, schema, properties } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '' || id.length > 200) {
    return fail('id', 'required', 'the entity has no id (a string of at most 200 characters).');
  }
  if (typeof schema !== 'string' || !(RECORD_SCHEMATA as readonly string[]).includes(schema)) {
    return fail(
      'schema',
      'invalid-value',
      `the schema "${String(schema)}" is not one Northroute records (${RECORD_SCHEMATA.join(', ')}).`,
    );
  }
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) {
    return fail('properties', 'invalid-value', 'properties must be an object of lists of strings.');
  }
  for (const [name, values] of Object.entries(properties)) {
    if (!Array.isArray(values) || values.some((v) => typeof v !== 'string')) {
      return fail(`properties.${name}`, 'invalid-value', `the property ${name} is not a list of strings.`);
    }
  }
  try {
    const clean = validateProperties(schema as RecordSchema, properties as Properties);
    return { line, ftmId: id.trim(), schema: schema as RecordSchema, properties: clean };
  } catch (error) {
    if (error instanceof AppError) return fail(error.field, 'invalid-value', `${error.message}.`);
    throw error;
  }
}

/** Imports an FtM JSON-lines file (see the file comment). */
export async function importFtmFile(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: {
    file: string;
    fileName?: string;
    ownerAgencyId: string;
    dryRun: boolean;
    source?: string;
    sharing?: Sharing;
    operator?: string;
    onProgress?: (event: ImportProgressEvent) => void;
  },
): Promise<FtmImportSummary> {
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'country_code'])
    .where('id', '=', input.ownerAgencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND', 'Unknown agency', 'agency');
  const source = input.source ?? FTM_SOURCE;
  const sharing: Sharing = input.sharing ?? {
    distribution: 'own_agency',
    distributionAgencies: [],
    handlingCode: 'H0',
    statisticsOnly: false,
  };
  const fileName = input.fileName ?? path.basename(input.file);
  const summary: FtmImportSummary = {
    dryRun: input.dryRun,
    batchId: null,
    rowsRead: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    problems: [],
    problemCount: 0,
  };
  const report = (p: ImportProblem) => {
    summary.problemCount += 1;
    if (summary.problems.length < MAX_KEPT_PROBLEMS) summary.problems.push(p);
  };

  const entities = new Map<string, Entity>();
  const lines = createInterface({
    input: createReadStream(input.file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let line = 0;
  for await (const raw of lines) {
    line += 1;
    const text = line === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (text.trim() === '') continue;
    summary.rowsRead += 1;
    const entity = parseLine(text, line, report);
    if (!entity) continue;
    const earlier = entities.get(entity.ftmId);
    if (earlier) {
      report(
        problemAt(
          { row: line, field: 'id' },
          'error',
          'inconsistent',
          `the id "${entity.ftmId}" was already given on line ${earlier.line}; this line is not imported.`,
        ),
      );
      continue;
    }
    entities.set(entity.ftmId, entity);
    if (summary.rowsRead % 1000 === 0) {
      input.onProgress?.({ phase: 'reading', rowsDone: summary.rowsRead, rowsTotal: null });
    }
  }

  // Our ids: those of entities imported before, new ones for the rest. Links resolve against both.
  const known = await existingIds(db, agency.id, source, [...entities.keys()]);
  const referenced = new Set<string>();
  for (const e of entities.values()) {
    for (const p of entityProperties(e.schema)) for (const v of e.properties[p] ?? []) referenced.add(v);
  }
  const outside = await existingIds(
    db,
    agency.id,
    source,
    [...referenced].filter((v) => !entities.has(v)),
  );
  const ids = new Map<string, string>([...outside, ...known]);
  for (const id of entities.keys()) if (!ids.has(id)) ids.set(id, randomUUID());
  const ready: Entity[] = [];
  for (const e of entities.values()) {
    const properties: Properties = { ...e.properties };
    let ok = true;
    for (const p of entityProperties(e.schema)) {
      const values = e.properties[p];
      if (!values) continue;
      const resolved = values.map((v) => ids.get(v));
      const missing = values.filter((_, i) => resolved[i] === undefined);
      if (missing.length > 0) {
        report(
          problemAt(
            { row: e.line, field: `properties.${p}` },
            'error',
            'invalid-value',
            `the entity links to "${missing[0]}", which is neither in the file nor imported before from ${source}.`,
          ),
        );
        ok = false;
      } else properties[p] = resolved as string[];
    }
    if (ok) ready.push({ ...e, properties });
  }
  summary.rejected = summary.rowsRead - ready.length;
  if (input.dryRun) {
    input.onProgress?.({ phase: 'done', rowsDone: summary.rowsRead, rowsTotal: summary.rowsRead });
    return summary;
  }

  const key = {
    ownerAgencyId: agency.id,
    fileSha256: await sha256Of(input.file),
    target: 'records' as const,
    mapping: { profile: 'ftm', source, sharing },
  };
  const unfinished = await findResumable(db, key);
  const owner = { agencyId: agency.id, countryCode: agency.country_code, userId: ctx.actor?.userId ?? null };
  const audit = { ...(input.operator ? { username: input.operator } : {}), objectAgencyId: agency.id };
  const batchId =
    unfinished?.id ??
    (await db.transaction().execute(async (tx) => {
      const id = await createBatch(tx, { ...key, profile: 'ftm', fileName, createdBy: owner.userId });
      await recordAudit(tx, ctx, {
        action: 'import.start',
        objectType: 'import_batch',
        objectId: id,
        ...audit,
        details: { target: 'records', file: fileName, source },
      });
      return id;
    }));
  summary.batchId = batchId;
  for (let start = 0; start < ready.length; start += CHUNK) {
    const chunk = ready.slice(start, start + CHUNK);
    const through = chunk[chunk.length - 1]!.line;
    const written = await db.transaction().execute(async (tx) => {
      const result = await writeEntities(tx, owner, source, sharing, ids, chunk);
      await recordChunk(tx, batchId, { rowsCommitted: through, ...result });
      await recordAudit(tx, ctx, {
        action: 'import.chunk',
        objectType: 'import_batch',
        objectId: batchId,
        ...audit,
        details: { linesThrough: through, ...result },
      });
      return result;
    });
    summary.inserted += written.inserted;
    summary.updated += written.updated;
    summary.unchanged += written.unchanged;
    input.onProgress?.({ phase: 'writing', rowsDone: start + chunk.length, rowsTotal: ready.length });
  }
  await db.transaction().execute(async (tx) => {
    await finishBatch(tx, batchId, {
      status: 'committed',
      rowsRead: summary.rowsRead,
      problems: summary.problems,
    });
    await recordAudit(tx, ctx, {
      action: 'import.commit',
      objectType: 'import_batch',
      objectId: batchId,
      ...audit,
      details: {
        target: 'records',
        file: fileName,
        rows: summary.rowsRead,
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        problems: summary.problemCount,
      },
    });
  });
  input.onProgress?.({ phase: 'done', rowsDone: summary.rowsRead, rowsTotal: summary.rowsRead });
  return summary;
}
