import type { Command } from 'commander';
import { csvField } from '../modules/records/export/csv.js';
import { neutraliseText } from '../modules/records/export/neutralise.js';
import { StatisticsQuery } from '../modules/records/statistics/statistics.schema.js';
import { getOperatorStatistics } from '../modules/records/statistics/statistics.service.js';
import { STAT_DIMENSIONS } from '../modules/records/statistics/statistics.js';
import { AppError } from '../platform/errors.js';
import { cliContext, cliOperator, withDatabase } from './open.js';

/** Columns of `--with-basis`: what each figure is made of, and the seizures behind it. */
const BASIS_COLUMNS = [
  'basis',
  'seizure_kilograms',
  'seizure_lines',
  'seizure_lines_without_quantity',
  'seizure_lines_unconverted',
  'inconsistent',
];

/** The command-line option of each field of the statistics query, for naming it in an error. */
const OPTION_OF: Partial<Record<keyof StatisticsQuery, string>> = { drugGroup: 'drug-group' };

/**
 * `northroute stats`: the statistics table of the API on the command line (table or CSV), over every
 * figure of the database (the operator's view). The default columns stay stable for scripts;
 * `--with-basis` adds the basis and the seizure figures behind each line.
 */
export function registerStatsCommand(program: Command): void {
  program
    .command('stats')
    .description(
      'Exact totals of the statistical records and individual seizures combined (an official figure wins over the seizures it contains), with the previous period and the change',
    )
    .option('--by <list>', `dimensions (${STAT_DIMENSIONS.join(', ')})`, 'country,year,drug')
    .option('--country <code>', 'one country (ISO 3166-1 alpha-2)')
    .option('--from <year>', 'first year')
    .option('--to <year>', 'last year')
    .option('--drug-group <code>', 'one drug group (vocabulary drug_groups)')
    .option('--drug <code>', 'one drug (vocabulary drugs)')
    .option('--format <format>', 'table or csv', 'table')
    .option('--with-basis', 'add the basis of each figure and the seizures behind it (consistency figures)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (opts: {
        by: string;
        country?: string;
        from?: string;
        to?: string;
        drugGroup?: string;
        drug?: string;
        format: string;
        withBasis?: boolean;
        dataDir?: string;
      }) => {
        if (!['table', 'csv'].includes(opts.format)) {
          throw new AppError('VALIDATION_FAILED', 'Format is table or csv', 'format');
        }
        // The API's own query schema: the command line accepts exactly what the API does.
        const parsed = StatisticsQuery.safeParse({
          by: opts.by.replace(/\s+/g, ''),
          country: opts.country?.toUpperCase(),
          from: opts.from,
          to: opts.to,
          drugGroup: opts.drugGroup,
          drug: opts.drug,
        });
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          const field = String(issue.path[0] ?? 'by') as keyof StatisticsQuery;
          throw new AppError('VALIDATION_FAILED', issue.message, OPTION_OF[field] ?? field);
        }
        const query = parsed.data;
        const report = await withDatabase(opts, ({ db }) =>
          getOperatorStatistics(db, cliContext(), cliOperator(), query),
        );
        const { by, lines } = report;
        const header = [
          ...by,
          'kilograms',
          'unknown_figures',
          'figures',
          'previous_year_kilograms',
          'change',
          'change_percent',
          'sources',
          ...(opts.withBasis ? BASIS_COLUMNS : []),
        ];
        const rows = lines.map((l) => [
          ...by.map((d) => neutraliseText(l.keys[d] ?? '')),
          l.kilograms,
          String(l.unknownCount),
          String(l.figureCount),
          l.previousKilograms ?? '',
          l.change ?? '',
          l.changePercent ?? '',
          // Source names are chosen by whoever imported the figures: text, so neutralised too.
          neutraliseText(l.sources.join(' ')),
          ...(opts.withBasis
            ? [
                l.basis,
                l.seizureKilograms,
                String(l.seizureLines),
                String(l.seizureNoQuantityLines),
                String(l.seizureUnconvertedLines),
                l.inconsistent ? 'yes' : 'no',
              ]
            : []),
        ]);
        if (opts.format === 'csv') {
          console.log([header, ...rows].map((r) => r.map(csvField).join(',')).join('\n'));
          return;
        }
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
        for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
      },
    );
}
