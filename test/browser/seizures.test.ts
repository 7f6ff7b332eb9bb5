import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app.js';
import { buildAgency, buildUser, type TestUser } from '../support/factories.js';
import { launchBrowser, snap } from './browser.js';

let t: TestApp;
let browser: Browser;
let officer: TestUser;
let analyst: TestUser;
let russianOfficer: TestUser;

const REFERENCE = 'KZ-KHR-2026/0412';
/** Per-test limit: each flow drives several screens in a real browser. */
const FLOW_TIMEOUT = 180_000;

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  const kz = await buildAgency(t.db, { code: 'KZ-SEZ', countryCode: 'KZ' });
  const uz = await buildAgency(t.db, { code: 'UZ-SEZ', countryCode: 'UZ' });
  officer = await buildUser(t.db, { agencyId: kz.id, username: 'kz.seizure.officer' });
  analyst = await buildUser(t.db, { agencyId: uz.id, username: 'uz.analyst', roles: ['analyst'] });
  russianOfficer = await buildUser(t.db, { agencyId: kz.id, username: 'kz.officer.ru' });
  await t.db.updateTable('users').set({ language: 'ru' }).where('id', '=', russianOfficer.id).execute();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1366, height: 900 } });
  // The machine is shared: give slow moments room without weakening any assertion.
  context.setDefaultTimeout(45_000);
  const page = await context.newPage();
  await page.goto(t.url);
  await page.getByTestId('signin-username').fill(user.username);
  await page.getByTestId('signin-password').fill(user.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('nav-seizures').waitFor();
  return page;
}

/** Picks an option of a Mantine select by its visible label, typing first to narrow long lists. */
async function choose(page: Page, testId: string, option: RegExp, type?: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  if (type) {
    await input.fill(type);
  }
  await page.getByRole('option', { name: option }).first().click();
}

async function seizureId(): Promise<string> {
  const row = await t.db
    .selectFrom('seizures')
    .select('id')
    .where('reference', '=', REFERENCE)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('seizure screens', () => {
  it(
    'an officer enters a seizure with two drug lines and an arrested courier; it lists with 14.5 kg',
    async () => {
      const page = await signedIn(officer);
      await page.getByTestId('nav-seizures').click();
      await page.getByTestId('seizure-table').waitFor();
      await page.getByTestId('seizure-create').click();
      await page.getByTestId('seizure-form').waitFor();

      await page.getByTestId('seizure-reference').fill(REFERENCE);
      await page.getByTestId('seizure-date').fill('2026-11-14');
      await page.getByTestId('seizure-time').fill('06:40');
      await page.getByTestId('seizure-locality').fill('Khorgos');
      await choose(page, 'seizure-place-kind', /^Border crossing point$/);
      await page.getByTestId('seizure-border-crossing').fill('Nur Zholy');
      await choose(page, 'seizure-transport', /^Road$/);
      await choose(page, 'seizure-concealment', /^Secret compartment in a vehicle$/);

      // Line 1: heroin, 12.5 kg. A malformed quantity is refused as it is typed.
      await choose(page, 'seizure-drug-0-drug', /^Heroin$/, 'Heroin');
      const quantity = page.getByTestId('seizure-drug-0-quantity');
      await quantity.fill('12,5');
      await expect.poll(() => quantity.getAttribute('aria-invalid')).toBe('true');
      await quantity.fill('12.5');
      await expect.poll(() => quantity.getAttribute('aria-invalid')).not.toBe('true');
      await expect.poll(() => page.getByTestId('seizure-drug-0-kg').getAttribute('data-kg')).toBe('12.5');

      // Line 2: hashish, 2000 g; a density field appears only for a volume unit.
      await page.getByTestId('seizure-drug-add').click();
      await choose(page, 'seizure-drug-1-drug', /^Cannabis resin \(hashish\)$/, 'hashish');
      await page.getByTestId('seizure-drug-1-quantity').fill('2000');
      await choose(page, 'seizure-drug-1-unit', /^litres$/);
      await page.getByTestId('seizure-drug-1-density').waitFor();
      expect(await page.getByTestId('seizure-drug-1-kg').innerText()).toMatch(/not converted/);
      await choose(page, 'seizure-drug-1-unit', /^grams$/);
      expect(await page.getByTestId('seizure-drug-1-density').count()).toBe(0);
      await expect.poll(() => page.getByTestId('seizure-drug-1-kg').getAttribute('data-kg')).toBe('2');
      await expect.poll(() => page.getByTestId('seizure-live-total').getAttribute('data-kg')).toBe('14.5');

      // Route: entered out of order, then the transit leg is moved up.
      await page.getByTestId('seizure-route-add').click();
      await choose(page, 'seizure-route-0-country', /^Afghanistan$/, 'Afghan');
      await page.getByTestId('seizure-route-add').click();
      await choose(page, 'seizure-route-1-role', /^Destination$/);
      await choose(page, 'seizure-route-1-country', /^Russia/, 'Russia');
      await page.getByTestId('seizure-route-add').click();
      await choose(page, 'seizure-route-2-country', /^Tajikistan$/, 'Tajik');
      await page.getByTestId('seizure-route-2-up').click();

      // The courier, quick-added as a new person, arrested.
      await page.getByTestId('seizure-party-add-person').click();
      await page.getByTestId('seizure-party-0-name').fill('Rustam Nazarov');
      await page.getByTestId('seizure-party-0-patronymic').fill('Ismoilovich');
      await page.getByTestId('seizure-party-0-birth-date').fill('1988-04-02');
      await choose(page, 'seizure-party-0-nationality', /^Tajikistan$/, 'Tajik');
      await page.getByTestId('seizure-party-0-arrested').click();

      await choose(page, 'seizure-distribution', /^All members$/);
      await snap(page, '30-seizure-form');
      await page.getByTestId('seizure-submit').click();

      await page.getByTestId('seizure-detail').waitFor();
      expect(await page.getByTestId('seizure-detail-total').innerText()).toBe('14.5 kg');
      expect(await page.getByTestId('seizure-drug-row').count()).toBe(2);
      const stops = await page.getByTestId('seizure-route-stop').allInnerTexts();
      expect(stops.map((stop) => stop.split('\n')[0])).toEqual([
        'Afghanistan',
        'Tajikistan',
        expect.stringMatching(/^Russia/),
      ]);
      const courier = page.getByTestId('seizure-party-item');
      expect(await courier.innerText()).toMatch(/Rustam Nazarov[\s\S]*Courier[\s\S]*Arrested/);
      expect(await courier.getByRole('link').getAttribute('href')).toMatch(/^\/records\/[0-9a-f-]{36}$/);
      await snap(page, '31-seizure-detail');

      const id = await seizureId();
      const stored = await t.db
        .selectFrom('seizures')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(stored.distribution).toBe('all_members');
      expect(stored.country.trim()).toBe('KZ');
      expect(stored.occurred_time).toBe('06:40');
      const lines = await t.db
        .selectFrom('seizure_drug_lines')
        .select(['drug_code', 'quantity', 'unit', 'kg_equivalent'])
        .where('seizure_id', '=', id)
        .orderBy('position')
        .execute();
      expect(lines.map((l) => [l.drug_code, l.unit, Number(l.quantity), Number(l.kg_equivalent)])).toEqual([
        ['heroin', 'kg', 12.5, 12.5],
        ['cannabis_resin', 'g', 2000, 2],
      ]);
      const party = await t.db
        .selectFrom('seizure_parties')
        .innerJoin('records', 'records.id', 'seizure_parties.record_id')
        .select(['seizure_parties.role', 'seizure_parties.arrested', 'records.schema', 'records.properties'])
        .where('seizure_parties.seizure_id', '=', id)
        .executeTakeFirstOrThrow();
      expect(party).toMatchObject({ role: 'courier', arrested: true, schema: 'Person' });
      expect(party.properties).toMatchObject({
        name: ['Rustam Nazarov'],
        fatherName: ['Ismoilovich'],
        birthDate: ['1988-04-02'],
        nationality: ['tj'],
      });

      await page.getByTestId('nav-seizures').click();
      const row = page.getByTestId('seizure-row').filter({ hasText: REFERENCE });
      await row.waitFor();
      expect(await row.getByTestId('seizure-total').innerText()).toBe('14.5');
      expect(await row.innerText()).toContain('Heroin');
      expect(await row.innerText()).toContain('Cannabis resin (hashish)');
      expect(await row.innerText()).toContain('14 Nov 2026');
      await snap(page, '32-seizure-list');
      await page.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'an analyst of another member state sees the seizure shared with all members, with filters in the address',
    async () => {
      const page = await signedIn(analyst);
      await page.goto(`${t.url}/seizures?drug=heroin&routeCountry=TJ`);
      const row = page.getByTestId('seizure-row').filter({ hasText: REFERENCE });
      await row.waitFor();
      expect(await page.getByTestId('seizure-filter-drug').inputValue()).toBe('Heroin');
      // The export menu downloads what the list shows, under the same filters.
      await page.getByTestId('seizure-export').click();
      const csvHref = await page.getByTestId('seizure-export-csv-operational').getAttribute('href');
      await page.keyboard.press('Escape');
      const csv = await page.request.get(`${t.url}${csvHref}`);
      expect(csv.status()).toBe(200);
      expect(await csv.text()).toContain(REFERENCE);
      // Another substance filters it out, and the address says so.
      await choose(page, 'seizure-filter-drug', /^Cocaine salts/, 'Cocaine salts');
      await expect.poll(() => page.url()).toContain('drug=cocaine_salts');
      await expect.poll(() => page.getByTestId('seizure-row').count()).toBe(0);
      // The export link carries the same filters.
      await page.getByTestId('seizure-export').click();
      const href = await page.getByTestId('seizure-export-xlsx-judicial').getAttribute('href');
      expect(href).toMatch(/^\/api\/v1\/exports\/seizures\?/);
      expect(new URLSearchParams(href?.split('?')[1]).get('drug')).toBe('cocaine_salts');
      expect(new URLSearchParams(href?.split('?')[1]).get('purpose')).toBe('judicial');
      await page.keyboard.press('Escape');

      await page.goto(`${t.url}/seizures/${await seizureId()}`);
      await page.getByTestId('seizure-detail').waitFor();
      expect(await page.getByTestId('seizure-edit').count()).toBe(0);
      expect(await page.getByTestId('seizure-facts').innerText()).toContain('KZ-SEZ');
      await snap(page, '33-seizure-shared-detail');
      await page.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'after the owner narrows it to his own agency, the analyst finds it neither in the list nor by its address',
    async () => {
      const id = await seizureId();
      const page = await signedIn(officer);
      await page.goto(`${t.url}/seizures/${id}`);
      await page.getByTestId('seizure-edit').click();
      await page.getByTestId('seizure-form').waitFor();
      // Someone else saves the report meanwhile: the stale save is refused and the user is told.
      await t.db
        .updateTable('seizures')
        .set((eb) => ({ version: eb('version', '+', 1) }))
        .where('id', '=', id)
        .execute();
      await choose(page, 'seizure-distribution', /^Own agency only$/);
      await page.getByTestId('seizure-submit').click();
      await page.getByTestId('seizure-conflict').waitFor();
      expect(await page.getByTestId('seizure-conflict').innerText()).toMatch(
        /Someone else changed this seizure/,
      );
      await snap(page, '37-seizure-conflict');
      await page.getByTestId('seizure-reload').click();
      await expect.poll(() => page.getByTestId('seizure-conflict').count()).toBe(0);
      await choose(page, 'seizure-distribution', /^Own agency only$/);
      await page.getByTestId('seizure-submit').click();
      await page.getByTestId('seizure-detail').waitFor();
      await expect.poll(() => page.getByTestId('seizure-detail').innerText()).toMatch(/Version 3/);
      await page.getByTestId('seizure-tab-history').click();
      const diff = page.getByTestId('seizure-diff-row').filter({ hasText: 'Distribution' });
      await diff.waitFor();
      expect(await diff.innerText()).toMatch(/All members[\s\S]*Own agency only/);
      await snap(page, '34-seizure-history');
      await page.context().close();

      const other = await signedIn(analyst);
      await other.goto(`${t.url}/seizures`);
      await other.getByTestId('seizure-table').waitFor();
      await expect.poll(() => other.locator('body').innerText()).toMatch(/No seizures/);
      expect(await other.getByTestId('seizure-row').count()).toBe(0);
      const api = await other.request.get(`${t.url}/api/v1/seizures/${id}`);
      expect(api.status()).toBe(404);
      await other.goto(`${t.url}/seizures/${id}`);
      await other.getByTestId('seizure-not-found').waitFor();
      expect(await other.locator('body').innerText()).not.toContain(REFERENCE);
      await snap(other, '35-seizure-not-shared');
      await other.context().close();
    },
    FLOW_TIMEOUT,
  );

  it(
    'shows the entry form in Russian, vocabulary included',
    async () => {
      const page = await signedIn(russianOfficer);
      await page.goto(`${t.url}/seizures/new`);
      const form = page.getByTestId('seizure-form');
      await form.waitFor();
      await expect.poll(() => form.innerText()).toMatch(/Номер/);
      const text = await form.innerText();
      for (const label of [
        'Вещество',
        'Количество',
        'Маршрут',
        'Добавить позицию',
        'Распространение',
        'Фабула',
      ]) {
        expect(text).toContain(label);
      }
      expect(await page.getByTestId('seizure-drug-0-unit').inputValue()).toBe('килограммы');
      await page.getByTestId('seizure-submit').click();
      await expect.poll(() => page.getByTestId('seizure-problems').innerText()).toMatch(/требу/);
      expect(await form.innerText()).toContain('Обязательное поле.');
      await snap(page, '36-seizure-form-ru');

      // The server's answer lands on the field it names: this agency already has the reference.
      await page.getByTestId('seizure-reference').fill(REFERENCE);
      await page.getByTestId('seizure-date').fill('2026-11-20');
      await choose(page, 'seizure-drug-0-drug', /^героин$/, 'героин');
      await page.getByTestId('seizure-drug-0-quantity').fill('1');
      // An existing person is found by the records search and picked instead of typed again.
      await page.getByTestId('seizure-party-add-person').click();
      await page.getByTestId('seizure-party-0-mode').getByText('Существующая запись').click();
      await choose(page, 'seizure-party-0-search', /^Rustam Nazarov · KZ-SEZ$/, 'Rustam');
      expect(await page.getByTestId('seizure-party-0-search').inputValue()).toBe('Rustam Nazarov · KZ-SEZ');
      await page.getByTestId('seizure-submit').click();
      const reference = page.getByTestId('seizure-reference');
      await expect.poll(() => reference.getAttribute('aria-invalid')).toBe('true');
      expect(await form.innerText()).toContain('Это значение уже занято.');
      expect(page.url()).toMatch(/\/seizures\/new$/);
      await page.context().close();
    },
    FLOW_TIMEOUT,
  );
});
