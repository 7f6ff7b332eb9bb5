import { execFile } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNorthroute } from '../src/app.js';
import { configFromEnv } from '../src/platform/config.js';
import { openDatabase } from '../src/platform/db/database.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { ApiClient } from './support/client.js';
import type { AddressInfo } from 'node:net';

const exec = promisify(execFile);
const UNODC_XLSX = fileURLToPath(
  new URL('../../shared/data/unodc/drug_seizures_2018_2022.xlsx', import.meta.url),
);
let database: TestDatabase;

/** Runs `northroute …` in a child process against the test database, as an operator would. */
async function northroute(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (database.location.databaseUrl) env.DATABASE_URL = database.location.databaseUrl;
  else delete env.DATABASE_URL;
  const dataDir = database.location.dataDir ? ['--data-dir', database.location.dataDir] : [];
  const needsData = !args.includes('--help');
  try {
    const { stdout, stderr } = await exec(
      'node',
      ['bin/northroute.js', ...args, ...(needsData ? dataDir : [])],
      { env },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Starts a server on the same database for a moment, runs `work`, and lets go of the database again. */
async function withServer(work: (url: string) => Promise<void>): Promise<void> {
  const env = {
    ...process.env,
    ...(database.location.databaseUrl ? { DATABASE_URL: database.location.databaseUrl } : {}),
  };
  const config = {
    ...configFromEnv(env, { dataDir: database.location.dataDir, demo: false }),
    logLevel: 'silent',
  };
  const app = await createNorthroute(config);
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  try {
    await work(`http://127.0.0.1:${(app.server.server.address() as AddressInfo).port}`);
  } finally {
    await app.close();
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => {
  await database.drop();
});

describe('northroute CLI', () => {
  it('has --help on every command', async () => {
    const commands = [
      [],
      ['start'],
      ['migrate'],
      ['agency', 'create'],
      ['user', 'create'],
      ['user', 'disable'],
      ['user', 'enable'],
      ['user', 'unlock'],
      ['user', 'reset-totp'],
      ['user', 'reset-password'],
      ['token', 'create'],
      ['token', 'revoke'],
      ['demo', 'load'],
      ['audit', 'verify'],
      ['import'],
      ['stats'],
    ];
    for (const command of commands) {
      const result = await northroute(...command, '--help');
      expect(result.code, command.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: northroute');
    }
  });

  it('loads the demo, creates a user and a token that work against the server, then revokes and disables', async () => {
    const demo = await northroute('demo', 'load');
    expect(demo.stdout).toMatch(/Demo region loaded: \d+ agencies, \d+ users/);

    const weak = await northroute(
      'user',
      'create',
      '--username',
      'ops.chief',
      '--agency',
      'KZ-MVD',
      '--password',
      'password1234',
    );
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain('WEAK_PASSWORD');

    const created = await northroute(
      'user',
      'create',
      '--username',
      'ops.chief',
      '--agency',
      'KZ-MVD',
      '--roles',
      'officer,analyst',
      '--display-name',
      'Operations chief',
    );
    expect(created.code).toBe(0);
    const password = /shown once\): (\S+)/.exec(created.stdout)?.[1];
    expect(password).toBeDefined();

    const token = await northroute(
      'token',
      'create',
      '--user',
      'ops.chief',
      '--scope',
      'read',
      '--expires',
      '30d',
    );
    expect(token.code).toBe(0);
    const secret = token.stdout.trim().split('\n').at(-1)!;
    expect(secret).toMatch(/^nrt_/);

    await withServer(async (url) => {
      const browser = new ApiClient(url);
      expect((await browser.signIn('ops.chief', password!)).status).toBe(200);
      const system = new ApiClient(url);
      system.bearer = secret;
      expect((await system.get('/api/v1/agencies')).status).toBe(200);
    });

    const prefix = secret.split('_').slice(0, 2).join('_');
    expect((await northroute('token', 'revoke', prefix)).code).toBe(0);
    const reset = await northroute(
      'user',
      'reset-password',
      'ops.chief',
      '--password',
      'tundra-compass-velvet-3',
    );
    expect(reset.code).toBe(0);
    const disabled = await northroute('user', 'disable', 'ops.chief');
    expect(disabled.stdout).toContain('Disabled ops.chief');

    await withServer(async (url) => {
      const system = new ApiClient(url);
      system.bearer = secret;
      expect((await system.get('/api/v1/agencies')).status).toBe(401);
      expect((await new ApiClient(url).signIn('ops.chief', 'tundra-compass-velvet-3')).status).toBe(401);
    });

    const verify = await northroute('audit', 'verify');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('Audit log intact');
  }, 240_000);

  it('sets up a production install from nothing: first agency, first administrator, recovery commands', async () => {
    const unknown = await northroute(
      'user',
      'create',
      '--username',
      'someone',
      '--agency',
      'NO-SUCH',
      '--password',
      'tundra-compass-velvet-3',
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No agency "NO-SUCH"');

    const badKind = await northroute(
      'agency',
      'create',
      '--code',
      'TM-NEW',
      '--name',
      'New service',
      '--name-ru',
      'Новая служба',
      '--kind',
      'spies',
      '--country',
      'TM',
    );
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toContain('kind');
    const agency = await northroute(
      'agency',
      'create',
      '--code',
      'TM-NEW',
      '--name',
      'New service',
      '--name-ru',
      'Новая служба',
      '--kind',
      'drug_control',
      '--country',
      'tm',
    );
    expect(agency.code).toBe(0);

    const badName = await northroute(
      'user',
      'create',
      '--username',
      'x y',
      '--agency',
      'TM-NEW',
      '--password',
      'tundra-compass-velvet-3',
    );
    expect(badName.code).toBe(2);
    expect(badName.stderr).toContain('VALIDATION_FAILED, username');
    const chief = await northroute(
      'user',
      'create',
      '--username',
      'tm.chief',
      '--agency',
      'TM-NEW',
      '--roles',
      'platform_admin',
      '--password',
      'tundra-compass-velvet-3',
    );
    expect(chief.code).toBe(0);
    const duplicate = await northroute(
      'user',
      'create',
      '--username',
      'TM.Chief',
      '--agency',
      'TM-NEW',
      '--password',
      'tundra-compass-velvet-3',
    );
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toContain('CONFLICT, username');

    for (const action of ['unlock', 'reset-totp', 'disable', 'enable']) {
      const result = await northroute('user', action, 'tm.chief');
      expect(result.code, action).toBe(0);
    }
    await withServer(async (url) => {
      // A real administrator (not a demo account) must enrol a second factor at first sign-in.
      const res = await new ApiClient(url).signIn('tm.chief', 'tundra-compass-velvet-3');
      expect(res.status).toBe(200);
      expect(res.body.stage).toBe('totp_enrolment');
    });
    const dryRun = await northroute('import', UNODC_XLSX, '--agency', 'TM-NEW', '--dry-run');
    expect(dryRun.code, dryRun.stderr).toBe(0);
    expect(dryRun.stdout).toContain('Dry run');
    expect(dryRun.stdout).toContain('11013 rows read, 0 new');
    const stats = await northroute('stats', '--by', 'country,year', '--format', 'csv');
    expect(stats.code, stats.stderr).toBe(0);
    // The demo's seizures are in the totals (no statistical records were imported): the header, then their lines.
    const [statsHeader, ...statsRows] = stats.stdout.trim().split('\n');
    expect(statsHeader).toBe(
      'country,year,kilograms,unknown_figures,figures,previous_year_kilograms,change,change_percent,sources',
    );
    expect(statsRows.every((row) => row.split(',').length === 9 && row.endsWith(',seizures'))).toBe(true);
    const badStats = await northroute('stats', '--by', 'country,colour');
    expect(badStats.code).toBe(2);
    expect(badStats.stderr).toContain('VALIDATION_FAILED, by');
    const badProfile = await northroute('import', UNODC_XLSX, '--agency', 'TM-NEW', '--profile', 'nope');
    expect(badProfile.code).toBe(2);
    expect(badProfile.stderr).toContain('VALIDATION_FAILED, profile');

    const verify = await northroute('audit', 'verify');
    const head = /head (\d+:[0-9a-f]{64})/.exec(verify.stdout)?.[1];
    expect(head).toBeDefined();
    expect((await northroute('audit', 'verify', '--expect-head', head!)).code).toBe(0);
    const forged = `${head!.split(':')[0]}:${'0'.repeat(64)}`;
    const cut = await northroute('audit', 'verify', '--expect-head', forged);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('was cut or rewritten');
  }, 240_000); // one operator session of a dozen commands, each opening the database

  it('audits the statistics it reads, naming the operator and the filter, and refuses bad filters naming the option', async () => {
    const before = await auditRows('statistics.read');
    const stats = await northroute(
      'stats',
      '--by',
      'country, drug',
      '--country',
      'kz',
      '--from',
      '2019',
      '--to',
      '2022',
      '--drug-group',
      'opioids',
      '--format',
      'csv',
    );
    expect(stats.code, stats.stderr).toBe(0);
    expect(stats.stdout.split('\n')[0]).toMatch(/^country,drug,kilograms,/);
    const rows = (await auditRows('statistics.read')).slice(before.length);
    expect(rows).toHaveLength(1);
    const lines = stats.stdout.trim().split('\n').length - 1;
    expect(rows[0]).toMatchObject({
      actor_id: null,
      actor_username: `cli:${os.userInfo().username}`,
      object_type: 'statistics',
      outcome: 'success',
      details: {
        query: { by: ['country', 'drug'], country: 'KZ', from: 2019, to: 2022, drugGroup: 'opioids' },
        lines,
        everyFigure: true,
      },
    });
    expect(rows[0]!.request_id).toMatch(/^cli-/);

    for (const [args, field] of [
      [['--from', '20x9'], 'from'],
      [['--from', '2022', '--to', '2020'], 'to'],
      [['--country', 'XX'], 'country'],
      [['--drug-group', 'nope'], 'drug-group'],
      [['--drug', 'nope'], 'drug'],
    ] as const) {
      const bad = await northroute('stats', ...args);
      expect(bad.code, args.join(' ')).toBe(2);
      expect(bad.stderr, args.join(' ')).toContain(`VALIDATION_FAILED, ${field}`);
    }
    // A refused command read nothing, so it audited nothing.
    expect(await auditRows('statistics.read')).toHaveLength(before.length + 1);
  }, 120_000);
});

/** The audit rows of an action, oldest first, read with the database opened here and closed again. */
async function auditRows(action: string) {
  const opened = await openDatabase(database.storage);
  try {
    return await opened.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  } finally {
    await opened.close();
  }
}
