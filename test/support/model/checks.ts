/**
 * What one actor sees through the detail routes — get by id, history, the lists with and without
 * filters, free-text search — compared with the reference model. A hidden object must answer
 * exactly like a missing one.
 */
import { expect } from 'vitest';
import { objectsOf, sees, who, type RunContext } from './run-context.js';
import type { ModelObject, RunUser } from './world.js';

const API = '/api/v1';
const sorted = (ids: string[]) => [...ids].sort();
const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]): [string, string] => [k, String(v)])).toString();

/** Get by id: 200 with the model's sharing facts when visible, the missing-id text otherwise. */
export async function checkGet(ctx: RunContext, user: RunUser, obj: ModelObject): Promise<void> {
  const res = await user.client.get(`${API}/${obj.table}/${obj.id}`);
  const route = `GET /${obj.table}/:id`;
  const what = `${route} ${obj.label} for ${who(ctx, user)}`;
  ctx.tally.add(route);
  if (!sees(ctx, user, obj)) {
    expect(res.status, what).toBe(404);
    expect(res.text, `${what}: hidden answers like missing`).toBe(ctx.missing.get(route));
    return;
  }
  expect(res.status, what).toBe(200);
  expect(res.body.version, what).toBe(obj.version);
  expect(res.body.sharing, what).toMatchObject({
    distribution: obj.distribution,
    distributionAgencies: obj.named.map((n) => ctx.world.agencies[n]!.id),
    handlingCode: obj.handlingCode,
    statisticsOnly: obj.statisticsOnly,
  });
  if (obj.table === 'seizures') {
    // A party record the actor may not see keeps its role in the report, never its id or caption.
    const parties = (res.body.parties as { recordId: string | null; caption: string | null }[]).map((p) => [
      p.recordId,
      p.caption,
    ]);
    expect(parties, `${what}: parties`).toEqual(
      obj.parties!.map((p) => (sees(ctx, user, p) ? [p.id, p.label] : [null, null])),
    );
    expect(res.body.drugs.length, what).toBe(obj.lines!.length);
  }
}

/** History: every version when visible, the missing-id text otherwise. */
async function checkHistory(ctx: RunContext, user: RunUser, obj: ModelObject): Promise<void> {
  const res = await user.client.get(`${API}/${obj.table}/${obj.id}/history`);
  const route = `GET /${obj.table}/:id/history`;
  const what = `${route} ${obj.label} for ${who(ctx, user)}`;
  ctx.tally.add(route);
  if (!sees(ctx, user, obj)) {
    expect(res.status, what).toBe(404);
    expect(res.text, `${what}: hidden answers like missing`).toBe(ctx.missing.get(route));
    return;
  }
  expect(res.status, what).toBe(200);
  expect(
    res.body.items.map((v: { version: number }) => v.version),
    what,
  ).toEqual(Array.from({ length: obj.version }, (_, i) => obj.version - i));
}

async function list(
  ctx: RunContext,
  user: RunUser,
  table: 'records' | 'seizures',
  params: Record<string, string | number>,
) {
  const res = await user.client.get(`${API}/${table}?${q({ limit: 500, ...params })}`);
  expect(res.status, `GET /${table}?${q(params)} for ${who(ctx, user)}: ${res.text}`).toBe(200);
  return res.body as { items: { id: string }[]; total?: number; nextBefore?: string | null };
}

/** A list answer must hold exactly the expected objects (and, for seizures, count them in `total`). */
async function checkList(
  ctx: RunContext,
  user: RunUser,
  table: 'records' | 'seizures',
  params: Record<string, string | number>,
  expected: ModelObject[],
  route: string,
): Promise<void> {
  const body = await list(ctx, user, table, params);
  const what = `GET /${table}?${q(params)} for ${who(ctx, user)}`;
  expect(sorted(body.items.map((i) => i.id)), what).toEqual(sorted(expected.map((o) => o.id)));
  if (table === 'seizures') expect(body.total, what).toBe(expected.length);
  ctx.tally.add(route);
}

/**
 * Every list, search, get and history answer of one actor for the run's objects; with `global`, also
 * the unfiltered lists over everything the file has created (the model knows all of it).
 */
export async function checkDetailRoutes(
  ctx: RunContext,
  user: RunUser,
  salt: number,
  global: boolean,
): Promise<void> {
  const records = objectsOf(ctx, 'records');
  const seizures = objectsOf(ctx, 'seizures');
  const visible = (objs: ModelObject[]) => objs.filter((o) => sees(ctx, user, o));
  const owner = ctx.agencies[salt % ctx.agencies.length]!;
  const ownerId = ctx.world.agencies[owner]!.id;
  const ofOwner = (objs: ModelObject[]) => visible(objs).filter((o) => o.owner === owner);
  const checks: Promise<void>[] = [
    checkList(ctx, user, 'records', { q: ctx.tag }, visible(records), 'GET /records?q'),
    checkList(
      ctx,
      user,
      'records',
      { q: ctx.tag, ownerAgencyId: ownerId },
      ofOwner(records),
      'GET /records?ownerAgencyId',
    ),
    checkList(ctx, user, 'seizures', { q: ctx.tag }, visible(seizures), 'GET /seizures?q'),
    checkList(
      ctx,
      user,
      'seizures',
      { q: ctx.tag, ownerAgencyId: ownerId },
      ofOwner(seizures),
      'GET /seizures?ownerAgencyId',
    ),
  ];
  const drug = seizures[salt % Math.max(1, seizures.length)]?.lines?.[0]?.drug;
  if (drug) {
    const withDrug = visible(seizures).filter((s) => s.lines!.some((l) => l.drug === drug));
    checks.push(checkList(ctx, user, 'seizures', { q: ctx.tag, drug }, withDrug, 'GET /seizures?drug'));
  }
  if (records.length > 0) {
    // Free text on one record's caption: the record itself, and the seizures naming it as a party
    // (matched through a party only when the actor may see the party record too).
    const r = records[salt % records.length]!;
    checks.push(checkList(ctx, user, 'records', { q: r.label }, visible([r]), 'GET /records?q=caption'));
    const viaParty = sees(ctx, user, r) ? visible(seizures).filter((s) => s.parties!.includes(r)) : [];
    checks.push(checkList(ctx, user, 'seizures', { q: r.label }, viaParty, 'GET /seizures?q=party caption'));
  }
  for (const obj of ctx.objects) checks.push(checkGet(ctx, user, obj), checkHistory(ctx, user, obj));
  if (global) checks.push(checkUnfiltered(ctx, user));
  await Promise.all(checks);
}

/** The lists without any filter, against the model of everything created in the file. */
async function checkUnfiltered(ctx: RunContext, user: RunUser): Promise<void> {
  const all = ctx.world.objects.filter((o) => sees(ctx, user, o));
  const seizures = await list(ctx, user, 'seizures', { limit: 1 });
  expect(seizures.total, `GET /seizures total for ${who(ctx, user)}`).toBe(
    all.filter((o) => o.table === 'seizures').length,
  );
  ctx.tally.add('GET /seizures (unfiltered)');
  const records = await list(ctx, user, 'records', {});
  const known = new Map(ctx.world.objects.map((o) => [o.id, o]));
  for (const item of records.items) {
    expect(
      known.get(item.id) && sees(ctx, user, known.get(item.id)!),
      `GET /records lists ${item.id} to ${who(ctx, user)}`,
    ).toBe(true);
  }
  if (!records.nextBefore) {
    expect(records.items.length, `GET /records for ${who(ctx, user)}`).toBe(
      all.filter((o) => o.table === 'records').length,
    );
  }
  ctx.tally.add('GET /records (unfiltered)');
}
