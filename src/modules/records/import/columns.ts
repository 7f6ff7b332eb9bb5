/**
 * The columns of a spreadsheet before any mapping exists: the header row (the first of the first
 * rows with the most filled cells) and a few data rows, for the mapping step of the web app and for
 * the CLI's automatic mapping.
 */
import { normaliseHeader } from './header.js';
import { suggestMapping, type SeizureMappingInput } from './mapping.js';
import { problemAt, type ImportProblem } from './problems.js';
import { readTable } from './read-table.js';
import type { TableSource } from './table-row.js';

/** What the header row says, with a suggested mapping. */
export interface DetectedColumns {
  source: TableSource;
  headerRow: number | null;
  columns: string[];
  /** Up to five data rows below the header, cell text as read. */
  sample: string[][];
  suggested: SeizureMappingInput;
  problems: ImportProblem[];
}

/** Reads the first rows of a file and picks its header row. */
export async function detectColumns(path: string, scanRows = 20): Promise<DetectedColumns> {
  const table = readTable(path);
  const rows: { rowNumber: number; cells: string[] }[] = [];
  for await (const row of table) {
    rows.push({ rowNumber: row.rowNumber, cells: row.cells });
    if (rows.length >= scanRows + 5) break;
  }
  const filled = (cells: string[]) => cells.filter((c) => c.trim() !== '').length;
  let best = -1;
  rows.slice(0, scanRows).forEach((row, i) => {
    if (best === -1 || filled(row.cells) > filled(rows[best]!.cells)) best = i;
  });
  const problems = [...table.problems];
  const header = rows[best];
  if (!header) {
    if (!problems.some((p) => p.severity === 'error')) {
      problems.push(problemAt({ row: null }, 'error', 'header-missing', 'The file has no rows.'));
    }
    return {
      source: table.source,
      headerRow: null,
      columns: [],
      sample: [],
      suggested: { columns: {} },
      problems,
    };
  }
  const columns = header.cells.map((c) => c.trim());
  const seen = new Map<string, number>();
  columns.forEach((name, index) => {
    if (name === '') return;
    const first = seen.get(normaliseHeader(name));
    if (first !== undefined) {
      problems.push(
        problemAt(
          { row: header.rowNumber, column: index + 1, field: name },
          'warning',
          'column-duplicate',
          `the column "${name}" appears a second time (first in column ${first + 1}); it cannot be mapped.`,
        ),
      );
    } else seen.set(normaliseHeader(name), index);
  });
  return {
    source: table.source,
    headerRow: header.rowNumber,
    columns,
    sample: rows.slice(best + 1, best + 6).map((r) => r.cells),
    suggested: suggestMapping(columns),
    problems,
  };
}
