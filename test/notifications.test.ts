/**
 * Notifications through real HTTP on both databases: a user receives those addressed to him and
 * those addressed to his whole agency, never another user's or another agency's; marking read is
 * audited; the unread count follows.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notify, type NotificationInput } from '../src/platform/notifications/index.js';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn, type ApiClient } from './support/client.js';
import { buildAgency, buildUser, type TestUser } from './support/factories.js';

const U = '/api/v1';
let t: TestApp;
let alice: TestUser;
let bob: TestUser;
let carol: TestUser;
let aliceClient: ApiClient;
let bobClient: ApiClient;
let carolClient: ApiClient;
const ids: Record<string, string> = {};

interface ListBody {
  unread: number;
  items: { id: string; kind: string; objectId: string; direct: boolean; readAt: string | null }[];
}

async function list(c: ApiClient, query = ''): Promise<ListBody> {
  const res = await c.get(`${U}/notifications${query}`);
  expect(res.status, res.text).toBe(200);
  return res.body as ListBody;
}

async function send(n: Omit<NotificationInput, 'objectType' | 'objectId'>): Promise<string> {
  const objectId = randomUUID();
  await t.db.transaction().execute((tx) => notify(tx, { ...n, objectType: 'test_object', objectId }));
  return objectId;
}

beforeAll(async () => {
  t = await startTestApp();
  const agency = await buildAgency(t.db);
  const other = await buildAgency(t.db);
  alice = await buildUser(t.db, { agencyId: agency.id });
  bob = await buildUser(t.db, { agencyId: agency.id });
  carol = await buildUser(t.db, { agencyId: other.id });
  aliceClient = await signedIn(t.url, alice.username, alice.password);
  bobClient = await signedIn(t.url, bob.username, bob.password);
  carolClient = await signedIn(t.url, carol.username, carol.password);
  // Oldest first, so the list's newest-first order is visible.
  ids.agencyWide = await send({ agencyId: agency.id, kind: 'test.agency' });
  ids.toAlice = await send({ agencyId: agency.id, userId: alice.id, kind: 'test.alice' });
  ids.toBob = await send({ agencyId: agency.id, userId: bob.id, kind: 'test.bob' });
  ids.toOther = await send({ agencyId: other.id, kind: 'test.other' });
});

afterAll(async () => {
  await t?.close();
});

describe('notifications', () => {
  it('a user receives his own and his agency’s, newest first, with the unread count', async () => {
    const mine = await list(aliceClient);
    expect(mine.items.map((n) => [n.kind, n.direct])).toEqual([
      ['test.alice', true],
      ['test.agency', false],
    ]);
    expect(mine.unread).toBe(2);
    expect((await list(bobClient)).items.map((n) => n.kind)).toEqual(['test.bob', 'test.agency']);
    expect((await list(carolClient)).items.map((n) => n.kind)).toEqual(['test.other']);
  });

  it('another user’s or another agency’s notification cannot be marked read: 404 as for a missing one', async () => {
    const notes = await t.db.selectFrom('notifications').select(['id', 'kind']).execute();
    const idOf = (kind: string) => notes.find((n) => n.kind === kind)!.id;
    const missing = await aliceClient.post(`${U}/notifications/${randomUUID()}/read`, {});
    expect(missing.status).toBe(404);
    for (const kind of ['test.bob', 'test.other']) {
      const res = await aliceClient.post(`${U}/notifications/${idOf(kind)}/read`, {});
      expect(res.status, kind).toBe(404);
      expect(res.text).toBe(missing.text);
    }
    const untouched = await t.db
      .selectFrom('notifications')
      .select('id')
      .where('read_at', 'is not', null)
      .execute();
    expect(untouched).toEqual([]);
  });

  it('marking read is audited; an agency-wide notification read by one user is read for his colleagues', async () => {
    const mine = await list(aliceClient);
    const agencyWide = mine.items.find((n) => n.kind === 'test.agency')!;
    const res = await aliceClient.request(
      'POST',
      `${U}/notifications/${agencyWide.id}/read`,
      {},
      {
        headers: { 'x-request-id': 'notification-read-1' },
      },
    );
    expect(res.status, res.text).toBe(200);
    expect(res.body.readAt).not.toBeNull();
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('request_id', '=', 'notification-read-1')
      .execute();
    expect(audit).toEqual([{ action: 'notification.read', object_id: agencyWide.id }]);
    expect((await list(aliceClient)).unread).toBe(1);
    expect((await list(bobClient)).unread).toBe(1);
    expect((await list(bobClient, '?unreadOnly=true')).items.map((n) => n.kind)).toEqual(['test.bob']);
    // Reading it again changes nothing.
    expect((await aliceClient.post(`${U}/notifications/${agencyWide.id}/read`, {})).body.readAt).toBe(
      res.body.readAt,
    );
  });

  it('read-all marks only the caller’s', async () => {
    const res = await aliceClient.post(`${U}/notifications/read-all`, {});
    expect(res.status, res.text).toBe(200);
    expect(res.body).toEqual({ marked: 1 });
    expect((await list(aliceClient)).unread).toBe(0);
    expect((await list(bobClient)).unread).toBe(1);
    expect((await list(carolClient)).unread).toBe(1);
    expect((await aliceClient.post(`${U}/notifications/read-all`, {})).body).toEqual({ marked: 0 });
  });

  it('the list refuses unknown or malformed parameters naming them', async () => {
    for (const [query, field] of [
      ['?limit=0', 'query.limit'],
      ['?unreadOnly=yes', 'query.unreadOnly'],
      ['?agencyId=x', 'query.agencyId'],
    ] as const) {
      const res = await aliceClient.get(`${U}/notifications${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.field).toBe(field);
    }
  });
});
