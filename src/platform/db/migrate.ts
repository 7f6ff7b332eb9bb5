import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as platform0001 from './migrations/2026_11_30_0001_platform.js';
import * as records0002 from './migrations/2026_11_30_0002_records.js';
import * as statistics0003 from './migrations/2026_11_30_0003_statistics.js';
import * as seizures0004 from './migrations/2026_12_03_0004_seizures.js';

/** Every migration, in order. Add new ones here with a timestamped name. */
const migrations: Record<string, Migration> = {
  '2026_11_30_0001_platform': platform0001,
  '2026_11_30_0002_records': records0002,
  '2026_11_30_0003_statistics': statistics0003,
  '2026_12_03_0004_seizures': seizures0004,
};

function migrator(db: Kysely<unknown>): Migrator {
  return new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) {
    throw result.error instanceof Error
      ? result.error
      : new Error(`Migration failed: ${JSON.stringify(result.error)}`);
  }
  return (result.results ?? []).map((r) => `${r.direction} ${r.migrationName}: ${r.status}`);
}

/** Brings the schema to the newest version; returns one line per migration applied. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  return unwrap(await migrator(db).migrateToLatest());
}

/** Reverts the newest applied migration (for `northroute migrate --down`). */
export async function migrateDown(db: Kysely<unknown>): Promise<string[]> {
  return unwrap(await migrator(db).migrateDown());
}
