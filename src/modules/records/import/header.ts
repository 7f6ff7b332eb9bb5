/**
 * Finding the header row of a table: exports often start with a title, notes or blank rows, and
 * columns get moved, duplicated or dropped by hand. Columns are matched by name, never by position.
 */
import { columnLetters, problemAt, type ImportProblem } from './problems.js';
import type { TableRow } from './table-row.js';

/** A column a profile expects. */
export interface ExpectedColumn {
  /** The name as the source writes it (`Reference year`); also the key of `HeaderMap.columns`. */
  name: string;
  /** Other names accepted for it (another language, an older export). */
  aliases?: readonly string[];
  /** Default true: a header without it is an error. */
  required?: boolean;
}

/** Where the expected columns are. */
export interface HeaderMap {
  rowNumber: number;
  /** Expected column name → 0-based index into `TableRow.cells`. */
  columns: ReadonlyMap<string, number>;
  /** The header row's own cells, to tell a column without a header from an ignored one. */
  cells: readonly string[];
}

/** The outcome of the search, with the stream positioned after the header. */
export interface HeaderSearch {
  /** Null when no row looks like the header: nothing can be mapped. */
  header: HeaderMap | null;
  problems: ImportProblem[];
  /** The rows after the header row, continuing the same stream (empty when no header was found). */
  rows: AsyncIterable<TableRow>;
  /** Ends the reading (closing the file) when the rows will not be read to their end. */
  close(): Promise<void>;
}

/** Case-folded, whitespace-collapsed, compatibility-normalised form of a header cell. */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Takes the first of the first `maxScanRows` rows that holds every expected column; failing that, the
 * one holding the most, if at least half (the missing ones are then reported).
 */
export async function findHeader(
  table: AsyncIterable<TableRow>,
  expected: readonly ExpectedColumn[],
  options: { maxScanRows?: number } = {},
): Promise<HeaderSearch> {
  const maxScanRows = options.maxScanRows ?? 20;
  const names = new Map<string, string>();
  for (const column of expected) {
    for (const alias of [column.name, ...(column.aliases ?? [])]) {
      names.set(normaliseHeader(alias), column.name);
    }
  }
  const iterator = table[Symbol.asyncIterator]();
  const scanned: TableRow[] = [];
  let best: { index: number; matched: number } | null = null;
  while (scanned.length < maxScanRows) {
    const next = await iterator.next();
    if (next.done) break;
    scanned.push(next.value);
    const found = new Set(next.value.cells.map((cell) => names.get(normaliseHeader(cell))).filter(Boolean));
    if (!best || found.size > best.matched) best = { index: scanned.length - 1, matched: found.size };
    if (found.size === expected.length) break;
  }

  const close = async () => {
    await iterator.return?.();
  };
  if (!best || best.matched < Math.ceil(expected.length / 2)) {
    await close();
    const closest =
      best && best.matched > 0
        ? ` The closest is row ${scanned[best.index]?.rowNumber}, with ${best.matched} of them.`
        : '';
    const text = `No header row was found in the first ${maxScanRows} rows: expected the columns ${expected.map((c) => c.name).join(', ')}.${closest}`;
    return {
      header: null,
      problems: [problemAt({ row: null }, 'error', 'header-missing', text)],
      rows: NO_ROWS,
      close,
    };
  }

  const headerRow = scanned[best.index] as TableRow;
  const { header, problems } = mapHeader(headerRow, expected, names);
  const buffered = scanned.slice(best.index + 1);
  async function* rest(): AsyncGenerator<TableRow> {
    try {
      yield* buffered;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
    } finally {
      await close(); // a consumer that stops early must not leave the file open
    }
  }
  return { header, problems, rows: rest(), close };
}

function mapHeader(row: TableRow, expected: readonly ExpectedColumn[], names: Map<string, string>) {
  const problems: ImportProblem[] = [];
  const columns = new Map<string, number>();
  const at = (index: number, field: string | null) => ({ row: row.rowNumber, column: index + 1, field });
  row.cells.forEach((cell, index) => {
    if (cell.trim() === '') return;
    const name = names.get(normaliseHeader(cell));
    if (name === undefined) {
      problems.push(
        problemAt(
          at(index, null),
          'warning',
          'column-unexpected',
          `the column "${cell.trim()}" is not part of the expected layout; it is ignored.`,
        ),
      );
    } else if (columns.has(name)) {
      const first = columnLetters((columns.get(name) ?? 0) + 1);
      problems.push(
        problemAt(
          at(index, name),
          'error',
          'column-duplicate',
          `the column ${name} appears a second time (first in column ${first}); which one holds the data cannot be decided.`,
        ),
      );
    } else {
      columns.set(name, index);
    }
  });
  for (const column of expected) {
    if (!columns.has(column.name) && column.required !== false) {
      problems.push(
        problemAt(
          { row: row.rowNumber, field: column.name },
          'error',
          'column-missing',
          `the header has no column ${column.name}.`,
        ),
      );
    }
  }
  const shift = uniformShift(expected, columns);
  if (shift !== 0) {
    const direction = shift > 0 ? 'right' : 'left';
    problems.push(
      problemAt(
        { row: row.rowNumber },
        'warning',
        'column-shifted',
        `the columns are shifted ${Math.abs(shift)} to the ${direction} of the expected layout; they are read by their names.`,
      ),
    );
  }
  return { header: { rowNumber: row.rowNumber, columns, cells: row.cells }, problems };
}

/** k when every found column sits k places from its expected position, else 0. */
function uniformShift(expected: readonly ExpectedColumn[], columns: Map<string, number>): number {
  const shifts = new Set<number>();
  expected.forEach((column, position) => {
    const index = columns.get(column.name);
    if (index !== undefined) shifts.add(index - position);
  });
  return shifts.size === 1 ? ([...shifts][0] ?? 0) : 0;
}

/**
 * Problems for the cells of a data row that hold a value under no header: the sign of a row whose
 * values slid sideways (a missing or extra separator, a pasted block), so its mapping cannot be trusted.
 */
export function cellsOutsideHeader(row: TableRow, header: HeaderMap): ImportProblem[] {
  const problems: ImportProblem[] = [];
  row.cells.forEach((cell, index) => {
    if (cell.trim() === '' || (header.cells[index] ?? '').trim() !== '') return;
    const shown = cell.length > 40 ? `${cell.slice(0, 40)}…` : cell;
    problems.push(
      problemAt(
        { row: row.rowNumber, column: index + 1 },
        'error',
        'value-outside-header',
        `the cell holds "${shown}" but its column has no header: the row's values may be shifted.`,
      ),
    );
  });
  return problems;
}

/** Nothing can be mapped without a header. */
const NO_ROWS: AsyncIterable<TableRow> = {
  [Symbol.asyncIterator]: () => ({ next: () => Promise.resolve({ done: true, value: undefined }) }),
};
