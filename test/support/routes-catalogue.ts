import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { createApiToken } from '../../src/platform/auth/api-tokens.js';
import type { Database, Role, TokenScope } from '../../src/platform/db/schema.js';
import { ERROR_CODES, ERROR_STATUS, type ErrorCode } from '../../src/platform/errors.js';
import type { RouteAccess } from '../../src/platform/http/context.js';
import { buildAgency, buildUser } from './factories.js';
import { entry } from './catalogue/entry.js';
import { MODULE_CATALOGUES } from './catalogue/index.js';

/**
 * Every route of the HTTP API under /api/v1, with what the suites need to know about it and a valid
 * sample request built from fixture objects. The authorisation matrix and the bad-input suite both
 * iterate this list, and both assert that it matches the routes the server really exposes (its
 * OpenAPI document and its router), so a new route without an entry here fails them.
 */

export const API_PREFIX = '/api/v1';

export type HttpMethod = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

/**
 * What a route acts on, for the authorisation matrix:
 * - `public`: anyone, signed in or not (sign-in, the OpenAPI document);
 * - `self`: only the caller's own session or profile, never another user's object;
 * - `directory`: shared reference data every signed-in user may read, of every agency by design
 *   (the sharing pickers need it: see `listAgencies` in src/platform/directory/directory.service.ts);
 * - `collection`: an administrative list or create, limited to the actor's administrative scope;
 * - `object`: one administrative object named by the `:id` path parameter;
 * - `record`: operational records, decided by the sharing rule (`visibleTo`), not by administrative
 *   scope — no role, platform administrators included, sees another agency's record it was not given.
 */
export type RouteKind = 'public' | 'self' | 'directory' | 'collection' | 'object' | 'record';

/** The objects of one agency that sample requests point at. */
export interface AgencyFixture {
  agencyId: string;
  agencyCode: string;
  agencyName: string;
  agencyNameRu: string;
  countryCode: string;
  /** A user of the agency that the administrative user routes act on (read, update, disable…). */
  userId: string;
  username: string;
  userDisplayName: string;
  /** Another user of the agency, who holds `tokenId` and is the subject of `POST /tokens`. */
  tokenUserId: string;
  tokenUsername: string;
  tokenUserDisplayName: string;
  /** A live API token of `tokenUserId` (scopes read and write). */
  tokenId: string;
  tokenName: string;
  tokenPrefix: string;
  tokenSecret: string;
  /** A record (Person) the agency owns, shared with nobody (`own_agency`), at version 1. */
  recordId: string;
  recordCaption: string;
  /** An officer of the agency, who may write its records (password: TEST_PASSWORD). */
  recordWriterId: string;
  recordWriterUsername: string;
  /** Objects the modules' catalogues (test/support/catalogue/) add to the fixture, by name. */
  extra: Record<string, string>;
}

/** The caller, for the routes that need his own credentials (sign-in, changing one's password). */
export interface CallerFixture {
  username: string;
  password: string;
  totpCode?: string;
}

/** Everything a sample needs: whose objects it targets, who sends it, and a fresh unique suffix. */
export interface SampleFixtures {
  target: AgencyFixture;
  caller: CallerFixture;
  /** Lower-case letters and digits, new for each sample, for names that must be unique. */
  unique: string;
}

/** A request as the suites send it. `body` undefined means: send no body at all. */
export interface SampleRequest {
  path: string;
  query?: Record<string, string>;
  body?: unknown;
}

export interface CatalogueEntry {
  method: HttpMethod;
  /** Fastify's path template, with the prefix: `/api/v1/users/:id/disable`. */
  route: string;
  /** `config.access` of the route (`full` when the route does not say). */
  access: RouteAccess;
  /** The API-token scope the route accepts; null: the route refuses API tokens altogether. */
  scope: TokenScope | null;
  kind: RouteKind;
  /** Only a platform administrator may use the route at all (for an agency administrator it is FORBIDDEN). */
  platformAdminOnly: boolean;
  /** Whether the route has a request-body schema, and whether the OpenAPI document requires a body. */
  body: 'schema' | 'none';
  /** Left out of the OpenAPI document (`schema.hide`); found in the router instead. */
  hidden: boolean;
  /** A request that succeeds (2xx) for an actor allowed to act on `target`. */
  sample(f: SampleFixtures): SampleRequest;
  /**
   * Only a user of the target agency holding one of these roles may act (a decision reserved to the
   * owner agency, such as approving a sharing request): the positive controls send the sample as such
   * a user instead of an administrator.
   */
  sampleRoles?: readonly Role[];
  /** For a read of one object: a value of the target's object that a successful answer shows (default: the record's caption). */
  shows?: (target: AgencyFixture) => string;
}

/** A strong password that passes the password policy (unique per call). */
export function strongPassword(unique: string): string {
  return `lantern-quarry-${unique}-Velvet9`;
}

/**
 * A module's share of the catalogue: its routes, and the objects its samples act on, built for each
 * agency fixture (straight into the database, leaving no audit rows) and kept in `AgencyFixture.extra`.
 */
export interface ModuleCatalogue {
  entries: readonly CatalogueEntry[];
  fixtures?: (db: Kysely<Database>, agency: AgencyFixture) => Promise<Record<string, string>>;
}

const U = API_PREFIX;

const PLATFORM_AND_RECORDS: readonly CatalogueEntry[] = [
  // --- public ---
  entry({
    method: 'GET',
    route: `${U}/openapi.json`,
    access: 'public',
    scope: null,
    kind: 'public',
    hidden: true,
    sample: () => ({ path: `${U}/openapi.json` }),
  }),
  entry({
    method: 'POST',
    route: `${U}/auth/sign-in`,
    access: 'public',
    scope: null,
    kind: 'public',
    body: 'schema',
    sample: ({ caller }) => ({
      path: `${U}/auth/sign-in`,
      body: {
        username: caller.username,
        password: caller.password,
        ...(caller.totpCode ? { totpCode: caller.totpCode } : {}),
      },
    }),
  }),

  // --- the caller's own session (allowed while a second factor still has to be enrolled) ---
  entry({
    method: 'GET',
    route: `${U}/auth/session`,
    access: 'enrolment',
    scope: null,
    kind: 'self',
    sample: () => ({ path: `${U}/auth/session` }),
  }),
  entry({
    method: 'POST',
    route: `${U}/auth/sign-out`,
    access: 'enrolment',
    scope: null,
    kind: 'self',
    body: 'schema',
    sample: () => ({ path: `${U}/auth/sign-out`, body: {} }),
  }),
  entry({
    method: 'POST',
    route: `${U}/auth/totp/setup`,
    access: 'enrolment',
    scope: null,
    kind: 'self',
    body: 'schema',
    sample: () => ({ path: `${U}/auth/totp/setup`, body: {} }),
  }),
  entry({
    method: 'POST',
    route: `${U}/auth/totp/confirm`,
    access: 'enrolment',
    scope: null,
    kind: 'self',
    body: 'schema',
    // Valid in shape; succeeds only with the current code of a secret from /auth/totp/setup.
    sample: () => ({ path: `${U}/auth/totp/confirm`, body: { code: '123456' } }),
  }),

  // --- the caller's own profile ---
  entry({
    method: 'PATCH',
    route: `${U}/me`,
    access: 'full',
    scope: null,
    kind: 'self',
    body: 'schema',
    sample: ({ unique }) => ({ path: `${U}/me`, body: { language: 'en', displayName: `Me ${unique}` } }),
  }),
  entry({
    method: 'POST',
    route: `${U}/me/password`,
    access: 'full',
    scope: null,
    kind: 'self',
    body: 'schema',
    sample: ({ caller, unique }) => ({
      path: `${U}/me/password`,
      body: { currentPassword: caller.password, newPassword: strongPassword(unique) },
    }),
  }),

  // --- the shared directory ---
  entry({
    method: 'GET',
    route: `${U}/countries`,
    access: 'full',
    scope: 'read',
    kind: 'directory',
    sample: () => ({ path: `${U}/countries` }),
  }),
  entry({
    method: 'GET',
    route: `${U}/organisations`,
    access: 'full',
    scope: 'read',
    kind: 'directory',
    sample: () => ({ path: `${U}/organisations` }),
  }),
  entry({
    method: 'GET',
    route: `${U}/agencies`,
    access: 'full',
    scope: 'read',
    kind: 'directory',
    sample: ({ target }) => ({
      path: `${U}/agencies`,
      query: { countryCode: target.countryCode, kind: 'drug_control' },
    }),
  }),
  entry({
    method: 'GET',
    route: `${U}/agencies/:id`,
    access: 'full',
    scope: 'read',
    kind: 'directory',
    sample: ({ target }) => ({ path: `${U}/agencies/${target.agencyId}` }),
  }),
  entry({
    method: 'POST',
    route: `${U}/agencies`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    platformAdminOnly: true,
    body: 'schema',
    sample: ({ target, unique }) => ({
      path: `${U}/agencies`,
      body: {
        code: `NEW-${unique.toUpperCase()}`,
        name: `New agency ${unique}`,
        nameRu: `Новое ведомство ${unique}`,
        kind: 'police',
        countryCode: target.countryCode,
        requireTotp: false,
      },
    }),
  }),
  entry({
    method: 'PATCH',
    route: `${U}/agencies/:id`,
    access: 'full',
    scope: 'admin',
    kind: 'object',
    body: 'schema',
    // The one change an agency administrator may make to his own agency.
    sample: ({ target }) => ({ path: `${U}/agencies/${target.agencyId}`, body: { requireTotp: false } }),
  }),

  // --- user administration ---
  entry({
    method: 'GET',
    route: `${U}/users`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    sample: ({ target }) => ({
      path: `${U}/users`,
      query: { agencyId: target.agencyId, includeDisabled: 'true' },
    }),
  }),
  entry({
    method: 'POST',
    route: `${U}/users`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    body: 'schema',
    sample: ({ target, unique }) => ({
      path: `${U}/users`,
      body: {
        username: `new-${unique}`,
        displayName: `New user ${unique}`,
        agencyId: target.agencyId,
        roles: ['officer'],
        password: strongPassword(unique),
        language: 'en',
      },
    }),
  }),
  entry({
    method: 'GET',
    route: `${U}/users/:id`,
    access: 'full',
    scope: 'admin',
    kind: 'object',
    sample: ({ target }) => ({ path: `${U}/users/${target.userId}` }),
  }),
  entry({
    method: 'PATCH',
    route: `${U}/users/:id`,
    access: 'full',
    scope: 'admin',
    kind: 'object',
    body: 'schema',
    sample: ({ target, unique }) => ({
      path: `${U}/users/${target.userId}`,
      body: { displayName: `Renamed ${unique}`, roles: ['officer', 'analyst'] },
    }),
  }),
  ...(['disable', 'enable', 'unlock', 'reset-totp'] as const).map((action) =>
    entry({
      method: 'POST',
      route: `${U}/users/:id/${action}`,
      access: 'full',
      scope: 'admin',
      kind: 'object',
      body: 'schema',
      sample: ({ target }) => ({ path: `${U}/users/${target.userId}/${action}`, body: {} }),
    }),
  ),
  entry({
    method: 'POST',
    route: `${U}/users/:id/reset-password`,
    access: 'full',
    scope: 'admin',
    kind: 'object',
    body: 'schema',
    sample: ({ target, unique }) => ({
      path: `${U}/users/${target.userId}/reset-password`,
      body: { newPassword: strongPassword(unique) },
    }),
  }),

  // --- API tokens ---
  entry({
    method: 'GET',
    route: `${U}/tokens`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    sample: ({ target }) => ({ path: `${U}/tokens`, query: { userId: target.tokenUserId } }),
  }),
  entry({
    method: 'POST',
    route: `${U}/tokens`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    body: 'schema',
    sample: ({ target, unique }) => ({
      path: `${U}/tokens`,
      body: { userId: target.tokenUserId, name: `token ${unique}`, scopes: ['read'], expiresInDays: 30 },
    }),
  }),
  entry({
    method: 'POST',
    route: `${U}/tokens/:id/revoke`,
    access: 'full',
    scope: 'admin',
    kind: 'object',
    body: 'schema',
    sample: ({ target }) => ({ path: `${U}/tokens/${target.tokenId}/revoke`, body: {} }),
  }),

  // --- audit ---
  entry({
    method: 'GET',
    route: `${U}/audit`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    sample: ({ target }) => ({ path: `${U}/audit`, query: { agencyId: target.agencyId, limit: '50' } }),
  }),
  entry({
    method: 'GET',
    route: `${U}/audit/actions`,
    access: 'full',
    scope: 'admin',
    kind: 'collection',
    sample: () => ({ path: `${U}/audit/actions` }),
  }),

  // --- operational records: the sharing rule decides (samples act on the target agency's own record) ---
  entry({
    method: 'GET',
    route: `${U}/records`,
    access: 'full',
    scope: 'read',
    kind: 'record',
    sample: () => ({ path: `${U}/records`, query: { limit: '50' } }),
  }),
  entry({
    method: 'POST',
    route: `${U}/records`,
    access: 'full',
    scope: 'write',
    kind: 'record',
    body: 'schema',
    sample: ({ unique }) => ({
      path: `${U}/records`,
      body: {
        schema: 'Vehicle',
        properties: { registrationNumber: [`01 KG ${unique}`], model: ['Kamaz 5320'] },
        sharing: { distribution: 'own_agency', handlingCode: 'H0' },
      },
    }),
  }),
  entry({
    method: 'GET',
    route: `${U}/records/:id`,
    access: 'full',
    scope: 'read',
    kind: 'record',
    sample: ({ target }) => ({ path: `${U}/records/${target.recordId}` }),
  }),
  entry({
    method: 'PATCH',
    route: `${U}/records/:id`,
    access: 'full',
    scope: 'write',
    kind: 'record',
    body: 'schema',
    // Version 1 is the fixture's: the first accepted change moves it on (run such a change last).
    sample: ({ target, unique }) => ({
      path: `${U}/records/${target.recordId}`,
      body: { version: 1, properties: { name: [target.recordCaption, `Alias ${unique}`] } },
    }),
  }),
  entry({
    method: 'GET',
    route: `${U}/records/:id/history`,
    access: 'full',
    scope: 'read',
    kind: 'record',
    sample: ({ target }) => ({ path: `${U}/records/${target.recordId}/history` }),
  }),
];

/** Every route: the platform's and the records' above, then each module's (test/support/catalogue/). */
export const CATALOGUE: readonly CatalogueEntry[] = [
  ...PLATFORM_AND_RECORDS,
  ...MODULE_CATALOGUES.flatMap((m) => m.entries),
];

/** `METHOD /path/:template`, the key the suites use for a route. */
export function routeKey(e: { method: string; route: string }): string {
  return `${e.method} ${e.route}`;
}

/** The OpenAPI spelling of a path template: `/api/v1/users/{id}`. */
export function openApiPath(route: string): string {
  return route.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
}

/** The path and query string of a sample, ready for the client. */
export function urlOf(req: SampleRequest): string {
  const qs = req.query ? new URLSearchParams(req.query).toString() : '';
  return qs ? `${req.path}?${qs}` : req.path;
}

/** Routes with an `:id` path parameter. */
export function hasIdParam(e: CatalogueEntry): boolean {
  return e.route.includes('/:id');
}

/** The sample's path with its `:id` replaced by another value (raw: not URL-encoded). */
export function withId(e: CatalogueEntry, req: SampleRequest, id: string): SampleRequest {
  const prefix = e.route.slice(0, e.route.indexOf(':id'));
  const rest = req.path.slice(prefix.length);
  const slash = rest.indexOf('/');
  return { ...req, path: `${prefix}${id}${slash === -1 ? '' : rest.slice(slash)}` };
}

// ---------------------------------------------------------------------------------------------------
// Comparing the catalogue with the server

interface OpenApiOperation {
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
}

/** The parts of a JSON schema the suites look at. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
}

/** The OpenAPI document as far as the suites read it. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
}

const OPENAPI_METHODS = new Set(['get', 'post', 'patch', 'put', 'delete', 'head', 'options']);

/** `METHOD /api/v1/path/{param}` for every operation of the OpenAPI document. */
export function routesInOpenApi(doc: OpenApiDocument): string[] {
  const out: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) {
      if (OPENAPI_METHODS.has(method)) out.push(`${method.toUpperCase()} ${path}`);
    }
  }
  return out.sort();
}

/** The operation of the OpenAPI document for a catalogue entry. */
export function openApiOperation(doc: OpenApiDocument, e: CatalogueEntry): OpenApiOperation | undefined {
  return doc.paths[openApiPath(e.route)]?.[e.method.toLowerCase()];
}

/** The request-body schema of a route, as the OpenAPI document gives it. */
export function bodySchemaOf(doc: OpenApiDocument, e: CatalogueEntry): JsonSchema | undefined {
  return openApiOperation(doc, e)?.requestBody?.content?.['application/json']?.schema;
}

/** The query parameters of a route, as the OpenAPI document gives them. */
export function queryParamsOf(
  doc: OpenApiDocument,
  e: CatalogueEntry,
): { name: string; schema: JsonSchema }[] {
  return (openApiOperation(doc, e)?.parameters ?? [])
    .filter((p) => p.in === 'query')
    .map((p) => ({ name: p.name, schema: p.schema ?? {} }));
}

/**
 * Every API route the router knows, read from Fastify's `printRoutes({ commonPrefix: false })` tree
 * (which, unlike the OpenAPI document, includes hidden routes). HEAD routes are left out: Fastify
 * adds one to every GET route.
 */
export function routesInRouter(printout: string): string[] {
  const out: string[] = [];
  const stack: { depth: number; path: string }[] = [];
  for (const line of printout.split('\n')) {
    const m = /^([\s│]*)(?:[├└]── )?(\S+)(?: \(([^)]*)\))?\s*$/.exec(line);
    if (!m) continue;
    const depth = (m[1] ?? '').length;
    const segment = m[2] ?? '';
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= depth) stack.pop();
    const parent = stack[stack.length - 1]?.path ?? '';
    const path =
      parent === '' ? segment : `${parent.replace(/\/$/, '')}${segment.startsWith('/') ? '' : '/'}${segment}`;
    stack.push({ depth, path });
    if (!m[3]) continue;
    const full = path.startsWith('/') ? path : `/${path}`;
    for (const method of m[3].split(',').map((s) => s.trim())) {
      if (method !== 'HEAD') out.push(`${method} ${full}`);
    }
  }
  return out.filter((r) => r.split(' ')[1]!.startsWith(`${API_PREFIX}/`)).sort();
}

/** What differs between the catalogue and the server: routes missing from either side. */
export function catalogueDrift(
  doc: OpenApiDocument,
  printout: string,
): {
  notInCatalogue: string[];
  notInOpenApi: string[];
  notInRouter: string[];
  bodyFlagWrong: string[];
} {
  const visible = CATALOGUE.filter((e) => !e.hidden).map((e) => `${e.method} ${openApiPath(e.route)}`);
  const all = CATALOGUE.map(routeKey);
  const openapi = routesInOpenApi(doc);
  const router = routesInRouter(printout);
  return {
    notInCatalogue: [
      ...openapi.filter((r) => !visible.includes(r)),
      ...router.filter((r) => !all.includes(r)),
    ],
    notInOpenApi: visible.filter((r) => !openapi.includes(r)),
    notInRouter: all.filter((r) => !router.includes(r)),
    bodyFlagWrong: CATALOGUE.filter(
      (e) => !e.hidden && (e.body === 'schema') !== (openApiOperation(doc, e)?.requestBody !== undefined),
    ).map(routeKey),
  };
}

// ---------------------------------------------------------------------------------------------------
// Fixture objects

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

/** A fresh suffix for `SampleFixtures.unique`. */
export function uniqueSuffix(): string {
  return hex(5);
}

/**
 * Inserts an agency with distinctive names, two users (one to administer, one holding an API token)
 * and the token, straight into the database: fixtures leave no audit rows of their own.
 */
export async function buildAgencyFixture(
  db: Kysely<Database>,
  options: { label: string; countryCode: string; userRoles?: Role[] },
): Promise<AgencyFixture> {
  const tag = hex(4);
  const agencyCode = `${options.label.toUpperCase()}-${tag.toUpperCase()}`;
  const agency = await buildAgency(db, { code: agencyCode, countryCode: options.countryCode });
  const agencyName = `${options.label} Narcotics Service ${tag}`;
  const agencyNameRu = `${options.label} Служба ${tag}`;
  await db
    .updateTable('agencies')
    .set({ name: agencyName, name_ru: agencyNameRu })
    .where('id', '=', agency.id)
    .execute();
  const user = await buildUser(db, {
    agencyId: agency.id,
    roles: options.userRoles ?? ['officer'],
    username: `${options.label.toLowerCase()}-subject-${tag}`,
  });
  const tokenUser = await buildUser(db, {
    agencyId: agency.id,
    roles: ['analyst'],
    username: `${options.label.toLowerCase()}-holder-${tag}`,
  });
  const tokenName = `${options.label} token ${tag}`;
  const { row, secret } = await db.transaction().execute((tx) =>
    createApiToken(tx, {
      userId: tokenUser.id,
      agencyId: agency.id,
      name: tokenName,
      scopes: ['read', 'write'],
      expiresAt: new Date(Date.now() + 30 * 86_400_000),
      createdBy: null,
    }),
  );
  const recordWriter = await buildUser(db, {
    agencyId: agency.id,
    roles: ['officer'],
    username: `${options.label.toLowerCase()}-writer-${tag}`,
  });
  const recordCaption = `${options.label} Record Person ${tag}`;
  const record = await db
    .insertInto('records')
    .values({
      schema: 'Person',
      caption: recordCaption,
      properties: JSON.stringify({ name: [recordCaption] }),
      owner_agency_id: agency.id,
      owner_country: options.countryCode,
      distribution: 'own_agency',
      handling_code: 'H0',
      handling_restriction: null,
      eval_source: null,
      eval_info: null,
      created_by: recordWriter.id,
      updated_by: recordWriter.id,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('record_versions')
    .values({
      record_table: 'records',
      record_id: record.id,
      version: 1,
      owner_agency_id: agency.id,
      changed_by: recordWriter.id,
      changes: JSON.stringify({ 'properties.name': [null, [recordCaption]] }),
    })
    .execute();
  const fixture: AgencyFixture = {
    extra: {},
    recordId: record.id,
    recordCaption,
    recordWriterId: recordWriter.id,
    recordWriterUsername: recordWriter.username,
    agencyId: agency.id,
    agencyCode,
    agencyName,
    agencyNameRu,
    countryCode: options.countryCode,
    userId: user.id,
    username: user.username,
    userDisplayName: `Test ${user.username}`,
    tokenUserId: tokenUser.id,
    tokenUsername: tokenUser.username,
    tokenUserDisplayName: `Test ${tokenUser.username}`,
    tokenId: row.id,
    tokenName,
    tokenPrefix: row.prefix,
    tokenSecret: secret,
  };
  for (const module of MODULE_CATALOGUES) {
    if (module.fixtures) fixture.extra = { ...fixture.extra, ...(await module.fixtures(db, fixture)) };
  }
  return fixture;
}

// ---------------------------------------------------------------------------------------------------
// The error contract (docs/API.md)

/** An error body as docs/API.md defines it. */
export interface ApiErrorBody {
  error: { code: string; message: string; field: string | null };
}

/**
 * What is wrong with an error response, measured against the contract: JSON of exactly the shape
 * `{"error":{"code","message","field"}}`, a code from the closed set, and the status that code has.
 * An empty list means the response keeps the contract.
 */
export function errorContractProblems(response: {
  status: number;
  text: string;
  headers: Headers;
}): string[] {
  const problems: string[] = [];
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    return [`status ${response.status}: body is not JSON: ${response.text.slice(0, 200)}`];
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
    problems.push(`content-type is ${response.headers.get('content-type')}`);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [...problems, `body is not an object: ${response.text.slice(0, 200)}`];
  }
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== 'error') {
    problems.push(`top-level keys are ${JSON.stringify(keys)}, not ["error"]`);
  }
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null || Array.isArray(error)) {
    return [...problems, `"error" is not an object: ${response.text.slice(0, 200)}`];
  }
  const e = error as Record<string, unknown>;
  const errorKeys = Object.keys(e).sort();
  if (JSON.stringify(errorKeys) !== JSON.stringify(['code', 'field', 'message'])) {
    problems.push(`error keys are ${JSON.stringify(errorKeys)}`);
  }
  if (typeof e.code !== 'string' || !ERROR_CODES.includes(e.code as ErrorCode)) {
    problems.push(`code ${JSON.stringify(e.code)} is not in the closed set`);
  } else if (ERROR_STATUS[e.code as ErrorCode] !== response.status) {
    problems.push(
      `code ${e.code} answered with status ${response.status}, not ${ERROR_STATUS[e.code as ErrorCode]}`,
    );
  }
  if (typeof e.message !== 'string' || e.message === '') {
    problems.push(`message ${JSON.stringify(e.message)} is not a non-empty string`);
  }
  if (e.field !== null && typeof e.field !== 'string') {
    problems.push(`field ${JSON.stringify(e.field)} is neither a string nor null`);
  }
  return problems;
}

/** The error of a response that keeps the contract (check `errorContractProblems` first). */
export function errorOf(response: { text: string }): ApiErrorBody['error'] {
  return (JSON.parse(response.text) as ApiErrorBody).error;
}

/** The identifying values found in a text (case-insensitive). */
export function leakedValues(text: string, values: readonly string[]): string[] {
  const lower = text.toLowerCase();
  return values.filter((v) => v !== '' && lower.includes(v.toLowerCase()));
}
