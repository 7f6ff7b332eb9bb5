import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentTotpCode } from '../../src/platform/auth/totp.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildAgency, buildUser, type TestUser } from '../support/factories.js';
import { launchBrowser, snap } from './browser.js';

let t: TestApp;
let browser: Browser;
let admin: TestUser;
let totpSecret = '';

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  const agency = await buildAgency(t.db, { code: 'KG-TEST', countryCode: 'KG' });
  admin = await buildUser(t.db, { agencyId: agency.id, roles: ['agency_admin'], username: 'kg.admin' });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 860 } });
  return context.newPage();
}

async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto(t.url);
  await page.getByTestId('signin-username').fill(username);
  await page.getByTestId('signin-password').fill(password);
  await page.getByTestId('signin-submit').click();
}

/** Lets the next sign-in use the current TOTP code (the enrolment used up the current time step). */
async function freeCurrentTotpStep(userId: string): Promise<void> {
  const row = await t.db
    .selectFrom('users')
    .select('totp_last_step')
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  await t.db
    .updateTable('users')
    .set({ totp_last_step: (row.totp_last_step ?? 0) - 2 })
    .where('id', '=', userId)
    .execute();
}

describe('web shell', () => {
  it('an administrator signs in, is made to enrol TOTP from the QR screen, then signs in with a code', async () => {
    const page = await newPage();
    await signIn(page, admin.username, admin.password);
    await page.getByTestId('totp-qr').waitFor();
    await snap(page, '01-totp-enrolment');
    totpSecret = (await page.getByTestId('totp-secret').innerText()).replace(/\s+/g, '');
    await page.getByTestId('totp-code').fill(currentTotpCode(totpSecret));
    await page.getByTestId('totp-confirm').click();
    await page.getByTestId('nav-records').waitFor();
    await page.getByTestId('signout').click();
    await page.getByTestId('signin-username').waitFor();

    await freeCurrentTotpStep(admin.id);
    await signIn(page, admin.username, admin.password);
    await page.getByTestId('signin-totp').waitFor();
    await page.getByTestId('signin-totp').fill(currentTotpCode(totpSecret));
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-records').waitFor();
    await snap(page, '02-frame-en');
    await page.context().close();
  });

  it('switches to Russian, and the choice persists for the user', async () => {
    const page = await newPage();
    await freeCurrentTotpStep(admin.id);
    await signIn(page, admin.username, admin.password);
    await page.getByTestId('signin-totp').fill(currentTotpCode(totpSecret));
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-admin-audit').waitFor();
    expect(await page.getByTestId('nav-admin-audit').innerText()).toMatch(/Audit/);

    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('nav-admin-audit').innerText()).toMatch(/Журнал аудита/);
    await expect.poll(() => page.getByTestId('nav-records').innerText()).toMatch(/[А-Яа-я]/);
    await snap(page, '03-frame-ru');
    const stored = await t.db
      .selectFrom('users')
      .select('language')
      .where('id', '=', admin.id)
      .executeTakeFirstOrThrow();
    expect(stored.language).toBe('ru');

    await page.reload();
    await page.getByTestId('nav-admin-audit').waitFor();
    expect(await page.getByTestId('nav-admin-audit').innerText()).toMatch(/Журнал аудита/);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('nav-admin-audit').innerText()).toMatch(/Audit/);
    await page.context().close();
  });

  it('the agency administrator creates a user, who then signs in; the action is in the audit viewer', async () => {
    const page = await newPage();
    await freeCurrentTotpStep(admin.id);
    await signIn(page, admin.username, admin.password);
    await page.getByTestId('signin-totp').fill(currentTotpCode(totpSecret));
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('nav-admin-users').click();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-username').fill('kg.new.officer');
    await page.getByTestId('user-displayname').fill('Asel Mamytova');
    await page.getByTestId('user-password').fill('juniper-valley-signal-5');
    await page.getByTestId('user-roles').click();
    await page
      .getByRole('option', { name: /Officer/ })
      .first()
      .click();
    await page.keyboard.press('Escape');
    await snap(page, '04-create-user');
    await page.getByTestId('user-submit').click();
    await page.getByText('kg.new.officer').first().waitFor();
    const created = await t.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', 'kg.new.officer')
      .executeTakeFirstOrThrow();
    expect(created.agency_id).toBe(admin.agencyId);
    expect(created.roles).toEqual(['officer']);

    const officer = await newPage();
    await signIn(officer, 'kg.new.officer', 'juniper-valley-signal-5');
    await officer.getByTestId('nav-records').waitFor();
    await expect.poll(() => officer.getByTestId('nav-admin-users').count()).toBe(0);
    await snap(officer, '05-officer-frame');
    await officer.context().close();

    await page.getByTestId('nav-admin-audit').click();
    await page.getByTestId('audit-table').waitFor();
    await expect
      .poll(async () => (await page.getByTestId('audit-table').innerText()).includes('user.create'))
      .toBe(true);
    const rows = page.getByTestId('audit-row').filter({ hasText: 'user.create' });
    expect(await rows.count()).toBeGreaterThan(0);
    await snap(page, '06-audit-viewer');
    await page.context().close();
  });
});
