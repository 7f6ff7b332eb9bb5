import { createWriteStream, statSync } from 'node:fs';
import { once } from 'node:events';
import { afterAll, expect, it } from 'vitest';
import { tempFolder } from './__fixtures__/files.js';
import { readTable } from './read-table.js';

const folder = tempFolder();
afterAll(() => folder.remove());

const ROWS = 100_000;
const FILLER = 'Қазақстан Республикасы, Алматы облысы, '.repeat(6); // ~240 characters of Cyrillic

async function writeLargeCsv(path: string): Promise<void> {
  const out = createWriteStream(path);
  out.write('Country,Year,Kilograms,Note\n');
  for (let i = 1; i <= ROWS; i++) {
    if (!out.write(`KAZ,${2018 + (i % 5)},${i}.125,"${FILLER}${i}"\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

it('streams a 100,000-row CSV in bounded memory', async () => {
  const path = folder.path('large.csv');
  await writeLargeCsv(path);
  const bytes = statSync(path).size; // about 46 MB of UTF-8, 2 bytes a character once in memory

  const table = readTable(path);
  const baseline = process.memoryUsage().heapUsed;
  let peak = 0;
  let rows = 0;
  let lastKilograms = '';
  for await (const row of table) {
    rows += 1;
    lastKilograms = row.cells[2] ?? '';
    if (rows % 5_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed - baseline);
  }
  expect(table.problems).toEqual([]);
  expect(rows).toBe(ROWS + 1);
  expect(lastKilograms).toBe(`${ROWS}.125`);
  // Holding the rows would take more than the file's size; streaming holds a few chunks and garbage.
  expect(bytes).toBeGreaterThan(40_000_000);
  expect(peak).toBeLessThan(bytes / 2);
}, 30_000);
