import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegion } from '../src/demo/load-demo.js';
import { openDatabase } from '../src/platform/db/database.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient } from './support/client.js';
import { buildUser } from './support/factories.js';

describe('security headers and limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ rateLimitPerMinute: 8, signInRateLimitPerMinute: 3 });
  });
  afterAll(async () => {
    await t.close();
  });

  it('sends a strict content security policy and the usual hardening headers', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });

  it('throttles password guessing per client address, before any account lookup', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push((await new ApiClient(t.url).signIn('nobody', `guess-number-${i}`)).status);
    }
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.slice(3)).toEqual([429, 429]);
    const limited = await new ApiClient(t.url).signIn('nobody', 'guess-again-and-again');
    expect(limited.body.error.code).toBe('RATE_LIMITED');
  });

  it('throttles unauthenticated API floods too', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await fetch(`${t.url}/api/v1/agencies`)).status);
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 401 && s !== 429)).toEqual([]);
  });
});

describe('demo mode', () => {
  it('lets demo accounts skip the second factor, but not other administrators', async () => {
    const seed = await startTestApp();
    // The accounts are what this is about; the generated seizures would only slow it down.
    await loadDemoRegion(seed.db, { seizures: 0 });
    const kz = await seed.db
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', 'KZ-MVD')
      .executeTakeFirstOrThrow();
    const realAdmin = await buildUser(seed.db, { agencyId: kz.id, roles: ['agency_admin'] });
    await seed.app.closeOnce();
    // Re-open the same database in demo mode, as `npm start` does after loading the demo.
    const reopened = await openDatabase(seed.database.storage);
    await reopened.close();
    const { createNorthroute } = await import('../src/app.js');
    const app = await createNorthroute({ ...seed.app.context.config, demo: true });
    await app.server.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.server.address() as { port: number }).port}`;
    try {
      const demo = await new ApiClient(url).signIn('kz-mvd.admin', 'Northroute-Demo-2026');
      expect(demo.status).toBe(200);
      expect(demo.body.stage).toBe('full');
      expect(demo.body.demo).toBe(true);
      const real = await new ApiClient(url).signIn(realAdmin.username, realAdmin.password);
      expect(real.body.stage).toBe('totp_enrolment');
    } finally {
      await app.close();
      await seed.database.drop();
    }
  });
});
