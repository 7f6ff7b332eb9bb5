import { createReadStream } from 'node:fs';
import { mkdtemp, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Command } from 'commander';
import { sql } from 'kysely';
import type { ZodType } from 'zod';
import {
  ExportRecordsQuery,
  ExportSeizuresQuery,
  ExportStatisticsQuery,
  type ExportRequest,
} from '../modules/records/export/export.schema.js';
import { runExport } from '../modules/records/export/export.service.js';
import { loadActor } from '../platform/access/load-actor.js';
import { AppError } from '../platform/errors.js';
import { cliContext, cliOperator, withDatabase } from './open.js';
import { progressBar } from './progress.js';

const KINDS = ['seizures', 'records', 'statistics'] as const;
type Kind = (typeof KINDS)[number];

/** Command-line options → query parameters of the export routes (same names, same validation). */
const OPTION_PARAMS: Record<string, string> = {
  format: 'format',
  purpose: 'purpose',
  country: 'country',
  ownerAgency: 'ownerAgencyId',
  drug: 'drug',
  drugGroup: 'drugGroup',
  from: 'from',
  to: 'to',
  transport: 'transportMode',
  concealment: 'concealment',
  routeCountry: 'routeCountry',
  q: 'q',
  schema: 'schema',
  yearFrom: 'yearFrom',
  yearTo: 'yearTo',
  source: 'source',
};

const SCHEMAS: Record<Kind, ZodType> = {
  seizures: ExportSeizuresQuery,
  records: ExportRecordsQuery,
  statistics: ExportStatisticsQuery,
};

/** Validates the options with the route's own schema, so the CLI refuses exactly what the API refuses. */
export function exportRequestOf(kind: string, options: Record<string, unknown>): ExportRequest {
  if (!(KINDS as readonly string[]).includes(kind)) {
    throw new AppError('VALIDATION_FAILED', `Export one of: ${KINDS.join(', ')}`, 'what');
  }
  const query: Record<string, string> = {};
  for (const [option, param] of Object.entries(OPTION_PARAMS)) {
    const value = options[option];
    if (typeof value === 'string') query[param] = value;
  }
  const parsed = SCHEMAS[kind as Kind].safeParse(query);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const param = String(issue.path[0] ?? '');
    const option = Object.entries(OPTION_PARAMS).find(([, p]) => p === param)?.[0] ?? param;
    const flag = option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    throw new AppError('VALIDATION_FAILED', `--${flag}: ${issue.message}`, flag);
  }
  return { kind, query: parsed.data } as ExportRequest;
}

interface ExportOptions extends Record<string, unknown> {
  as: string;
  out?: string;
  dataDir?: string;
}

/**
 * `northroute export seizures|records|statistics --as USERNAME`: the same export as the API, with
 * the visibility of that user's agency, to a file (`--out`, written under a temporary name and renamed
 * when complete) or to standard output. Audited as `cli:<operating-system user> as USERNAME`.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export <what>')
    .description('Export seizures, records or statistics that a user may see, as CSV, XLSX or FtM JSON lines')
    .requiredOption('--as <username>', 'act as this user (his agency decides what is visible)')
    .option('--format <format>', 'csv, xlsx or ftm (ftm: seizures and records only)', 'csv')
    .option(
      '--purpose <purpose>',
      'operational or judicial (judicial leaves out H1 records of others)',
      'operational',
    )
    .option('--out <file>', 'write to this file (default: standard output)')
    .option('--country <code>', 'seizures, statistics: country (ISO 3166-1 alpha-2)')
    .option('--owner-agency <id>', 'seizures, records: owner agency id')
    .option('--drug <code>', 'seizures, statistics: drug code')
    .option('--drug-group <code>', 'seizures: drug group code')
    .option('--from <date>', 'seizures: first date (YYYY-MM-DD)')
    .option('--to <date>', 'seizures: last date (YYYY-MM-DD)')
    .option('--transport <code>', 'seizures: transport mode')
    .option('--concealment <code>', 'seizures: concealment method')
    .option('--route-country <code>', 'seizures: a country of the route')
    .option('--q <text>', 'seizures, records: search text')
    .option('--schema <schema>', 'records: FtM schema (Person, Vehicle…)')
    .option('--year-from <year>', 'statistics: first year')
    .option('--year-to <year>', 'statistics: last year')
    .option('--source <name>', 'statistics: source of the figures')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(async (what: string, opts: ExportOptions) => {
      const request = exportRequestOf(what, opts);
      const target = opts.out ? path.resolve(opts.out) : null;
      const dir = await mkdtemp(
        path.join(target ? path.dirname(target) : os.tmpdir(), '.northroute-export-'),
      );
      const file = path.join(dir, 'export');
      const bar = progressBar(request.kind);
      try {
        const result = await withDatabase(opts, async ({ db }) => {
          const user = await db
            .selectFrom('users')
            .select('id')
            .where(sql<boolean>`lower(username) = lower(${opts.as})`)
            .executeTakeFirst();
          const actor =
            user && (await loadActor(db, user.id, { kind: 'session', sessionId: 'cli', stage: 'full' }));
          if (!actor) throw new AppError('NOT_FOUND', `No active user "${opts.as}"`, 'as');
          const ctx = {
            ...cliContext(),
            actor: { ...actor, username: `${cliOperator()} as ${actor.username}` },
          };
          return runExport(db, ctx, request, {
            path: file,
            onProgress: (done, total) => bar.update(done, total),
          });
        }).finally(() => bar.stop());
        if (target) await rename(file, target);
        else {
          // A reader that stops early (`| head`) closes the pipe: that ends the output, it is no failure.
          await pipeline(createReadStream(file), process.stdout, { end: false }).catch((error: unknown) => {
            if ((error as { code?: string }).code !== 'EPIPE') throw error;
          });
        }
        const withheld =
          result.withheld.total === 0
            ? 'none withheld'
            : `${result.withheld.total} withheld (H2 without export approval: ${result.withheld.h2}, H1 in a judicial export: ${result.withheld.h1})`;
        console.error(
          `Exported ${result.count} ${result.kind} (${result.format}, ${result.purpose}) as ${result.exportedBy}${target ? ` to ${target}` : ''}; ${withheld}. Filter: ${new URLSearchParams(result.filter).toString()}`,
        );
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });
}
