import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/support/app.js';
import { bulkInsert } from './bulk-insert.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('bulkInsert', () => {
  it('writes many rows in one statement, list-valued columns included, whatever their text', async () => {
    const tricky = [
      'plain',
      'with "quotes"',
      'back\\slash',
      'comma, and {braces}',
      ' spaced ',
      'NULL',
      'Қ ә ғ',
      'tab\there, line\nfeed, return\r, \\N',
      '',
    ];
    const rows = Array.from({ length: 1500 }, (_, i) => ({
      id: i,
      // Through COPY on the server (from 200 rows on), through unnest on PGlite: the same rows back.
      label: i % 7 === 0 ? null : i % 11 === 0 ? `row\t${i}\n\\N\r\\` : `row ${i}`,
      flag: i % 4 === 0 ? null : i % 2 === 0,
      amount: i % 5 === 0 ? null : `${i}.000000001`,
      tags: i % 3 === 0 ? [] : tricky.slice(0, (i % tricky.length) + 1),
    }));
    const stored = await t.db.transaction().execute(async (tx) => {
      await sql`create temporary table bulk_probe (id integer, label text, flag boolean, amount numeric, tags text[]) on commit drop`.execute(
        tx,
      );
      await bulkInsert(
        tx,
        'bulk_probe' as never,
        [
          { name: 'id', type: 'integer' },
          { name: 'label', type: 'text' },
          { name: 'flag', type: 'boolean' },
          { name: 'amount', type: 'numeric' },
          { name: 'tags', type: 'text', array: true },
        ],
        rows,
      );
      return (
        await sql<{
          id: number;
          label: string | null;
          flag: boolean | null;
          amount: string | null;
          tags: string[];
        }>`select id, label, flag, amount::text, tags from bulk_probe order by id`.execute(tx)
      ).rows;
    });
    expect(stored).toEqual(rows);
  });
});
