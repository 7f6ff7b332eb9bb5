/**
 * The rows of a mapped spreadsheet grouped into seizures: consecutive rows with the same natural key
 * (external id, else reference) are one seizure with one drug line per row. A seizure's rows must be
 * together. A first, key-only pass over the file finds the seizures whose rows are not, and every row
 * of such a seizure is refused — its first rows too, which may lie in a chunk committed long before
 * the seizure comes back — so that no seizure is ever stored with only some of its lines, and the
 * result never depends on how the file is cut into chunks.
 */
import { findHeader, type HeaderMap } from './header.js';
import { expectedColumns, type SeizureMapping } from './mapping.js';
import { hasErrors, problemAt, type ImportProblem } from './problems.js';
import { readTable, type TableReader } from './read-table.js';
import { createNaturalKey, createSeizureRowMapper, type SeizureRow } from './seizure-rows.js';
import type { ReadOptions, TableRow } from './table-row.js';

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
    const apart = await findSeizuresApart(path, mapping, read);
    const columns = search.header.columns;
    const keyOf = createNaturalKey(search.header, mapping);
    // The problem names the cell the key was read from (none for a row known by its cells).
    const placeOf = (row: TableRow) => {
      const field = keyOf(row).field;
      const column = field === null ? undefined : mapping.columns[field];
      const index = column === undefined ? undefined : columns.get(column);
      return { row: row.rowNumber, column: index === undefined ? null : index + 1, field: column ?? null };
    };
    let open: SeizureGroup | null = null;
    for await (const tableRow of search.rows) {
      tableRow.problems.forEach((p) => handedOver.add(p));
      ordinal += 1;
      const row = mapRow(tableRow);
      const split = apart.get(row.externalId);
      if (split !== undefined) {
        row.problems.push(
          problemAt(
            placeOf(tableRow),
            'error',
            'rows-not-adjacent',
            `rows of ${seizureName(row.externalId, split)} must be adjacent; first seen at row ${split.firstRow}, again at row ${split.againRow} after other seizures' rows. None of its rows is imported; put them together.`,
          ),
        );
        row.ok = false;
      }
      if (open && open.externalId === row.externalId) {
        addRow(open, row, ordinal);
        continue;
      }
      if (open) yield open;
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

/** A seizure whose rows are not together: the row it was first seen at, and the first row it came back at. */
interface SeizureApart {
  firstRow: number;
  againRow: number;
}

/**
 * Reads the file once for the rows' natural keys only, and answers the seizures whose rows are not
 * together. Only a whole pass can tell: the rows of a seizure may come back a million rows later,
 * when its first rows are already committed. Holds one entry per seizure of the file.
 */
async function findSeizuresApart(
  path: string,
  mapping: SeizureMapping,
  read: ReadOptions,
): Promise<Map<string, SeizureApart>> {
  const apart = new Map<string, SeizureApart>();
  const search = await findHeader(readTable(path, read), expectedColumns(mapping));
  if (search.header === null) {
    await search.close();
    return apart;
  }
  const keyOf = createNaturalKey(search.header, mapping);
  const firstRow = new Map<string, number>();
  let previous: string | null = null;
  for await (const row of search.rows) {
    const { key } = keyOf(row);
    if (key === previous) continue;
    previous = key;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, row.rowNumber);
    else if (!apart.has(key)) apart.set(key, { firstRow: first, againRow: row.rowNumber });
  }
  return apart;
}

/** How a problem names a seizure: its key, or for a row known by its cells, the row it repeats. */
function seizureName(key: string, split: SeizureApart): string {
  return key.startsWith('fp:')
    ? `a seizure without reference or id (known by its cells, the same as row ${split.firstRow})`
    : `seizure "${key}"`;
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
