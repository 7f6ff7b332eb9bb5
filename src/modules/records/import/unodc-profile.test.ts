import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempFolder, writeFixture } from './__fixtures__/files.js';
import { sumDecimals } from './decimal-text.js';
import type { ImportProblem } from './problems.js';
import {
  readUnodcSeizures,
  unodcNaturalKey,
  type UnodcOptions,
  type UnodcSeizureRecord,
} from './unodc-profile.js';

const UNODC_XLSX = fileURLToPath(
  new URL('../../../../../shared/data/unodc/drug_seizures_2018_2022.xlsx', import.meta.url),
);

async function readAll(path: string, options: UnodcOptions = {}) {
  const reading = readUnodcSeizures(path, options);
  const records: UnodcSeizureRecord[] = [];
  for await (const record of reading) records.push(record);
  return { records, problems: reading.problems, source: reading.source };
}

/** Exact sums of Kilograms by `ISO3:year`, unknown (null) figures left out. */
function totalsByCountryYear(records: UnodcSeizureRecord[]): Map<string, string> {
  const figures = new Map<string, string[]>();
  for (const r of records) {
    if (r.kilograms === null) continue;
    const key = `${r.countryIso3}:${r.year}`;
    figures.set(key, [...(figures.get(key) ?? []), r.kilograms]);
  }
  return new Map([...figures].map(([key, values]) => [key, sumDecimals(values)]));
}

// Computed independently by __fixtures__/unodc_totals.py: the sheet XML read with Python's standard
// library, numbers as their stored <v> text, added with the decimal module at 60 digits (exact).
// "stored" adds the 17-significant-digit text Excel wrote; "shown" first rounds each figure to the
// 15 significant digits Excel displays, which is what the reader gives by default.
const INDEPENDENT_TOTALS = {
  'KAZ:2020': { stored: '20106.90032825000059309416', shown: '20106.90032825' },
  'KGZ:2019': { stored: '16164', shown: '16164' },
  'TJK:2022': { stored: '95936.5979999999999969961', shown: '95936.598' },
  'UZB:2018': { stored: '1173', shown: '1173' },
  'AFG:2021': { stored: '243010.571739999999998', shown: '243010.57174' },
  'IRN:2021': { stored: '1099348', shown: '1099348' },
  'RUS:2022': { stored: '30573.12400000000000089', shown: '30573.124' },
  'USA:2022': { stored: '738092.1299999999999999', shown: '738092.13' },
};
const GRAND_TOTAL = { stored: '145717089.339344144749060830644982', shown: '145717089.33934414497' };

describe('the UNODC export "Drug seizures, 2018-2022"', () => {
  let shown: Awaited<ReturnType<typeof readAll>>;
  let stored: Awaited<ReturnType<typeof readAll>>;
  beforeAll(async () => {
    shown = await readAll(UNODC_XLSX);
    stored = await readAll(UNODC_XLSX, { read: { numbers: 'stored' } });
  });

  it('gives one record per data row, with no problem', () => {
    expect(shown.problems).toEqual([]);
    expect(shown.records).toHaveLength(11_013);
    expect(shown.source).toMatchObject({ format: 'xlsx', sheet: 'Export' });
    expect(shown.records[0]).toEqual({
      countryIso3: 'KEN',
      countryIso2: 'KE',
      countryName: 'Kenya',
      region: 'Africa',
      subRegion: 'East Africa',
      drugGroup: 'Amphetamine-type stimulants (excluding “ecstasy”)',
      drugSubGroup: 'Methamphetamine',
      drugName: 'Methamphetamine',
      year: 2022,
      kilograms: '10.84',
      naturalKey:
        'unodc:KEN:2022:Amphetamine-type stimulants (excluding “ecstasy”):Methamphetamine:Methamphetamine:1',
      provenance: { file: 'drug_seizures_2018_2022.xlsx', sheet: 'Export', row: 3 },
    });
    expect(shown.records.at(-1)?.provenance.row).toBe(11_015);
  });

  it('covers 156 countries (not the 157 the data README states), 2018–2022, without Turkmenistan', () => {
    // Counted three ways (msCode, Country, the independent script): 156 each.
    const codes = new Set(shown.records.map((r) => r.countryIso3));
    expect(codes.size).toBe(156);
    expect(new Set(shown.records.map((r) => r.countryName)).size).toBe(156);
    expect(new Set(shown.records.map((r) => r.countryIso2)).size).toBe(156);
    expect(codes.has('TKM')).toBe(false);
    expect(shown.records.filter((r) => r.countryIso3 === 'KAZ')[0]?.countryIso2).toBe('KZ');
    expect([...new Set(shown.records.map((r) => r.year))].sort()).toEqual([2018, 2019, 2020, 2021, 2022]);
  });

  it('keeps the 72 blank Kilograms as unknown, not zero', () => {
    expect(shown.records.filter((r) => r.kilograms === null)).toHaveLength(72);
    expect(shown.records.filter((r) => r.kilograms === '0')).toHaveLength(1494);
  });

  it('reproduces the independently computed totals exactly, as shown and as stored', () => {
    const shownTotals = totalsByCountryYear(shown.records);
    const storedTotals = totalsByCountryYear(stored.records);
    for (const [key, expected] of Object.entries(INDEPENDENT_TOTALS)) {
      expect(shownTotals.get(key), key).toBe(expected.shown);
      expect(storedTotals.get(key), key).toBe(expected.stored);
    }
    const all = (records: UnodcSeizureRecord[]) =>
      records.flatMap((r) => (r.kilograms === null ? [] : [r.kilograms]));
    expect(sumDecimals(all(shown.records))).toBe(GRAND_TOTAL.shown);
    expect(sumDecimals(all(stored.records))).toBe(GRAND_TOTAL.stored);
  });

  it('rounds only the 3,583 figures Excel stored with more than 15 significant digits', () => {
    const changed = shown.records.filter((r, i) => r.kilograms !== stored.records[i]?.kilograms);
    expect(changed).toHaveLength(3_583);
    expect(changed[0]).toMatchObject({ kilograms: '0.005', provenance: { row: 8 } });
    expect(stored.records[5]?.kilograms).toBe('0.0050000000000000001');
  });

  it('gives unique natural keys, although 1,742 country-year-drug combinations repeat', () => {
    expect(new Set(shown.records.map((r) => r.naturalKey)).size).toBe(11_013);
    const repeated = shown.records.filter((r) => !r.naturalKey.endsWith(':1'));
    expect(new Set(repeated.map((r) => r.naturalKey.replace(/:\d+$/, ''))).size).toBe(1_742);
    const inRepeatedGroups = new Set(repeated.map((r) => r.naturalKey.replace(/:\d+$/, '')));
    expect(shown.records.filter((r) => inRepeatedGroups.has(r.naturalKey.replace(/:\d+$/, '')))).toHaveLength(
      4_180,
    );
    // Kenya 2019 heroin: three lines (41, 0 and 1 kg) in rows 25–27.
    const heroin = shown.records.filter((r) =>
      r.naturalKey.startsWith('unodc:KEN:2019:Opioids:Opiates:Heroin:'),
    );
    expect(heroin.map((r) => [r.provenance.row, r.kilograms, r.naturalKey.slice(-2)])).toEqual([
      [25, '41', ':1'],
      [26, '0', ':2'],
      [27, '1', ':3'],
    ]);
  });
});

describe('UNODC rows that break the rules', () => {
  const folder = tempFolder();
  afterAll(() => folder.remove());
  const HEADER = 'Region,SubRegion,Country,DrugGroup,DrugSubGroup,DrugName,Reference year,Kilograms,msCode';
  const line = (country: string, year: string, kg: string, code: string, drug = 'Heroin') =>
    `Asia,Central Asia,${country},Opioids,Opiates,${drug},${year},${kg},${code}`;
  const csv = (name: string, lines: string[]) => writeFixture(folder.path(name), [...lines, ''].join('\n'));
  const brief = (problems: ImportProblem[]) => problems.map((p) => [p.row, p.field, p.severity, p.code]);

  it('names the row and field of each bad value and imports the good rows', async () => {
    const path = csv('bad.csv', [
      'Drug seizures, 2018-2022',
      HEADER,
      line('Kazakhstan', '2020', '1.5', 'KAZ'),
      line('Kazakhstan', '2020', '"1,5"', 'KAZ'),
      line('Kazakhstan', '2020', '-3', 'KAZ'),
      line('Kazakhstan', '1899', '1', 'KAZ'),
      line('Kazakhstan', '20x1', '1', 'KAZ'),
      line('Kazakhstan', '2021', '', ''),
      line('Kosovo', '2021', '2', 'XKX'),
      line('Kyrgyzstan', '2021', '', 'KAZ'),
      `${line('Tajikistan', '2021', '4', 'TJK')},extra`,
      line('Kazakhstan', '2020', 'n/a', 'KAZ'),
    ]);
    const { records, problems } = await readAll(path, { fileLabel: 'upload.csv' });
    expect(brief(problems)).toEqual([
      [4, 'Kilograms', 'error', 'invalid-value'],
      [5, 'Kilograms', 'error', 'out-of-range'],
      [6, 'Reference year', 'error', 'out-of-range'],
      [7, 'Reference year', 'error', 'invalid-value'],
      [8, 'msCode', 'error', 'required'],
      [9, 'msCode', 'error', 'unknown-country'],
      [10, 'Country', 'warning', 'inconsistent'],
      [11, null, 'error', 'value-outside-header'],
      [12, 'Kilograms', 'error', 'invalid-value'],
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'Row 4, column H (Kilograms): "1,5" is not a number. Write it with a point as the decimal separator and no thousands separators.',
      'Row 5, column H (Kilograms): -3 is negative; a seizure cannot be.',
      `Row 6, column G (Reference year): 1899 is outside the accepted years 1990–${new Date().getUTCFullYear()}.`,
      'Row 7, column G (Reference year): "20x1" is not a year.',
      'Row 8, column I (msCode): the cell is empty.',
      'Row 9, column I (msCode): "XKX" is not an ISO 3166-1 alpha-3 country code known to Northroute.',
      'Row 10, column C (Country): the country is "Kyrgyzstan" but row 3 names KAZ "Kazakhstan".',
      'Row 11, column J: the cell holds "extra" but its column has no header: the row\'s values may be shifted.',
      'Row 12, column H (Kilograms): "n/a" is not a number.',
    ]);
    expect(records.map((r) => [r.provenance.row, r.kilograms, r.naturalKey.slice(-1)])).toEqual([
      [3, '1.5', '1'],
      [10, null, '1'],
    ]);
    expect(records[0]?.provenance).toEqual({ file: 'upload.csv', sheet: null, row: 3 });
  });

  it('numbers repeated rows in file order, counting rejected ones, so a corrected re-import keeps every key', async () => {
    const rows = ['1', 'oops', '3'];
    const first = await readAll(
      csv('first.csv', [HEADER, ...rows.map((kg) => line('Kazakhstan', '2020', kg, 'KAZ'))]),
    );
    const fixed = await readAll(
      csv('fixed.csv', [HEADER, ...['1', '2', '3'].map((kg) => line('Kazakhstan', '2020', kg, 'KAZ'))]),
    );
    expect(first.records.map((r) => r.naturalKey.slice(-2))).toEqual([':1', ':3']);
    expect(fixed.records.map((r) => r.naturalKey.slice(-2))).toEqual([':1', ':2', ':3']);
  });

  it('maps nothing when a column is missing, and says which', async () => {
    const path = csv('missing.csv', [
      HEADER.replace(',Kilograms', ''),
      'Asia,Central Asia,Kazakhstan,Opioids,Opiates,Heroin,2020,KAZ',
    ]);
    const { records, problems } = await readAll(path);
    expect(records).toEqual([]);
    expect(brief(problems)).toEqual([[1, 'Kilograms', 'error', 'column-missing']]);
  });

  it("takes a formula's saved result with a warning on its field, and refuses one without", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Export');
    sheet.addRow(['Drug seizures, 2018-2022']);
    sheet.mergeCells('A1:I1');
    sheet.addRow(HEADER.split(','));
    const fields = (kg: unknown) => [
      'Asia',
      'Central Asia',
      'Tajikistan',
      'Opioids',
      'Opiates',
      'Heroin',
      2021,
      kg,
      'TJK',
    ];
    sheet.addRow(fields({ formula: '1200/1000', result: 1.2 }));
    sheet.addRow(fields({ formula: '1200/1000' }));
    sheet.addRow(fields('12.5')); // a number stored as text reads the same
    const path = folder.path('formulas.xlsx');
    await book.xlsx.writeFile(path);
    const { records, problems } = await readAll(path);
    expect(records.map((r) => [r.provenance, r.kilograms])).toEqual([
      [{ file: 'formulas.xlsx', sheet: 'Export', row: 3 }, '1.2'],
      [{ file: 'formulas.xlsx', sheet: 'Export', row: 5 }, '12.5'],
    ]);
    expect(brief(problems)).toEqual([
      [3, 'Kilograms', 'warning', 'formula-cached'],
      [4, 'Kilograms', 'error', 'formula-no-value'],
      [1, null, 'warning', 'merged-cells'],
    ]);
    expect(problems[0]?.message).toBe(
      'Row 3, column H (Kilograms): the cell holds the formula =1200/1000; the result saved with the file, "1.2", is used.',
    );
  });

  it('escapes the key separator inside a part', () => {
    const key = unodcNaturalKey(
      { iso3: 'KAZ', year: 2020, drugGroup: 'A:B', drugSubGroup: '100%', drugName: 'C' },
      2,
    );
    expect(key).toBe('unodc:KAZ:2020:A%3AB:100%25:C:2');
  });
});
