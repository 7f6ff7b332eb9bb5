#!/usr/bin/env node
// Runs the whole test suite: unit and integration tests on PGlite, the same integration tests on the
// PostgreSQL server, and the browser flows in Chromium. The last two are skipped with a notice when their
// server or browser is missing, unless NORTHROUTE_REQUIRE_PG=1 / NORTHROUTE_REQUIRE_BROWSER=1 (as in CI).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import pg from 'pg';

const pgUrl = process.env.NORTHROUTE_TEST_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function postgresAnswers() {
  const client = new pg.Client({ connectionString: pgUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

const projects = ['pglite'];
const notices = [];
if (await postgresAnswers()) projects.push('postgres');
else if (process.env.NORTHROUTE_REQUIRE_PG === '1') {
  console.error(`The PostgreSQL suite is required but no server answers at ${pgUrl}.`);
  process.exit(1);
} else notices.push(`SKIPPED the PostgreSQL suite: no server at ${pgUrl}.`);

if (existsSync(chromium)) projects.push('browser');
else if (process.env.NORTHROUTE_REQUIRE_BROWSER === '1') {
  console.error(`The browser suite is required but there is no Chromium at ${chromium} (apt-get install chromium).`);
  process.exit(1);
} else notices.push(`SKIPPED the browser suite: no Chromium at ${chromium} (apt-get install chromium).`);

console.log(`Test suites: ${projects.join(', ')}`);
for (const notice of notices) console.log(notice);
const args = ['vitest', 'run', ...projects.flatMap((p) => ['--project', p]), ...process.argv.slice(2)];
const result = spawnSync('npx', args, { stdio: 'inherit' });
for (const notice of notices) console.log(notice);
process.exit(result.status ?? 1);
