/**
 * Statistics over statistical records and individual seizures: exact to the gram where floats
 * would drift, unknowns apart, official figures and seizures combined without double counting,
 * statistics-only sharing counted without showing details, invisible figures left out, the read
 * audited, bad input refused naming the field. Figures are inserted straight into the tables so
 * that each one is known exactly.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUnodcFile } from '../src/modules/records/statistics/import-unodc.js';
import { statisticsReport, type StatLine } from '../src/modules/records/statistics/statistics.js';
import { Exact } from '../src/modules/records/vocabularies/exact-decimal.js';
import type { Distribution } from '../src/platform/db/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn, type ApiClient } from './support/client.js';
import { buildAgency, buildUser, TEST_PASSWORD } from './support/factories.js';

const UNODC_XLSX = fileURLToPath(
  new URL('../../shared/data/unodc/drug_seizures_2018_2022.xlsx', import.meta.url),
);

let t: TestApp;
let centre: { id: string };
let kzClient: ApiClient;
let uzClient: ApiClient;
/** References and narratives of seizures KZ must never see the details of. */
const hidden: string[] = [];
let uzStatsOnlyId: string;

interface Line {
  drug: string;
  quantity?: string;
  unit?: string;
}

/** Reports a seizure through the seizure API, as an officer of the owner agency would. */
async function seizure(
  client: ApiClient,
  input: {
    country: string;
    occurredOn: string;
    distribution: Distribution;
    statisticsOnly?: boolean;
    lines: Line[];
    reference?: string;
  },
): Promise<{ id: string; reference: string }> {
  const reference = input.reference ?? `REF-${randomUUID().slice(0, 8)}`;
  const res = await client.post<{ id: string }>('/api/v1/seizures', {
    reference,
    occurredOn: input.occurredOn,
    country: input.country,
    narrative: `Narrative of ${reference}`,
    drugs: input.lines.map((l) => ({
      drug: l.drug,
      unit: l.unit ?? 'kg',
      ...(l.quantity ? { quantity: l.quantity } : {}),
    })),
    sharing: {
      distribution: input.distribution,
      handlingCode: 'H0',
      statisticsOnly: input.statisticsOnly ?? false,
    },
  });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, reference };
}

async function statistical(input: {
  owner: { id: string };
  ownerCountry: string;
  country: string;
  year: number;
  drug: string;
  kilograms: string | null;
  distribution: Distribution;
  source?: string;
  reportedGroup?: string;
  aggregate?: boolean;
}): Promise<void> {
  await t.db
    .insertInto('statistical_records')
    .values({
      natural_key: randomUUID(),
      source: input.source ?? 'unodc-data-portal',
      country: input.country,
      year: input.year,
      drug_code: input.drug,
      reported_group: input.reportedGroup ?? 'test',
      aggregate: input.aggregate ?? false,
      reported_subgroup: 'test',
      reported_name: input.drug,
      kilograms: input.kilograms,
      provenance: JSON.stringify({ file: 'test', row: 1 }),
      import_batch_id: null,
      owner_agency_id: input.owner.id,
      owner_country: input.ownerCountry,
      distribution: input.distribution,
      handling_code: 'H0',
      handling_restriction: null,
      eval_source: null,
      eval_info: null,
      updated_at: new Date(),
    })
    .execute();
}

interface Report {
  lines: StatLine[];
  total: StatLine;
  previousPeriod: { from: number; to: number } | null;
}

async function stats(client: ApiClient, query: string): Promise<Report> {
  const res = await client.get<Report>(`/api/v1/statistics?${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

const line = (r: Report, keys: Record<string, string>) =>
  r.lines.find((l) => Object.entries(keys).every(([k, v]) => l.keys[k as keyof StatLine['keys']] === v));

beforeAll(async () => {
  t = await startTestApp();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  const kz = await buildAgency(t.db, { countryCode: 'KZ' });
  const uz = await buildAgency(t.db, { countryCode: 'UZ' });
  centre = await buildAgency(t.db, { countryCode: 'KZ', kind: 'regional_centre' });
  const kzUser = await buildUser(t.db, { agencyId: kz.id, roles: ['viewer'] });
  const uzUser = await buildUser(t.db, { agencyId: uz.id, roles: ['analyst'] });
  const kzWriter = await buildUser(t.db, { agencyId: kz.id, roles: ['officer'] });
  kzClient = await signedIn(t.url, kzUser.username, TEST_PASSWORD);
  uzClient = await signedIn(t.url, uzUser.username, TEST_PASSWORD);
  const kzOfficer = await signedIn(t.url, kzWriter.username, TEST_PASSWORD);

  const kzShared = { country: 'KZ', distribution: 'all_members' as const };
  // KZ 2021 heroin: 0.1 + 0.2 (0.30000000000000004 in floats) + 1 mg given in grams, one line without quantity.
  await seizure(kzOfficer, {
    ...kzShared,
    occurredOn: '2021-03-04',
    lines: [{ drug: 'heroin', quantity: '0.1' }],
  });
  await seizure(kzOfficer, {
    ...kzShared,
    occurredOn: '2021-07-01',
    lines: [
      { drug: 'heroin', quantity: '0.2' },
      { drug: 'heroin', quantity: '0.000001', unit: 'g' },
      { drug: 'heroin' },
      // 500 tablets without a stated unit mass: unconverted, never guessed.
      { drug: 'methamphetamine', quantity: '500', unit: 'tablets' },
    ],
  });
  await seizure(kzOfficer, {
    ...kzShared,
    occurredOn: '2020-11-30',
    lines: [{ drug: 'heroin', quantity: '0.15' }],
  });
  // KZ 2021 opium: an official UNODC figure, and seizures that it already contains (raw opium reported as opium).
  await statistical({
    owner: centre,
    ownerCountry: 'KZ',
    country: 'KZ',
    year: 2021,
    drug: 'opium',
    kilograms: '1000.5',
    distribution: 'members_and_observers',
  });
  await seizure(kzOfficer, {
    ...kzShared,
    occurredOn: '2021',
    lines: [
      { drug: 'opium', quantity: '2250', unit: 'g' },
      { drug: 'raw_opium', quantity: '1.25' },
    ],
  });
  // KZ 2021 cocaine: the official figure is blank (unknown), seizures do not stand in for it.
  await statistical({
    owner: centre,
    ownerCountry: 'KZ',
    country: 'KZ',
    year: 2021,
    drug: 'cocaine_salts',
    kilograms: null,
    distribution: 'members_and_observers',
  });
  await seizure(kzOfficer, {
    ...kzShared,
    occurredOn: '2021-05-05',
    lines: [{ drug: 'cocaine_salts', quantity: '4' }],
  });

  // UZ: a statistics-only seizure (counts for KZ, details hidden) and an own-agency one (does not count for KZ).
  const statsOnly = await seizure(uzClient, {
    country: 'UZ',
    occurredOn: '2021-02-02',
    distribution: 'own_agency',
    statisticsOnly: true,
    reference: 'UZ-SECRET-STATS-ONLY',
    lines: [{ drug: 'cannabis_herb', quantity: '7.7' }],
  });
  uzStatsOnlyId = statsOnly.id;
  const own = await seizure(uzClient, {
    country: 'UZ',
    occurredOn: '2021-02-03',
    distribution: 'own_agency',
    reference: 'UZ-SECRET-OWN',
    lines: [{ drug: 'cannabis_herb', quantity: '100' }],
  });
  hidden.push(statsOnly.reference, statsOnly.id, own.reference, own.id, 'Narrative of UZ-SECRET');
  // An official UZ figure kept to its owner: never counted for KZ.
  await statistical({
    owner: uz,
    ownerCountry: 'UZ',
    country: 'UZ',
    year: 2021,
    drug: 'heroin',
    kilograms: '50',
    distribution: 'own_agency',
  });
});

afterAll(async () => {
  await t?.close();
});

describe('GET /api/v1/statistics', () => {
  it('adds exactly, to the nanogram, where floating point would not', async () => {
    const r = await stats(kzClient, 'by=country,year,drug&country=KZ&from=2021&to=2021');
    const heroin = line(r, { drug: 'heroin' })!;
    expect(heroin).toMatchObject({
      keys: { country: 'KZ', year: '2021', drug: 'heroin' },
      kilograms: '0.300000001',
      unknownCount: 1,
      figureCount: 4,
      basis: 'seizures',
      sources: ['seizures'],
      seizureKilograms: '0.300000001',
      seizureNoQuantityLines: 1,
    });
    expect(0.1 + 0.2 + 1e-9).not.toBe(0.300000001);
  });

  it('counts unknown and unconverted quantities apart, never as zero', async () => {
    const r = await stats(kzClient, 'by=country,year,drug&country=KZ&from=2021&to=2021');
    expect(line(r, { drug: 'methamphetamine' })).toMatchObject({
      kilograms: '0',
      unknownCount: 1,
      figureCount: 1,
      seizureUnconvertedLines: 1,
    });
    // A blank official figure stays unknown: the 4 kg of seizures are shown beside it, not in it.
    expect(line(r, { drug: 'cocaine_salts' })).toMatchObject({
      kilograms: '0',
      unknownCount: 1,
      basis: 'statistical',
      sources: ['unodc-data-portal'],
      seizureKilograms: '4',
    });
  });

  it('takes the official figure for a cell that has one and never adds the seizures it contains', async () => {
    const r = await stats(kzClient, 'by=country,year,drug&country=KZ&from=2021&to=2021');
    expect(line(r, { drug: 'opium' })).toMatchObject({
      kilograms: '1000.5',
      basis: 'statistical',
      sources: ['unodc-data-portal'],
      seizureKilograms: '3.5',
      seizureLines: 2,
      inconsistent: false,
    });
    // Raw opium is reported as opium: it joined the opium cell instead of making one of its own.
    expect(line(r, { drug: 'raw_opium' })).toBeUndefined();
    const year = await stats(kzClient, 'by=country,year&country=KZ&from=2021&to=2021');
    expect(year.lines).toHaveLength(1);
    expect(year.lines[0]).toMatchObject({
      kilograms: '1000.800000001',
      unknownCount: 3,
      basis: 'mixed',
      sources: ['seizures', 'unodc-data-portal'],
      seizureKilograms: '7.800000001',
    });
    expect(year.total.kilograms).toBe('1000.800000001');
  });

  it('compares with the year before, exactly', async () => {
    const r = await stats(kzClient, 'by=year,drug&country=KZ&from=2021&to=2021&drug=heroin');
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatchObject({
      keys: { year: '2021', drug: 'heroin' },
      previousKilograms: '0.15',
      change: '0.150000001',
      changePercent: '100.0',
    });
    // Without a year dimension: the period of the same length just before.
    const period = await stats(kzClient, 'by=drug&country=KZ&from=2021&to=2021&drugGroup=opioids');
    expect(period.previousPeriod).toEqual({ from: 2020, to: 2020 });
    expect(line(period, { drug: 'heroin' })).toMatchObject({
      previousKilograms: '0.15',
      change: '0.150000001',
    });
    expect(line(period, { drug: 'opium' })).toMatchObject({ previousKilograms: null, change: null });
    expect(period.lines.map((l) => l.keys.drug).sort()).toEqual(['heroin', 'opium']);
  });

  it("counts another agency's statistics-only seizures but not its invisible ones, and shows none of their details", async () => {
    const forKz = await stats(kzClient, 'by=country,drug&country=UZ');
    expect(forKz.lines).toEqual([
      expect.objectContaining({
        keys: { country: 'UZ', drug: 'cannabis_herb' },
        kilograms: '7.7',
        figureCount: 1,
      }),
    ]);
    const forUz = await stats(uzClient, 'by=country,drug&country=UZ');
    expect(line(forUz, { drug: 'cannabis_herb' })).toMatchObject({ kilograms: '107.7', figureCount: 2 });
    expect(line(forUz, { drug: 'heroin' })).toMatchObject({ kilograms: '50', basis: 'statistical' });
    const res = await kzClient.get('/api/v1/statistics?by=country,year,group,drug');
    for (const value of hidden) expect(res.text).not.toContain(value);
  });

  it('drill-down to the seizure list never shows statistics-only seizures of another agency', async () => {
    // The list follows visibleTo alone: the UZ seizure counted above is not listed, nor readable.
    const list = await kzClient.get<{ items: unknown[]; total: number }>(
      '/api/v1/seizures?country=UZ&drug=cannabis_herb&from=2021-01-01&to=2021-12-31',
    );
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(0);
    const detail = await kzClient.get(`/api/v1/seizures/${uzStatsOnlyId}`);
    expect(detail.status).toBe(404);
    for (const value of hidden) expect(list.text + detail.text).not.toContain(value);
    // Its owner lists both: the figures above are the real ones.
    const owner = await uzClient.get<{ total: number }>('/api/v1/seizures?country=UZ&drug=cannabis_herb');
    expect(owner.body.total).toBe(2);
    // KZ's own cell drills down to the seizures behind it.
    const kzList = await kzClient.get<{ total: number }>(
      '/api/v1/seizures?country=KZ&drug=heroin&from=2021-01-01&to=2021-12-31',
    );
    expect(kzList.body.total).toBe(2);
  });

  it('audits the read of aggregates with its query, in the same transaction', async () => {
    const requestId = `stats-audit-${randomUUID()}`;
    const res = await kzClient.request('GET', '/api/v1/statistics?by=country&country=KZ', undefined, {
      headers: { 'x-request-id': requestId },
    });
    expect(res.status).toBe(200);
    const rows = await t.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'statistics.read',
      object_type: 'statistics',
      outcome: 'success',
    });
    expect(rows[0]!.details).toMatchObject({ query: { by: ['country'], country: 'KZ' } });
  });

  it('refuses bad input naming the field', async () => {
    for (const [query, field] of [
      ['by=country,colour', 'query.by'],
      ['from=2022&to=2020', 'query.to'],
      ['from=abc', 'query.from'],
      ['country=XX', 'query.country'],
      ['drugGroup=nope', 'query.drugGroup'],
      ['drug=nope', 'query.drug'],
      ['colour=red', 'query.colour'],
    ] as const) {
      const res = await kzClient.get(`/api/v1/statistics?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body, query).toMatchObject({ error: { code: 'VALIDATION_FAILED', field } });
    }
  });
});

describe('the drill-down from a figure to the seizures behind it', () => {
  let client: ApiClient;
  const ids: Record<string, string> = {};
  // The lines a seizure contributes to a figure of `drug`: that drug's and those reported as it.
  const countedAs: Record<string, string[]> = { opium: ['opium', 'raw_opium'] };

  beforeAll(async () => {
    const agency = await buildAgency(t.db, { countryCode: 'KZ' });
    const officer = await buildUser(t.db, { agencyId: agency.id, roles: ['officer'] });
    client = await signedIn(t.url, officer.username, TEST_PASSWORD);
    // TM 2018 has an official opium figure, so its raw-opium seizures count as opium; 2017 has none.
    await statistical({
      owner: centre,
      ownerCountry: 'KZ',
      country: 'TM',
      year: 2018,
      drug: 'opium',
      kilograms: '900',
      distribution: 'members_and_observers',
    });
    const own = { country: 'TM', distribution: 'own_agency' as const };
    const report = async (name: string, occurredOn: string, lines: Line[]) => {
      ids[name] = (await seizure(client, { ...own, occurredOn, lines })).id;
    };
    await report('opium2018', '2018-03-01', [{ drug: 'opium', quantity: '2' }]);
    await report('raw2018', '2018-04-01', [{ drug: 'raw_opium', quantity: '3' }]);
    await report('mixed2018', '2018-05', [
      { drug: 'raw_opium', quantity: '1500', unit: 'g' },
      { drug: 'heroin', quantity: '5' },
    ]);
    await report('raw2017', '2017-06-01', [{ drug: 'raw_opium', quantity: '4' }]);
    await report('opium2017', '2017-07-01', [{ drug: 'opium', quantity: '250', unit: 'g' }]);
  });

  /** The seizure list the statistics page links a figure to, as ids. */
  async function drill(drug: string, from: number, to: number): Promise<string[]> {
    const res = await client.get<{ items: { id: string }[]; total: number }>(
      `/api/v1/seizures?country=TM&statisticsDrug=${drug}&from=${from}-01-01&to=${to}-12-31&limit=100`,
    );
    expect(res.status, res.text).toBe(200);
    return res.body.items.map((i) => i.id).sort();
  }

  /** The exact kilograms and the number of the drilled seizures' lines that a figure of `drug` counts. */
  async function countedLines(seizureIds: string[], drug: string) {
    let kilograms = new Exact(0);
    let lines = 0;
    for (const id of seizureIds) {
      const res = await client.get<{ drugs: { drug: string; kgEquivalent: string | null }[] }>(
        `/api/v1/seizures/${id}`,
      );
      expect(res.status, res.text).toBe(200);
      for (const l of res.body.drugs.filter((d) => (countedAs[drug] ?? [drug]).includes(d.drug))) {
        kilograms = kilograms.plus(l.kgEquivalent ?? '0');
        lines += 1;
      }
    }
    return { kilograms: kilograms.toFixed(), lines };
  }

  it('lists the raw-opium seizures an opium figure counts, and no others', async () => {
    const r = await stats(client, 'by=country,year,drug&country=TM&from=2017&to=2018');
    expect(line(r, { year: '2018', drug: 'opium' })).toMatchObject({
      basis: 'statistical',
      kilograms: '900',
      seizureKilograms: '6.5',
      seizureLines: 3,
    });
    expect(line(r, { year: '2018', drug: 'raw_opium' })).toBeUndefined();
    expect(line(r, { year: '2017', drug: 'raw_opium' })).toMatchObject({ seizureKilograms: '4' });
    expect(await drill('opium', 2018, 2018)).toEqual([ids.opium2018!, ids.raw2018!, ids.mixed2018!].sort());
    // Where opium has no official figure, raw opium is a figure of its own, and so is its list.
    expect(await drill('opium', 2017, 2017)).toEqual([ids.opium2017!]);
    expect(await drill('raw_opium', 2017, 2018)).toEqual([ids.raw2017!]);
    // The plain drug filter still means "has a line of this drug".
    const plain = await client.get<{ items: { id: string }[] }>(
      '/api/v1/seizures?country=TM&drug=opium&from=2018-01-01&to=2018-12-31',
    );
    expect(plain.body.items.map((i) => i.id)).toEqual([ids.opium2018!]);
  });

  it("adds up, for every figure, to the figure's seizure part", async () => {
    for (const [query, from, to] of [
      ['by=country,year,drug&country=TM&from=2017&to=2018', 2017, 2018],
      ['by=drug&country=TM&from=2017&to=2018', 2017, 2018],
      ['by=drug&country=TM&from=2018&to=2018&drugGroup=opioids', 2018, 2018],
    ] as const) {
      const r = await stats(client, query);
      expect(r.lines.length, query).toBeGreaterThan(0);
      for (const l of r.lines) {
        const year = l.keys.year === undefined ? undefined : Number(l.keys.year);
        const drilled = await drill(l.keys.drug!, year ?? from, year ?? to);
        const what = `${query}: ${JSON.stringify(l.keys)}`;
        expect(await countedLines(drilled, l.keys.drug!), what).toEqual({
          kilograms: l.seizureKilograms,
          lines: l.seizureLines,
        });
      }
    }
    const opium = line(await stats(client, 'by=drug&country=TM&from=2017&to=2018'), { drug: 'opium' });
    expect(opium).toMatchObject({ seizureKilograms: '6.75', seizureLines: 4 });
  });

  it('refuses a drill-down drug that is not a drug code, naming the field', async () => {
    const res = await client.get('/api/v1/seizures?statisticsDrug=nope');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'VALIDATION_FAILED', field: 'query.statisticsDrug' } });
  });
});

describe('statisticsReport (the operator view, no actor)', () => {
  it('counts every figure, and flags seizures exceeding an official total', async () => {
    await statistical({
      owner: centre,
      ownerCountry: 'KZ',
      country: 'UZ',
      year: 2021,
      drug: 'cannabis_herb',
      kilograms: '100.1',
      distribution: 'members_and_observers',
    });
    const r = await statisticsReport(t.db, {
      by: ['country', 'drug'],
      actor: null,
      country: 'UZ',
      yearFrom: 2021,
      yearTo: 2021,
    });
    expect(line(r, { drug: 'cannabis_herb' })).toMatchObject({
      kilograms: '100.1',
      basis: 'statistical',
      seizureKilograms: '107.7',
      inconsistent: true,
    });
    expect(line(r, { drug: 'heroin' })).toMatchObject({ kilograms: '50' });
  });
  it('counts a UNODC reported total only where its group has no other rows (never both)', async () => {
    const official = {
      owner: centre,
      ownerCountry: 'KZ',
      country: 'KG',
      year: 2019,
      distribution: 'members_and_observers' as const,
    };
    // Cocaine reported only as a total: the total is the group's one figure.
    await statistical({
      ...official,
      drug: 'cocaine_reported_total',
      kilograms: '9.009',
      reportedGroup: 'Cocaine-type',
      aggregate: true,
    });
    // ATS reported as a total and in detail: the detail counts, the total (which contains it) does not.
    await statistical({
      ...official,
      drug: 'ats_reported_total',
      kilograms: '10',
      reportedGroup: 'ATS',
      aggregate: true,
    });
    await statistical({ ...official, drug: 'methamphetamine', kilograms: '4.4', reportedGroup: 'ATS' });
    const r = await statisticsReport(t.db, { by: ['group'], actor: null, country: 'KG' });
    expect(r.lines.map((l) => [l.keys.group, l.kilograms])).toEqual([
      ['ats', '4.4'],
      ['cocaine_type', '9.009'],
    ]);
    expect(r.total).toMatchObject({ kilograms: '13.409', figureCount: 2 });
  });
});

describe('the UNODC export with seizures on top', () => {
  let u: TestApp;
  afterAll(async () => {
    await u?.close();
  });

  it('reproduces the export exactly, blanks unknown, and adding seizures of a reported cell changes no total', async () => {
    u = await startTestApp();
    await u.db.updateTable('countries').set({ status: 'member' }).where('code', '=', 'KZ').execute();
    const centreAgency = await buildAgency(u.db, { countryCode: 'KZ', kind: 'regional_centre' });
    await importUnodcFile(
      u.db,
      { requestId: 'stats-unodc', ip: null, actor: null },
      {
        file: UNODC_XLSX,
        ownerAgencyId: centreAgency.id,
        dryRun: false,
      },
    );
    // Figures computed independently in SQL over the imported rows (docs/records-design.md, "Statistics").
    const all = await statisticsReport(u.db, { by: [], actor: null });
    expect(all.total).toMatchObject({
      kilograms: '145085021.17335204497',
      unknownCount: 72,
      figureCount: 10_841,
      basis: 'statistical',
    });
    const officer = await buildUser(u.db, { agencyId: (await buildAgency(u.db, { countryCode: 'KZ' })).id });
    const client = await signedIn(u.url, officer.username, TEST_PASSWORD);
    const before = await stats(client, 'by=country,year,drug&country=KZ&from=2020&to=2020&drug=heroin');
    expect(before.lines).toHaveLength(1);
    const heroin = before.lines[0]!;
    expect(heroin.basis).toBe('statistical');
    await seizure(client, {
      country: 'KZ',
      occurredOn: '2020-08-08',
      distribution: 'all_members',
      lines: [{ drug: 'heroin', quantity: '0.001' }],
    });
    const after = await stats(client, 'by=country,year,drug&country=KZ&from=2020&to=2020&drug=heroin');
    expect(after.lines[0]).toMatchObject({
      kilograms: heroin.kilograms,
      basis: 'statistical',
      seizureKilograms: new Exact(heroin.seizureKilograms).plus('0.001').toFixed(),
      seizureLines: heroin.seizureLines + 1,
    });
    const kz = await stats(client, 'by=country,year&country=KZ&from=2020&to=2020');
    expect(kz.lines[0]!.kilograms).toBe('20106.90032825');
  }, 300_000); // a fresh database and the 11,013-row import
});
