/**
 * The authorisation matrix: every API route, run by actors of another agency and of every role,
 * must deny and show nothing of the other agency; without a session, with a token lacking the
 * scope, without the CSRF header or before the second factor is enrolled it must deny too.
 *
 * Set-up: agency A (Kazakhstan) and agency B (Uzbekistan), each with users and an API token
 * (test/support/routes-catalogue.ts builds them). Agency A has one user per role of ROLES, signed in
 * once and reused. Second factors are enrolled by writing the TOTP fields straight into the database
 * (a fresh secret, `totp_enrolled_at` set) and signing in with `currentTotpCode`: every actor,
 * administrator or not, gets a full session without the round trips of /auth/totp/setup + confirm,
 * which test/auth.test.ts covers. B also acts a little (its administrator signs in and edits B's
 * users) so that the audit log holds B rows that A must not see.
 *
 * The tests share one server and run in file order: the collection checks run before the matrix,
 * whose denials add audit rows, and the positive controls (which change B) run last.
 */
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import { unknownUsernameLabel } from '../src/platform/auth/signin.service.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/platform/auth/api-tokens.js';
import { currentTotpCode, newTotpSecret } from '../src/platform/auth/totp.js';
import { ROLES, TOKEN_SCOPES, type Role, type TokenScope } from '../src/platform/db/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, type ApiResponse } from './support/client.js';
import { buildUser, TEST_PASSWORD, type TestUser } from './support/factories.js';
import {
  API_PREFIX,
  CATALOGUE,
  buildAgencyFixture,
  catalogueDrift,
  errorContractProblems,
  errorOf,
  hasIdParam,
  leakedValues,
  routeKey,
  uniqueSuffix,
  urlOf,
  withId,
  type AgencyFixture,
  type CatalogueEntry,
  type OpenApiDocument,
  type SampleRequest,
} from './support/routes-catalogue.js';

/** Someone of agency A calling the API: a signed-in session or an API token of a user. */
interface Actor {
  label: string;
  user: TestUser;
  roles: Role[];
  auth: 'session' | 'token';
  client: ApiClient;
}

let t: TestApp;
let A: AgencyFixture;
let B: AgencyFixture;
/** B's agency administrator (second factor enrolled) and his session. */
let bAdmin: Actor;
/** Agency A's actors: one session per role of ROLES, plus API tokens with every scope. */
const actors: Actor[] = [];
/** A's platform administrator, and his tokens: with every scope, and with every scope but one. */
let platformAdmin: Actor;
let platformToken: ApiClient;
const platformTokenWithout = new Map<TokenScope, ApiClient>();
/** Every value that identifies one of B's objects; `bDirectoryValues` are the agency's own, public in the directory. */
let bValues: string[] = [];
let bDirectoryValues: string[] = [];

const ADMIN_ROLES: readonly Role[] = ['agency_admin', 'platform_admin'];
const SAFE = new Set(['GET', 'HEAD']);
let requestSeq = 0;

/** Enrols a second factor in the database and signs in with the current code. */
async function signInWithTotp(user: TestUser): Promise<ApiClient> {
  const secret = newTotpSecret();
  await t.db
    .updateTable('users')
    .set({ totp_secret: secret, totp_enrolled_at: new Date(), totp_last_step: null })
    .where('id', '=', user.id)
    .execute();
  const client = new ApiClient(t.url);
  const res = await client.signIn(user.username, user.password, currentTotpCode(secret));
  if (res.status !== 200) throw new Error(`sign-in of ${user.username} failed: ${res.status} ${res.text}`);
  const session = await client.get<{ stage: string }>(`${API_PREFIX}/auth/session`);
  if (session.body.stage !== 'full') throw new Error(`${user.username} has no full session`);
  return client;
}

/** An API token of a user, as a client that sends it. */
async function tokenClient(user: TestUser, scopes: TokenScope[]): Promise<ApiClient> {
  const { secret } = await t.db.transaction().execute((tx) =>
    createApiToken(tx, {
      userId: user.id,
      agencyId: user.agencyId,
      name: `matrix ${scopes.join('+')}`,
      scopes,
      expiresAt: new Date(Date.now() + 86_400_000),
      createdBy: null,
    }),
  );
  const client = new ApiClient(t.url);
  client.bearer = secret;
  return client;
}

/** Sends a request with a request id of its own, so its audit row can be found. */
async function send(
  client: ApiClient,
  e: CatalogueEntry,
  req: SampleRequest,
  options: { noCsrf?: boolean; headers?: Record<string, string> } = {},
) {
  const requestId = `authz-${process.pid}-${++requestSeq}`;
  const res = await client.request<unknown>(e.method, urlOf(req), req.body, {
    headers: { 'x-request-id': requestId, ...options.headers },
    ...(options.noCsrf ? { noCsrf: true } : {}),
  });
  return { res, requestId };
}

function samplesFor(
  e: CatalogueEntry,
  caller: { username: string; password: string },
  target: AgencyFixture = B,
): SampleRequest {
  return e.sample({ target, caller, unique: uniqueSuffix() });
}

/**
 * Every row that an authorisation decision protects, as text: users, agencies, tokens and sessions,
 * without the columns that merely record use (`last_used_at`, `last_seen_at`).
 */
const OPERATIONAL_TABLES = [
  'seizures',
  'seizure_drug_lines',
  'seizure_route',
  'seizure_parties',
  'record_grants',
  'sharing_requests',
  'statistical_records',
  'import_mappings',
] as const;

async function stateSnapshot(): Promise<string> {
  const [users, agencies, tokens, sessions, records] = await Promise.all([
    t.db.selectFrom('users').selectAll().orderBy('id').execute(),
    t.db.selectFrom('agencies').selectAll().orderBy('id').execute(),
    t.db
      .selectFrom('api_tokens')
      .select(['id', 'user_id', 'agency_id', 'name', 'scopes', 'expires_at', 'revoked_at', 'token_hash'])
      .orderBy('id')
      .execute(),
    t.db
      .selectFrom('sessions')
      .select(['id', 'user_id', 'stage', 'csrf_token', 'expires_at', 'token_hash'])
      .orderBy('id')
      .execute(),
    t.db.selectFrom('records').selectAll().orderBy('id').execute(),
  ]);
  // Operational tables beyond records: every row, in a stable order.
  const operational: Record<string, unknown[]> = {};
  for (const table of OPERATIONAL_TABLES) {
    operational[table] = (await sql`select * from ${sql.table(table)} order by 1, 2`.execute(t.db)).rows;
  }
  return JSON.stringify({ users, agencies, tokens, sessions, records, operational });
}

/** Runs a request and, for a write, asserts that it changed no protected row. */
async function sendUnchanged(
  client: ApiClient,
  e: CatalogueEntry,
  req: SampleRequest,
  options: { noCsrf?: boolean; headers?: Record<string, string> } = {},
) {
  const before = SAFE.has(e.method) ? null : await stateSnapshot();
  const sent = await send(client, e, req, options);
  if (before !== null) {
    expect(await stateSnapshot(), `${routeKey(e)} changed data although it was refused`).toBe(before);
  }
  return sent;
}

/** The denial row the error handler writes for a refused request. */
async function expectDeniedInAudit(requestId: string, actor: { id: string }, objectId?: string) {
  const rows = await t.db.selectFrom('audit_log').selectAll().where('request_id', '=', requestId).execute();
  expect(
    rows.map((r) => ({ outcome: r.outcome, actor: r.actor_id })),
    `audit rows of request ${requestId}`,
  ).toEqual([{ outcome: 'denied', actor: actor.id }]);
  if (objectId !== undefined) expect(rows[0]!.object_id).toBe(objectId);
}

function expectContract(res: ApiResponse<unknown>, label: string) {
  expect(errorContractProblems(res), `${label}: ${res.status} ${res.text.slice(0, 300)}`).toEqual([]);
}

const isAdmin = (actor: { roles: readonly Role[] }) => actor.roles.some((r) => ADMIN_ROLES.includes(r));
const routesOfKind = (...kinds: CatalogueEntry['kind'][]) => CATALOGUE.filter((e) => kinds.includes(e.kind));

beforeAll(async () => {
  t = await startTestApp();
  A = await buildAgencyFixture(t.db, { label: 'Alpha', countryCode: 'KZ' });
  B = await buildAgencyFixture(t.db, { label: 'Bravo', countryCode: 'UZ' });

  const tag = uniqueSuffix();
  for (const role of ROLES) {
    const user = await buildUser(t.db, {
      agencyId: A.agencyId,
      roles: [role],
      username: `alpha-${role.replace(/_/g, '-')}-${tag}`,
    });
    const client = await signInWithTotp(user);
    const actor: Actor = {
      label: `A ${role} (session)`,
      user,
      roles: [role],
      auth: 'session',
      client,
    };
    actors.push(actor);
    if (role === 'platform_admin') platformAdmin = actor;
  }
  for (const role of ['agency_admin', 'officer'] as const) {
    const owner = actors.find((a) => a.roles.includes(role))!;
    actors.push({
      ...owner,
      label: `A ${role} (API token, every scope)`,
      auth: 'token',
      client: await tokenClient(owner.user, [...TOKEN_SCOPES]),
    });
  }
  platformToken = await tokenClient(platformAdmin.user, [...TOKEN_SCOPES]);
  for (const scope of TOKEN_SCOPES) {
    platformTokenWithout.set(
      scope,
      await tokenClient(
        platformAdmin.user,
        TOKEN_SCOPES.filter((s) => s !== scope),
      ),
    );
  }

  // Agency B's administrator does a few things in B, so that B has audit rows of its own.
  const bAdminUser = await buildUser(t.db, {
    agencyId: B.agencyId,
    roles: ['agency_admin'],
    username: `bravo-admin-${tag}`,
  });
  bAdmin = {
    label: 'B agency_admin (session)',
    user: bAdminUser,
    roles: ['agency_admin'],
    auth: 'session',
    client: await signInWithTotp(bAdminUser),
  };
  const renamed = `Bravo renamed ${tag}`;
  expect(
    (await bAdmin.client.patch(`${API_PREFIX}/users/${B.userId}`, { displayName: renamed })).status,
  ).toBe(200);
  expect((await bAdmin.client.post(`${API_PREFIX}/users/${B.userId}/unlock`)).status).toBe(200);
  const bToken = new ApiClient(t.url);
  bToken.bearer = B.tokenSecret;
  expect((await bToken.get(`${API_PREFIX}/countries`)).status).toBe(200);

  bDirectoryValues = [B.agencyId, B.agencyCode, B.agencyName, B.agencyNameRu];
  bValues = [
    ...bDirectoryValues,
    B.userId,
    B.username,
    B.userDisplayName,
    renamed,
    B.tokenUserId,
    B.tokenUsername,
    B.tokenUserDisplayName,
    B.tokenId,
    B.tokenName,
    B.tokenPrefix,
    bAdminUser.id,
    bAdminUser.username,
    `Test ${bAdminUser.username}`,
    B.recordId,
    B.recordCaption,
    B.recordWriterId,
    B.recordWriterUsername,
    ...Object.values(B.extra),
  ];
});

afterAll(async () => {
  await t?.close();
});

describe('the route catalogue', () => {
  it('covers exactly the routes the server exposes (OpenAPI document and router)', async () => {
    const doc = await platformAdmin.client.get<OpenApiDocument>(`${API_PREFIX}/openapi.json`);
    expect(doc.status).toBe(200);
    const drift = catalogueDrift(doc.body, t.app.server.printRoutes({ commonPrefix: false }));
    expect(drift).toEqual({ notInCatalogue: [], notInOpenApi: [], notInRouter: [], bodyFlagWrong: [] });
  });

  it('has one actor of agency A for every role, each with a full session', () => {
    expect(actors.filter((a) => a.auth === 'session').map((a) => a.roles[0])).toEqual([...ROLES]);
  });
});

describe('without a session', () => {
  const closed = CATALOGUE.filter((e) => e.access !== 'public');

  it('every non-public route answers 401 UNAUTHENTICATED and changes nothing', async () => {
    const anonymous = new ApiClient(t.url);
    const forgedCookie = new ApiClient(t.url);
    forgedCookie.cookie = `nr_session=${'x'.repeat(43)}`;
    forgedCookie.csrfToken = 'forged';
    const forgedToken = new ApiClient(t.url);
    forgedToken.bearer = `nrt_abcdef_${'y'.repeat(43)}`;
    const revoked = new ApiClient(t.url);
    revoked.bearer = A.tokenSecret;
    await t.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date() })
      .where('id', '=', A.tokenId)
      .execute();
    const before = await stateSnapshot();
    for (const e of closed) {
      for (const [label, client] of [
        ['no credentials', anonymous],
        ['forged session cookie', forgedCookie],
        ['unknown API token', forgedToken],
        ['revoked API token', revoked],
      ] as const) {
        const { res } = await send(client, e, samplesFor(e, { username: 'nobody', password: 'nothing' }));
        expect(res.status, `${routeKey(e)} with ${label}`).toBe(401);
        expectContract(res, routeKey(e));
        expect(errorOf(res).code).toBe('UNAUTHENTICATED');
        expect(leakedValues(res.text, bValues)).toEqual([]);
      }
      if (e.method === 'GET') {
        const head = await anonymous.request('HEAD', urlOf(samplesFor(e, { username: 'x', password: 'x' })));
        expect(head.status, `HEAD ${e.route}`).toBe(401);
      }
    }
    expect(await stateSnapshot()).toBe(before);
  });

  it('the public routes answer without one', async () => {
    const anonymous = new ApiClient(t.url);
    expect((await anonymous.get(`${API_PREFIX}/openapi.json`)).status).toBe(200);
    const signIn = await anonymous.post(`${API_PREFIX}/auth/sign-in`, {
      username: B.username,
      password: 'not-the-password-at-all',
    });
    expect(signIn.status).toBe(401);
    expect(errorOf(signIn).code).toBe('INVALID_CREDENTIALS');
  });
});

describe("collections show an agency administrator only his own agency's objects", () => {
  const agencyAdmins = () => actors.filter((a) => a.roles.includes('agency_admin'));

  it('GET /users lists only users of A, whatever the filter', async () => {
    for (const admin of agencyAdmins()) {
      for (const query of [
        '',
        '?includeDisabled=true',
        `?agencyId=${B.agencyId}&includeDisabled=true`,
        '?q=bravo',
        `?q=${B.username}`,
      ]) {
        const res = await admin.client.get<{ items: { agencyId: string; username: string }[] }>(
          `${API_PREFIX}/users${query}`,
        );
        expect(res.status, `${admin.label} GET /users${query}`).toBe(200);
        expect(res.body.items.every((u) => u.agencyId === A.agencyId)).toBe(true);
        expect(leakedValues(res.text, bValues), `${admin.label} GET /users${query}`).toEqual([]);
      }
      const own = await admin.client.get<{ items: { username: string }[] }>(`${API_PREFIX}/users`);
      expect(own.body.items.map((u) => u.username)).toContain(A.username);
    }
  });

  it('GET /tokens lists only tokens of A', async () => {
    for (const admin of agencyAdmins()) {
      for (const query of ['', `?userId=${B.tokenUserId}`]) {
        const res = await admin.client.get<{ items: { agencyId: string }[] }>(`${API_PREFIX}/tokens${query}`);
        expect(res.status).toBe(200);
        expect(res.body.items.every((tok) => tok.agencyId === A.agencyId)).toBe(true);
        expect(leakedValues(res.text, bValues), `${admin.label} GET /tokens${query}`).toEqual([]);
      }
      const own = await admin.client.get<{ items: { id: string }[] }>(`${API_PREFIX}/tokens`);
      expect(own.body.items.map((tok) => tok.id)).toContain(A.tokenId);
    }
  });

  it('GET /audit shows only rows of A, and /audit/actions only actions seen in A', async () => {
    for (const admin of agencyAdmins()) {
      for (const query of [
        '?limit=500',
        `?agencyId=${B.agencyId}`,
        `?actorId=${bAdmin.user.id}`,
        `?objectId=${B.userId}`,
        '?action=user.unlock',
      ]) {
        const res = await admin.client.get<{
          items: { actorAgencyId: string | null; objectAgencyId: string | null }[];
        }>(`${API_PREFIX}/audit${query}`);
        expect(res.status).toBe(200);
        expect(
          res.body.items.every((r) => r.actorAgencyId === A.agencyId || r.objectAgencyId === A.agencyId),
        ).toBe(true);
        expect(leakedValues(res.text, bValues), `${admin.label} GET /audit${query}`).toEqual([]);
      }
      const actions = await admin.client.get<{ items: string[] }>(`${API_PREFIX}/audit/actions`);
      expect(actions.status).toBe(200);
      // Only B's administrator has unlocked anyone so far.
      expect(actions.body.items).not.toContain('user.unlock');
    }
  });

  it("a platform administrator does see B's objects (the fixtures are real)", async () => {
    const users = await platformAdmin.client.get(`${API_PREFIX}/users?agencyId=${B.agencyId}`);
    expect(leakedValues(users.text, [B.username, B.tokenUsername, bAdmin.user.username])).toHaveLength(3);
    const tokens = await platformAdmin.client.get(`${API_PREFIX}/tokens?userId=${B.tokenUserId}`);
    expect(tokens.text).toContain(B.tokenId);
    const audit = await platformAdmin.client.get(`${API_PREFIX}/audit?agencyId=${B.agencyId}`);
    expect(audit.text).toContain(bAdmin.user.username);
    expect(audit.text).toContain('user.unlock');
  });
});

describe("actors of agency A on agency B's objects", () => {
  const matrixActors = () => actors.filter((a) => !a.roles.includes('platform_admin'));

  for (const e of routesOfKind('object')) {
    it(`${routeKey(e)}: 404 (or 403 for a role without the permission), as for a missing object; nothing changes, nothing shows, the denial is audited`, async () => {
      for (const actor of matrixActors()) {
        const who = `${actor.label} ${routeKey(e)}`;
        const req = samplesFor(e, actor.user);
        const { res, requestId } = await sendUnchanged(actor.client, e, req);
        expectContract(res, who);
        const { code } = errorOf(res);
        if (isAdmin(actor)) expect(code, who).toBe('NOT_FOUND');
        else expect(code, who).toBeOneOf(['FORBIDDEN', 'NOT_FOUND']);
        expect(leakedValues(res.text, bValues), who).toEqual([]);
        await expectDeniedInAudit(
          requestId,
          actor.user,
          hasIdParam(e) ? /[0-9a-f-]{36}/.exec(req.path)![0] : undefined,
        );

        // The answer must not tell B's object from one that does not exist.
        const missing = await sendUnchanged(
          actor.client,
          e,
          withId(e, samplesFor(e, actor.user), randomUUID()),
        );
        expect({ status: missing.res.status, body: missing.res.text }, `${who} vs a missing id`).toEqual({
          status: res.status,
          body: res.text,
        });
      }
    });
  }

  for (const e of routesOfKind('collection')) {
    it(`${routeKey(e)}: 403 for non-administrators; an agency administrator sees or reaches nothing of B`, async () => {
      for (const actor of matrixActors()) {
        const who = `${actor.label} ${routeKey(e)}`;
        const { res, requestId } = await sendUnchanged(actor.client, e, samplesFor(e, actor.user));
        expect(res.status, `${who}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
        expect(leakedValues(res.text, bValues), who).toEqual([]);
        if (!isAdmin(actor) || e.platformAdminOnly) {
          expectContract(res, who);
          expect(errorOf(res).code, who).toBe('FORBIDDEN');
          await expectDeniedInAudit(requestId, actor.user);
        } else if (e.method === 'GET') {
          expect(res.status, who).toBe(200);
        } else {
          // Creating in B (POST /users with B's agency, POST /tokens for B's user).
          expectContract(res, who);
          expect(errorOf(res).code, who).toBe('NOT_FOUND');
          await expectDeniedInAudit(requestId, actor.user);
        }
      }
    });
  }

  for (const e of routesOfKind('directory')) {
    it(`${routeKey(e)}: the shared directory answers every role, with nothing but directory data of B`, async () => {
      const notDirectory = bValues.filter((v) => !bDirectoryValues.includes(v));
      for (const actor of matrixActors()) {
        const { res } = await send(actor.client, e, samplesFor(e, actor.user));
        expect(res.status, `${actor.label} ${routeKey(e)}`).toBe(200);
        expect(leakedValues(res.text, notDirectory), `${actor.label} ${routeKey(e)}`).toEqual([]);
      }
    });
  }
});

/** Roles that may write records (everyone but viewers and platform administrators). */
const RECORD_WRITERS: readonly Role[] = [
  'officer',
  'analyst',
  'liaison_officer',
  'operations_coordinator',
  'national_coordinator',
  'agency_admin',
];

describe('operational records of agency B, shared with nobody', () => {
  for (const e of routesOfKind('record').filter(hasIdParam)) {
    it(`${routeKey(e)}: every actor of A, platform administrators included, gets 404 as for a missing record (403 without the permission); nothing changes or shows; the denial is audited`, async () => {
      for (const actor of actors) {
        const who = `${actor.label} ${routeKey(e)}`;
        const req = samplesFor(e, actor.user);
        const { res, requestId } = await sendUnchanged(actor.client, e, req);
        expectContract(res, who);
        const mayAct = e.method === 'GET' || actor.roles.some((r) => RECORD_WRITERS.includes(r));
        expect(errorOf(res).code, who).toBe(mayAct ? 'NOT_FOUND' : 'FORBIDDEN');
        expect(leakedValues(res.text, bValues), who).toEqual([]);
        await expectDeniedInAudit(requestId, actor.user, /[0-9a-f-]{36}/.exec(req.path)![0]);
        const missing = await sendUnchanged(
          actor.client,
          e,
          withId(e, samplesFor(e, actor.user), randomUUID()),
        );
        expect({ status: missing.res.status, body: missing.res.text }, `${who} vs a missing id`).toEqual({
          status: res.status,
          body: res.text,
        });
      }
    });
  }

  it("GET /records lists none of B's records, for every actor of A", async () => {
    for (const actor of actors) {
      for (const query of [
        '',
        `?ownerAgencyId=${B.agencyId}`,
        `?q=${encodeURIComponent(B.recordCaption)}`,
        '?schema=Person',
      ]) {
        const res = await actor.client.get<{ items: { ownerAgencyId: string }[] }>(
          `${API_PREFIX}/records${query}`,
        );
        expect(res.status, `${actor.label} GET /records${query}`).toBe(200);
        expect(
          res.body.items.every((r) => r.ownerAgencyId === A.agencyId),
          `${actor.label} GET /records${query}`,
        ).toBe(true);
        expect(leakedValues(res.text, bValues), `${actor.label} GET /records${query}`).toEqual([]);
      }
    }
  });

  it("GET /seizures lists none of B's seizures, for every actor of A, whatever the filter", async () => {
    for (const actor of actors) {
      for (const query of [
        '',
        `?ownerAgencyId=${B.agencyId}`,
        `?q=${encodeURIComponent(B.extra.seizureReference!)}`,
        '?drug=heroin&routeCountry=AF&sort=-totalKg',
      ]) {
        const who = `${actor.label} GET /seizures${query}`;
        const res = await actor.client.get<{ items: { ownerAgencyId: string }[]; total: number }>(
          `${API_PREFIX}/seizures${query}`,
        );
        expect(res.status, who).toBe(200);
        // Other modules' fixtures share seizures of third agencies with A; none of B's may show.
        expect(
          res.body.items.filter((r) => r.ownerAgencyId === B.agencyId),
          who,
        ).toEqual([]);
        expect(res.body.total, who).toBe(res.body.items.length);
        expect(leakedValues(res.text, bValues), who).toEqual([]);
      }
    }
  });

  it("POST /records creates in the actor's own agency for writers, and is FORBIDDEN to the others", async () => {
    const e = CATALOGUE.find((r) => r.kind === 'record' && r.method === 'POST')!;
    for (const actor of actors) {
      const who = `${actor.label} POST /records`;
      const { res, requestId } = await send(actor.client, e, samplesFor(e, actor.user));
      if (actor.roles.some((r) => RECORD_WRITERS.includes(r))) {
        expect(res.status, `${who}: ${res.text.slice(0, 200)}`).toBe(201);
        expect((res.body as { ownerAgencyId: string }).ownerAgencyId, who).toBe(A.agencyId);
      } else {
        expectContract(res, who);
        expect(errorOf(res).code, who).toBe('FORBIDDEN');
        await expectDeniedInAudit(requestId, actor.user);
      }
    }
  });
});

describe('API tokens', () => {
  it("a token without the route's scope gets 403 FORBIDDEN, even a platform administrator's, and changes nothing", async () => {
    for (const e of CATALOGUE.filter((r) => r.scope !== null)) {
      const client = platformTokenWithout.get(e.scope!)!;
      const { res, requestId } = await sendUnchanged(client, e, samplesFor(e, platformAdmin.user));
      expectContract(res, routeKey(e));
      expect(errorOf(res).code, `${routeKey(e)} without scope ${e.scope}`).toBe('FORBIDDEN');
      expect(leakedValues(res.text, bValues)).toEqual([]);
      await expectDeniedInAudit(requestId, platformAdmin.user);
    }
  });

  it('a token on a route that accepts none gets 403 FORBIDDEN, whatever its scopes, and changes nothing', async () => {
    const routes = CATALOGUE.filter((r) => r.scope === null && r.access !== 'public');
    expect(routes.length).toBeGreaterThan(0);
    for (const e of routes) {
      const { res, requestId } = await sendUnchanged(platformToken, e, samplesFor(e, platformAdmin.user));
      expectContract(res, routeKey(e));
      expect(errorOf(res).code, routeKey(e)).toBe('FORBIDDEN');
      await expectDeniedInAudit(requestId, platformAdmin.user);
    }
    // Signing out with a token ended no session.
    expect((await platformAdmin.client.get(`${API_PREFIX}/auth/session`)).status).toBe(200);
  });

  it('a token with the scope is let through (reads)', async () => {
    // B's record itself is not the platform administrator's to see: the record rule applies to him too.
    const reads = CATALOGUE.filter(
      (r) => r.scope !== null && r.method === 'GET' && !(r.kind === 'record' && hasIdParam(r)),
    );
    for (const e of reads) {
      const { res } = await send(platformToken, e, samplesFor(e, platformAdmin.user));
      expect(res.status, `${routeKey(e)}: ${res.text.slice(0, 200)}`).toBe(200);
    }
  });
});

describe('cookie sessions', () => {
  it('a write without the right X-CSRF-Token gets 403 CSRF_FAILED, changes nothing and is audited', async () => {
    for (const e of CATALOGUE.filter((r) => r.access !== 'public' && !SAFE.has(r.method))) {
      for (const variant of ['missing', 'wrong'] as const) {
        const options =
          variant === 'missing' ? { noCsrf: true } : { headers: { 'x-csrf-token': 'not-the-token' } };
        const { res, requestId } = await sendUnchanged(
          platformAdmin.client,
          e,
          samplesFor(e, platformAdmin.user),
          options,
        );
        expectContract(res, `${routeKey(e)} (${variant} token)`);
        expect(errorOf(res).code, `${routeKey(e)} (${variant} token)`).toBe('CSRF_FAILED');
        await expectDeniedInAudit(requestId, platformAdmin.user);
      }
    }
    expect((await platformAdmin.client.get(`${API_PREFIX}/auth/session`)).status).toBe(200);
  });

  it('a session still to enrol its second factor reaches only the enrolment routes', async () => {
    const user = await buildUser(t.db, { agencyId: A.agencyId, roles: ['agency_admin'] });
    const client = new ApiClient(t.url);
    expect((await client.signIn(user.username, user.password)).status).toBe(200);
    for (const e of CATALOGUE.filter((r) => r.access === 'full')) {
      const { res, requestId } = await sendUnchanged(client, e, samplesFor(e, user));
      expectContract(res, routeKey(e));
      expect(errorOf(res).code, routeKey(e)).toBe('TOTP_ENROLMENT_REQUIRED');
      expect(leakedValues(res.text, bValues)).toEqual([]);
      await expectDeniedInAudit(requestId, user);
    }
    const session = await client.get<{ stage: string; permissions: string[] }>(`${API_PREFIX}/auth/session`);
    expect(session.body).toMatchObject({ stage: 'totp_enrolment', permissions: [] });
  });
});

describe('within agency A', () => {
  it('an agency administrator cannot touch a platform administrator of his own agency, nor his API tokens (403)', async () => {
    const agencyAdmin = actors.find((a) => a.auth === 'session' && a.roles.includes('agency_admin'))!;
    // A token of the platform administrator used nowhere else, so that a wrongful revocation harms no other test.
    const { row } = await t.db.transaction().execute((tx) =>
      createApiToken(tx, {
        userId: platformAdmin.user.id,
        agencyId: A.agencyId,
        name: 'held by a platform administrator',
        scopes: ['read'],
        expiresAt: new Date(Date.now() + 86_400_000),
        createdBy: null,
      }),
    );
    const target: AgencyFixture = {
      ...A,
      userId: platformAdmin.user.id,
      tokenUserId: platformAdmin.user.id,
      tokenId: row.id,
    };
    const routes = CATALOGUE.filter(
      (e) =>
        !SAFE.has(e.method) &&
        (e.route.startsWith(`${API_PREFIX}/users/:id`) || e.route.startsWith(`${API_PREFIX}/tokens`)),
    );
    expect(routes.length).toBeGreaterThanOrEqual(8);
    const findings: string[] = [];
    for (const e of routes) {
      const before = await stateSnapshot();
      const { res, requestId } = await send(agencyAdmin.client, e, samplesFor(e, agencyAdmin.user, target));
      if ((await stateSnapshot()) !== before) findings.push(`${routeKey(e)}: changed data`);
      const problems = errorContractProblems(res);
      if (problems.length > 0 || errorOf(res).code !== 'FORBIDDEN') {
        findings.push(`${routeKey(e)}: expected 403 FORBIDDEN, got ${res.status} ${res.text.slice(0, 160)}`);
      } else await expectDeniedInAudit(requestId, agencyAdmin.user);
    }
    const token = await t.db
      .selectFrom('api_tokens')
      .select('revoked_at')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    if (token.revoked_at !== null) {
      findings.push("the platform administrator's token was revoked by an agency administrator");
    }
    expect(findings).toEqual([]);
  });
});

describe('audit attribution', () => {
  it('a failed sign-in sent along with a session cookie does not pair the signed-in user with the name tried', async () => {
    const officer = actors.find((a) => a.auth === 'session' && a.roles.includes('officer'))!;
    const tried = `nobody-${uniqueSuffix()}`;
    const requestId = `authz-${process.pid}-${++requestSeq}`;
    const res = await officer.client.request<unknown>(
      'POST',
      `${API_PREFIX}/auth/sign-in`,
      { username: tried, password: 'not-the-password-at-all' },
      { headers: { 'x-request-id': requestId } },
    );
    expect(res.status).toBe(401);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'actor_username', 'actor_agency_id', 'outcome'])
      .where('request_id', '=', requestId)
      .execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row.outcome).toBe('failure');
    // Either the attempt is the anonymous one it is without a cookie (an unknown name is recorded only
    // as a digest label, never as typed), or it is the officer's, by his own name.
    const consistent =
      (row.actor_id === null && row.actor_username === unknownUsernameLabel(tried)) ||
      (row.actor_id === officer.user.id && row.actor_username === officer.user.username);
    expect(consistent, `audit row ${JSON.stringify(row)}`).toBe(true);
  });
});

describe('positive controls (run last: they change B)', () => {
  it("a platform administrator of A reads B's objects", async () => {
    for (const e of CATALOGUE.filter((r) => r.kind === 'object' && r.method === 'GET')) {
      const { res } = await send(platformAdmin.client, e, samplesFor(e, platformAdmin.user));
      expect(res.status, routeKey(e)).toBe(200);
      expect(res.text).toContain(B.username);
    }
  });

  it("every request the matrix refused succeeds for B's own administrator (or, for platform-only routes, a platform administrator)", async () => {
    for (const e of routesOfKind('object', 'collection', 'directory')) {
      const actor = e.platformAdminOnly ? platformAdmin : bAdmin;
      const { res } = await send(actor.client, e, samplesFor(e, actor.user));
      expect(res.status, `${actor.label} ${routeKey(e)}: ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(
        200,
      );
      expect(res.status, `${actor.label} ${routeKey(e)}: ${res.text.slice(0, 300)}`).toBeLessThan(300);
    }
  });

  it("every record request refused to A succeeds for B's own officer (the change last)", async () => {
    const writer = await signedInOfficer(B.recordWriterUsername, B.recordWriterId);
    const routes = routesOfKind('record').sort(
      (x, y) =>
        Number(x.method === 'PATCH' || x.method === 'PUT') -
        Number(y.method === 'PATCH' || y.method === 'PUT'),
    );
    for (const e of routes) {
      const { res } = await send(writer.client, e, samplesFor(e, writer.user));
      expect(res.status, `B officer ${routeKey(e)}: ${res.text.slice(0, 300)}`).toBeGreaterThanOrEqual(200);
      expect(res.status, `B officer ${routeKey(e)}: ${res.text.slice(0, 300)}`).toBeLessThan(300);
      if (e.method === 'GET' && hasIdParam(e)) expect(res.text).toContain(e.shows?.(B) ?? B.recordCaption);
    }
  });
});

/** Signs in a fixture officer (no second factor needed for officers). */
async function signedInOfficer(username: string, id: string): Promise<{ user: TestUser; client: ApiClient }> {
  const user: TestUser = { id, username, password: TEST_PASSWORD, agencyId: B.agencyId, roles: ['officer'] };
  const client = new ApiClient(t.url);
  const res = await client.signIn(username, TEST_PASSWORD);
  if (res.status !== 200) throw new Error(`sign-in of ${username} failed: ${res.status}`);
  return { user, client };
}
