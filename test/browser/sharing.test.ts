import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildAgency, buildUser, type TestUser } from '../support/factories.js';
import { launchBrowser, snap } from './browser.js';

let t: TestApp;
let browser: Browser;
let requester: TestUser;
let coordinator: TestUser;
const CAPTION = 'Rakhimov Dilshod';

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'KG']).execute();
  const owner = await buildAgency(t.db, { code: 'KZ-OWN', countryCode: 'KZ' });
  const asker = await buildAgency(t.db, { code: 'KG-ASK', countryCode: 'KG' });
  const author = await buildUser(t.db, { agencyId: owner.id, username: 'kz.author' });
  coordinator = await buildUser(t.db, {
    agencyId: owner.id,
    roles: ['national_coordinator'],
    username: 'kz.coordinator',
  });
  // The coordinator works in Russian: his screens must be in Russian throughout.
  await t.db.updateTable('users').set({ language: 'ru' }).where('id', '=', coordinator.id).execute();
  requester = await buildUser(t.db, { agencyId: asker.id, username: 'kg.officer' });
  await t.db
    .insertInto('records')
    .values({
      schema: 'Person',
      caption: CAPTION,
      properties: JSON.stringify({ name: [CAPTION] }),
      owner_agency_id: owner.id,
      owner_country: 'KZ',
      distribution: 'named_agencies',
      distribution_agencies: [asker.id],
      handling_code: 'H2',
      created_by: author.id,
      updated_by: author.id,
      updated_at: new Date(),
    })
    .execute();
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

describe('sharing requests', () => {
  it('a recipient asks to export an H2 record; the owner’s coordinator is notified, approves, and the recipient is told', async () => {
    const asker = await signedIn(requester);
    await asker.getByTestId('record-row').filter({ hasText: CAPTION }).click();
    await asker.getByTestId('request-sharing').click();
    await asker.getByTestId('sharing-request-submit').click();
    // A reason is required before anything is sent.
    const reason = asker.getByTestId('sharing-request-reason');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    await reason.fill('Court file of case 2025/117');
    await snap(asker, '60-sharing-request-form');
    await asker.getByTestId('sharing-request-submit').click();
    await asker.getByTestId('sharing-request-form').waitFor({ state: 'detached' });
    expect(await t.db.selectFrom('sharing_requests').select(['kind', 'status']).execute()).toEqual([
      { kind: 'export', status: 'pending' },
    ]);

    const owner = await signedIn(coordinator);
    await expect.poll(() => owner.getByTestId('notification-count').textContent()).toContain('1');
    await owner.getByTestId('notification-bell').click();
    const item = owner.getByTestId('notification-item').first();
    expect(await item.textContent()).toContain('Новый запрос');
    await snap(owner, '61-sharing-bell-ru');
    await item.click();
    const row = owner.getByTestId('sharing-row').filter({ hasText: CAPTION });
    await row.waitFor();
    expect(await row.textContent()).toContain('Court file of case 2025/117');
    expect(await row.getByTestId('sharing-status').textContent()).toBe('Ожидает решения');
    await row.getByTestId('sharing-approve').click();
    await owner.getByTestId('sharing-confirm').click();
    await expect.poll(() => row.getByTestId('sharing-status').textContent()).toBe('Одобрен');
    await snap(owner, '62-sharing-approved-ru');

    // A fresh start on the records list (the record's panel, still open, would cover the header).
    await asker.goto(t.url);
    await asker.getByTestId('record-table').waitFor();
    await expect.poll(() => asker.getByTestId('notification-count').textContent()).toContain('1');
    await asker.getByTestId('notification-bell').click();
    expect(await asker.getByTestId('notification-item').first().textContent()).toContain(
      'Your request was approved',
    );
    await asker.getByTestId('notification-item').first().click();
    const mine = asker.getByTestId('sharing-row').filter({ hasText: CAPTION });
    await expect.poll(() => mine.getByTestId('sharing-status').textContent()).toBe('Approved');
    await snap(asker, '63-sharing-outgoing');
    const grants = await t.db.selectFrom('record_grants').select('kind').execute();
    expect(grants).toEqual([{ kind: 'export' }]);
  });
});
