/**
 * The statistics page shows the API's figures exactly: every line, the total and the summary, in
 * English and in Russian digit conventions, with the basis of each figure; a line drills down to the
 * seizure list with its filters.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StatLine } from '../../src/modules/records/statistics/statistics.js';
import { startTestApp, type TestApp } from '../support/app.js';
import { signedIn as apiSignedIn, type ApiClient } from '../support/client.js';
import { buildAgency, buildUser, type TestUser } from '../support/factories.js';
import { launchBrowser, snap } from './browser.js';

let t: TestApp;
let browser: Browser;
let analyst: TestUser;
let api: ApiClient;

const QUERY = 'by=country,year,drug&country=KZ&from=2021&to=2021';

interface Report {
  lines: StatLine[];
  total: StatLine;
}

async function report(client: ApiClient): Promise<Report> {
  const res = await client.get<Report>(`/api/v1/statistics?${QUERY}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

async function reportSeizure(
  client: ApiClient,
  occurredOn: string,
  drugs: { drug: string; quantity?: string; unit?: string }[],
) {
  const res = await client.post('/api/v1/seizures', {
    reference: `ST-${Math.random().toString(36).slice(2, 10)}`,
    occurredOn,
    country: 'KZ',
    drugs: drugs.map((d) => ({ unit: 'kg', ...d })),
    sharing: { distribution: 'all_members', handlingCode: 'H0' },
  });
  expect(res.status, res.text).toBe(201);
}

beforeAll(async () => {
  t = await startTestApp();
  browser = await launchBrowser();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', '=', 'KZ').execute();
  const agency = await buildAgency(t.db, { code: 'KZ-STAT', countryCode: 'KZ' });
  const centre = await buildAgency(t.db, { code: 'CARICC-ST', countryCode: 'KZ', kind: 'regional_centre' });
  analyst = await buildUser(t.db, { agencyId: agency.id, username: 'kz.analyst', roles: ['analyst'] });
  api = await apiSignedIn(t.url, analyst.username, analyst.password);
  // A small known data set: floats would show 0.30000000000000004 for heroin.
  await reportSeizure(api, '2021-03-01', [{ drug: 'heroin', quantity: '0.1' }]);
  await reportSeizure(api, '2021-06-01', [
    { drug: 'heroin', quantity: '0.2' },
    { drug: 'heroin' },
    { drug: 'opium', quantity: '2.25' },
  ]);
  await reportSeizure(api, '2020-06-01', [{ drug: 'heroin', quantity: '0.15' }]);
  // An official figure for KZ 2021 opium: it already contains the 2.25 kg seized, which is not added.
  await t.db
    .insertInto('statistical_records')
    .values({
      natural_key: 'browser-kz-2021-opium',
      source: 'unodc-data-portal',
      country: 'KZ',
      year: 2021,
      drug_code: 'opium',
      reported_group: 'Opioids',
      reported_subgroup: 'Opiates',
      reported_name: 'Opium',
      kilograms: '1234567.5',
      provenance: JSON.stringify({ file: 'browser-test', row: 1 }),
      import_batch_id: null,
      owner_agency_id: centre.id,
      owner_country: 'KZ',
      distribution: 'members_and_observers',
      handling_code: 'H0',
      handling_restriction: null,
      eval_source: null,
      eval_info: null,
      updated_at: new Date(),
    })
    .execute();
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function signedIn(user: TestUser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(t.url);
  await page.getByTestId('signin-username').fill(user.username);
  await page.getByTestId('signin-password').fill(user.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('record-table').waitFor();
  return page;
}

/** A figure as shown, back to the API's plain decimal: no grouping, a point as decimal sign. */
function plain(text: string, language: 'en' | 'ru'): string {
  const t1 = text.trim().replace(/−/g, '-');
  return language === 'en' ? t1.replace(/,/g, '') : t1.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}

/** Every line of the page's table, keyed like the API's lines. */
async function pageLines(page: Page, language: 'en' | 'ru') {
  const rows = page.getByTestId('stat-line');
  const out = new Map<string, { kg: string; unknown: string; basis: string; previous: string }>();
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    out.set((await row.getAttribute('data-keys'))!, {
      kg: plain(await row.getByTestId('stat-kg').innerText(), language),
      unknown: (await row.getByTestId('stat-unknown').innerText()).trim(),
      basis: ((await row.getByTestId('stat-basis').textContent()) ?? '').trim(),
      previous: plain(await row.getByTestId('stat-previous').innerText(), language),
    });
  }
  return out;
}

describe('statistics page', () => {
  it("shows the API's figures exactly, line by line and in total, and drills down to the seizure list", async () => {
    const expected = await report(api);
    expect(expected.lines.map((l) => l.keys.drug)).toEqual(['heroin', 'opium']);
    expect(expected.total.kilograms).toBe('1234567.8');

    const page = await signedIn(analyst);
    await page.goto(`${t.url}/statistics?${QUERY}`);
    await page.getByTestId('stat-line').first().waitFor();
    await page.getByTestId('stat-chart').locator('canvas').first().waitFor();
    await snap(page, '60-statistics-en');

    const shown = await pageLines(page, 'en');
    expect(shown.size).toBe(expected.lines.length);
    for (const line of expected.lines) {
      const row = shown.get(JSON.stringify(line.keys));
      expect(row, JSON.stringify(line.keys)).toBeDefined();
      expect(row!.kg).toBe(line.kilograms);
      expect(row!.unknown).toBe(String(line.unknownCount));
      expect(row!.previous).toBe(line.previousKilograms ?? '—');
    }
    expect(shown.get(JSON.stringify({ country: 'KZ', year: '2021', drug: 'heroin' }))).toMatchObject({
      kg: '0.3',
      unknown: '1',
      basis: 'Seizure reports',
      previous: '0.15',
    });
    expect(shown.get(JSON.stringify({ country: 'KZ', year: '2021', drug: 'opium' }))).toMatchObject({
      kg: '1234567.5',
      basis: 'Official figure',
    });
    const total = page.getByTestId('stat-total');
    expect(plain(await total.getByTestId('stat-kg').innerText(), 'en')).toBe(expected.total.kilograms);
    expect((await total.getByTestId('stat-unknown').innerText()).trim()).toBe(
      String(expected.total.unknownCount),
    );
    expect(plain(await page.getByTestId('stat-summary-kg').innerText(), 'en')).toBe(expected.total.kilograms);

    const heroin = page.getByTestId('stat-line').filter({ hasText: /heroin/i });
    await heroin.getByTestId('stat-drill-down').click();
    await page.waitForURL(/\/seizures\?/);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({
      country: 'KZ',
      statisticsDrug: 'heroin',
      from: '2021-01-01',
      to: '2021-12-31',
    });
    await page.context().close();
  });

  it('shows the same figures with Russian digit conventions', async () => {
    const expected = await report(api);
    await t.db.updateTable('users').set({ language: 'ru' }).where('id', '=', analyst.id).execute();
    const page = await signedIn(analyst);
    await page.goto(`${t.url}/statistics?${QUERY}`);
    await page.getByRole('heading', { name: 'Статистика' }).waitFor();
    await page.getByTestId('stat-line').first().waitFor();
    await snap(page, '61-statistics-ru');
    const shown = await pageLines(page, 'ru');
    for (const line of expected.lines) expect(shown.get(JSON.stringify(line.keys))!.kg).toBe(line.kilograms);
    const totalText = await page.getByTestId('stat-total').getByTestId('stat-kg').innerText();
    expect(totalText).toMatch(/^1\s234\s567,8$/);
    expect(plain(totalText, 'ru')).toBe(expected.total.kilograms);
    await page.context().close();
  });
});
