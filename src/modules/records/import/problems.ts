/**
 * One shape for everything an import finds wrong, from the bytes of the file up to a profile's field
 * rules, so that a dry-run report lists them together, by row and column.
 */

/** `error`: the row (or the file) is not imported. `warning`: it is, and the user is told why to look. */
export type Severity = 'error' | 'warning';

/** Stable codes: the web app translates by code; `message` is the English text for logs and the CLI. */
export type ProblemCode =
  // the file as a whole
  | 'file-unreadable'
  | 'not-a-table'
  | 'encoding-guessed'
  | 'sheet-missing'
  | 'limit-exceeded'
  // one cell or one row, while reading
  | 'cell-too-long'
  | 'nul-character'
  | 'undecodable-text'
  | 'formula-cached'
  | 'formula-no-value'
  | 'error-value'
  | 'invalid-number'
  | 'merged-cells'
  | 'empty-rows'
  // the header row
  | 'header-missing'
  | 'column-missing'
  | 'column-duplicate'
  | 'column-shifted'
  | 'column-unexpected'
  | 'value-outside-header'
  // a profile's field rules
  | 'required'
  | 'invalid-value'
  | 'out-of-range'
  | 'unknown-country'
  | 'inconsistent'
  // grouping rows into seizures
  | 'rows-not-adjacent';

/** A problem found while reading or mapping a file. Rows and columns are 1-based, as a spreadsheet shows them. */
export interface ImportProblem {
  /** Row in the file (the CSV record or sheet row number); null when it concerns the whole file. */
  row: number | null;
  /** Column (A = 1); null when it concerns a whole row or the file. */
  column: number | null;
  /** The expected column's name when the header is known (`Kilograms`), else null. */
  field: string | null;
  severity: Severity;
  code: ProblemCode;
  /** English, self-contained: names the row and column, says what was done with the value. */
  message: string;
}

/** Spreadsheet column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(column: number): string {
  let n = column;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Builds a problem whose message starts with its place: "Row 12, column H (Kilograms): …". */
export function problemAt(
  place: { row: number | null; column?: number | null; field?: string | null },
  severity: Severity,
  code: ProblemCode,
  text: string,
): ImportProblem {
  const column = place.column ?? null;
  const field = place.field ?? null;
  const parts: string[] = [];
  if (place.row !== null) parts.push(`Row ${place.row}`);
  if (column !== null) parts.push(`column ${columnLetters(column)}${field ? ` (${field})` : ''}`);
  else if (field) parts.push(`field ${field}`);
  const prefix = parts.length > 0 ? `${parts.join(', ')}: ` : '';
  return { row: place.row, column, field, severity, code, message: prefix + text };
}

/** True when any problem in the list blocks the import. */
export function hasErrors(problems: readonly ImportProblem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}
