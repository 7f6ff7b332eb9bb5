import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, signedIn } from './support/client.js';
import { buildUser } from './support/factories.js';

let t: TestApp;
let log = '';
beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => {
    log += chunk.toString('utf8');
  });
  t = await startTestApp({}, { logStream: stream });
});
afterAll(async () => {
  await t.close();
});

it('logs structured requests with their ids but never passwords, cookies, CSRF or API tokens', async () => {
  const admin = await buildUser(t.db, { roles: ['officer'] });
  const failed = await new ApiClient(t.url).signIn(admin.username, 'a-wrong-password-typed-here');
  expect(failed.status).toBe(401);
  const client = await signedIn(t.url, admin.username, admin.password);
  await client.request('GET', '/api/v1/agencies', undefined, { headers: { 'x-request-id': 'trace-me-42' } });
  await client.patch('/api/v1/me', { language: 'ru' });
  const system = new ApiClient(t.url);
  system.bearer = 'nrt_not-a-real-token_but-secret-looking';
  await system.get('/api/v1/agencies');

  const lines = log
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  expect(lines.some((l) => l.reqId === 'trace-me-42')).toBe(true);
  const cookieValue = client.cookie!.split('=')[1]!;
  for (const secret of [
    admin.password,
    'a-wrong-password-typed-here',
    cookieValue,
    client.csrfToken!,
    'nrt_not-a-real-token_but-secret-looking',
  ]) {
    expect(log).not.toContain(secret);
  }
});
