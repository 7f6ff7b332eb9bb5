/**
 * What one actor gets from the aggregate routes — FtM exports of seizures and records, statistics
 * totals and their drill-down — compared with the reference model. Exports carry the visible objects
 * the export rules let out (H2 of others only with an export grant, H1 of others never in a judicial
 * export: src/modules/records/export/export.rules.ts); statistics count visible OR statistics-only
 * seizures, and the drill-down lists only visible ones.
 */
import { expect } from 'vitest';
import { Exact } from '../../../src/modules/records/vocabularies/exact-decimal.js';
import { objectsOf, sees, who, type RunContext } from './run-context.js';
import {
  modelCountsInStatistics,
  modelExportable,
  modelWithheldH2,
  type ModelPurpose,
} from './sharing-model.js';
import type { LineSpec, ModelObject, RunUser } from './world.js';

const API = '/api/v1';
const sorted = (ids: string[]) => [...ids].sort();

interface Entity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function entities(text: string): Entity[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Entity);
}

/** FtM exports of the run's seizures and records (filtered by the run's tag). */
export async function checkExports(ctx: RunContext, user: RunUser, purpose: ModelPurpose): Promise<void> {
  const agencies = ctx.world.agencies;
  const me = agencies[user.agency]!;
  const exportable = (o: ModelObject) => modelExportable(agencies, me, o, purpose);
  const what = (route: string) => `${route} (${purpose}) for ${who(ctx, user)}`;

  const seizures = objectsOf(ctx, 'seizures');
  const s = await user.client.get(`${API}/exports/seizures?format=ftm&purpose=${purpose}&q=${ctx.tag}`);
  expect(s.status, what('export seizures') + s.text.slice(0, 300)).toBe(200);
  const sEntities = entities(s.text);
  const expectedSeizures = seizures.filter(exportable);
  expect(
    sorted(sEntities.filter((e) => e.schema === 'Seizure').map((e) => e.id)),
    what('export seizures'),
  ).toEqual(sorted(expectedSeizures.map((o) => o.id)));
  expect(s.headers.get('x-northroute-withheld-h2'), what('export seizures withheld')).toBe(
    String(seizures.filter((o) => modelWithheldH2(agencies, me, o)).length),
  );
  // Party records travel with a seizure only when the actor may see and export them too.
  const parties = new Set(expectedSeizures.flatMap((o) => o.parties!.filter(exportable).map((p) => p.id)));
  expect(
    sorted(sEntities.filter((e) => e.schema === 'Person').map((e) => e.id)),
    what('export seizure parties'),
  ).toEqual(sorted([...parties]));
  ctx.tally.add('GET /exports/seizures?format=ftm');

  const records = objectsOf(ctx, 'records');
  const r = await user.client.get(`${API}/exports/records?format=ftm&purpose=${purpose}&q=${ctx.tag}`);
  expect(r.status, what('export records') + r.text.slice(0, 300)).toBe(200);
  expect(sorted(entities(r.text).map((e) => e.id)), what('export records')).toEqual(
    sorted(records.filter(exportable).map((o) => o.id)),
  );
  expect(r.headers.get('x-northroute-withheld-h2'), what('export records withheld')).toBe(
    String(records.filter((o) => modelWithheldH2(agencies, me, o)).length),
  );
  ctx.tally.add('GET /exports/records?format=ftm');
}

const KG_PER_UNIT: Record<LineSpec['unit'], string | null> = {
  kg: '1',
  g: '0.001',
  mg: '0.000001',
  tablets: null,
};

interface Expected {
  kilograms: Exact;
  lines: number;
  noQuantity: number;
  unconverted: number;
}

function add(into: Map<string, Expected>, key: string, line: LineSpec): void {
  const e = into.get(key) ?? { kilograms: new Exact(0), lines: 0, noQuantity: 0, unconverted: 0 };
  const factor = KG_PER_UNIT[line.unit];
  e.lines += 1;
  if (line.quantity === undefined) e.noQuantity += 1;
  else if (factor === null) e.unconverted += 1;
  else e.kilograms = e.kilograms.plus(new Exact(line.quantity).times(factor));
  into.set(key, e);
}

function expectLine(actual: Record<string, unknown>, e: Expected, what: string): void {
  expect(
    new Exact(actual.kilograms as string).equals(e.kilograms),
    `${what}: ${String(actual.kilograms)} ≠ ${e.kilograms.toString()}`,
  ).toBe(true);
  expect(
    [actual.seizureLines, actual.seizureNoQuantityLines, actual.seizureUnconvertedLines, actual.unknownCount],
    what,
  ).toEqual([e.lines, e.noQuantity, e.unconverted, e.noQuantity + e.unconverted]);
}

/**
 * Statistics of the run's cell by drug: exact totals over the seizures the actor may see or that are
 * shared for statistics only, nothing that names a hidden seizure, and a drill-down (the seizure list
 * of the cell and drug) that lists only visible seizures.
 */
export async function checkStatistics(ctx: RunContext, user: RunUser, salt: number): Promise<void> {
  const agencies = ctx.world.agencies;
  const me = agencies[user.agency]!;
  const { country, year } = ctx.cell;
  const inCell = ctx.world.objects.filter(
    (o) => o.table === 'seizures' && o.country === country && o.year === year,
  );
  const counted = inCell.filter((o) => modelCountsInStatistics(agencies, me, o));
  const byDrug = new Map<string, Expected>();
  const total = new Map<string, Expected>();
  for (const o of counted) {
    for (const l of o.lines!) {
      add(byDrug, l.drug, l);
      add(total, '', l);
    }
  }
  const res = await user.client.get(`${API}/statistics?by=drug&country=${country}&from=${year}&to=${year}`);
  const what = `GET /statistics ${country} ${year} for ${who(ctx, user)}`;
  expect(res.status, `${what}: ${res.text}`).toBe(200);
  const lines = res.body.lines as (Record<string, unknown> & { keys: { drug: string } })[];
  expect(lines.map((l) => l.keys.drug).sort(), what).toEqual([...byDrug.keys()].sort());
  for (const l of lines) expectLine(l, byDrug.get(l.keys.drug)!, `${what} ${l.keys.drug}`);
  expectLine(
    res.body.total,
    total.get('') ?? { kilograms: new Exact(0), lines: 0, noQuantity: 0, unconverted: 0 },
    `${what} total`,
  );
  // Statistics-only seizures count without any detail: no id or reference of a hidden one.
  for (const o of inCell.filter((h) => !sees(ctx, user, h))) {
    expect(res.text.includes(o.id) || res.text.includes(o.label), `${what} names hidden ${o.label}`).toBe(
      false,
    );
  }
  ctx.tally.add('GET /statistics');

  // One drill-down per actor (the drugs of the cell in turn): a cell and drug, the seizure list.
  const drugs = [...new Set(inCell.flatMap((o) => o.lines!.map((l) => l.drug)))].sort();
  const drills = drugs.length > 0 ? [drugs[salt % drugs.length]!] : [];
  await Promise.all(
    drills.map(async (drug) => {
      const params = `country=${country}&drug=${drug}&from=${year}-01-01&to=${year}-12-31&limit=500`;
      const d = await user.client.get(`${API}/seizures?${params}`);
      const expected = inCell.filter((o) => sees(ctx, user, o) && o.lines!.some((l) => l.drug === drug));
      expect(d.status, `drill-down ${params} for ${who(ctx, user)}`).toBe(200);
      expect(
        sorted(d.body.items.map((i: { id: string }) => i.id)),
        `drill-down ${params} for ${who(ctx, user)}`,
      ).toEqual(sorted(expected.map((o) => o.id)));
      ctx.tally.add('GET /seizures (statistics drill-down)');
    }),
  );
}
