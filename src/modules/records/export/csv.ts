import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { AboutLine, Column, Row, TableWriter } from './columns.js';
import { isDecimalText, neutraliseText } from './neutralise.js';

/** A CSV field, quoted when it holds a quote, a comma or a line break (RFC 4180). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One cell as CSV: numbers as their decimal text, text neutralised, empty for null. */
export function csvCell(column: Column, value: string | null): string {
  if (value === null) return '';
  if (column.kind === 'number' && isDecimalText(value)) return value;
  return csvField(neutraliseText(value));
}

/** Writes to a stream, waiting for it to drain when its buffer is full. */
async function writeChunk(out: Writable, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

// A byte-order mark so that Excel reads the UTF-8 (Cyrillic, Arabic script) correctly; CSV readers
// such as csv-parse (`bom: true`) and pandas (`utf-8-sig`) skip it.
const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * A CSV file: a header row of column names, then one line per row, CRLF line ends, UTF-8 with BOM.
 * No comment or "about" lines: they break CSV tools; the filter, the exporter and the time travel in
 * the response headers and the audit row instead.
 */
export async function csvWriter(path: string, columns: readonly Column[]): Promise<TableWriter> {
  const out = createWriteStream(path);
  await once(out, 'open');
  let buffer = BOM + columns.map((c) => csvField(neutraliseText(c.header))).join(',') + EOL;
  return {
    async write(row: Row) {
      buffer += columns.map((c, i) => csvCell(c, row[i] ?? null)).join(',') + EOL;
      if (buffer.length > 64 * 1024) {
        const chunk = buffer;
        buffer = '';
        await writeChunk(out, chunk);
      }
    },
    async finish(_about: readonly AboutLine[]) {
      await writeChunk(out, buffer);
      buffer = '';
      out.end();
      await once(out, 'finish');
    },
  };
}
