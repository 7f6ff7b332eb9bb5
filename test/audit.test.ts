import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit, recordRead } from '../src/platform/audit/audit.js';
import { verifyAuditChain } from '../src/platform/audit/verify.js';
import { rowHash } from '../src/platform/audit/chain.js';
import { openDatabase } from '../src/platform/db/database.js';
import type { AuditRow } from '../src/platform/db/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn } from './support/client.js';
import { buildUser } from './support/factories.js';

const run = promisify(execFile);

let t: TestApp;
let removed: AuditRow | undefined;
beforeAll(async () => {
  t = await startTestApp();
  const ctx = { requestId: 'test', ip: '127.0.0.1', actor: null };
  await t.db.transaction().execute(async (tx) => {
    for (let i = 0; i < 20; i++) {
      await recordAudit(tx, ctx, {
        action: 'test.event',
        objectType: 'thing',
        objectId: String(i),
        details: { i, nested: { b: 1, a: 'é' } },
      });
    }
  });
});
afterAll(async () => {
  await t.close();
});

/** Runs `northroute audit verify` against the test database in a child process, like an operator would. */
async function cliVerify(): Promise<{ code: number; stdout: string; stderr: string }> {
  // PGlite allows one process per data directory: the server must let go of it first.
  const env = {
    ...process.env,
    ...(t.database.location.databaseUrl ? { DATABASE_URL: t.database.location.databaseUrl } : {}),
  };
  const args = [
    'bin/northroute.js',
    'audit',
    'verify',
    ...(t.database.location.dataDir ? ['--data-dir', t.database.location.dataDir] : []),
  ];
  try {
    const { stdout, stderr } = await run('node', args, { env, cwd: process.cwd() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Changes history the way an intruder with table-owner rights would: past the append-only trigger. */
async function tamper(statement: ReturnType<typeof sql>): Promise<void> {
  await t.db.transaction().execute(async (tx) => {
    await sql`alter table audit_log disable trigger audit_log_no_update`.execute(tx);
    await statement.execute(tx);
    await sql`alter table audit_log enable trigger audit_log_no_update`.execute(tx);
  });
}

describe('audit log', () => {
  it('is written in the same transaction as the action: a rolled-back action leaves no row', async () => {
    const before = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    await expect(
      t.db.transaction().execute(async (tx) => {
        await recordAudit(tx, { requestId: 'r', ip: null, actor: null }, { action: 'test.rolled_back' });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    const after = await t.db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('records reads of operational records: one row per read, naming the object or listing the ids', async () => {
    const ctx = { requestId: 'read-1', ip: '10.0.0.9', actor: null };
    await t.db.transaction().execute(async (tx) => {
      await recordRead(tx, ctx, 'seizure', ['s-1']);
      await recordRead(tx, ctx, 'seizure', ['s-2', 's-3']);
      await recordRead(tx, ctx, 'seizure', []);
    });
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'seizure.read')
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => [r.object_id, r.details])).toEqual([
      ['s-1', null],
      [null, { ids: ['s-2', 's-3'] }],
    ]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE through its trigger', async () => {
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('records sign-in, the request id and the client address', async () => {
    const user = await buildUser(t.db);
    const client = await signedIn(t.url, user.username, user.password);
    const res = await client.request('GET', '/api/v1/auth/session', undefined, {
      headers: { 'x-request-id': 'req-abc-123' },
    });
    expect(res.headers.get('x-request-id')).toBe('req-abc-123');
    const row = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.sign_in')
      .where('actor_id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.ip).toBe('127.0.0.1');
    expect(row.request_id).toBeTruthy();
    expect(row.actor_agency_id).toBe(user.agencyId);
  });

  it('verifies an untouched chain, then names an altered row', async () => {
    const intact = await verifyAuditChain(t.db);
    expect(intact.ok).toBe(true);
    const target = await t.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'test.event')
      .where('object_id', '=', '7')
      .executeTakeFirstOrThrow();
    await tamper(sql`update audit_log set details = '{"i": 700}' where seq = ${target.seq}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: false, seq: target.seq, problem: 'altered' });
    // Put it back (same content, same hash) for the next test.
    await tamper(
      sql`update audit_log set details = ${JSON.stringify({ i: 7, nested: { b: 1, a: 'é' } })}::jsonb where seq = ${target.seq}`,
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);
  });

  it('detects a row whose change was re-hashed to hide it, and a removed row', async () => {
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'test.event')
      .orderBy('seq')
      .execute();
    const victim = rows[3]!;
    const forged = rowHash({
      seq: victim.seq,
      at: victim.at.toISOString(),
      actorId: victim.actor_id,
      actorUsername: 'someone-else',
      actorAgencyId: victim.actor_agency_id,
      action: victim.action,
      objectType: victim.object_type,
      objectId: victim.object_id,
      objectAgencyId: victim.object_agency_id,
      outcome: victim.outcome,
      ip: victim.ip,
      requestId: victim.request_id,
      details: victim.details,
      prevHash: victim.prev_hash,
    });
    await tamper(
      sql`update audit_log set actor_username = 'someone-else', hash = ${forged} where seq = ${victim.seq}`,
    );
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      seq: victim.seq + 1,
      problem: 'broken_link',
    });
    await tamper(
      sql`update audit_log set actor_username = ${victim.actor_username}, hash = ${victim.hash} where seq = ${victim.seq}`,
    );
    expect((await verifyAuditChain(t.db)).ok).toBe(true);

    removed = rows[5]!;
    await tamper(sql`delete from audit_log where seq = ${removed.seq}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({
      ok: false,
      seq: removed.seq + 1,
      problem: 'missing_before',
    });
  });

  it('`northroute audit verify` exits 1 naming the tampered row, and 0 once the log is whole again', async () => {
    // PGlite serves one process per data directory: the server lets go of it before the command runs.
    await t.app.closeOnce();
    const tampered = await cliVerify();
    expect(tampered.code).toBe(1);
    expect(tampered.stderr).toContain(`AUDIT LOG TAMPERED: rows before #${removed!.seq + 1} are missing`);

    const db = await openDatabase(t.database.storage);
    const { seq, ...rest } = removed!;
    await db.db
      .insertInto('audit_log')
      .values({ ...rest, seq, details: rest.details === null ? null : JSON.stringify(rest.details) })
      .execute();
    await db.close();
    const whole = await cliVerify();
    expect(whole.code).toBe(0);
    expect(whole.stdout).toMatch(/Audit log intact: \d+ rows/);
  });
});
