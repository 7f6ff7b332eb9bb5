import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { handMadeXlsx, tempFolder, writeFixture } from './__fixtures__/files.js';
import { readTable, type ReadOptions, type TableRow } from './read-table.js';

const folder = tempFolder();
afterAll(() => folder.remove());

let fileCount = 0;
const nextPath = () => folder.path(`w${(fileCount += 1)}.xlsx`);

async function readAll(path: string, options: ReadOptions = {}) {
  const table = readTable(path, options);
  const rows: TableRow[] = [];
  for await (const row of table) rows.push(row);
  return { rows, problems: table.problems, source: table.source, cells: rows.map((r) => r.cells) };
}

/** A workbook written by ExcelJS, the way another program would hand it to us. */
async function excelJsFile(
  build: (sheet: ExcelJS.Worksheet, book: ExcelJS.Workbook) => void,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  build(book.addWorksheet('Data'), book);
  const path = nextPath();
  await book.xlsx.writeFile(path);
  return path;
}

describe('XLSX cells', () => {
  it('reads text, numbers, dates and booleans; reports formulas, errors and merged cells by row and column', async () => {
    const path = await excelJsFile((sheet) => {
      sheet.addRow(['Drug seizures, 2018-2022']);
      sheet.mergeCells('A1:C1');
      sheet.addRow(['Country', 'Kilograms', 'Seized on']);
      sheet.addRow(['Kazakhstan', 2.53, new Date(Date.UTC(2024, 5, 21))]);
      sheet.addRow(['007', { formula: 'B3*2', result: 5.06 }, true]);
      sheet.addRow(['Tajikistan', { formula: 'B3*3' }, { error: '#N/A' }]);
      sheet.getCell('C3').numFmt = 'dd/mm/yyyy';
    });
    const { cells, problems, source } = await readAll(path);
    expect(source).toMatchObject({ format: 'xlsx', sheet: 'Data', encoding: null });
    expect(cells).toEqual([
      ['Drug seizures, 2018-2022', '', ''],
      ['Country', 'Kilograms', 'Seized on'],
      ['Kazakhstan', '2.53', '2024-06-21'],
      ['007', '5.06', 'TRUE'],
      ['Tajikistan', '', ''],
    ]);
    expect(problems.map((p) => [p.row, p.column, p.severity, p.code])).toEqual([
      [4, 2, 'warning', 'formula-cached'],
      [5, 2, 'error', 'formula-no-value'],
      [5, 3, 'error', 'error-value'],
      [1, 1, 'warning', 'merged-cells'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 4, column B: the cell holds the formula =B3*2; the result saved with the file, "5.06", is used.',
      'Row 5, column B: the cell holds the formula =B3*3 with no saved result (the file was saved without calculating it); it is read as empty. Replace the formula by its value, or open and save the file in Excel.',
      'Row 5, column C: the cell shows the error #N/A; it is read as empty.',
      'Row 1, column A: cells A1:C1 are merged: the value is read from A1 only, the other cells of the range read as empty.',
    ]);
  });

  it('refuses a 1 MB cell, whether a shared or an inline string, and reads the rest of the row', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const shared = await excelJsFile((sheet) => {
      sheet.addRow(['a', 'b', 'c']);
      sheet.addRow(['1', big, '3']);
    });
    const inline = writeFixture(
      nextPath(),
      handMadeXlsx({
        sheetData: `<row r="1"><c r="A1" t="inlineStr"><is><t>1</t></is></c><c r="B1" t="inlineStr"><is><t>${big}</t></is></c></row>`,
      }),
    );
    const first = await readAll(shared);
    expect(first.cells[1]).toEqual(['1', '', '3']);
    expect(first.problems).toMatchObject([{ row: 2, column: 2, severity: 'error', code: 'cell-too-long' }]);
    expect(first.problems[0]?.message).toBe(
      'Row 2, column B: the cell holds 1,048,576 characters, more than the limit of 32,767; it was not read.',
    );
    const second = await readAll(inline);
    expect(second.cells).toEqual([['1', '']]);
    expect(second.problems).toMatchObject([{ row: 1, column: 2, code: 'cell-too-long' }]);
  });

  it('keeps stored number text: Excel precision by default, every stored digit on request', async () => {
    // Excel writes doubles with 17 significant digits; these are cells of the UNODC export.
    const path = writeFixture(
      nextPath(),
      handMadeXlsx({
        sheetData:
          '<row r="1"><c r="A1"><v>2.5299999999999998</v></c><c r="B1"><v>5.0000000000000001E-3</v></c>' +
          '<c r="C1"><v>12.689513000000002</v></c><c r="D1"><v>11496580.1</v></c><c r="E1"><v>1E-3</v></c>' +
          '<c r="F1" t="s"><v>0</v></c><c r="G1"><v>abc</v></c></row>',
        sharedStrings: ['2.5299999999999998'],
      }),
    );
    const excel = await readAll(path);
    expect(excel.cells).toEqual([
      ['2.53', '0.005', '12.689513', '11496580.1', '0.001', '2.5299999999999998', ''],
    ]);
    expect(excel.problems).toMatchObject([{ row: 1, column: 7, code: 'invalid-number' }]);
    const stored = await readAll(path, { numbers: 'stored' });
    expect(stored.cells[0]?.slice(0, 5)).toEqual([
      '2.5299999999999998',
      '0.0050000000000000001',
      '12.689513000000002',
      '11496580.1',
      '0.001',
    ]);
  });

  it('reads what other writers produce: inline rich text, escapes, prefixes, missing references, ISO dates', async () => {
    const path = writeFixture(
      nextPath(),
      handMadeXlsx({
        sheetData:
          '<row><c t="inlineStr"><is><r><t>Қаз</t></r><r><t>ақстан</t></r><rPh><t>furigana</t></rPh></is></c>' +
          '<c t="s"><v>0</v></c><c r="D1" t="d"><v>2024-06-21T00:00:00</v></c><c r="E1" s="1"><v>45464.5</v></c></row>' +
          '<x:row r="3" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A3" t="str"><x:v>line_x000D_break _x005F_x0041_</x:v></x:c></x:row>',
        sharedStrings: ['Toshkent'],
        styles:
          '<numFmts><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd hh:mm"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>',
      }),
    );
    const { rows, problems } = await readAll(path);
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [1, ['Қазақстан', 'Toshkent', '', '2024-06-21T00:00:00', '2024-06-21T12:00:00']],
      [3, ['line\rbreak _x0041_']],
    ]);
    expect(problems).toMatchObject([
      { row: 2, severity: 'warning', code: 'empty-rows', message: 'Row 2 is empty and was skipped.' },
    ]);
  });

  it('keeps Cyrillic whole across stream chunk boundaries (the ExcelJS 4.4 streaming defect)', async () => {
    const text = (i: number) => `Привет мир ${i} — Ўзбекистон, Қазақстан`;
    const path = await excelJsFile((sheet) => {
      for (let i = 0; i < 20_000; i++) sheet.addRow([text(i), `Душанбе ${i}`]);
    });
    const { rows, problems } = await readAll(path);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(20_000);
    const wrong = rows.filter((r, i) => r.cells[0] !== text(i) || r.cells[1] !== `Душанбе ${i}`);
    expect(wrong).toEqual([]);
  });
});

describe('XLSX workbooks', () => {
  it('picks a sheet by position or name, and lists the sheets when asked for a missing one', async () => {
    const path = await excelJsFile((sheet, book) => {
      sheet.addRow(['first']);
      book.addWorksheet('Второй').addRow(['second']);
    });
    expect((await readAll(path, { sheet: 2 })).cells).toEqual([['second']]);
    expect((await readAll(path, { sheet: 'второй' })).cells).toEqual([['second']]);
    const missing = await readAll(path, { sheet: 'Export' });
    expect(missing.rows).toEqual([]);
    expect(missing.problems).toMatchObject([{ row: null, severity: 'error', code: 'sheet-missing' }]);
    expect(missing.problems[0]?.message).toBe(
      'The workbook has no sheet "Export" (its sheets: "Data", "Второй").',
    );
  });

  it('reports a damaged archive and malformed sheet XML, keeping the rows read before the damage', async () => {
    const damaged = writeFixture(
      nextPath(),
      Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]),
    );
    const first = await readAll(damaged);
    expect(first.problems).toMatchObject([{ row: null, severity: 'error', code: 'not-a-table' }]);

    const cut = writeFixture(
      nextPath(),
      handMadeXlsx({
        sheetData: '<row r="1"><c t="inlineStr"><is><t>ok</t></is></c></row><row r="2"><c><v>1</v></row>',
      }),
    );
    const second = await readAll(cut);
    expect(second.cells).toEqual([['ok']]);
    expect(second.problems).toMatchObject([{ row: null, severity: 'error', code: 'file-unreadable' }]);
    expect(second.problems[0]?.message).toMatch(/^The sheet could not be read after row 1 \(/);
  });
});
