import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase, type Db } from '../src/platform/db/database.js';
import { migrateDown, migrateToLatest } from '../src/platform/db/migrate.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  db = await openDatabase(database.storage);
});
afterAll(async () => {
  await db.close();
  await database.drop();
});

async function tables(): Promise<string[]> {
  const result = await sql<{
    table_name: string;
  }>`select table_name from information_schema.tables where table_schema = 'public' and table_name not like 'kysely_%' order by 1`.execute(
    db.db,
  );
  return result.rows.map((r) => r.table_name);
}

it('migrates up, down and up again, with the extensions the matching needs', async () => {
  await migrateToLatest(db.db as never);
  const full = await tables();
  expect(full).toEqual(
    expect.arrayContaining([
      'agencies',
      'api_tokens',
      'audit_log',
      'countries',
      'organisations',
      'sessions',
      'settings',
      'users',
    ]),
  );
  const extensions = await sql<{ extname: string }>`select extname from pg_extension`.execute(db.db);
  expect(extensions.rows.map((r) => r.extname)).toEqual(
    expect.arrayContaining(['pg_trgm', 'unaccent', 'fuzzystrmatch']),
  );
  const trigram = await sql<{ s: number }>`select similarity('Юсупов', 'Юсупова') as s`.execute(db.db);
  expect(trigram.rows[0]!.s).toBeGreaterThan(0.5);

  // Every migration's `down` undoes its `up`: revert them one by one down to an empty schema.
  let reverted: string[];
  do {
    reverted = await migrateDown(db.db as never);
  } while (reverted.length > 0);
  expect(await tables()).toEqual([]);
  await migrateToLatest(db.db as never);
  expect(await tables()).toEqual(full);
});
