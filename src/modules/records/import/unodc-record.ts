/**
 * What the UNODC "Drug seizures" export holds and what Northroute makes of each row: the columns,
 * the statistical record, and the natural key that makes a re-import update instead of duplicate.
 */
import type { ExpectedColumn } from './header.js';
import type { ReadOptions } from './table-row.js';

/** The export's column names, in its order. */
export const UNODC_COLUMN_NAMES = [
  'Region',
  'SubRegion',
  'Country',
  'DrugGroup',
  'DrugSubGroup',
  'DrugName',
  'Reference year',
  'Kilograms',
  'msCode',
] as const;

/** One column name of the export. */
export type UnodcColumn = (typeof UNODC_COLUMN_NAMES)[number];

/** The export's columns as the header search expects them: all required, matched by name. */
export const UNODC_COLUMNS: readonly ExpectedColumn[] = UNODC_COLUMN_NAMES.map((name) => ({ name }));

/** One figure of the export: what a country reported seizing of one drug in one year. */
export interface UnodcSeizureRecord {
  /** The export's `msCode` (ISO 3166-1 alpha-3). */
  countryIso3: string;
  /** ISO 3166-1 alpha-2, the code the rest of Northroute uses. */
  countryIso2: string;
  countryName: string;
  region: string;
  subRegion: string;
  drugGroup: string;
  drugSubGroup: string;
  drugName: string;
  year: number;
  /** Exact decimal text, no exponent, no sign; null when the cell is blank (unknown, not zero). */
  kilograms: string | null;
  /** Unique within the file and stable across re-imports of it (see `unodcNaturalKey`). */
  naturalKey: string;
  /** Where the figure comes from; `sheet` is null for a CSV. */
  provenance: { file: string; sheet: string | null; row: number };
}

/** Options of the UNODC profile. */
export interface UnodcOptions {
  read?: ReadOptions;
  /** The name shown in provenance (an upload's original name); default: the file's base name. */
  fileLabel?: string;
  /** Accepted reference years; default 1990 to the current year. */
  years?: { min: number; max: number };
}

/** The five columns that say what a figure is about. */
export interface UnodcKeyParts {
  iso3: string;
  year: number;
  drugGroup: string;
  drugSubGroup: string;
  drugName: string;
}

/**
 * The natural key of a figure: `unodc:ISO3:year:group:subgroup:name:n`, n being the figure's 1-based
 * place among the rows sharing the first five parts, in file order. The export repeats that
 * combination (1,742 combinations cover 4,180 rows of the 2018–2022 file, 344 rows being exact
 * copies of another row, Kilograms included), so no set of its columns tells those rows apart: only
 * their order does. `:` and `%` inside a part are percent-encoded so that parts cannot run together.
 */
export function unodcNaturalKey(parts: UnodcKeyParts, occurrence: number): string {
  const escape = (text: string) => text.replace(/%/g, '%25').replace(/:/g, '%3A');
  const fields = [parts.iso3, String(parts.year), parts.drugGroup, parts.drugSubGroup, parts.drugName];
  return `unodc:${fields.map(escape).join(':')}:${occurrence}`;
}
