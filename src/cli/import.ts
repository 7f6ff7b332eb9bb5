import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { detectColumns } from '../modules/records/import/columns.js';
import { importFtmFile } from '../modules/records/import/ftm-import.js';
import { SeizureMapping } from '../modules/records/import/mapping.js';
import { findMappingByName } from '../modules/records/import/mappings.service.js';
import type { ImportProblem } from '../modules/records/import/problems.js';
import { importSeizureFile } from '../modules/records/import/seizure-import.js';
import { importUnodcFile } from '../modules/records/statistics/import-unodc.js';
import type { Database } from '../platform/db/schema.js';
import { AppError } from '../platform/errors.js';
import { cliContext, cliOperator, withDatabase } from './open.js';
import { progressBar } from './progress.js';

const PROFILES = ['unodc', 'seizures', 'ftm'] as const;
type Profile = (typeof PROFILES)[number];

interface ImportOptions {
  agency: string;
  profile?: string;
  mapping?: string;
  dryRun?: boolean;
  resume?: boolean;
  chunkRows?: string;
  dataDir?: string;
}

/** The profile asked for, or the one the file and options imply (a mapping means seizures; .jsonl means FtM). */
function profileOf(file: string, opts: ImportOptions): Profile {
  const profile =
    opts.profile ?? (opts.mapping ? 'seizures' : /\.(jsonl|ndjson)$/i.test(file) ? 'ftm' : 'unodc');
  if (!(PROFILES as readonly string[]).includes(profile)) {
    throw new AppError(
      'VALIDATION_FAILED',
      `Unknown profile "${profile}" (one of: ${PROFILES.join(', ')})`,
      'profile',
    );
  }
  return profile as Profile;
}

/** A saved mapping by name, a JSON file, or (without --mapping) the mapping suggested by the header row. */
async function mappingFor(db: Kysely<Database>, agencyId: string, file: string, name: string | undefined) {
  if (name && !existsSync(name)) {
    const saved = await findMappingByName(db, agencyId, name);
    if (!saved) throw new AppError('NOT_FOUND', `The agency has no saved mapping "${name}"`, 'mapping');
    return { mapping: saved.mapping, mappingName: name };
  }
  const raw: unknown = name ? JSON.parse(readFileSync(name, 'utf8')) : (await detectColumns(file)).suggested;
  const parsed = SeizureMapping.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.join('.') || 'mapping';
    const hint = name
      ? ''
      : ' (no --mapping was given and the header row does not name the columns: give one)';
    throw new AppError('VALIDATION_FAILED', `Mapping: ${issue.message}${hint}`, `mapping.${where}`);
  }
  return { mapping: parsed.data, mappingName: null };
}

function printProblems(problems: readonly ImportProblem[], count = problems.length): void {
  for (const problem of problems.slice(0, 50)) console.log(`${problem.severity}: ${problem.message}`);
  if (count > 50) console.log(`… and ${count - 50} more problems.`);
}

/** `northroute import FILE`: bring a spreadsheet or an FtM file into the records, with a dry run and a progress bar. */
export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description(
      'Import a CSV, XLSX or FtM JSON-lines file (idempotent: a second run of the same file changes nothing)',
    )
    .requiredOption('--agency <code>', 'the agency that will own the imported records')
    .option(
      '--profile <name>',
      `${PROFILES.join(', ')} (default: seizures with --mapping, ftm for .jsonl, else unodc)`,
    )
    .option(
      '--mapping <name>',
      'a saved column mapping of the agency, or a mapping JSON file (profile seizures)',
    )
    .option('--dry-run', 'check every row and report problems without writing')
    .option('--resume', 'continue the interrupted import of this file (re-running it does the same)')
    .option('--chunk-rows <n>', 'rows per transaction (profile seizures)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (file: string, opts: ImportOptions) => {
      const profile = profileOf(file, opts);
      const bar = progressBar('rows');
      const quiet = !process.stderr.isTTY;
      await withDatabase(opts, async ({ db }) => {
        const agency = await db
          .selectFrom('agencies')
          .select('id')
          .where('code', '=', opts.agency)
          .executeTakeFirst();
        if (!agency) throw new AppError('NOT_FOUND', `No agency "${opts.agency}"`, 'agency');
        const common = {
          file,
          ownerAgencyId: agency.id,
          dryRun: opts.dryRun ?? false,
          operator: cliOperator(),
        };
        const verb = opts.dryRun ? 'Dry run' : 'Imported';
        if (profile === 'unodc') {
          const summary = await importUnodcFile(db, cliContext(), {
            ...common,
            onProgress: (phase, done, total) => {
              if (phase === 'writing' && total !== null) bar.update(done, total);
            },
          }).finally(() => bar.stop());
          printProblems(summary.problems);
          console.log(
            `${verb} ${file} as ${cliOperator()}: ${summary.rowsRead} rows read, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.problems.length} problems.`,
          );
          return;
        }
        const onProgress = (e: { rowsDone: number; rowsTotal: number | null }) =>
          bar.update(e.rowsDone, Math.max(e.rowsTotal ?? e.rowsDone, e.rowsDone));
        if (profile === 'ftm') {
          const summary = await importFtmFile(db, cliContext(), { ...common, onProgress }).finally(() =>
            bar.stop(),
          );
          printProblems(summary.problems, summary.problemCount);
          console.log(
            `${verb} ${file} as ${cliOperator()}: ${summary.rowsRead} lines read, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} refused, ${summary.problemCount} problems.`,
          );
          return;
        }
        const chunkRows = opts.chunkRows === undefined ? undefined : Number.parseInt(opts.chunkRows, 10);
        if (chunkRows !== undefined && !(chunkRows >= 1)) {
          throw new AppError('VALIDATION_FAILED', 'Give a positive number of rows', 'chunkRows');
        }
        const { mapping, mappingName } = await mappingFor(db, agency.id, file, opts.mapping);
        const summary = await importSeizureFile(db, cliContext(), {
          ...common,
          mapping,
          mappingName,
          resumeOnly: opts.resume ?? false,
          ...(chunkRows === undefined ? {} : { chunkRows }),
          onProgress,
          // Without a terminal there is no bar: a line per committed chunk shows the import advancing.
          onChunk: (rows) => {
            if (quiet) process.stderr.write(`committed rows 1-${rows}\n`);
          },
        }).finally(() => bar.stop());
        printProblems(summary.problems, summary.problemCount);
        const resumed = summary.resumedAfter > 0 ? ` (resumed after row ${summary.resumedAfter})` : '';
        console.log(
          `${verb} ${file} as ${cliOperator()}${resumed}: ${summary.rowsRead} rows read, ${summary.seizures} seizures, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.rejected} refused, ${summary.problemCount} problems.`,
        );
      });
    });
}
