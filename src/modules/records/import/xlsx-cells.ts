/**
 * The value of one XLSX cell, from what its XML held: the cell type decides how the stored text is
 * read (shared string, inline string, number, date, boolean, error), and what cannot be taken as it
 * is — a formula, an error, a value over the size limit — is reported on the cell.
 */
import { excelDecimal, plainDecimal } from './decimal-text.js';
import { excelSerialToIso } from './excel-dates.js';
import { columnLetters, problemAt, type ImportProblem, type ProblemCode, type Severity } from './problems.js';
import { unescapeXString, type WorkbookInfo } from './xlsx-workbook.js';

/** What the sheet XML said about a cell, collected between `<c>` and `</c>`. */
export interface CellState {
  column: number;
  /** The `t` attribute: s, inlineStr, str, n, b, e, d. */
  type: string;
  /** The `s` attribute: index of the cell's style. */
  style: number;
  /** Value text, kept only up to the cell limit. */
  parts: string[];
  /** Characters of the value, counted in full. */
  length: number;
  /** Formula text (the first 500 characters) when the cell has one. */
  formula: string | null;
  /** A `<v>` or `<is>` element was present: a formula's result was saved. */
  hasValue: boolean;
}

/** What decoding needs from the workbook and the caller. */
export interface CellContext {
  info: WorkbookInfo;
  numbers: 'excel' | 'stored';
  maxCellChars: number;
  report: (severity: Severity, code: ProblemCode, text: string) => void;
}

/** The cell's text, its problems reported through `context.report`. */
export function decodeCell(state: CellState, context: CellContext): string {
  const { maxCellChars, report } = context;
  const tooLong = (length: number) => {
    report(
      'error',
      'cell-too-long',
      `the cell holds ${length.toLocaleString('en')} characters, more than the limit of ${maxCellChars.toLocaleString('en')}; it was not read.`,
    );
    return '';
  };
  if (state.length > maxCellChars) return tooLong(state.length);
  const raw = state.parts.join('');
  const text = cellText(state, raw, context, tooLong);
  if (state.formula !== null) {
    const formula = `=${state.formula || '(shared formula)'}`;
    if (!state.hasValue) {
      report(
        'error',
        'formula-no-value',
        `the cell holds the formula ${formula} with no saved result (the file was saved without calculating it); it is read as empty. Replace the formula by its value, or open and save the file in Excel.`,
      );
    } else {
      report(
        'warning',
        'formula-cached',
        `the cell holds the formula ${formula}; the result saved with the file, "${text}", is used.`,
      );
    }
  }
  return text;
}

function cellText(
  state: CellState,
  raw: string,
  context: CellContext,
  tooLong: (length: number) => string,
): string {
  const { info, report } = context;
  if (raw === '') return ''; // a cell with a style and no value
  switch (state.type) {
    case 's': {
      const index = Number(raw);
      const oversize = info.sharedStrings.oversize.get(index);
      if (oversize !== undefined) return tooLong(oversize);
      const shared = Number.isInteger(index) ? info.sharedStrings.texts[index] : undefined;
      if (shared === undefined) {
        report(
          'error',
          'invalid-value',
          `the cell refers to shared string ${JSON.stringify(raw)}, which the workbook lacks.`,
        );
      }
      return shared ?? '';
    }
    case 'inlineStr':
    case 'str':
      return unescapeXString(raw);
    case 'b':
      return raw === '1' ? 'TRUE' : raw === '0' ? 'FALSE' : raw;
    case 'e':
      report('error', 'error-value', `the cell shows the error ${raw}; it is read as empty.`);
      return '';
    case 'd':
      return raw;
    default: {
      const plain = plainDecimal(raw.trim());
      if (plain === null) {
        report(
          'error',
          'invalid-number',
          `the cell is stored as a number but holds ${JSON.stringify(raw.slice(0, 40))}; it is read as empty.`,
        );
        return '';
      }
      if (info.dateStyles[state.style]) return excelSerialToIso(Number(plain), info.date1904) ?? plain;
      return context.numbers === 'stored' ? plain : (excelDecimal(plain) ?? plain);
    }
  }
}

/** The 1-based column of a cell reference (`B7`, `$AA$3`), or null when it is not one. */
export function columnOfRef(ref: string): number | null {
  const match = /^\$?([A-Za-z]{1,3})\$?\d*$/.exec(ref);
  if (!match?.[1]) return null;
  let column = 0;
  for (const letter of match[1].toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column;
}

/** The warning for a merged range: only its top-left cell holds the value. */
export function mergeProblem(ref: string): ImportProblem {
  const [first = ref, last = first] = ref.split(':');
  const row = Number(/\d+/.exec(first)?.[0] ?? NaN);
  const column = columnOfRef(first);
  const anchor = column === null || !Number.isInteger(row) ? first : `${columnLetters(column)}${row}`;
  return problemAt(
    { row: Number.isInteger(row) ? row : null, column },
    'warning',
    'merged-cells',
    `cells ${first}:${last} are merged: the value is read from ${anchor} only, the other cells of the range read as empty.`,
  );
}
