import type { Command } from 'commander';
import {
  STAT_DIMENSIONS,
  statisticsTable,
  type StatDimension,
} from '../modules/records/statistics/statistics.js';
import { isVocabularyCode } from '../modules/records/vocabularies/index.js';
import { AppError } from '../platform/errors.js';
import { withDatabase } from './open.js';

/** Columns of `--with-basis`: what each figure is made of, and the seizures behind it. */
const BASIS_COLUMNS = [
  'basis',
  'seizure_kilograms',
  'seizure_lines',
  'seizure_lines_without_quantity',
  'seizure_lines_unconverted',
  'inconsistent',
];

/** A cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

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
    .option('--from <year>', 'first year', (v) => Number.parseInt(v, 10))
    .option('--to <year>', 'last year', (v) => Number.parseInt(v, 10))
    .option('--drug-group <code>', 'one drug group (vocabulary drug_groups)')
    .option('--drug <code>', 'one drug (vocabulary drugs)')
    .option('--format <format>', 'table or csv', 'table')
    .option('--with-basis', 'add the basis of each figure and the seizures behind it (consistency figures)')
    .option('--data-dir <dir>', 'embedded database directory')
    .action(
      async (opts: {
        by: string;
        country?: string;
        from?: number;
        to?: number;
        drugGroup?: string;
        drug?: string;
        format: string;
        withBasis?: boolean;
        dataDir?: string;
      }) => {
        const by = opts.by
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s !== '') as StatDimension[];
        const unknown = by.find((d) => !STAT_DIMENSIONS.includes(d));
        if (unknown) throw new AppError('VALIDATION_FAILED', `Unknown dimension "${unknown}"`, 'by');
        if (!['table', 'csv'].includes(opts.format)) {
          throw new AppError('VALIDATION_FAILED', 'Format is table or csv', 'format');
        }
        for (const [field, year] of [
          ['from', opts.from],
          ['to', opts.to],
        ] as const) {
          if (year !== undefined && !Number.isInteger(year)) {
            throw new AppError('VALIDATION_FAILED', 'A year is a number', field);
          }
        }
        if (opts.drugGroup && !isVocabularyCode('drug_groups', opts.drugGroup)) {
          throw new AppError('VALIDATION_FAILED', 'Not a drug group code', 'drug-group');
        }
        if (opts.drug && !isVocabularyCode('drugs', opts.drug)) {
          throw new AppError('VALIDATION_FAILED', 'Not a drug code', 'drug');
        }
        const lines = await withDatabase(opts, ({ db }) =>
          statisticsTable(db, {
            by,
            actor: null,
            country: opts.country?.toUpperCase(),
            yearFrom: opts.from,
            yearTo: opts.to,
            drugGroup: opts.drugGroup,
            drug: opts.drug,
          }),
        );
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
          ...by.map((d) => neutraliseCell(l.keys[d] ?? '')),
          l.kilograms,
          String(l.unknownCount),
          String(l.figureCount),
          l.previousKilograms ?? '',
          l.change ?? '',
          l.changePercent ?? '',
          l.sources.join(' '),
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
          console.log([header, ...rows].map((r) => r.map(csvCell).join(',')).join('\n'));
          return;
        }
        const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
        for (const r of [header, ...rows]) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
      },
    );
}
