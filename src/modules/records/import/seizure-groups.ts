/**
 * The rows of a mapped spreadsheet grouped into seizures: consecutive rows with the same natural key
 * (external id, else reference) are one seizure with one drug line per row. A seizure's rows must be
 * together; a row that returns to a seizure already closed by other rows is refused with a problem
 * naming both rows, so the result never depends on how the file is cut into chunks.
 */
import { findHeader, type HeaderMap } from './header.js';
import { expectedColumns, type SeizureMapping } from './mapping.js';
import { hasErrors, problemAt, type ImportProblem } from './problems.js';
import { readTable, type TableReader } from './read-table.js';
import { createSeizureRowMapper, type SeizureRow } from './seizure-rows.js';
import type { ReadOptions } from './table-row.js';

/** At most this many lines make one seizure (as CreateSeizureBody allows). */
export const MAX_LINES = 50;

/** One seizure of the file: its rows in order, `ok` when none has an error. */
export interface SeizureGroup {
  externalId: string;
  rows: SeizureRow[];
  /** 1-based ordinal of the group's last data row: a resumed import skips groups up to its mark. */
  endOrdinal: number;
  ok: boolean;
  /** Problems of the group as a whole (rows that disagree on the header, too many lines). */
  problems: ImportProblem[];
}

/** What reading found besides the groups: the header, and problems outside the data rows. */
export interface GroupReading extends AsyncIterable<SeizureGroup> {
  /** Set once the header row is found (null when none is). */
  header(): HeaderMap | null;
  /** Problems of the file and of the header row (rows' problems are on the rows). */
  readonly fileProblems: ImportProblem[];
  /** Data rows read so far. */
  rowsRead(): number;
}

/** Reads a CSV or XLSX file with a mapping, yielding seizures as their last row is read. */
export function readSeizureGroups(
  path: string,
  mapping: SeizureMapping,
  read: ReadOptions = {},
): GroupReading {
  const table: TableReader = readTable(path, read);
  const fileProblems: ImportProblem[] = [];
  let header: HeaderMap | null = null;
  let ordinal = 0;

  async function* groups(): AsyncGenerator<SeizureGroup> {
    const handedOver = new Set<ImportProblem>();
    const search = await findHeader(table, expectedColumns(mapping));
    const fileFailed = table.problems.some((p) => p.row === null && p.severity === 'error');
    if (search.header !== null || !fileFailed) fileProblems.push(...search.problems);
    if (search.header === null || hasErrors(search.problems)) {
      await search.close();
      fileProblems.push(...table.problems);
      return;
    }
    header = search.header;
    const mapRow = createSeizureRowMapper(search.header, mapping);
    const closed = new Map<string, number>();
    let open: SeizureGroup | null = null;
    for await (const tableRow of search.rows) {
      tableRow.problems.forEach((p) => handedOver.add(p));
      ordinal += 1;
      const row = mapRow(tableRow);
      if (open && open.externalId === row.externalId) {
        addRow(open, row, ordinal);
        continue;
      }
      if (open) {
        closed.set(open.externalId, open.rows[0]!.rowNumber);
        yield open;
      }
      const first = closed.get(row.externalId);
      if (first !== undefined) {
        row.problems.push(
          problemAt(
            { row: row.rowNumber },
            'error',
            'inconsistent',
            `the row belongs to seizure "${row.externalId}" begun at row ${first}, but other seizures' rows come between; put the rows of a seizure together.`,
          ),
        );
        row.ok = false;
      }
      open = { externalId: row.externalId, rows: [row], endOrdinal: ordinal, ok: row.ok, problems: [] };
    }
    if (open) yield open;
    fileProblems.push(...table.problems.filter((p) => !handedOver.has(p)));
  }

  return {
    header: () => header,
    fileProblems,
    rowsRead: () => ordinal,
    [Symbol.asyncIterator]: () => groups(),
  };
}

/** Adds a further line to a seizure; header fields that differ from its first row are reported. */
function addRow(group: SeizureGroup, row: SeizureRow, ordinal: number): void {
  const first = group.rows[0]!;
  group.rows.push(row);
  group.endOrdinal = ordinal;
  if (!row.ok) group.ok = false;
  if (group.rows.length === MAX_LINES + 1) {
    group.problems.push(
      problemAt(
        { row: row.rowNumber },
        'error',
        'out-of-range',
        `seizure "${group.externalId}" has more than ${MAX_LINES} drug lines.`,
      ),
    );
    group.ok = false;
  }
  const a = first.header;
  const b = row.header;
  const differs = (
    ['occurredOn', 'country', 'region', 'locality', 'transportMode', 'placeKind'] as const
  ).filter((k) => b[k] !== null && b[k] !== '' && a[k] !== b[k]);
  if (differs.length > 0) {
    row.problems.push(
      problemAt(
        { row: row.rowNumber },
        'warning',
        'inconsistent',
        `the row continues seizure "${group.externalId}" of row ${first.rowNumber} but gives another ${differs.join(', ')}; row ${first.rowNumber}'s values are kept.`,
      ),
    );
  }
}
