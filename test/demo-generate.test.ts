import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemoRegion } from '../src/demo/load-demo.js';
import { generateDemoData } from '../src/demo/generate/index.js';
import { loadActor } from '../src/platform/access/load-actor.js';
import { getSeizure, listSeizures } from '../src/modules/records/seizures/seizures.service.js';
import { ListSeizuresQuery } from '../src/modules/records/seizures/seizures.schema.js';
import { startTestApp, type TestApp } from './support/app.js';

const ctx = { requestId: 'demo-generate-test', ip: null, actor: null };
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await loadDemoRegion(t.db, { seizures: 0 });
});
afterAll(async () => {
  await t.close();
});

async function one<T>(query: ReturnType<typeof sql<T>>): Promise<T> {
  return (await query.execute(t.db)).rows[0]!;
}

describe('demo generate', () => {
  it('writes 300 seizures with their lines, routes, parties and records, audited', async () => {
    const progress: number[] = [];
    const summary = await generateDemoData(t.db, ctx, {
      seizures: 300,
      onProgress: (done) => progress.push(done),
    });
    expect(summary).toMatchObject({ seizures: 300, skippedSeizures: 0 });
    expect(summary.records).toBeGreaterThan(300);
    expect(progress.at(-1)).toBe(300);

    const counts = await one(sql<{
      seizures: number;
      lines: number;
      routes: number;
      parties: number;
      records: number;
      versions: number;
    }>`
      select (select count(*)::int from seizures where source = 'demo') as seizures,
             (select count(*)::int from seizure_drug_lines) as lines,
             (select count(*)::int from seizure_route) as routes,
             (select count(*)::int from seizure_parties) as parties,
             (select count(*)::int from records where source = 'demo') as records,
             (select count(*)::int from record_versions v join records r on r.id = v.record_id where r.source = 'demo') as versions`);
    expect(counts.seizures).toBe(300);
    expect(counts.lines).toBeGreaterThanOrEqual(300);
    expect(counts.routes).toBeGreaterThan(300);
    expect(counts.parties).toBeGreaterThanOrEqual(300);
    expect(counts.records).toBe(summary.records);
    expect(counts.versions).toBe(counts.records);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'demo.generate')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ seizures: 300, records: summary.records });
  });

  it('points every party at a person or vehicle record, and owns every seizure in its country', async () => {
    const orphans = await one(sql<{ n: number }>`
      select count(*)::int as n from seizure_parties p left join records r on r.id = p.record_id
      where r.id is null or r.schema not in ('Person', 'Vehicle')`);
    expect(orphans.n).toBe(0);
    const foreign = await one(sql<{ n: number }>`
      select count(*)::int as n from seizures s join agencies a on a.id = s.owner_agency_id
      where a.country_code is distinct from s.country or s.owner_country is distinct from s.country`);
    expect(foreign.n).toBe(0);
    const links = await one(sql<{ n: number }>`
      select count(*)::int as n from records m where m.schema = 'Membership'
      and not exists (select 1 from records p where p.id::text = m.properties->'member'->>0 and p.schema = 'Person')`);
    expect(links.n).toBe(0);
    const groups = await one(
      sql<{ n: number }>`select count(*)::int as n from records where schema = 'Organization'`,
    );
    expect(groups.n).toBeGreaterThanOrEqual(6);
  });

  it('keeps totals exact: each header is the sum of its converted lines, never zero, unknown apart', async () => {
    const mismatched = await one(sql<{ n: number }>`
      select count(*)::int as n from seizures s
      where s.total_kg is distinct from (select sum(l.kg_equivalent) from seizure_drug_lines l where l.seizure_id = s.id)
         or s.unconverted_lines <> (select count(*) from seizure_drug_lines l where l.seizure_id = s.id and l.kg_equivalent is null)`);
    expect(mismatched.n).toBe(0);
    const sane = await one(sql<{ zero: number; total: string; heroin: string; aa: string | null }>`
      select (select count(*)::int from seizures where total_kg <= 0) as zero,
             (select sum(total_kg)::text from seizures) as total,
             (select sum(kg_equivalent)::text from seizure_drug_lines where drug_code = 'heroin') as heroin,
             (select min(kg_factor)::text from seizure_drug_lines where drug_code = 'acetic_anhydride' and unit = 'l') as aa`);
    expect(sane.zero).toBe(0);
    expect(Number(sane.total)).toBeGreaterThan(100);
    expect(Number(sane.total)).toBeLessThan(1_000_000);
    expect(Number(sane.heroin)).toBeGreaterThan(10);
    // Litres of acetic anhydride convert by a density (the drug's 1.082 or one stated on the drums).
    if (sane.aa !== null) expect(['1.08', '1.082']).toContain(sane.aa);
  });

  it('is re-runnable: the same seed adds nothing, a larger run adds only the rest', async () => {
    const before = await t.db
      .selectFrom('seizures')
      .select(['id', 'reference', 'total_kg'])
      .orderBy('id')
      .execute();
    const again = await generateDemoData(t.db, ctx, { seizures: 300 });
    expect(again).toMatchObject({ seizures: 0, records: 0, skippedSeizures: 300 });
    const more = await generateDemoData(t.db, ctx, { seizures: 550 });
    expect(more).toMatchObject({ seizures: 250, skippedSeizures: 300 });
    const after = await t.db
      .selectFrom('seizures')
      .select(['id', 'reference', 'total_kg'])
      .orderBy('id')
      .execute();
    expect(after).toHaveLength(550);
    const kept = new Map(after.map((s) => [s.id, s]));
    for (const s of before) expect(kept.get(s.id)).toEqual(s);
  });

  it('shows an analyst of the region believable seizures through the seizure service', async () => {
    const user = await t.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'kz-mvd.analyst')
      .executeTakeFirstOrThrow();
    const actor = (await loadActor(t.db, user.id, { kind: 'session', sessionId: 's', stage: 'full' }))!;
    const page = await listSeizures(t.db, { ...ctx, actor }, ListSeizuresQuery.parse({ limit: 20 }));
    expect(page.total).toBeGreaterThan(300);
    expect(page.total).toBeLessThan(550);
    const view = await getSeizure(t.db, { ...ctx, actor }, page.items[0]!.id);
    expect(view.drugs.length).toBeGreaterThan(0);
    expect(view.narrative).toBeTruthy();
    const shared = await one(sql<{ id: string }>`
      select s.id from seizures s join seizure_parties p on p.seizure_id = s.id join records r on r.id = p.record_id
      where s.distribution = 'all_members' and r.distribution = 'all_members' and r.schema = 'Person' limit 1`);
    const withParty = await getSeizure(t.db, { ...ctx, actor }, shared.id);
    expect(withParty.parties.some((p) => p.schema === 'Person' && (p.caption ?? '').length > 3)).toBe(true);
  });
});
