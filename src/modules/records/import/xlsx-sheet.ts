/**
 * Streaming XLSX sheet reader: rows leave as soon as their XML has been parsed, so memory holds the
 * shared strings and one chunk of the sheet, whatever the number of rows. Cell values are taken as
 * stored, never through a JavaScript float (see `decimal-text.ts` for what `numbers` does).
 */
import type { Readable } from 'node:stream';
import { problemAt, type ImportProblem } from './problems.js';
import { READ_DEFAULTS, type ReadOptions, type RowSink, type TableRow } from './table-row.js';
import { columnOfRef, decodeCell, mergeProblem, type CellState } from './xlsx-cells.js';
import { openWorkbook, WorkbookFailure, type WorkbookInfo } from './xlsx-workbook.js';
import { createXmlParser, type XmlHandlers } from './xml.js';
import { openZip, type ZipArchive } from './zip.js';

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384; // XFD

/** Streams the rows of one sheet of an XLSX file; file-level problems go to `sink.problems`. */
export async function* readXlsxRows(
  path: string,
  options: ReadOptions,
  sink: RowSink,
): AsyncGenerator<TableRow> {
  let zip: ZipArchive;
  try {
    zip = await openZip(path);
  } catch (error) {
    sink.problems.push(
      problemAt(
        { row: null },
        'error',
        'not-a-table',
        `The file is not a readable XLSX workbook (${describe(error)}).`,
      ),
    );
    return;
  }
  let stream: Readable | null = null;
  const sheet = { lastOpened: 0, lastCompleted: 0 };
  try {
    const info = await openWorkbook(
      zip,
      options.sheet ?? 1,
      options.maxCellChars ?? READ_DEFAULTS.maxCellChars,
    );
    sink.source.sheet = info.sheetName;
    const cells = createCellAssembler(info, options, sheet);
    const parser = createXmlParser(cells.handlers);
    stream = await zip.stream(info.sheetPart);
    for await (const chunk of stream) {
      const failure = attempt(() => parser.write(chunk as Buffer));
      yield* cells.drain(); // the rows completed before a fault still count
      if (failure) throw failure.error;
    }
    const failure = attempt(() => parser.close());
    yield* cells.drain();
    if (failure) throw failure.error;
    sink.problems.push(...cells.mergeProblems());
  } catch (error) {
    const code = error instanceof WorkbookFailure ? error.code : 'file-unreadable';
    const where = sheet.lastCompleted > 0 ? ` after row ${sheet.lastCompleted}` : '';
    const text =
      error instanceof WorkbookFailure
        ? error.message
        : `The sheet could not be read${where} (${describe(error)}); reading stopped.`;
    sink.problems.push(problemAt({ row: null }, 'error', code, text));
  } finally {
    stream?.destroy();
    zip.close();
  }
}

function attempt(action: () => void): { error: unknown } | null {
  try {
    action();
    return null;
  } catch (error) {
    return { error };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Turns the sheet's XML events into rows; `drain` hands over the rows completed so far. */
function createCellAssembler(
  info: WorkbookInfo,
  options: ReadOptions,
  sheet: { lastOpened: number; lastCompleted: number },
) {
  const maxCellChars = options.maxCellChars ?? READ_DEFAULTS.maxCellChars;
  const completed: TableRow[] = [];
  const merges: string[] = [];
  let row: TableRow | null = null;
  let cell: CellState | null = null;
  let target: 'value' | 'formula' | null = null;
  let inInline = false;
  let phonetic = 0;

  const handlers: XmlHandlers = {
    open(name, attrs) {
      switch (name) {
        case 'row': {
          const declared = Number(attrs.r);
          const number =
            Number.isInteger(declared) && declared >= 1 && declared <= MAX_ROW
              ? declared
              : sheet.lastOpened + 1;
          row = { rowNumber: number, cells: [], problems: [] };
          sheet.lastOpened = number;
          break;
        }
        case 'c':
          cell = row ? startCell(row, attrs.r, attrs.t, attrs.s) : null;
          break;
        case 'v':
          if (cell) cell.hasValue = true;
          target = 'value';
          break;
        case 'f':
          if (cell) cell.formula = '';
          target = 'formula';
          break;
        case 'is':
          if (cell) cell.hasValue = true;
          inInline = true;
          break;
        case 'rPh':
          phonetic += 1;
          break;
        case 't':
          if (inInline && phonetic === 0) target = 'value';
          break;
        case 'mergeCell':
          if (attrs.ref) merges.push(attrs.ref);
          break;
      }
    },
    text(text) {
      if (!cell || target === null) return;
      if (target === 'formula') {
        if ((cell.formula ?? '').length < 500) cell.formula = (cell.formula ?? '') + text;
        return;
      }
      cell.length += text.length;
      if (cell.length <= maxCellChars) cell.parts.push(text);
    },
    close(name) {
      if (name === 'v' || name === 'f' || name === 't') target = null;
      else if (name === 'is') inInline = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'c' && row && cell) {
        row.cells[cell.column - 1] = finishCell(row, cell);
        cell = null;
      } else if (name === 'row' && row) {
        row.cells = Array.from(row.cells, (text) => text ?? '');
        completed.push(row);
        sheet.lastCompleted = row.rowNumber;
        row = null;
      }
    },
  };

  function startCell(current: TableRow, ref?: string, type?: string, style?: string): CellState | null {
    const column = ref === undefined ? current.cells.length + 1 : columnOfRef(ref);
    if (column === null || column > MAX_COLUMN) {
      current.problems.push(
        problemAt(
          { row: current.rowNumber },
          'error',
          'invalid-value',
          `a cell has the invalid reference ${JSON.stringify(ref)}; it was skipped.`,
        ),
      );
      return null;
    }
    const state = { column, type: type ?? 'n', style: Number(style ?? '0'), parts: [], length: 0 };
    return { ...state, formula: null, hasValue: false };
  }

  function finishCell(current: TableRow, state: CellState): string {
    const place = { row: current.rowNumber, column: state.column };
    return decodeCell(state, {
      info,
      numbers: options.numbers ?? 'excel',
      maxCellChars,
      report: (severity, code, text) => current.problems.push(problemAt(place, severity, code, text)),
    });
  }

  return {
    handlers,
    *drain(): Generator<TableRow> {
      yield* completed.splice(0, completed.length);
    },
    mergeProblems(): ImportProblem[] {
      return merges.map((ref) => mergeProblem(ref));
    },
  };
}
