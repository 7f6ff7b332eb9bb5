/**
 * Built-in import profile for the UNODC data-portal export "Drug seizures" (sheet 1: a title row,
 * then `Region, SubRegion, Country, DrugGroup, DrugSubGroup, DrugName, Reference year, Kilograms,
 * msCode`). Each row becomes a country–year–drug statistical record; a blank Kilograms is unknown
 * (null), never zero. The same columns in a CSV are read the same way.
 */
import { findHeader } from './header.js';
import { hasErrors, type ImportProblem } from './problems.js';
import { readTable } from './read-table.js';
import type { TableSource } from './table-row.js';
import { UNODC_COLUMNS, type UnodcOptions, type UnodcSeizureRecord } from './unodc-record.js';
import { createRowMapper } from './unodc-rows.js';

export {
  UNODC_COLUMN_NAMES,
  UNODC_COLUMNS,
  unodcNaturalKey,
  type UnodcColumn,
  type UnodcKeyParts,
  type UnodcOptions,
  type UnodcSeizureRecord,
} from './unodc-record.js';

/** Records, streamed once; `problems` (reading, header and field problems) is complete at the end. */
export interface UnodcImport extends AsyncIterable<UnodcSeizureRecord> {
  readonly problems: ImportProblem[];
  readonly source: TableSource;
}

/** Reads a UNODC "Drug seizures" export. Rows with an error give no record; warnings do not block. */
export function readUnodcSeizures(path: string, options: UnodcOptions = {}): UnodcImport {
  const table = readTable(path, options.read);
  const problems: ImportProblem[] = [];
  let started = false;

  async function* records(): AsyncGenerator<UnodcSeizureRecord> {
    const handedOver = new Set<ImportProblem>();
    const search = await findHeader(table, UNODC_COLUMNS);
    // An unreadable file has no header either; saying so twice would bury the cause.
    const fileFailed = table.problems.some((p) => p.row === null && p.severity === 'error');
    if (search.header !== null || !fileFailed) problems.push(...search.problems);
    if (search.header !== null && !hasErrors(search.problems)) {
      const mapRow = createRowMapper(search.header, table.source, options);
      for await (const row of search.rows) {
        row.problems.forEach((p) => handedOver.add(p));
        const result = mapRow(row);
        problems.push(...result.problems);
        if (result.record) yield result.record;
      }
    } else {
      await search.close();
    }
    // What the reader found outside the data rows: file faults, empty runs, merged ranges.
    problems.push(...table.problems.filter((p) => !handedOver.has(p)));
  }

  return {
    problems,
    source: table.source,
    [Symbol.asyncIterator]() {
      if (started) throw new Error('A UNODC import streams its file once; open it again to re-read.');
      started = true;
      return records();
    },
  };
}
