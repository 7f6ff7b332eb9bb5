/**
 * The UNODC profile's rules for one data row: every field checked, every problem named by row and
 * column, and a record only when nothing is wrong.
 */
import countries from 'i18n-iso-countries';
import { plainDecimal } from './decimal-text.js';
import { cellsOutsideHeader, type HeaderMap } from './header.js';
import { hasErrors, problemAt, type ImportProblem, type ProblemCode, type Severity } from './problems.js';
import type { TableRow, TableSource } from './table-row.js';
import {
  UNODC_COLUMN_NAMES,
  unodcNaturalKey,
  type UnodcColumn,
  type UnodcKeyParts,
  type UnodcOptions,
  type UnodcSeizureRecord,
} from './unodc-record.js';

type Fields = Record<UnodcColumn, string>;
type Report = (field: UnodcColumn, code: ProblemCode, text: string, severity?: Severity) => void;

const TEXT_FIELDS = ['Region', 'SubRegion', 'Country', 'DrugGroup', 'DrugSubGroup', 'DrugName'] as const;

/** A function from a data row to its record or its problems, remembering what earlier rows said. */
export function createRowMapper(header: HeaderMap, source: TableSource, options: UnodcOptions) {
  const years = options.years ?? { min: 1990, max: new Date().getUTCFullYear() };
  const occurrences = new Map<string, number>();
  const countryNames = new Map<string, { name: string; row: number }>();
  const fieldOf = new Map([...header.columns].map(([name, index]) => [index + 1, name]));

  return (row: TableRow): { record: UnodcSeizureRecord | null; problems: ImportProblem[] } => {
    const problems = row.problems.map((p) =>
      withField(p, p.column === null ? undefined : fieldOf.get(p.column)),
    );
    problems.push(...cellsOutsideHeader(row, header));
    const cell = (name: string) => (row.cells[header.columns.get(name) ?? -1] ?? '').trim();
    const fields = Object.fromEntries(UNODC_COLUMN_NAMES.map((name) => [name, cell(name)])) as Fields;
    const report: Report = (field, code, text, severity = 'error') => {
      const index = header.columns.get(field);
      const place = { row: row.rowNumber, column: index === undefined ? null : index + 1, field };
      problems.push(problemAt(place, severity, code, text));
    };

    for (const name of TEXT_FIELDS) if (fields[name] === '') report(name, 'required', 'the cell is empty.');
    const iso = countryCodes(fields.msCode, report);
    const year = referenceYear(fields['Reference year'], years, report);
    const kilograms = kilogramsOf(fields.Kilograms, report);
    if (iso && fields.Country !== '') {
      const known = countryNames.get(iso.iso3);
      if (!known) countryNames.set(iso.iso3, { name: fields.Country, row: row.rowNumber });
      else if (known.name !== fields.Country) {
        const text = `the country is "${fields.Country}" but row ${known.row} names ${iso.iso3} "${known.name}".`;
        report('Country', 'inconsistent', text, 'warning');
      }
    }

    // Counted for every row with a complete key, accepted or not, so that correcting one row of a
    // group and importing again gives every row of the group the key it had.
    const parts = keyParts(fields, year);
    if (parts === null) return { record: null, problems };
    const base = unodcNaturalKey(parts, 0);
    const occurrence = (occurrences.get(base) ?? 0) + 1;
    occurrences.set(base, occurrence);
    if (hasErrors(problems) || iso === null || year === null || kilograms === undefined) {
      return { record: null, problems };
    }
    const record: UnodcSeizureRecord = {
      countryIso3: iso.iso3,
      countryIso2: iso.iso2,
      countryName: fields.Country,
      region: fields.Region,
      subRegion: fields.SubRegion,
      drugGroup: fields.DrugGroup,
      drugSubGroup: fields.DrugSubGroup,
      drugName: fields.DrugName,
      year,
      kilograms,
      naturalKey: unodcNaturalKey(parts, occurrence),
      provenance: { file: options.fileLabel ?? source.file, sheet: source.sheet, row: row.rowNumber },
    };
    return { record, problems };
  };
}

/** msCode → ISO alpha-3 and alpha-2, or null (reported). */
function countryCodes(value: string, report: Report): { iso3: string; iso2: string } | null {
  if (value === '') {
    report('msCode', 'required', 'the cell is empty.');
    return null;
  }
  const iso3 = value.toUpperCase();
  if (!/^[A-Z]{3}$/.test(iso3)) {
    report('msCode', 'invalid-value', `"${value}" is not a three-letter country code.`);
    return null;
  }
  const iso2 = countries.alpha3ToAlpha2(iso3);
  if (iso2 === undefined) {
    report(
      'msCode',
      'unknown-country',
      `"${iso3}" is not an ISO 3166-1 alpha-3 country code known to Northroute.`,
    );
    return null;
  }
  return { iso3, iso2 };
}

/** The year as a number whenever it is one (the key needs it), reported when out of range. */
function referenceYear(value: string, years: { min: number; max: number }, report: Report): number | null {
  if (value === '') {
    report('Reference year', 'required', 'the cell is empty.');
    return null;
  }
  const text = plainDecimal(value);
  if (text === null || !/^\d{4}$/.test(text)) {
    report('Reference year', 'invalid-value', `"${value}" is not a year.`);
    return null;
  }
  const year = Number(text);
  if (year < years.min || year > years.max) {
    report(
      'Reference year',
      'out-of-range',
      `${year} is outside the accepted years ${years.min}–${years.max}.`,
    );
  }
  return year;
}

/** Exact decimal text; null for a blank cell (unknown); undefined when invalid (reported). */
function kilogramsOf(value: string, report: Report): string | null | undefined {
  if (value === '') return null;
  const kilograms = plainDecimal(value);
  if (kilograms === null) {
    // "1,5" and "1 234" are how a Russian-language Excel writes numbers into a CSV.
    const hint = /^[\d\s.,'’]+$/.test(value)
      ? ' Write it with a point as the decimal separator and no thousands separators.'
      : '';
    report('Kilograms', 'invalid-value', `"${value}" is not a number.${hint}`);
    return undefined;
  }
  if (kilograms.startsWith('-')) {
    report('Kilograms', 'out-of-range', `${kilograms} is negative; a seizure cannot be.`);
    return undefined;
  }
  return kilograms;
}

function keyParts(fields: Fields, year: number | null): UnodcKeyParts | null {
  const iso3 = fields.msCode.toUpperCase();
  const { DrugGroup: drugGroup, DrugSubGroup: drugSubGroup, DrugName: drugName } = fields;
  if (!/^[A-Z]{3}$/.test(iso3) || year === null || !drugGroup || !drugSubGroup || !drugName) return null;
  return { iso3, year, drugGroup, drugSubGroup, drugName };
}

/** A reading problem about a cell, given the name of the column it is in. */
function withField(problem: ImportProblem, field: string | undefined): ImportProblem {
  if (field === undefined || problem.field !== null) return problem;
  const message = problem.message.replace(/^(Row \d+, column [A-Z]+)/, `$1 (${field})`);
  return { ...problem, field, message };
}
