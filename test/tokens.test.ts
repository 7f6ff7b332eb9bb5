import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../src/platform/auth/secrets.js';
import { currentTotpCode } from '../src/platform/auth/totp.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, signedIn } from './support/client.js';
import { buildUser, type TestUser } from './support/factories.js';

let t: TestApp;
let admin: ApiClient;
let adminUser: TestUser;
beforeAll(async () => {
  t = await startTestApp();
  adminUser = await buildUser(t.db, { roles: ['agency_admin'] });
  admin = await signedIn(t.url, adminUser.username, adminUser.password);
  // Administrators must enrol a second factor first, through the API like a real one.
  const setup = await admin.post('/api/v1/auth/totp/setup');
  const confirmed = await admin.post('/api/v1/auth/totp/confirm', {
    code: currentTotpCode(setup.body.secret),
  });
  admin.csrfToken = confirmed.body.csrfToken;
});
afterAll(async () => {
  await t.close();
});

async function issue(userId: string, scopes: string[], expiresInDays = 30) {
  const res = await admin.post('/api/v1/tokens', {
    userId,
    name: 'national system feed',
    scopes,
    expiresInDays,
  });
  expect(res.status).toBe(201);
  return res.body as { token: { id: string; prefix: string; scopes: string[] }; secret: string };
}

describe('API tokens', () => {
  it('are shown once, stored only as a hash, and authenticate as their user', async () => {
    const { token, secret } = await issue(adminUser.id, ['read', 'admin']);
    expect(secret.startsWith(token.prefix)).toBe(true);
    const row = await t.db
      .selectFrom('api_tokens')
      .selectAll()
      .where('id', '=', token.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(sha256(secret));
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await admin.get('/api/v1/tokens');
    expect(listed.text).not.toContain(secret);

    const system = new ApiClient(t.url);
    system.bearer = secret;
    const users = await system.get('/api/v1/users');
    expect(users.status).toBe(200);
    // Token requests need no CSRF header (no cookie to ride on).
    const patched = await system.patch(`/api/v1/users/${adminUser.id}`, {
      displayName: 'Renamed by a system',
    });
    expect(patched.status).toBe(200);
  });

  it('are limited to their scopes', async () => {
    const { secret } = await issue(adminUser.id, ['read']);
    const system = new ApiClient(t.url);
    system.bearer = secret;
    expect((await system.get('/api/v1/agencies')).status).toBe(200);
    const admin403 = await system.get('/api/v1/users');
    expect(admin403.status).toBe(403);
    expect(admin403.body.error.code).toBe('FORBIDDEN');
    // Routes for browser sessions only refuse tokens whatever their scope.
    expect((await system.patch('/api/v1/me', { language: 'ru' })).status).toBe(403);
  });

  it('stop working when revoked or expired', async () => {
    const { token, secret } = await issue(adminUser.id, ['read']);
    const system = new ApiClient(t.url);
    system.bearer = secret;
    expect((await system.get('/api/v1/agencies')).status).toBe(200);
    const revoked = await admin.post(`/api/v1/tokens/${token.id}/revoke`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    expect((await system.get('/api/v1/agencies')).status).toBe(401);

    const other = await issue(adminUser.id, ['read']);
    await t.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', other.token.id)
      .execute();
    system.bearer = other.secret;
    expect((await system.get('/api/v1/agencies')).status).toBe(401);
  });

  it('disabling a user ends all his sessions and revokes all his tokens at once', async () => {
    const officer = await buildUser(t.db, { agencyId: adminUser.agencyId });
    const browser = await signedIn(t.url, officer.username, officer.password);
    const { secret } = await issue(officer.id, ['read']);
    const system = new ApiClient(t.url);
    system.bearer = secret;
    expect((await system.get('/api/v1/agencies')).status).toBe(200);

    const disabled = await admin.post(`/api/v1/users/${officer.id}/disable`);
    expect(disabled.status).toBe(200);
    expect(disabled.body.disabled).toBe(true);
    expect((await browser.get('/api/v1/auth/session')).status).toBe(401);
    expect((await system.get('/api/v1/agencies')).status).toBe(401);
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'user.disable')
      .where('object_id', '=', officer.id)
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ sessionsEnded: 1, tokensRevoked: 1 });
  });
});
