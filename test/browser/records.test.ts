import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildAgency, buildUser, type TestUser } from '../support/factories.js';
import { launchBrowser, snap } from './browser.js';

let t: TestApp;
let browser: Browser;
let officerA: TestUser;
let officerB: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'KG']).execute();
  const agencyA = await buildAgency(t.db, { code: 'KZ-REC', countryCode: 'KZ' });
  const agencyB = await buildAgency(t.db, { code: 'KG-REC', countryCode: 'KG' });
  officerA = await buildUser(t.db, { agencyId: agencyA.id, username: 'kz.officer' });
  officerB = await buildUser(t.db, { agencyId: agencyB.id, username: 'kg.officer' });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 860 } });
  const page = await context.newPage();
  await page.goto(t.url);
  await page.getByTestId('signin-username').fill(user.username);
  await page.getByTestId('signin-password').fill(user.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('record-table').waitFor();
  return page;
}

/** Picks an option of a Mantine select by its visible label. */
async function choose(page: Page, testId: string, option: RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).first().click();
}

async function recordId(caption: string): Promise<string> {
  const row = await t.db
    .selectFrom('records')
    .select('id')
    .where('caption', '=', caption)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('records screen', () => {
  it('an officer creates a Person for his agency only and a Vehicle for all members, then edits it', async () => {
    const page = await signedIn(officerA);
    await snap(page, '20-records-empty');

    await page.getByTestId('record-create').click();
    await page.getByTestId('record-name').fill('Nurlan Abenov');
    await page.getByTestId('record-prop-birthDate').fill('1984-03-12');
    await choose(page, 'record-handling', /^H3/);
    await page.getByTestId('record-submit').click();
    // The API names the missing H3 restriction; the form shows it on that field.
    const restriction = page.getByTestId('record-restriction');
    await expect.poll(() => restriction.getAttribute('aria-invalid')).toBe('true');
    await snap(page, '21-record-h3-error');
    await restriction.fill('Not to be passed to courts of third countries');
    await choose(page, 'record-eval-source', /^B —/);
    await choose(page, 'record-eval-information', /^2 —/);
    await snap(page, '22-record-create-person');
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-row').filter({ hasText: 'Nurlan Abenov' }).waitFor();

    await page.getByTestId('record-create').click();
    await choose(page, 'record-schema', /^Vehicle$/);
    await page.getByTestId('record-registration').fill('01KZ777ABC');
    await page.getByTestId('record-prop-model').fill('Toyota Camry');
    await choose(page, 'record-distribution', /^All members$/);
    await page.getByTestId('record-submit').click();
    await page.getByTestId('record-row').filter({ hasText: '01KZ777ABC' }).waitFor();
    expect(await page.getByTestId('record-row').count()).toBe(2);
    await snap(page, '23-records-list');

    const person = await t.db
      .selectFrom('records')
      .selectAll()
      .where('caption', '=', 'Nurlan Abenov')
      .executeTakeFirstOrThrow();
    expect(person.distribution).toBe('own_agency');
    expect(person.handling_code).toBe('H3');
    expect(person.properties).toEqual({ name: ['Nurlan Abenov'], birthDate: ['1984-03-12'] });
    const vehicle = await t.db
      .selectFrom('records')
      .selectAll()
      .where('caption', '=', '01KZ777ABC')
      .executeTakeFirstOrThrow();
    expect(vehicle.distribution).toBe('all_members');
    expect(vehicle.schema).toBe('Vehicle');

    // Open the vehicle, change its model: version 2 appears in the history with before → after.
    await page.getByTestId('record-row').filter({ hasText: '01KZ777ABC' }).click();
    await page.getByTestId('record-drawer').getByTestId('record-caption').waitFor();
    expect(page.url()).toContain(`/records/${vehicle.id}`);
    await page.getByTestId('record-edit').click();
    await page.getByTestId('record-prop-model').fill('Toyota Land Cruiser');
    await page.getByTestId('record-submit').click();
    await expect.poll(() => page.getByTestId('record-drawer').innerText()).toMatch(/Version 2/);
    await page.getByTestId('record-history').click();
    await expect.poll(() => page.getByTestId('record-version').count()).toBe(2);
    const latest = page.getByTestId('record-version').first();
    expect(await latest.innerText()).toMatch(/Toyota Camry[\s\S]*Toyota Land Cruiser/);
    expect(await latest.innerText()).toContain('kz.officer');
    await snap(page, '24-record-history');
    await page.context().close();
  });

  it('an officer of another country sees the shared Vehicle but not the Person, even by its id', async () => {
    const personId = await recordId('Nurlan Abenov');
    const vehicleId = await recordId('01KZ777ABC');
    const page = await signedIn(officerB);
    await page.getByTestId('record-row').first().waitFor();
    const rows = page.getByTestId('record-row');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toContain('01KZ777ABC');
    expect(await page.getByTestId('record-table').innerText()).not.toContain('Nurlan Abenov');

    const hidden = await page.request.get(`${t.url}/api/v1/records/${personId}`);
    expect(hidden.status()).toBe(404);
    const hiddenHistory = await page.request.get(`${t.url}/api/v1/records/${personId}/history`);
    expect(hiddenHistory.status()).toBe(404);
    const shared = await page.request.get(`${t.url}/api/v1/records/${vehicleId}`);
    expect(shared.status()).toBe(200);

    // The Person's URL opens the drawer with "not shared", not its content.
    await page.goto(`${t.url}/records/${personId}`);
    await page.getByTestId('record-drawer').getByTestId('error-alert').waitFor();
    expect(await page.getByTestId('record-drawer').innerText()).not.toContain('Nurlan');
    await snap(page, '25-record-not-shared');

    // The Vehicle opens, read-only for another agency.
    await page.goto(`${t.url}/records/${vehicleId}`);
    await page.getByTestId('record-drawer').getByTestId('record-caption').waitFor();
    expect(await page.getByTestId('record-edit').count()).toBe(0);
    expect(await page.getByTestId('record-drawer').innerText()).toContain('KZ-REC');
    await snap(page, '26-record-shared-detail');
    await page.context().close();
  });

  it('shows the records screen in Russian', async () => {
    const page = await signedIn(officerB);
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-ru').click();
    await expect.poll(() => page.getByTestId('record-table').innerText()).toMatch(/распространение/i);
    expect(await page.getByTestId('record-table').innerText()).toMatch(/Все члены/);
    await snap(page, '27-records-ru');
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('lang-en').click();
    await page.context().close();
  });
});
