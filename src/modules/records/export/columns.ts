/**
 * The columns of a tabular export. `number` columns carry decimal text from `numeric` columns and are
 * written as numbers; `text` columns are neutralised against formula injection.
 */
export interface Column {
  header: string;
  kind: 'text' | 'number';
}

/** One row of a tabular export: a value per column, null for an empty cell (unknown stays empty). */
export type Row = readonly (string | null)[];

/** A line of the "About" block of an export: what was exported, by whom, when, with which filter. */
export interface AboutLine {
  /** The label in English and in Russian. */
  en: string;
  ru: string;
  value: string;
}

/** Where the rows of a tabular export go (CSV or XLSX). */
export interface TableWriter {
  /** Writes one row (waits when the file cannot keep up). */
  write(row: Row): Promise<void>;
  /** Closes the file; XLSX adds the About sheet, CSV ignores it (the same facts travel in headers and the audit). */
  finish(about: readonly AboutLine[]): Promise<void>;
}

/** Shorthand for a text column. */
export const text = (header: string): Column => ({ header, kind: 'text' });
/** Shorthand for a numeric column. */
export const num = (header: string): Column => ({ header, kind: 'number' });
