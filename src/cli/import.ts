import type { Command } from 'commander';
import { importUnodcFile } from '../modules/records/statistics/import-unodc.js';
import { AppError } from '../platform/errors.js';
import { cliContext, cliOperator, withDatabase } from './open.js';
import { progressBar } from './progress.js';

const PROFILES = ['unodc'] as const;

/** `northroute import FILE`: bring a spreadsheet into the records, with a dry run and a progress bar. */
export function registerImportCommand(program: Command): void {
  program
    .command('import <file>')
    .description('Import a CSV or XLSX file (idempotent: a second run of the same file changes nothing)')
    .requiredOption('--agency <code>', 'the agency that will own the imported records')
    .option('--profile <name>', `built-in profile (${PROFILES.join(', ')})`, 'unodc')
    .option('--dry-run', 'check every row and report problems without writing')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (file: string, opts: { agency: string; profile: string; dryRun?: boolean; dataDir?: string }) => {
        if (!(PROFILES as readonly string[]).includes(opts.profile)) {
          throw new AppError(
            'VALIDATION_FAILED',
            `Unknown profile "${opts.profile}" (one of: ${PROFILES.join(', ')})`,
            'profile',
          );
        }
        const bar = progressBar('rows');
        const summary = await withDatabase(opts, async ({ db }) => {
          const agency = await db
            .selectFrom('agencies')
            .select('id')
            .where('code', '=', opts.agency)
            .executeTakeFirst();
          if (!agency) throw new AppError('NOT_FOUND', `No agency "${opts.agency}"`, 'agency');
          return importUnodcFile(db, cliContext(), {
            file,
            operator: cliOperator(),
            ownerAgencyId: agency.id,
            dryRun: opts.dryRun ?? false,
            onProgress: (phase, done, total) => {
              if (phase === 'writing' && total !== null) bar.update(done, total);
            },
          }).finally(() => bar.stop());
        });
        for (const problem of summary.problems.slice(0, 50)) {
          console.log(`${problem.severity}: ${problem.message}`);
        }
        if (summary.problems.length > 50) console.log(`… and ${summary.problems.length - 50} more problems.`);
        const verb = summary.dryRun ? 'Dry run' : 'Imported';
        console.log(
          `${verb} ${file} as ${cliOperator()}: ${summary.rowsRead} rows read, ${summary.inserted} new, ${summary.updated} updated, ${summary.unchanged} unchanged, ${summary.problems.length} problems.`,
        );
      },
    );
}
