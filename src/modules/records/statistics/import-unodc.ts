import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError } from '../../../platform/errors.js';
import type { ImportProblem } from '../import/problems.js';
import { readUnodcSeizures, type UnodcSeizureRecord } from '../import/unodc-profile.js';
import { drugForUnodcName } from '../vocabularies/drugs.js';

/** What an import did (or, in a dry run, would do). */
export interface ImportSummary {
  dryRun: boolean;
  batchId: string | null;
  rowsRead: number;
  inserted: number;
  updated: number;
  unchanged: number;
  problems: ImportProblem[];
}

/** Progress of a long import: a phase and how far it is. */
export type ImportProgress = (phase: 'reading' | 'writing', done: number, total: number | null) => void;

const CHUNK = 500;
const SOURCE = 'unodc-data-portal';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Imports a UNODC data-portal "Drug seizures" export as country–year–drug statistical records owned
 * by `ownerAgencyId`, shared with members and observers (public statistics). Idempotent: rows are
 * upserted by their natural key, and a row whose figures did not change is left alone, so a second
 * import of the same file changes nothing. All rows are written in one transaction with the audit row:
 * an interrupted import leaves nothing behind and is simply run again. Bad rows are reported, never
 * stored; a dry run reports without writing.
 */
export async function importUnodcFile(
  db: Kysely<Database>,
  ctx: RequestContext,
  input: {
    file: string;
    ownerAgencyId: string;
    dryRun: boolean;
    onProgress?: ImportProgress;
    operator?: string;
  },
): Promise<ImportSummary> {
  const agency = await db
    .selectFrom('agencies')
    .select(['id', 'country_code'])
    .where('id', '=', input.ownerAgencyId)
    .executeTakeFirst();
  if (!agency) throw new AppError('NOT_FOUND', 'Unknown agency', 'agency');
  const reading = readUnodcSeizures(input.file, { fileLabel: path.basename(input.file) });
  const records: UnodcSeizureRecord[] = [];
  for await (const record of reading) {
    records.push(record);
    if (records.length % 1000 === 0) input.onProgress?.('reading', records.length, null);
  }
  input.onProgress?.('reading', records.length, records.length);
  const summary: ImportSummary = {
    dryRun: input.dryRun,
    batchId: null,
    rowsRead: records.length,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    problems: reading.problems,
  };
  if (input.dryRun) return summary;
  if (records.length === 0) {
    throw new AppError('VALIDATION_FAILED', 'The file has no importable rows', 'file');
  }

  const fileSha256 = await sha256Of(input.file);
  return db.transaction().execute(async (tx) => {
    const batch = await tx
      .insertInto('import_batches')
      .values({
        owner_agency_id: agency.id,
        profile: 'unodc',
        file_name: path.basename(input.file),
        file_sha256: fileSha256,
        rows_read: records.length,
        inserted: 0,
        updated: 0,
        unchanged: 0,
        problems: JSON.stringify(reading.problems),
        created_by: ctx.actor?.userId ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let start = 0; start < records.length; start += CHUNK) {
      const rows = records.slice(start, start + CHUNK).map((r) => {
        const term = drugForUnodcName(r.drugName);
        return {
          natural_key: r.naturalKey,
          source: SOURCE,
          country: r.countryIso2,
          year: r.year,
          drug_code: term?.code ?? null,
          reported_group: r.drugGroup,
          reported_subgroup: r.drugSubGroup,
          reported_name: r.drugName,
          aggregate: term?.aggregate ?? false,
          kilograms: r.kilograms,
          provenance: JSON.stringify(r.provenance),
          import_batch_id: batch.id,
          owner_agency_id: agency.id,
          owner_country: agency.country_code,
          distribution: 'members_and_observers' as const,
          handling_code: 'H0' as const,
          handling_restriction: null,
          eval_source: null,
          eval_info: null,
          updated_at: new Date(),
        };
      });
      // xmax = 0 tells a fresh insert from an update; unchanged rows are filtered by the WHERE and not returned.
      const written = await tx
        .insertInto('statistical_records')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['owner_agency_id', 'natural_key'])
            .doUpdateSet((eb) => ({
              kilograms: eb.ref('excluded.kilograms'),
              country: eb.ref('excluded.country'),
              year: eb.ref('excluded.year'),
              drug_code: eb.ref('excluded.drug_code'),
              reported_group: eb.ref('excluded.reported_group'),
              reported_subgroup: eb.ref('excluded.reported_subgroup'),
              reported_name: eb.ref('excluded.reported_name'),
              aggregate: eb.ref('excluded.aggregate'),
              provenance: eb.ref('excluded.provenance'),
              import_batch_id: eb.ref('excluded.import_batch_id'),
              updated_at: eb.ref('excluded.updated_at'),
            }))
            .where(
              sql<boolean>`(statistical_records.kilograms, statistical_records.country, statistical_records.year, statistical_records.drug_code, statistical_records.reported_name, statistical_records.aggregate)
                is distinct from (excluded.kilograms, excluded.country, excluded.year, excluded.drug_code, excluded.reported_name, excluded.aggregate)`,
            ),
        )
        .returning(sql<boolean>`(xmax = 0)`.as('inserted'))
        .execute();
      const inserted = written.filter((w) => w.inserted).length;
      summary.inserted += inserted;
      summary.updated += written.length - inserted;
      summary.unchanged += rows.length - written.length;
      input.onProgress?.('writing', Math.min(start + CHUNK, records.length), records.length);
    }
    await tx
      .updateTable('import_batches')
      .set({ inserted: summary.inserted, updated: summary.updated, unchanged: summary.unchanged })
      .where('id', '=', batch.id)
      .execute();
    await recordAudit(tx, ctx, {
      action: 'import.commit',
      objectType: 'import_batch',
      objectId: batch.id,
      objectAgencyId: agency.id,
      ...(input.operator ? { username: input.operator } : {}),
      details: {
        profile: 'unodc',
        file: path.basename(input.file),
        rows: records.length,
        inserted: summary.inserted,
        updated: summary.updated,
        unchanged: summary.unchanged,
        problems: reading.problems.length,
      },
    });
    return { ...summary, batchId: batch.id };
  });
}
