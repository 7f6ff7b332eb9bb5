/**
 * The H2 request → approve / refuse / withdraw workflow through real HTTP, on both databases: who
 * may ask, who may decide, what the grants do to visibility, who is notified, and that every step
 * is audited in the transaction that made it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn, type ApiClient } from './support/client.js';
import { buildAgency, buildUser } from './support/factories.js';
import type { Role } from '../src/platform/db/schema.js';

const U = '/api/v1';
let t: TestApp;
let owner: { id: string };
let requester: { id: string };
let target: { id: string };
let third: { id: string };
/** Owner agency: an officer who writes records, a national coordinator who decides, a viewer. */
let oOfficer: ApiClient;
let oCoord: ApiClient;
let oViewer: ApiClient;
/** Requester agency: the officer who asks, and a colleague. */
let rOfficer: ApiClient;
let rColleague: ApiClient;
let tOfficer: ApiClient;
let xCoord: ApiClient;
let h2RecordId: string;
let h2Caption: string;

async function client(agencyId: string, roles: Role[]): Promise<ApiClient> {
  const user = await buildUser(t.db, { agencyId, roles });
  return signedIn(t.url, user.username, user.password);
}

async function createRecord(
  by: ApiClient,
  caption: string,
  sharing: Record<string, unknown>,
): Promise<string> {
  const res = await by.post(`${U}/records`, { schema: 'Person', properties: { name: [caption] }, sharing });
  expect(res.status, res.text).toBe(201);
  return (res.body as { id: string }).id;
}

const named = (agencyIds: string[], handlingCode = 'H2') => ({
  distribution: 'named_agencies',
  distributionAgencies: agencyIds,
  handlingCode,
});

async function ask(body: Record<string, unknown>, by = rOfficer) {
  return by.post(`${U}/sharing-requests`, { reason: 'Joint case with the prosecutor', ...body });
}

async function grantsOf(recordId: string) {
  return t.db
    .selectFrom('record_grants')
    .select(['grantee_agency_id', 'kind'])
    .where('record_id', '=', recordId)
    .orderBy('kind')
    .execute();
}

async function notificationsOf(c: ApiClient) {
  const res = await c.get(`${U}/notifications`);
  expect(res.status, res.text).toBe(200);
  return res.body as {
    unread: number;
    items: { id: string; kind: string; objectId: string; direct: boolean; readAt: string | null }[];
  };
}

beforeAll(async () => {
  t = await startTestApp();
  await t.db
    .updateTable('countries')
    .set({ status: 'member' })
    .where('code', 'in', ['KZ', 'UZ', 'KG', 'TJ'])
    .execute();
  owner = await buildAgency(t.db, { countryCode: 'KZ' });
  requester = await buildAgency(t.db, { countryCode: 'UZ' });
  target = await buildAgency(t.db, { countryCode: 'TJ' });
  third = await buildAgency(t.db, { countryCode: 'KG' });
  oOfficer = await client(owner.id, ['officer']);
  oCoord = await client(owner.id, ['national_coordinator']);
  oViewer = await client(owner.id, ['viewer']);
  rOfficer = await client(requester.id, ['officer']);
  rColleague = await client(requester.id, ['analyst']);
  tOfficer = await client(target.id, ['officer']);
  xCoord = await client(third.id, ['national_coordinator']);
  h2Caption = `Karimov Rustam ${randomUUID().slice(0, 6)}`;
  h2RecordId = await createRecord(oOfficer, h2Caption, named([requester.id]));
});

afterAll(async () => {
  await t?.close();
});

describe('asking', () => {
  it('only for a record the asker sees: an invisible record answers exactly like a missing one', async () => {
    const hidden = await createRecord(oOfficer, 'Hidden person', {
      distribution: 'own_agency',
      handlingCode: 'H2',
    });
    const invisible = await ask({ recordTable: 'records', recordId: hidden, kind: 'export' });
    const missing = await ask({ recordTable: 'records', recordId: randomUUID(), kind: 'export' });
    expect(invisible.status).toBe(404);
    expect(invisible.text).toBe(missing.text);
    expect(invisible.text).not.toContain('Hidden');
    // The same id named as a seizure is not found either: the table named is the one looked in.
    expect((await ask({ recordTable: 'seizures', recordId: h2RecordId, kind: 'export' })).status).toBe(404);
  });

  it('only for H2 records, and not by the owner: 400 naming recordId', async () => {
    for (const code of ['H0', 'H1']) {
      const id = await createRecord(oOfficer, `Person ${code}`, named([requester.id], code));
      const res = await ask({ recordTable: 'records', recordId: id, kind: 'export' });
      expect(res.status, code).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'recordId' });
    }
    const own = await ask({ recordTable: 'records', recordId: h2RecordId, kind: 'export' }, oOfficer);
    expect(own.status).toBe(400);
    expect(own.body.error.field).toBe('recordId');
  });

  it('a reshare names a real target other than the owner and the asker; an export names none', async () => {
    const base = { recordTable: 'records', recordId: h2RecordId };
    for (const [body, field] of [
      [{ ...base, kind: 'reshare' }, 'targetAgencyId'],
      [{ ...base, kind: 'export', targetAgencyId: target.id }, 'targetAgencyId'],
      [{ ...base, kind: 'reshare', targetAgencyId: randomUUID() }, 'targetAgencyId'],
      [{ ...base, kind: 'reshare', targetAgencyId: owner.id }, 'targetAgencyId'],
      [{ ...base, kind: 'reshare', targetAgencyId: requester.id }, 'targetAgencyId'],
      [{ ...base, kind: 'export', reason: '   ' }, 'reason'],
    ] as const) {
      const res = await ask(body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
    expect(await t.db.selectFrom('sharing_requests').select('id').execute()).toEqual([]);
  });

  it('a viewer may not ask (403)', async () => {
    const viewer = await client(requester.id, ['viewer']);
    const res = await ask({ recordTable: 'records', recordId: h2RecordId, kind: 'export' }, viewer);
    expect(res.status).toBe(403);
  });
});

describe('an export request, approved', () => {
  let requestId: string;

  it('is created pending, audited, and the owner agency is notified (the asker is not)', async () => {
    const res = await ask({ recordTable: 'records', recordId: h2RecordId, kind: 'export' });
    expect(res.status, res.text).toBe(201);
    requestId = res.body.id;
    expect(res.body).toMatchObject({
      box: 'outgoing',
      status: 'pending',
      kind: 'export',
      record: { caption: h2Caption },
      ownerAgency: { id: owner.id },
      requesterAgency: { id: requester.id },
      targetAgency: null,
      canDecide: false,
      canWithdraw: true,
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_agency_id'])
      .where('object_id', '=', requestId)
      .execute();
    expect(audit).toEqual([{ action: 'sharing_request.create', object_agency_id: owner.id }]);
    const seen = await notificationsOf(oOfficer);
    expect(seen.items.map((n) => [n.kind, n.objectId, n.direct])).toContainEqual([
      'sharing_request.created',
      requestId,
      false,
    ]);
    expect(seen.unread).toBeGreaterThanOrEqual(1);
    for (const other of [rOfficer, tOfficer, xCoord]) {
      expect((await notificationsOf(other)).items.map((n) => n.objectId)).not.toContain(requestId);
    }
  });

  it('the same request again is a CONFLICT while the first is pending', async () => {
    const res = await ask({ recordTable: 'records', recordId: h2RecordId, kind: 'export' }, rColleague);
    expect(res.status).toBe(409);
  });

  it('shows in the owner’s incoming box and the asker’s outgoing box, not in anyone else’s', async () => {
    const incoming = await oCoord.get(`${U}/sharing-requests?box=incoming&status=pending`);
    expect(incoming.body.items.map((r: { id: string }) => r.id)).toContain(requestId);
    expect(incoming.body.items[0]).toMatchObject({ box: 'incoming', canDecide: true, canWithdraw: false });
    const outgoing = await rOfficer.get(`${U}/sharing-requests?box=outgoing`);
    expect(outgoing.body.items.map((r: { id: string }) => r.id)).toEqual([requestId]);
    expect((await rOfficer.get(`${U}/sharing-requests?box=incoming`)).body.items).toEqual([]);
    expect((await oCoord.get(`${U}/sharing-requests?box=incoming&status=approved`)).body.items).toEqual([]);
    for (const box of ['incoming', 'outgoing']) {
      const res = await xCoord.get(`${U}/sharing-requests?box=${box}`);
      expect(res.status).toBe(200);
      expect(res.body.items).toEqual([]);
      expect(res.text).not.toContain(h2Caption);
    }
  });

  it('a third agency can neither see nor decide it: 404, the same as a missing id', async () => {
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['POST', '/approve', { note: 'ok' }],
      ['POST', '/refuse', { note: 'no' }],
      ['POST', '/withdraw', {}],
    ] as const) {
      const real = await xCoord.request(method, `${U}/sharing-requests/${requestId}${suffix}`, body);
      const missing = await xCoord.request(method, `${U}/sharing-requests/${randomUUID()}${suffix}`, body);
      expect(real.status, `${method} ${suffix}`).toBe(404);
      expect(real.text).toBe(missing.text);
    }
    // The asker's side cannot decide (it is not the owner): not found for him as well.
    expect((await rOfficer.post(`${U}/sharing-requests/${requestId}/approve`, {})).status).toBe(404);
  });

  it('users of the owner agency without the deciding role get 403 and change nothing', async () => {
    for (const c of [oOfficer, oViewer]) {
      expect((await c.post(`${U}/sharing-requests/${requestId}/approve`, {})).status).toBe(403);
      expect((await c.post(`${U}/sharing-requests/${requestId}/refuse`, { note: 'no' })).status).toBe(403);
    }
    expect(await grantsOf(h2RecordId)).toEqual([]);
  });

  it('approved by the national coordinator: the export grant, the status and the audit row in one transaction; the asker is told', async () => {
    const res = await oCoord.request(
      'POST',
      `${U}/sharing-requests/${requestId}/approve`,
      { note: 'For the case' },
      {
        headers: { 'x-request-id': 'sharing-approve-1' },
      },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'approved', decisionNote: 'For the case', canDecide: false });
    expect(await grantsOf(h2RecordId)).toEqual([{ grantee_agency_id: requester.id, kind: 'export' }]);
    // Rows written by one transaction carry its transaction id (xmin).
    const { rows } = await sql<{ xid: string }>`
      select xmin::text as xid from audit_log where request_id = 'sharing-approve-1' and action = 'sharing_request.approve'
      union all select xmin::text from record_grants where record_id = ${h2RecordId}
      union all select xmin::text from sharing_requests where id = ${requestId}
      union all select xmin::text from notifications where object_id = ${requestId} and kind = 'sharing_request.approved'`.execute(
      t.db,
    );
    expect(rows).toHaveLength(4);
    expect(new Set(rows.map((r) => r.xid)).size).toBe(1);
    const told = await notificationsOf(rOfficer);
    expect(told.items[0]).toMatchObject({
      kind: 'sharing_request.approved',
      objectId: requestId,
      direct: true,
    });
    // Addressed to the user who asked, not to his colleagues.
    expect((await notificationsOf(rColleague)).items.map((n) => n.objectId)).not.toContain(requestId);
  });

  it('a second decision is a CONFLICT, and changes nothing', async () => {
    expect((await oCoord.post(`${U}/sharing-requests/${requestId}/approve`, {})).status).toBe(409);
    expect((await oCoord.post(`${U}/sharing-requests/${requestId}/refuse`, { note: 'no' })).status).toBe(409);
    expect((await rOfficer.post(`${U}/sharing-requests/${requestId}/withdraw`, {})).status).toBe(409);
    const row = await t.db
      .selectFrom('sharing_requests')
      .select(['status', 'decision_note'])
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'approved', decision_note: 'For the case' });
  });

  it('after the grant, asking again for the same export is a CONFLICT', async () => {
    expect((await ask({ recordTable: 'records', recordId: h2RecordId, kind: 'export' })).status).toBe(409);
  });
});

describe('a reshare request', () => {
  it('approved: the target agency now sees the record through visibleTo', async () => {
    expect((await tOfficer.get(`${U}/records/${h2RecordId}`)).status).toBe(404);
    const res = await ask({
      recordTable: 'records',
      recordId: h2RecordId,
      kind: 'reshare',
      targetAgencyId: target.id,
    });
    expect(res.status, res.text).toBe(201);
    expect(res.body.targetAgency).toMatchObject({ id: target.id });
    const decided = await oCoord.post(`${U}/sharing-requests/${res.body.id}/approve`, {});
    expect(decided.status, decided.text).toBe(200);
    expect(await grantsOf(h2RecordId)).toEqual([
      { grantee_agency_id: requester.id, kind: 'export' },
      { grantee_agency_id: target.id, kind: 'read' },
      { grantee_agency_id: requester.id, kind: 'reshare' },
    ]);
    const seen = await tOfficer.get(`${U}/records/${h2RecordId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.caption).toBe(h2Caption);
    // The third agency still does not.
    expect((await xCoord.get(`${U}/records/${h2RecordId}`)).status).toBe(404);
  });

  it('refused with a note: nothing is granted, and the asker is told', async () => {
    const res = await ask({
      recordTable: 'records',
      recordId: h2RecordId,
      kind: 'reshare',
      targetAgencyId: third.id,
    });
    expect(res.status, res.text).toBe(201);
    const id = res.body.id as string;
    const noNote = await oCoord.post(`${U}/sharing-requests/${id}/refuse`, {});
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.field).toBe('note');
    const before = await grantsOf(h2RecordId);
    const refused = await oCoord.post(`${U}/sharing-requests/${id}/refuse`, { note: 'Source protection' });
    expect(refused.status, refused.text).toBe(200);
    expect(refused.body).toMatchObject({ status: 'refused', decisionNote: 'Source protection' });
    expect(await grantsOf(h2RecordId)).toEqual(before);
    expect((await xCoord.get(`${U}/records/${h2RecordId}`)).status).toBe(404);
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['sharing_request.create', 'sharing_request.refuse']);
    const told = await notificationsOf(rOfficer);
    expect(told.items[0]).toMatchObject({ kind: 'sharing_request.refused', objectId: id });
  });
});

describe('withdrawal, and a seizure', () => {
  let seizureId: string;
  let requestId: string;

  beforeAll(async () => {
    const row = await t.db
      .insertInto('seizures')
      .values({
        reference: 'KZ-2025-0042',
        occurred_on: '2025-05-02',
        country: 'KZ',
        seizing_agency_id: owner.id,
        owner_agency_id: owner.id,
        owner_country: 'KZ',
        distribution: 'named_agencies',
        distribution_agencies: [requester.id],
        handling_code: 'H2',
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    seizureId = row.id;
  });

  it('a request about a seizure shows its reference', async () => {
    const res = await ask({ recordTable: 'seizures', recordId: seizureId, kind: 'export' });
    expect(res.status, res.text).toBe(201);
    requestId = res.body.id;
    expect(res.body).toMatchObject({ recordTable: 'seizures', record: { caption: 'KZ-2025-0042' } });
    // Named as a record, the seizure is not found.
    expect((await ask({ recordTable: 'records', recordId: seizureId, kind: 'export' })).status).toBe(404);
  });

  it('only the asker (or a decider of his agency) withdraws; the owner cannot withdraw it', async () => {
    expect((await rColleague.post(`${U}/sharing-requests/${requestId}/withdraw`, {})).status).toBe(403);
    expect((await oCoord.post(`${U}/sharing-requests/${requestId}/withdraw`, {})).status).toBe(404);
    const res = await rOfficer.post(`${U}/sharing-requests/${requestId}/withdraw`, {});
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect((await oCoord.post(`${U}/sharing-requests/${requestId}/approve`, {})).status).toBe(409);
    expect(await grantsOf(seizureId)).toEqual([]);
    const told = await notificationsOf(oCoord);
    expect(told.items[0]).toMatchObject({ kind: 'sharing_request.withdrawn', objectId: requestId });
  });

  it('the record caption is shown only while the asker may see the record', async () => {
    await t.db
      .updateTable('seizures')
      .set({ distribution: 'own_agency', distribution_agencies: [] })
      .where('id', '=', seizureId)
      .execute();
    const mine = await rOfficer.get(`${U}/sharing-requests/${requestId}`);
    expect(mine.status).toBe(200);
    expect(mine.body.record).toBeNull();
    expect(mine.text).not.toContain('KZ-2025-0042');
    const theirs = await oCoord.get(`${U}/sharing-requests/${requestId}`);
    expect(theirs.body.record).toMatchObject({ caption: 'KZ-2025-0042' });
  });

  it('reads of requests are audited', async () => {
    await oCoord.request('GET', `${U}/sharing-requests/${requestId}`, undefined, {
      headers: { 'x-request-id': 'sharing-read-1' },
    });
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('request_id', '=', 'sharing-read-1')
      .execute();
    expect(rows).toEqual([{ action: 'sharing_request.read', object_id: requestId }]);
  });
});
