import ExcelJS from 'exceljs';
import type { AboutLine, Column, Row, TableWriter } from './columns.js';
import { neutraliseText, spreadsheetNumber } from './neutralise.js';

/** The value of one cell: numbers as numbers (or exact decimal text), text neutralised, null empty. */
export function xlsxCell(column: Column, value: string | null): string | number | null {
  if (value === null) return null;
  return column.kind === 'number' ? spreadsheetNumber(value) : neutraliseText(value);
}

/**
 * An XLSX workbook written row by row (exceljs streaming writer, so memory stays flat): the data sheet
 * `sheetName` with a header row, then an "About" sheet that states what was exported, by whom, when,
 * with which filter and how many records were withheld.
 */
export function xlsxWriter(path: string, sheetName: string, columns: readonly Column[]): TableWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: false });
  workbook.creator = 'Northroute';
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(columns.map((c) => neutraliseText(c.header))).commit();
  let rows = 0;
  return {
    async write(row: Row) {
      sheet.addRow(columns.map((c, i) => xlsxCell(c, row[i] ?? null))).commit();
      // Let the zip stream flush now and then instead of queueing the whole sheet.
      if (++rows % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
    },
    async finish(about: readonly AboutLine[]) {
      sheet.commit();
      const aboutSheet = workbook.addWorksheet('About');
      for (const line of about) {
        aboutSheet.addRow([line.en, line.ru, line.value].map(neutraliseText)).commit();
      }
      aboutSheet.commit();
      await workbook.commit();
    },
  };
}
