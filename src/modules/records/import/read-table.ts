/**
 * The reading layer of spreadsheet imports: a CSV or an XLSX sheet becomes a stream of rows of raw
 * cell text, with every problem named by row and column. Hostile input ends in problems, never in an
 * exception: a reader only throws for a programming error (being iterated twice).
 *
 * Cell text is raw: not trimmed, not converted. Numbers are decimal text (XLSX: see `numbers` in
 * `ReadOptions`); dates in XLSX become ISO 8601 text; booleans `TRUE`/`FALSE`. What the text means
 * is for a profile (`unodc-profile.ts`) to decide.
 */
import { basename } from 'node:path';
import { open } from 'node:fs/promises';
import { readCsvRows } from './csv-reader.js';
import { problemAt, type ImportProblem } from './problems.js';
import type { ReadOptions, RowSink, TableRow, TableSource } from './table-row.js';
import { readXlsxRows } from './xlsx-sheet.js';

export type { CsvEncoding, ReadOptions, TableRow, TableSource } from './table-row.js';
export { READ_DEFAULTS } from './table-row.js';
export { cellsOutsideHeader, findHeader, normaliseHeader } from './header.js';
export type { ExpectedColumn, HeaderMap, HeaderSearch } from './header.js';
export type { ImportProblem, ProblemCode, Severity } from './problems.js';

/** Rows, streamed once; `problems` and `source` fill in as reading goes and are complete at its end. */
export interface TableReader extends AsyncIterable<TableRow> {
  /** Every problem: those of each row (also on the row) and those of the file, in the order found. */
  readonly problems: ImportProblem[];
  readonly source: TableSource;
}

/**
 * Opens a CSV or XLSX file for reading. Empty rows are skipped (a gap between rows with content is
 * reported once as a warning); rows are numbered as in the file.
 */
export function readTable(path: string, options: ReadOptions = {}): TableReader {
  const sink: RowSink = {
    problems: [],
    source: { file: basename(path), format: options.format ?? null, sheet: null, encoding: null },
  };
  let started = false;
  return {
    problems: sink.problems,
    source: sink.source,
    [Symbol.asyncIterator]() {
      if (started) throw new Error('A table reader streams its file once; open it again to re-read.');
      started = true;
      return readRows(path, options, sink);
    },
  };
}

async function* readRows(path: string, options: ReadOptions, sink: RowSink): AsyncGenerator<TableRow> {
  let lastWithContent: number | null = null;
  try {
    const format = options.format ?? (await detectFormat(path, sink));
    if (format === null) return;
    sink.source.format = format;
    const rows = format === 'xlsx' ? readXlsxRows(path, options, sink) : readCsvRows(path, options, sink);
    for await (const row of rows) {
      row.cells = row.cells.map((text, index) => withoutNul(text, row, index + 1));
      if (row.problems.length === 0 && row.cells.every((text) => text.trim() === '')) continue;
      if (lastWithContent !== null && row.rowNumber > lastWithContent + 1) {
        sink.problems.push(emptyRun(lastWithContent + 1, row.rowNumber - 1));
      }
      lastWithContent = row.rowNumber;
      sink.problems.push(...row.problems);
      yield row;
    }
  } catch (error) {
    const where = lastWithContent === null ? '' : ` after row ${lastWithContent}`;
    const message = error instanceof Error ? error.message : String(error);
    sink.problems.push(
      problemAt({ row: null }, 'error', 'file-unreadable', `The file could not be read${where}: ${message}.`),
    );
  }
}

/** XLSX is a ZIP archive; an OLE2 compound file is a legacy .xls (or an encrypted workbook). */
async function detectFormat(path: string, sink: RowSink): Promise<'csv' | 'xlsx' | null> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(8);
  let bytesRead: number;
  try {
    ({ bytesRead } = await handle.read(head, 0, 8, 0));
  } finally {
    await handle.close();
  }
  const refuse = (text: string) => {
    sink.problems.push(problemAt({ row: null }, 'error', 'not-a-table', text));
    return null;
  };
  if (bytesRead === 0) return refuse('The file is empty.');
  if (head.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (bytesRead === 8 && head.readUInt32BE(0) === 0xd0cf11e0 && head.readUInt32BE(4) === 0xa1b11ae1) {
    return refuse(
      'The file is a legacy Excel 97–2003 workbook (.xls) or a password-protected one: save it as .xlsx or CSV.',
    );
  }
  return 'csv';
}

/** PostgreSQL text cannot hold U+0000: the cell is refused rather than silently altered. */
function withoutNul(text: string, row: TableRow, column: number): string {
  if (!text.includes('\u0000')) return text;
  row.problems.push(
    problemAt(
      { row: row.rowNumber, column },
      'error',
      'nul-character',
      'the cell contains a NUL character, which cannot be stored; it is read as empty.',
    ),
  );
  return '';
}

function emptyRun(first: number, last: number): ImportProblem {
  const text =
    first === last
      ? `Row ${first} is empty and was skipped.`
      : `Rows ${first}–${last} are empty and were skipped.`;
  return { ...problemAt({ row: first }, 'warning', 'empty-rows', ''), message: text };
}
