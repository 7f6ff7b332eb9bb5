import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importUnodcFile } from '../src/modules/records/statistics/import-unodc.js';
import { statisticsTable } from '../src/modules/records/statistics/statistics.js';
import { Exact } from '../src/modules/records/vocabularies/exact-decimal.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildAgency } from './support/factories.js';

const UNODC_XLSX = fileURLToPath(
  new URL('../../shared/data/unodc/drug_seizures_2018_2022.xlsx', import.meta.url),
);
const ctx = { requestId: 'import-test', ip: null, actor: null };

let t: TestApp;
let agencyId: string;
beforeAll(async () => {
  t = await startTestApp();
  agencyId = (await buildAgency(t.db, { code: 'CARICC-STAT', kind: 'regional_centre' })).id;
});
afterAll(async () => {
  await t.close();
});

/** Exact sum in SQL (numeric), as text. */
async function total(where: ReturnType<typeof sql>): Promise<string | null> {
  const result = await sql<{
    s: string | null;
  }>`select sum(kilograms)::text as s from statistical_records where ${where}`.execute(t.db);
  return result.rows[0]!.s;
}

describe('UNODC data-portal import', () => {
  it('a dry run reads every row and writes nothing', async () => {
    const summary = await importUnodcFile(t.db, ctx, {
      file: UNODC_XLSX,
      ownerAgencyId: agencyId,
      dryRun: true,
    });
    expect(summary).toMatchObject({ dryRun: true, rowsRead: 11_013, inserted: 0 });
    expect(summary.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { n } = await t.db
      .selectFrom('statistical_records')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n).toBe(0);
  });

  it('gives country-year totals equal to the file exactly, with blanks unknown, and audits the batch', async () => {
    const progress: number[] = [];
    const summary = await importUnodcFile(t.db, ctx, {
      file: UNODC_XLSX,
      ownerAgencyId: agencyId,
      dryRun: false,
      onProgress: (phase, done) => phase === 'writing' && progress.push(done),
    });
    expect(summary).toMatchObject({ rowsRead: 11_013, inserted: 11_013, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toBe(11_013);
    const { n, unknown, countries } = await t.db
      .selectFrom('statistical_records')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        sql<number>`count(*) filter (where kilograms is null)::int`.as('unknown'),
        sql<number>`count(distinct country)::int`.as('countries'),
      ])
      .executeTakeFirstOrThrow();
    expect({ n, unknown, countries }).toEqual({ n: 11_013, unknown: 72, countries: 156 });
    // Figures computed independently from the sheet XML (src/modules/records/import/__fixtures__/unodc_totals.py).
    expect(await total(sql`country = 'KZ' and year = 2020`)).toBe('20106.90032825');
    expect(await total(sql`country = 'TJ' and year = 2022`)).toBe('95936.598');
    expect(await total(sql`country = 'AF' and year = 2021`)).toBe('243010.57174');
    expect(await total(sql`country = 'KG' and year = 2019`)).toBe('16164');
    expect(await total(sql`true`)).toBe('145717089.33934414497');
    const provenance = await t.db
      .selectFrom('statistical_records')
      .select('provenance')
      .where('kilograms', 'is', null)
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(provenance.provenance).toMatchObject({
      file: 'drug_seizures_2018_2022.xlsx',
      sheet: expect.any(String),
      row: expect.any(Number),
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'import.commit')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ rows: 11_013, inserted: 11_013 });
  });

  it('importing the same file again changes nothing', async () => {
    const before = await t.db
      .selectFrom('statistical_records')
      .select(['id', 'kilograms', 'updated_at'])
      .orderBy('id')
      .execute();
    const summary = await importUnodcFile(t.db, ctx, {
      file: UNODC_XLSX,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 11_013 });
    const after = await t.db
      .selectFrom('statistical_records')
      .select(['id', 'kilograms', 'updated_at'])
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
  });

  it('statistics: exact totals without the reported-total rows, unknowns counted, change against the previous year', async () => {
    const lines = await statisticsTable(t.db, { by: ['country', 'year'], actor: null, country: 'KZ' });
    const kz2020 = lines.find((l) => l.keys.year === '2020')!;
    const kz2019 = lines.find((l) => l.keys.year === '2019')!;
    // Adding back the reported totals gives the file's own country-year sum exactly.
    const totals = await total(sql`country = 'KZ' and year = 2020 and aggregate`);
    expect(new Exact(kz2020.kilograms).plus(new Exact(totals ?? '0')).toString()).toBe('20106.90032825');
    expect(kz2020.previousKilograms).toBe(kz2019.kilograms);
    expect(kz2020.change).toBe(new Exact(kz2020.kilograms).minus(new Exact(kz2019.kilograms)).toString());
    expect(kz2020.sources).toEqual(['unodc-data-portal']);
    const unknown = await statisticsTable(t.db, { by: ['year'], actor: null });
    expect(unknown.reduce((n, l) => n + l.unknownCount, 0)).toBeLessThanOrEqual(72);
    expect(unknown.reduce((n, l) => n + l.unknownCount, 0)).toBeGreaterThan(0);
  });

  it('statistics respect the sharing rule for an actor of another agency', async () => {
    const { loadActor } = await import('../src/platform/access/load-actor.js');
    const { buildUser } = await import('./support/factories.js');
    const outsider = await buildUser(t.db, {
      agencyId: (await buildAgency(t.db, { countryCode: 'BR' })).id,
      roles: ['analyst'],
    });
    const actor = (await loadActor(t.db, outsider.id, { kind: 'session', sessionId: 's', stage: 'full' }))!;
    expect(actor.membership).toBeNull();
    // Brazil has no standing in the centre: figures shared with members and observers stay hidden.
    expect(await statisticsTable(t.db, { by: ['country'], actor })).toEqual([]);
    await t.db
      .updateTable('statistical_records')
      .set({ statistics_only: true })
      .where('country', '=', 'KZ')
      .execute();
    const shared = await statisticsTable(t.db, { by: ['country'], actor });
    expect(shared.map((l) => l.keys.country)).toEqual(['KZ']);
  });
});
