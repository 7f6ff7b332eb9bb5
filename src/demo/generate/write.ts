/**
 * Writes a generated run into the database: chunk by chunk, one transaction each, with the records
 * first (parties point at them), the seizures through the shared bulk writer (`prepareSeizure` +
 * `insertSeizures`), and one audit row per chunk in the same transaction. Ids derive from the seed,
 * so a second run skips what exists and only adds what is missing.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../platform/access/actor.js';
import { recordAudit } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError } from '../../platform/errors.js';
import { insertSeizures, prepareSeizure } from '../../modules/records/seizures/seizures.repository.js';
import type { AgencyRef } from './agencies.js';
import { planChunks } from './plan.js';
import { insertRecordDrafts } from './write-records.js';

/** What to generate and how to report progress. */
export interface GenerateOptions {
  readonly seizures: number;
  readonly seed?: string;
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** What a run wrote. */
export interface GenerateSummary {
  readonly seed: string;
  readonly seizures: number;
  readonly records: number;
  readonly skippedSeizures: number;
  readonly skippedRecords: number;
  readonly milliseconds: number;
}

/** The default seed: `demo generate` without --seed and the first-start demo write the same region. */
export const DEFAULT_SEED = '1';

async function existing(
  db: Kysely<Database>,
  table: 'records' | 'seizures',
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom(table).select('id').where('id', 'in', ids).execute();
  return new Set(rows.map((r) => r.id));
}

/** Generates `seizures` seizures of the demo region (and their groups, persons, vehicles) into `db`. */
export async function generateDemoData(
  db: Kysely<Database>,
  ctx: RequestContext,
  options: GenerateOptions,
): Promise<GenerateSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isInteger(options.seizures) || options.seizures < 0 || options.seizures > 2_000_000) {
    throw new AppError('VALIDATION_FAILED', 'Give a number of seizures from 0 to 2,000,000', 'seizures');
  }
  const agencies: AgencyRef[] = (
    await db.selectFrom('agencies').select(['id', 'code', 'country_code', 'kind']).execute()
  ).map((a) => ({
    id: a.id,
    code: a.code,
    countryCode: a.country_code,
    kind: a.kind,
  }));
  if (!agencies.some((a) => a.countryCode === 'KZ')) {
    throw new AppError('VALIDATION_FAILED', 'Load the demo region first (northroute demo load)', 'seizures');
  }
  // Generated rows are credited to each agency's demo officer, as if he had entered them.
  const officers = await db
    .selectFrom('users')
    .select(['id', 'agency_id'])
    .where('username', 'like', '%.officer')
    .execute();
  const officerOf = new Map(officers.map((u) => [u.agency_id, u.id]));
  const userOf = (agencyId: string) => officerOf.get(agencyId) ?? null;
  let seizures = 0;
  let records = 0;
  let skippedSeizures = 0;
  let skippedRecords = 0;
  for (const chunk of planChunks({
    seed,
    seizures: options.seizures,
    agencies,
    chunkSize: options.chunkSize,
  })) {
    await db.transaction().execute(async (tx) => {
      const haveRecords = await existing(
        tx,
        'records',
        chunk.records.map((r) => r.id),
      );
      const haveSeizures = await existing(
        tx,
        'seizures',
        chunk.seizures.map((s) => s.id),
      );
      const newRecords = [
        ...new Map(chunk.records.filter((r) => !haveRecords.has(r.id)).map((r) => [r.id, r])).values(),
      ];
      const newSeizures = chunk.seizures.filter((s) => !haveSeizures.has(s.id));
      await insertRecordDrafts(tx, newRecords, userOf);
      const prepared = newSeizures.map((s) =>
        prepareSeizure(
          s.body,
          { agencyId: s.owner.id, countryCode: s.owner.countryCode, userId: userOf(s.owner.id) },
          { id: s.id },
        ),
      );
      await insertSeizures(tx, prepared);
      await recordAudit(tx, ctx, {
        action: 'demo.generate',
        objectType: 'seizure',
        details: {
          seed,
          from: chunk.from,
          to: chunk.to,
          seizures: newSeizures.length,
          records: newRecords.length,
          skipped: haveSeizures.size,
        },
      });
      seizures += newSeizures.length;
      records += newRecords.length;
      skippedSeizures += chunk.seizures.length - newSeizures.length;
      skippedRecords += chunk.records.length - newRecords.length;
    });
    options.onProgress?.(chunk.to, options.seizures);
  }
  return {
    seed,
    seizures,
    records,
    skippedSeizures,
    skippedRecords,
    milliseconds: Math.round(performance.now() - started),
  };
}
