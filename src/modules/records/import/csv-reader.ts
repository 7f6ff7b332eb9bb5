/**
 * Streaming CSV reader: detects the encoding (byte-order mark, else UTF-8 if the bytes are valid
 * UTF-8, else Windows-1251, the usual Excel export of a Russian-language Windows) and the separator,
 * then parses with csv-parse. Memory stays bounded by the longest record, itself capped.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import iconv from 'iconv-lite';
import { problemAt } from './problems.js';
import {
  READ_DEFAULTS,
  type CsvEncoding,
  type ReadOptions,
  type RowSink,
  type TableRow,
} from './table-row.js';

/** The result of looking at a file's first bytes. */
export type EncodingDetection =
  { kind: 'text'; encoding: CsvEncoding; guessed: boolean } | { kind: 'refused'; reason: string };

/** Decides how to decode a CSV from its first bytes (`complete` when they are the whole file). */
export function detectEncoding(head: Buffer, complete: boolean): EncodingDetection {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) {
    return { kind: 'text', encoding: 'utf8', guessed: false };
  }
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', encoding: 'utf16le', guessed: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', encoding: 'utf16be', guessed: false };
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
    return { kind: 'refused', reason: 'it is a ZIP archive (an XLSX workbook?), not CSV text' };
  }
  if (head.includes(0)) {
    // Text never holds NUL bytes; UTF-16 without its byte-order mark is the usual cause.
    return {
      kind: 'refused',
      reason:
        'it contains NUL bytes: binary data, or UTF-16 text without a byte-order mark (save it as "CSV UTF-8")',
    };
  }
  try {
    // `stream` tolerates a character cut in two at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return { kind: 'text', encoding: 'utf8', guessed: false };
  } catch {
    return { kind: 'text', encoding: 'windows-1251', guessed: true };
  }
}

/** The most frequent of `,` `;` TAB outside quotes on the first non-empty line; `,` when none. */
export function detectDelimiter(sample: string): string {
  const line = sample.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ',';
  for (const [candidate, count] of counts) if (count > (counts.get(best) ?? 0)) best = candidate;
  return best;
}

const ICONV_NAMES: Record<CsvEncoding, string> = {
  utf8: 'utf8',
  utf16le: 'utf16le',
  utf16be: 'utf16be',
  'windows-1251': 'win1251',
};

async function readHead(path: string, bytes: number): Promise<{ head: Buffer; complete: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return { head: buffer.subarray(0, bytesRead), complete: bytesRead < bytes };
  } finally {
    await handle.close();
  }
}

/** Streams the records of a CSV file; problems go to `sink.problems` and, per row, to `row.problems`. */
export async function* readCsvRows(
  path: string,
  options: ReadOptions,
  sink: RowSink,
): AsyncGenerator<TableRow> {
  const { head, complete } = await readHead(path, READ_DEFAULTS.sniffBytes);
  let encoding = options.encoding;
  if (encoding === undefined) {
    const detected = detectEncoding(head, complete);
    if (detected.kind === 'refused') {
      sink.problems.push(
        problemAt(
          { row: null },
          'error',
          'not-a-table',
          `The file cannot be read as CSV: ${detected.reason}.`,
        ),
      );
      return;
    }
    encoding = detected.encoding;
    if (detected.guessed) {
      sink.problems.push(
        problemAt(
          { row: null },
          'warning',
          'encoding-guessed',
          'The file is not valid UTF-8; it was read as Windows-1251 (Cyrillic). If letters look wrong, save it as "CSV UTF-8" and import it again.',
        ),
      );
    }
  }
  sink.source.encoding = encoding;
  const iconvName = ICONV_NAMES[encoding];
  const delimiter = options.delimiter ?? detectDelimiter(iconv.decode(head, iconvName));
  const maxCellChars = options.maxCellChars ?? READ_DEFAULTS.maxCellChars;

  const parser = parse({
    delimiter,
    record_delimiter: ['\r\n', '\n', '\r'],
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: READ_DEFAULTS.maxRecordChars,
  });
  // iconv-lite strips the byte-order mark and keeps characters whole across chunk boundaries.
  pipeline(createReadStream(path), iconv.decodeStream(iconvName), parser, () => {
    // Errors reach the loop below through the parser, which pipeline destroys with them.
  });

  let rowNumber = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1;
      const row: TableRow = { rowNumber, cells: [], problems: [] };
      row.cells = record.map((text, index) => checkCsvCell(text, row, index + 1, maxCellChars));
      yield row;
    }
  } catch (error) {
    sink.problems.push(csvFailure(error, rowNumber + 1));
  }
}

function checkCsvCell(text: string, row: TableRow, column: number, maxCellChars: number): string {
  if (text.length > maxCellChars) {
    row.problems.push(
      problemAt(
        { row: row.rowNumber, column },
        'error',
        'cell-too-long',
        `the cell holds ${text.length.toLocaleString('en')} characters, more than the limit of ${maxCellChars.toLocaleString('en')}; it was not read.`,
      ),
    );
    return '';
  }
  if (text.includes('\uFFFD')) {
    row.problems.push(
      problemAt(
        { row: row.rowNumber, column },
        'error',
        'undecodable-text',
        'some bytes of the cell are not valid in the file\'s encoding (shown as "\uFFFD"); save the file as "CSV UTF-8" and import it again.',
      ),
    );
  }
  return text;
}

function csvFailure(error: unknown, row: number) {
  const code = (error as Partial<CsvError>).code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return problemAt(
      { row },
      'error',
      'not-a-table',
      'a quoted cell opened in this row or a later one is never closed; reading stopped here.',
    );
  }
  if (code === 'CSV_MAX_RECORD_SIZE') {
    return problemAt(
      { row },
      'error',
      'limit-exceeded',
      `the record is longer than ${READ_DEFAULTS.maxRecordChars.toLocaleString('en')} characters (usually a quote that is never closed); reading stopped here.`,
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return problemAt({ row }, 'error', 'file-unreadable', `the file could not be read further: ${message}`);
}
