/**
 * The shapes shared by the CSV and XLSX readers and by `read-table.ts`, which puts them together.
 */
import type { ImportProblem } from './problems.js';

/** One row of a table, as its file numbers it. */
export interface TableRow {
  /** 1-based: the sheet row number, or for a CSV the record number (a spreadsheet's row number). */
  rowNumber: number;
  /** Raw cell text, column A first; empty string for an empty cell. Numbers as decimal text. */
  cells: string[];
  /** Problems confined to this row, known when it is read (also in the reader's `problems`). */
  problems: ImportProblem[];
}

/** Encodings a CSV may come in; others are refused rather than guessed. */
export type CsvEncoding = 'utf8' | 'utf16le' | 'utf16be' | 'windows-1251';

/** How the reader of a file is asked to work. Every limit has a default sized for real exports. */
export interface ReadOptions {
  /** Forces the format; by default the file's first bytes decide (a ZIP is XLSX, text is CSV). */
  format?: 'csv' | 'xlsx';
  /** XLSX: the sheet, by 1-based position in the workbook or by name. Default: the first. */
  sheet?: number | string;
  /** CSV: skips detection (byte-order mark, then UTF-8 validity, else Windows-1251). */
  encoding?: CsvEncoding;
  /** CSV: the field separator; by default the most frequent of `,` `;` TAB on the first line. */
  delimiter?: string;
  /** Longest cell accepted, in characters. Default 32,767: Excel's own limit. */
  maxCellChars?: number;
  /**
   * XLSX numeric cells: `excel` (default) gives the 15-significant-digit decimal Excel shows
   * (`2.53`); `stored` gives every digit stored in the file (`2.5299999999999998`). See
   * `decimal-text.ts`. CSV text is never rounded.
   */
  numbers?: 'excel' | 'stored';
}

/** Defaults of `ReadOptions`, and the guards that are not options. */
export const READ_DEFAULTS = {
  maxCellChars: 32_767,
  /** A CSV record longer than this ends the reading: almost always a quote that is never closed. */
  maxRecordChars: 16 * 1024 * 1024,
  /** Characters of an XLSX shared-string table kept in memory. */
  maxSharedStringChars: 64 * 1024 * 1024,
  /** Bytes of an XLSX part read whole (workbook, relationships, styles). */
  maxXmlPartBytes: 16 * 1024 * 1024,
  /** Bytes read to detect a CSV's encoding and separator. */
  sniffBytes: 64 * 1024,
} as const;

/** What the reader found out about the file, filled in as reading proceeds. */
export interface TableSource {
  /** The file name given (its base name, not the server's path). */
  file: string;
  format: 'csv' | 'xlsx' | null;
  /** XLSX: the sheet's name; null for a CSV. */
  sheet: string | null;
  /** CSV: the encoding used to decode it; null for XLSX. */
  encoding: CsvEncoding | null;
}

/** The readers' common output: rows as they stream, problems as they are found. */
export interface RowSink {
  problems: ImportProblem[];
  source: TableSource;
}
