import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/platform/audit/audit.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { PG_ADMIN_URL, testBackend } from './support/database.js';

const exec = promisify(execFile);
const name = `nr_roles_${randomBytes(4).toString('hex')}`;

function urlAs(role: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.username = role;
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs docs/postgres-roles.sql exactly as the README tells an operator to. */
async function applyRoleScript(): Promise<void> {
  const admin = new URL(PG_ADMIN_URL);
  await exec('psql', [
    '-h',
    admin.hostname,
    '-p',
    admin.port || '5432',
    '-U',
    admin.username,
    '-d',
    admin.pathname.slice(1),
    '-q',
    '-v',
    'ON_ERROR_STOP=1',
    '-v',
    `db=${name}`,
    '-f',
    'docs/postgres-roles.sql',
  ]);
}

// Database roles exist only on a PostgreSQL server; the embedded database has one internal superuser.
describe.runIf(testBackend() === 'postgres')('server-mode database roles (docs/postgres-roles.sql)', () => {
  afterAll(async () => {
    const client = new pg.Client({ connectionString: PG_ADMIN_URL });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });

  it('lets the application role append to the audit log but never change or remove a row', async () => {
    await applyRoleScript();
    const owner = await openDatabase({ kind: 'postgres', url: urlAs('northroute_owner') });
    await migrateToLatest(owner.db as never);
    await owner.close();
    await applyRoleScript();

    const app = await openDatabase({ kind: 'postgres', url: urlAs('northroute_app') });
    try {
      await app.db
        .transaction()
        .execute((tx) =>
          recordAudit(tx, { requestId: 'roles', ip: null, actor: null }, { action: 'test.append' }),
        );
      const rows = await app.db.selectFrom('audit_log').select('seq').execute();
      expect(rows).toHaveLength(1);
      await expect(sql`update audit_log set action = 'forged'`.execute(app.db)).rejects.toThrow(
        /permission denied/,
      );
      await expect(sql`delete from audit_log`.execute(app.db)).rejects.toThrow(/permission denied/);
      await expect(sql`truncate audit_log`.execute(app.db)).rejects.toThrow(/permission denied/);
      await expect(
        sql`alter table audit_log disable trigger audit_log_no_update`.execute(app.db),
      ).rejects.toThrow(/must be owner/);
      // Ordinary tables stay writable for the application.
      await sql`insert into settings (key, value) values ('probe', '1')`.execute(app.db);
      await sql`delete from settings where key = 'probe'`.execute(app.db);
    } finally {
      await app.close();
    }
  });
});
