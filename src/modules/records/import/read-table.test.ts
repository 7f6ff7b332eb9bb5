import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder, writeFixture } from './__fixtures__/files.js';
import { cellsOutsideHeader, findHeader, readTable, type ReadOptions, type TableRow } from './read-table.js';

const folder = tempFolder();
afterAll(() => folder.remove());

let fileCount = 0;
function file(content: string | Buffer, extension = 'csv'): string {
  fileCount += 1;
  return writeFixture(folder.path(`f${fileCount}.${extension}`), content);
}

async function readAll(path: string, options: ReadOptions = {}) {
  const table = readTable(path, options);
  const rows: TableRow[] = [];
  for await (const row of table) rows.push(row);
  return { rows, problems: table.problems, source: table.source, cells: rows.map((r) => r.cells) };
}

const CYRILLIC = 'Страна,Наркотик,Кг\nҚазақстан,героин,"1.5"\nЎзбекистон,гашиш,2\n';
const EXPECTED_CELLS = [
  ['Страна', 'Наркотик', 'Кг'],
  ['Қазақстан', 'героин', '1.5'],
  ['Ўзбекистон', 'гашиш', '2'],
];

describe('CSV encodings', () => {
  it.each([
    [
      'UTF-8 with a byte-order mark',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CYRILLIC)]),
      'utf8',
    ],
    ['UTF-8 without one', Buffer.from(CYRILLIC), 'utf8'],
    [
      'UTF-16 LE with its mark',
      Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(CYRILLIC, 'utf16le')]),
      'utf16le',
    ],
    [
      'UTF-16 BE with its mark',
      Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CYRILLIC, 'utf16be')]),
      'utf16be',
    ],
  ])('reads %s exactly, the mark removed', async (_name, bytes, encoding) => {
    const { cells, problems, source } = await readAll(file(bytes));
    expect(cells).toEqual(EXPECTED_CELLS);
    expect(problems).toEqual([]);
    expect(source).toMatchObject({ format: 'csv', encoding });
  });

  it('reads bytes that are not UTF-8 as Windows-1251, detects ";" and says it guessed', async () => {
    // Russian Excel's "CSV (разделители - запятые)": Windows-1251, semicolons, decimal commas.
    const bytes = iconv.encode('Страна;Кг\r\nКазахстан;1,5\r\nКыргызстан;2\r\n', 'win1251');
    const { cells, problems, source } = await readAll(file(bytes));
    expect(cells).toEqual([
      ['Страна', 'Кг'],
      ['Казахстан', '1,5'],
      ['Кыргызстан', '2'],
    ]);
    expect(source.encoding).toBe('windows-1251');
    expect(problems).toMatchObject([{ row: null, severity: 'warning', code: 'encoding-guessed' }]);
  });

  it('flags the row whose bytes stop being UTF-8 after the part used for detection', async () => {
    const valid = 'a,b\n' + 'x,y\n'.repeat(20_000); // 80 KB of ASCII: detection says UTF-8
    const bytes = Buffer.concat([
      Buffer.from(valid),
      iconv.encode('ok,Казахстан\n', 'win1251'),
      Buffer.from('z,z\n'),
    ]);
    const { rows, problems } = await readAll(file(bytes));
    expect(rows).toHaveLength(20_003);
    expect(problems).toMatchObject([{ row: 20_002, column: 2, severity: 'error', code: 'undecodable-text' }]);
    expect(problems[0]?.message).toMatch(/^Row 20002, column B: /);
  });

  it('refuses UTF-16 without a byte-order mark, binary data and ZIP archives', async () => {
    for (const bytes of [iconv.encode('a,b\n1,2\n', 'utf16le'), Buffer.from('PK\u0003\u0004rest-of-a-zip')]) {
      const { rows, problems } = await readAll(file(bytes), { format: 'csv' });
      expect(rows).toEqual([]);
      expect(problems).toMatchObject([{ row: null, severity: 'error', code: 'not-a-table' }]);
    }
  });
});

describe('CSV structure', () => {
  it('skips empty lines, keeps the file numbering and reports an inner gap once', async () => {
    const { rows, problems } = await readAll(file('\n\na,b\n1,2\n\n ,\n3,4\n\n\n'));
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [3, ['a', 'b']],
      [4, ['1', '2']],
      [7, ['3', '4']],
    ]);
    expect(problems).toMatchObject([
      { row: 5, severity: 'warning', code: 'empty-rows', message: 'Rows 5–6 are empty and were skipped.' },
    ]);
  });

  it('numbers rows as a spreadsheet does when a quoted cell spans lines, and accepts mixed line ends', async () => {
    const { rows } = await readAll(file('a,b\r\n"two\nlines",x\r3,4\n'));
    expect(rows.map((r) => [r.rowNumber, r.cells])).toEqual([
      [1, ['a', 'b']],
      [2, ['two\nlines', 'x']],
      [3, ['3', '4']],
    ]);
  });

  it('refuses a 1 MB cell, naming row and column, and reads the rest', async () => {
    const { rows, problems } = await readAll(file(`a,b,c\n1,${'x'.repeat(1024 * 1024)},3\n4,5,6\n`));
    expect(rows.map((r) => r.cells)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['4', '5', '6'],
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 2, column: 2, severity: 'error', code: 'cell-too-long' });
    expect(problems[0]?.message).toBe(
      'Row 2, column B: the cell holds 1,048,576 characters, more than the limit of 32,767; it was not read.',
    );
  });

  it('stops at a quote that is never closed, keeping the rows before it', async () => {
    const { rows, problems } = await readAll(file('a,b\n1,2\n3,"never closed\n5,6\n'));
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 2]);
    expect(problems).toMatchObject([{ row: 3, severity: 'error', code: 'not-a-table' }]);
  });

  it('refuses a NUL character in a cell', async () => {
    const { rows, problems } = await readAll(file('a,b\n1,x\u0000y\n'), { encoding: 'utf8' });
    expect(rows[1]?.cells).toEqual(['1', '']);
    expect(problems).toMatchObject([{ row: 2, column: 2, code: 'nul-character' }]);
  });

  it('reports empty, missing and legacy files without throwing', async () => {
    const empty = await readAll(file(''));
    expect(empty.problems).toMatchObject([{ code: 'not-a-table', message: 'The file is empty.' }]);
    const missing = await readAll(folder.path('no-such-file.csv'));
    expect(missing.problems).toMatchObject([{ row: null, severity: 'error', code: 'file-unreadable' }]);
    const xls = await readAll(file(Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(64), 'hex'), 'xls'));
    expect(xls.problems[0]?.message).toMatch(/legacy Excel 97–2003 workbook/);
  });

  it('streams a file once: a second iteration is a programming error', async () => {
    const table = readTable(file('a\n1\n'));
    for await (const _ of table) void _;
    expect(() => table[Symbol.asyncIterator]()).toThrow(/once/);
  });
});

describe('header detection', () => {
  const expected = ['Country', 'Year', 'Kilograms'].map((name) => ({ name }));
  const search = async (text: string) => {
    const table = readTable(file(text));
    const found = await findHeader(table, expected);
    const rows: TableRow[] = [];
    for await (const row of found.rows) rows.push(row);
    return { ...found, rows };
  };

  it('skips title rows and matches names trimmed and case-folded', async () => {
    const { header, problems, rows } = await search(
      'Drug seizures 2018-2022\n\n  COUNTRY , year,KILOGRAMS\nKZ,2020,1\n',
    );
    expect(header).toMatchObject({
      rowNumber: 3,
      columns: new Map([
        ['Country', 0],
        ['Year', 1],
        ['Kilograms', 2],
      ]),
    });
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.rowNumber)).toEqual([4]);
  });

  it('reads shifted columns by name and says they are shifted', async () => {
    const { header, problems } = await search(',Country,Year,Kilograms\n,KZ,2020,1\n');
    expect(header?.columns.get('Kilograms')).toBe(3);
    expect(problems).toMatchObject([{ row: 1, severity: 'warning', code: 'column-shifted' }]);
    expect(problems[0]?.message).toBe(
      'Row 1: the columns are shifted 1 to the right of the expected layout; they are read by their names.',
    );
  });

  it('reports duplicate, missing and unexpected columns', async () => {
    const { header, problems } = await search('Country,Kilograms,Notes,kilograms\nKZ,1,,2\n');
    expect(header?.rowNumber).toBe(1);
    expect(problems.map((p) => [p.code, p.severity, p.column, p.field])).toEqual([
      ['column-unexpected', 'warning', 3, null],
      ['column-duplicate', 'error', 4, 'Kilograms'],
      ['column-missing', 'error', null, 'Year'],
    ]);
    expect(problems[1]?.message).toBe(
      'Row 1, column D (Kilograms): the column Kilograms appears a second time (first in column B); which one holds the data cannot be decided.',
    );
  });

  it('says so when no row looks like the header', async () => {
    const { header, problems, rows } = await search('a,b,c\n1,2,3\n');
    expect(header).toBeNull();
    expect(rows).toEqual([]);
    expect(problems).toMatchObject([{ row: null, severity: 'error', code: 'header-missing' }]);
  });

  it('flags data rows with values under no header (a shifted row)', async () => {
    const { header, rows } = await search('Country,Year,Kilograms\nKZ,2020,1\nKZ,,2020,1\n');
    expect(header).not.toBeNull();
    if (!header) return;
    expect(cellsOutsideHeader(rows[0] as TableRow, header)).toEqual([]);
    expect(cellsOutsideHeader(rows[1] as TableRow, header)).toMatchObject([
      { row: 3, column: 4, code: 'value-outside-header' },
    ]);
  });
});
