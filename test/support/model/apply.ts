/**
 * Runs one command of the model-based visibility test through the real HTTP API, predicts its answer
 * from the model (status, and for hidden objects the exact "not found" body), and updates the model
 * with what the server accepted.
 */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ApiResponse } from '../client.js';
import type { Command } from './commands.js';
import { applySharing, objectsOf, sees, send, sharingBody, who, type RunContext } from './run-context.js';
import {
  createUser,
  setCountryStatus,
  AGENCY_COUNTRIES,
  type LineSpec,
  type ModelObject,
  type RunUser,
} from './world.js';

const API = '/api/v1';
const pad = (n: number) => String(n).padStart(3, '0');

/** Asserts a status; a 404 must be the very text a missing id gets on the same route. */
function expectAnswer(ctx: RunContext, res: ApiResponse, status: number, route: string, what: string): void {
  expect(res.status, `${what}: ${res.text}`).toBe(status);
  if (status === 404 && ctx.missing.has(route)) {
    expect(res.text, `${what}: a hidden object answers like a missing one`).toBe(ctx.missing.get(route));
  }
  ctx.tally.add(route);
}

function linesBody(lines: LineSpec[]) {
  return lines.map((l) => ({ drug: l.drug, unit: l.unit, ...(l.quantity ? { quantity: l.quantity } : {}) }));
}

/** The user a command acts as: with `fit`, one the predicate accepts if there is any. */
function actingUser(ctx: RunContext, by: number, fit: boolean, ok: (u: RunUser) => boolean): RunUser {
  const candidates = fit ? ctx.users.filter(ok) : [];
  const list = candidates.length > 0 ? candidates : ctx.users;
  return list[by % list.length]!;
}

function occurredOn(ctx: RunContext, precision: 'day' | 'month' | 'year', seq: number): string {
  const month = String((seq % 12) + 1).padStart(2, '0');
  if (precision === 'year') return String(ctx.cell.year);
  if (precision === 'month') return `${ctx.cell.year}-${month}`;
  return `${ctx.cell.year}-${month}-${String((seq % 28) + 1).padStart(2, '0')}`;
}

function newObject(
  ctx: RunContext,
  table: ModelObject['table'],
  id: string,
  label: string,
  owner: number,
): ModelObject {
  return {
    table,
    id,
    label,
    owner,
    distribution: 'own_agency',
    named: [],
    grants: [],
    exportGrants: [],
    reshareGrants: [],
    pending: new Set(),
    handlingCode: 'H0',
    handlingRestriction: null,
    evaluation: undefined,
    statisticsOnly: false,
    version: 1,
  };
}

async function createRecord(ctx: RunContext, c: Extract<Command, { kind: 'createRecord' }>) {
  const user = ctx.users[c.by % ctx.users.length]!;
  const label = `${ctx.tag}-P${pad(ctx.seq++)}`;
  const { body: sharing, named } = sharingBody(ctx, c.sharing);
  const res = await send(user.client, 'POST', `${API}/records`, {
    schema: 'Person',
    properties: { name: [label] },
    sharing,
  });
  if (!user.canWrite) {
    expectAnswer(ctx, res, 403, 'POST /records', `create by ${who(ctx, user)}`);
    return undefined;
  }
  expectAnswer(ctx, res, 201, 'POST /records', `create by ${who(ctx, user)}`);
  const obj = newObject(ctx, 'records', res.body.id as string, label, user.agency);
  applySharing(obj, c.sharing, named);
  ctx.objects.push(obj);
  ctx.world.objects.push(obj);
  return obj;
}

async function createSeizure(ctx: RunContext, c: Extract<Command, { kind: 'createSeizure' }>) {
  const user = ctx.users[c.by % ctx.users.length]!;
  const seq = ctx.seq++;
  const label = `${ctx.tag}-S${pad(seq)}`;
  const { body: sharing, named } = sharingBody(ctx, c.sharing);
  const records = objectsOf(ctx, 'records');
  const party = c.party === null || records.length === 0 ? null : records[c.party % records.length]!;
  const body = {
    reference: label,
    occurredOn: occurredOn(ctx, c.precision, seq),
    country: ctx.cell.country,
    drugs: linesBody(c.lines),
    sharing,
    parties: party ? [{ recordId: party.id, role: 'courier' }] : [],
  };
  const what = `seizure by ${who(ctx, user)}`;
  let res = await send(user.client, 'POST', `${API}/seizures`, body);
  if (!user.canWrite) {
    expectAnswer(ctx, res, 403, 'POST /seizures', what);
    return undefined;
  }
  const parties = party && sees(ctx, user, party) ? [party] : [];
  if (party && parties.length === 0) {
    // A party record the writer may not see is refused exactly like a missing one.
    const missing = await send(user.client, 'POST', `${API}/seizures`, {
      ...body,
      parties: [{ recordId: randomUUID(), role: 'courier' }],
    });
    expect(res.status, `${what} naming a hidden party`).toBe(404);
    expect(res.text, `${what}: a hidden party answers like a missing one`).toBe(missing.text);
    ctx.tally.add('POST /seizures (hidden party)');
    res = await send(user.client, 'POST', `${API}/seizures`, { ...body, parties: [] });
  }
  expectAnswer(ctx, res, 201, 'POST /seizures', what);
  const obj = newObject(ctx, 'seizures', res.body.id as string, label, user.agency);
  applySharing(obj, c.sharing, named);
  Object.assign(obj, { country: ctx.cell.country, year: ctx.cell.year, lines: c.lines, parties });
  obj.occurredOn = body.occurredOn;
  ctx.objects.push(obj);
  ctx.world.objects.push(obj);
  return obj;
}

const sharingKey = (o: ModelObject, named: string[]) =>
  JSON.stringify([
    o.distribution,
    named,
    o.handlingCode,
    o.handlingRestriction,
    o.evaluation ?? null,
    o.statisticsOnly,
  ]);

async function patchRecord(ctx: RunContext, c: Extract<Command, { kind: 'patchRecord' }>) {
  const records = objectsOf(ctx, 'records');
  if (records.length === 0) return undefined;
  const obj = records[c.which % records.length]!;
  const user = actingUser(ctx, c.by, c.fit, (u) => u.canWrite && u.agency === obj.owner);
  const { body: sharing, named } = sharingBody(ctx, c.sharing);
  const res = await send(user.client, 'PATCH', `${API}/records/${obj.id}`, { version: obj.version, sharing });
  const what = `patch of ${obj.label} by ${who(ctx, user)}`;
  const status = !user.canWrite ? 403 : !sees(ctx, user, obj) ? 404 : user.agency !== obj.owner ? 403 : 200;
  expectAnswer(ctx, res, status, 'PATCH /records/:id', what);
  if (status !== 200) return obj;
  const before = sharingKey(
    obj,
    obj.named.map((n) => ctx.world.agencies[n]!.id),
  );
  applySharing(obj, c.sharing, named);
  if (sharingKey(obj, sharing.distributionAgencies) !== before) obj.version += 1;
  expect(res.body.version, what).toBe(obj.version);
  return obj;
}

async function putSeizure(ctx: RunContext, c: Extract<Command, { kind: 'putSeizure' }>) {
  const seizures = objectsOf(ctx, 'seizures');
  if (seizures.length === 0) return undefined;
  const obj = seizures[c.which % seizures.length]!;
  const user = actingUser(ctx, c.by, c.fit, (u) => u.canWrite && u.agency === obj.owner);
  const { body: sharing, named } = sharingBody(ctx, c.sharing);
  const parties = obj.parties ?? [];
  const res = await send(user.client, 'PUT', `${API}/seizures/${obj.id}`, {
    version: obj.version,
    reference: obj.label,
    occurredOn: obj.occurredOn,
    country: obj.country,
    narrative: `Revision ${obj.version + 1}`,
    drugs: linesBody(c.lines),
    sharing,
    parties: parties.map((p) => ({ recordId: p.id, role: 'courier' })),
  });
  const what = `replacement of ${obj.label} by ${who(ctx, user)}`;
  const partyHidden = parties.some((p) => !sees(ctx, user, p));
  const status = !user.canWrite
    ? 403
    : !sees(ctx, user, obj)
      ? 404
      : user.agency !== obj.owner
        ? 403
        : partyHidden
          ? 404
          : 200;
  expectAnswer(
    ctx,
    res,
    status,
    partyHidden && status === 404 && sees(ctx, user, obj)
      ? 'PUT /seizures (hidden party)'
      : 'PUT /seizures/:id',
    what,
  );
  if (status !== 200) return obj;
  applySharing(obj, c.sharing, named);
  obj.lines = c.lines;
  obj.version += 1;
  expect(res.body.version, what).toBe(obj.version);
  return obj;
}

async function request(ctx: RunContext, c: Extract<Command, { kind: 'request' }>) {
  const all = objectsOf(ctx, c.table);
  // With `fit`, an H2 object if there is one: only those can be asked about.
  const h2 = c.fit ? all.filter((o) => o.handlingCode === 'H2') : [];
  const objs = h2.length > 0 ? h2 : all;
  if (objs.length === 0) return undefined;
  const obj = objs[c.which % objs.length]!;
  const user = actingUser(
    ctx,
    c.by,
    c.fit,
    (u) => u.canWrite && u.agency !== obj.owner && sees(ctx, u, obj) && obj.handlingCode === 'H2',
  );
  const target = ctx.agencies[c.target % ctx.agencies.length]!;
  const reshare = c.requestKind === 'reshare';
  const res = await send(user.client, 'POST', `${API}/sharing-requests`, {
    recordTable: c.table,
    recordId: obj.id,
    kind: c.requestKind,
    ...(reshare ? { targetAgencyId: ctx.world.agencies[target]!.id } : {}),
    reason: 'Joint investigation',
  });
  const key = `${c.requestKind}:${user.agency}:${reshare ? target : '-'}`;
  const granted = reshare ? obj.grants.includes(target) : obj.exportGrants.includes(user.agency);
  const status = !user.canWrite
    ? 403
    : !sees(ctx, user, obj)
      ? 404
      : user.agency === obj.owner || obj.handlingCode !== 'H2'
        ? 400
        : reshare && (target === obj.owner || target === user.agency)
          ? 400
          : obj.pending.has(key) || granted
            ? 409
            : 201;
  const what = `${c.requestKind} request for ${obj.label} by ${who(ctx, user)}`;
  expectAnswer(ctx, res, status, 'POST /sharing-requests', what);
  if (status !== 201) return obj;
  obj.pending.add(key);
  if (c.decision === 'none') return obj;
  let decider: RunUser | undefined = ctx.users.find((u) => u.agency === obj.owner && u.canDecide);
  if (!decider) {
    // The owner agency's national coordinator joins the run to decide.
    decider = await createUser(ctx.db, user.client.baseUrl, ctx.world, obj.owner, ['national_coordinator']);
    ctx.users.push(decider);
  }
  const id = res.body.id as string;
  const decided = await send(
    decider.client,
    'POST',
    `${API}/sharing-requests/${id}/${c.decision}`,
    c.decision === 'approve' ? {} : { note: 'Not now' },
  );
  expectAnswer(ctx, decided, 200, `POST /sharing-requests/:id/${c.decision}`, `${c.decision} of ${what}`);
  obj.pending.delete(key);
  if (c.decision === 'approve' && reshare) {
    if (!obj.reshareGrants.includes(user.agency)) obj.reshareGrants.push(user.agency);
    if (!obj.grants.includes(target)) obj.grants.push(target);
  }
  if (c.decision === 'approve' && !reshare) obj.exportGrants.push(user.agency);
  return obj;
}

/** Runs a command; returns the object it touched, for the checks that follow it. */
export async function applyCommand(ctx: RunContext, c: Command): Promise<ModelObject | undefined> {
  switch (c.kind) {
    case 'createRecord':
      return createRecord(ctx, c);
    case 'createSeizure':
      return createSeizure(ctx, c);
    case 'patchRecord':
      return patchRecord(ctx, c);
    case 'putSeizure':
      return putSeizure(ctx, c);
    case 'request':
      return request(ctx, c);
    case 'countryStatus':
      await setCountryStatus(ctx.db, ctx.world, AGENCY_COUNTRIES[c.country]!, c.status);
      return undefined;
  }
}
