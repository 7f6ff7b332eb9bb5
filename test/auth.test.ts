import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../src/platform/auth/totp.js';
import { MAX_FAILED_ATTEMPTS, unknownUsernameLabel } from '../src/platform/auth/signin.service.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, signedIn } from './support/client.js';
import { buildAgency, buildUser } from './support/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t.close();
});

/** Enrols a second factor through the API and returns the secret. */
async function enrolTotp(client: ApiClient): Promise<string> {
  const setup = await client.post('/api/v1/auth/totp/setup');
  expect(setup.status).toBe(200);
  expect(setup.body.otpauthUri).toMatch(/^otpauth:\/\/totp\/Northroute:/);
  expect(setup.body.qrSvg).toContain('<svg');
  const confirmed = await client.post('/api/v1/auth/totp/confirm', {
    code: currentTotpCode(setup.body.secret),
  });
  expect(confirmed.status).toBe(200);
  client.csrfToken = confirmed.body.csrfToken;
  return setup.body.secret as string;
}

describe('sign-in', () => {
  it('opens a session with an httpOnly SameSite=Strict cookie and returns the session view', async () => {
    const user = await buildUser(t.db);
    const client = new ApiClient(t.url);
    const res = await client.signIn(user.username, user.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(res.body.user.username).toBe(user.username);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    expect(res.body.stage).toBe('full');
    expect((await client.get('/api/v1/auth/session')).status).toBe(200);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'auth.sign_in')
      .where('actor_id', '=', user.id)
      .execute();
    expect(audit.map((a) => a.outcome)).toEqual(['success']);
  });

  it('answers a wrong password and an unknown user alike, and audits both', async () => {
    const user = await buildUser(t.db);
    const wrong = await new ApiClient(t.url).signIn(user.username, 'not-the-password-at-all');
    const unknown = await new ApiClient(t.url).signIn('nobody-here', 'not-the-password-at-all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const failures = await t.db
      .selectFrom('audit_log')
      .select(['actor_username', 'outcome'])
      .where('action', '=', 'auth.sign_in')
      .where('outcome', '=', 'failure')
      .execute();
    expect(failures.map((f) => f.actor_username)).toEqual(
      expect.arrayContaining([user.username, unknownUsernameLabel('nobody-here')]),
    );
    // What was typed as a user name may be a password: it is never stored as typed.
    expect(failures.map((f) => f.actor_username)).not.toContain('nobody-here');
  });

  it(`locks the account after ${MAX_FAILED_ATTEMPTS} wrong passwords, even for the right password`, async () => {
    const user = await buildUser(t.db);
    const client = new ApiClient(t.url);
    for (let i = 0; i < MAX_FAILED_ATTEMPTS - 1; i++) {
      expect((await client.signIn(user.username, `wrong-password-${i}`)).body.error.code).toBe(
        'INVALID_CREDENTIALS',
      );
    }
    const tenth = await client.signIn(user.username, 'wrong-password-last');
    expect(tenth.status).toBe(423);
    expect(tenth.body.error.code).toBe('ACCOUNT_LOCKED');
    const right = await client.signIn(user.username, user.password);
    expect(right.status).toBe(423);
    const row = await t.db
      .selectFrom('users')
      .select('locked_until')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.locked_until!.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
  });

  it('refuses a disabled user with the same answer as a wrong password', async () => {
    const user = await buildUser(t.db, { disabled: true });
    const res = await new ApiClient(t.url).signIn(user.username, user.password);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates the session id at sign-in: the old cookie stops working', async () => {
    const user = await buildUser(t.db);
    const client = await signedIn(t.url, user.username, user.password);
    const oldCookie = client.cookie;
    await client.signIn(user.username, user.password);
    expect(client.cookie).not.toBe(oldCookie);
    const stale = new ApiClient(t.url);
    stale.cookie = oldCookie;
    expect((await stale.get('/api/v1/auth/session')).status).toBe(401);
  });
});

describe('second factor', () => {
  it('enrols TOTP, then demands a code, and refuses a replayed one', async () => {
    const user = await buildUser(t.db);
    const client = await signedIn(t.url, user.username, user.password);
    const secret = await enrolTotp(client);

    const noCode = await new ApiClient(t.url).signIn(user.username, user.password);
    expect(noCode.status).toBe(401);
    expect(noCode.body.error.code).toBe('TOTP_REQUIRED');

    // Enrolment consumed the current step; move the last-used step back so the current code is fresh.
    const row = await t.db
      .selectFrom('users')
      .select('totp_last_step')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    await t.db
      .updateTable('users')
      .set({ totp_last_step: row.totp_last_step! - 2 })
      .where('id', '=', user.id)
      .execute();
    const fresh = currentTotpCode(secret);
    const first = await new ApiClient(t.url).signIn(user.username, user.password, fresh);
    expect(first.status).toBe(200);
    const replay = await new ApiClient(t.url).signIn(user.username, user.password, fresh);
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('TOTP_INVALID');
  });

  it('sends an administrator without a second factor to enrolment and allows nothing else', async () => {
    const admin = await buildUser(t.db, { roles: ['agency_admin'] });
    const client = await signedIn(t.url, admin.username, admin.password);
    const session = await client.get('/api/v1/auth/session');
    expect(session.body.stage).toBe('totp_enrolment');
    expect(session.body.permissions).toEqual([]);
    const users = await client.get('/api/v1/users');
    expect(users.status).toBe(403);
    expect(users.body.error.code).toBe('TOTP_ENROLMENT_REQUIRED');
    await enrolTotp(client);
    expect((await client.get('/api/v1/users')).status).toBe(200);
  });

  it('requires enrolment for everyone in an agency that demands it', async () => {
    const agency = await buildAgency(t.db, { requireTotp: true });
    const user = await buildUser(t.db, { agencyId: agency.id });
    const client = await signedIn(t.url, user.username, user.password);
    expect((await client.get('/api/v1/auth/session')).body.stage).toBe('totp_enrolment');
  });
});

describe('sessions', () => {
  it('requires the CSRF header on writes made with a cookie', async () => {
    const user = await buildUser(t.db);
    const client = await signedIn(t.url, user.username, user.password);
    const res = await client.request('PATCH', '/api/v1/me', { language: 'ru' }, { noCsrf: true });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_FAILED');
    const ok = await client.patch('/api/v1/me', { language: 'ru' });
    expect(ok.status).toBe(200);
    expect(ok.body.language).toBe('ru');
  });

  it('ends a session that has been idle too long', async () => {
    const user = await buildUser(t.db);
    const client = await signedIn(t.url, user.username, user.password);
    await t.db
      .updateTable('sessions')
      .set({ last_seen_at: new Date(Date.now() - 31 * 60_000) })
      .where('user_id', '=', user.id)
      .execute();
    expect((await client.get('/api/v1/auth/session')).status).toBe(401);
  });

  it('signing out ends every session of the user', async () => {
    const user = await buildUser(t.db);
    const a = await signedIn(t.url, user.username, user.password);
    const b = await signedIn(t.url, user.username, user.password);
    expect((await a.post('/api/v1/auth/sign-out')).status).toBe(204);
    expect((await a.get('/api/v1/auth/session')).status).toBe(401);
    expect((await b.get('/api/v1/auth/session')).status).toBe(401);
  });

  it("changing one's password keeps this session and ends the others", async () => {
    const user = await buildUser(t.db);
    const a = await signedIn(t.url, user.username, user.password);
    const b = await signedIn(t.url, user.username, user.password);
    const weak = await a.post('/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'password1234',
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    const res = await a.post('/api/v1/me/password', {
      currentPassword: user.password,
      newPassword: 'granite-river-lantern-7',
    });
    expect(res.status).toBe(204);
    expect((await a.get('/api/v1/auth/session')).status).toBe(200);
    expect((await b.get('/api/v1/auth/session')).status).toBe(401);
  });
});
