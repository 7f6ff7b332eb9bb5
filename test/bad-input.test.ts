/**
 * Bad input on every route of the catalogue (test/support/routes-catalogue.ts): malformed JSON, wrong
 * types, unknown and missing fields, oversized bodies, wrong content types, bad path and query
 * parameters, hostile strings and a seeded fuzz loop. Every answer must be a 4xx with the documented
 * code and the documented error shape, never a 500.
 *
 * Requests are sent by an actor the route lets through (the access gate runs before the body is
 * read): a platform administrator (second factor written straight into the database) for the
 * administrative routes, a dedicated user per route for the caller's own routes (so that one route's
 * inputs cannot disturb another's session), nobody for the public ones. Administrative routes act on
 * a victim agency built for the purpose.
 *
 * Each test collects every mismatch of its loop and asserts the list is empty, so that one failing
 * run names every route and input at fault at once.
 */
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { currentTotpCode, newTotpSecret } from '../src/platform/auth/totp.js';
import { ERROR_CODES } from '../src/platform/errors.js';
import { BODY_LIMIT_BYTES } from '../src/platform/http/server.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, type ApiResponse } from './support/client.js';
import { buildUser, TEST_PASSWORD, type TestUser } from './support/factories.js';
import {
  API_PREFIX,
  CATALOGUE,
  bodySchemaOf,
  buildAgencyFixture,
  catalogueDrift,
  errorContractProblems,
  errorOf,
  hasIdParam,
  queryParamsOf,
  routeKey,
  uniqueSuffix,
  urlOf,
  withId,
  type AgencyFixture,
  type CatalogueEntry,
  type JsonSchema,
  type OpenApiDocument,
  type SampleRequest,
} from './support/routes-catalogue.js';

/** The seed of the fuzz loop: change it to explore, keep it fixed in the suite. */
const FUZZ_SEED = 20_261_130;
const FUZZ_RUNS = 30;

let t: TestApp;
let doc: OpenApiDocument;
/** The agency whose objects the administrative routes act on. */
let V: AgencyFixture;
let platformAdmin: { user: TestUser; client: ApiClient };
/** An officer of V, owner of V's record: the record routes let him through. */
let recordWriter: { user: TestUser; client: ApiClient };
/** For each of the caller's own routes, a user of its own and his session. */
const selfUsers = new Map<string, { user: TestUser; client: ApiClient }>();
/** The user whose credentials the sign-in samples carry. */
let signInUser: TestUser;

const writes = CATALOGUE.filter((e) => e.method !== 'GET');
const bodyRoutes = CATALOGUE.filter((e) => e.body === 'schema');
const idRoutes = CATALOGUE.filter(hasIdParam);
const queryRoutes = () => CATALOGUE.filter((e) => queryParamsOf(doc, e).length > 0);

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
  return client;
}

async function signInPlain(user: TestUser): Promise<ApiClient> {
  const client = new ApiClient(t.url);
  const res = await client.signIn(user.username, user.password);
  if (res.status !== 200) throw new Error(`sign-in of ${user.username} failed: ${res.status} ${res.text}`);
  return client;
}

/** A client the route lets through. */
function clientFor(e: CatalogueEntry): ApiClient {
  if (e.access === 'public') return new ApiClient(t.url);
  if (e.kind === 'record') return recordWriter.client;
  return e.kind === 'self' ? selfUsers.get(routeKey(e))!.client : platformAdmin.client;
}

/** Signs the caller's-own-route users in again where a test ended their session (e.g. by signing out). */
async function restoreSessions(): Promise<void> {
  for (const own of selfUsers.values()) {
    if ((await own.client.get(`${API_PREFIX}/auth/session`)).status === 401) {
      own.client = await signInPlain(own.user);
    }
  }
}

function callerFor(e: CatalogueEntry): TestUser {
  if (e.access === 'public') return signInUser;
  if (e.kind === 'record') return recordWriter.user;
  return e.kind === 'self' ? selfUsers.get(routeKey(e))!.user : platformAdmin.user;
}

function sampleOf(e: CatalogueEntry): SampleRequest {
  return e.sample({ target: V, caller: callerFor(e), unique: uniqueSuffix() });
}

/** Sends the route's sample with a raw body (or none) and extra headers. */
async function sendRaw(
  e: CatalogueEntry,
  raw: string | Buffer | undefined,
  headers: Record<string, string> = {},
  req: SampleRequest = sampleOf(e),
) {
  const client = clientFor(e);
  return client.request<unknown>(e.method, urlOf(req), undefined, {
    ...(raw === undefined ? {} : { raw }),
    headers,
  });
}

/** Sends the route's sample with `body` JSON-encoded in place of the sample's body. */
function sendJson(e: CatalogueEntry, body: unknown, req?: SampleRequest) {
  return sendRaw(e, JSON.stringify(body), {}, req);
}

function describeResponse(res: ApiResponse<unknown>): string {
  return `${res.status} ${res.text.slice(0, 200)}`;
}

/**
 * Checks an answer against an expected error (code and, if given, field) and the error contract;
 * returns what is wrong, or nothing.
 */
function mismatch(
  res: ApiResponse<unknown>,
  expected: { code: string | readonly string[]; field?: string | null },
): string | null {
  const codes = typeof expected.code === 'string' ? [expected.code] : expected.code;
  if (res.status < 400) return `expected ${codes.join('|')}, got ${describeResponse(res)}`;
  const problems = errorContractProblems(res);
  if (problems.length > 0) return `${problems.join('; ')} — ${describeResponse(res)}`;
  const error = errorOf(res);
  if (!codes.includes(error.code)) return `expected ${codes.join('|')}, got ${describeResponse(res)}`;
  if (expected.field !== undefined && error.field !== expected.field) {
    return `expected field ${JSON.stringify(expected.field)}, got ${describeResponse(res)}`;
  }
  return null;
}

/** For inputs that may be accepted or refused: no 5xx, and a refusal keeps the contract. */
function neverFails(res: ApiResponse<unknown>): string | null {
  if (res.status >= 500) return `server error: ${describeResponse(res)}`;
  if (res.status >= 400) {
    const problems = errorContractProblems(res);
    if (problems.length > 0) return `${problems.join('; ')} — ${describeResponse(res)}`;
  }
  return null;
}

/** Collects mismatches of a loop; `assertNone` fails with all of them. */
class Findings {
  readonly items: string[] = [];
  add(where: string, problem: string | null): void {
    if (problem !== null) this.items.push(`${where}: ${problem}`);
  }
  assertNone(): void {
    expect(this.items, `${this.items.length} mismatches`).toEqual([]);
  }
}

// --- values of the wrong JSON type, by the type a schema allows ---

type JsonType = 'string' | 'number' | 'boolean' | 'array' | 'object' | 'null';
const VALUE_OF_TYPE: Record<JsonType, unknown> = {
  string: 'wrong-type',
  number: 12345,
  boolean: true,
  array: ['x'],
  object: { x: 1 },
  null: null,
};

function allowedTypes(schema: JsonSchema): Set<JsonType> {
  const out = new Set<JsonType>();
  const add = (s: JsonSchema) => {
    const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : [];
    for (const type of types) out.add(type === 'integer' ? 'number' : (type as JsonType));
    if (s.enum) {
      for (const v of s.enum) {
        out.add(v === null ? 'null' : Array.isArray(v) ? 'array' : (typeof v as JsonType));
      }
    }
    for (const alt of s.anyOf ?? []) add(alt);
  };
  add(schema);
  return out;
}

function wrongValuesFor(schema: JsonSchema): { type: JsonType; value: unknown }[] {
  const allowed = allowedTypes(schema);
  if (allowed.size === 0) throw new Error(`no type in schema ${JSON.stringify(schema)}`);
  return (Object.keys(VALUE_OF_TYPE) as JsonType[])
    .filter((type) => !allowed.has(type))
    .map((type) => ({ type, value: VALUE_OF_TYPE[type] }));
}

/** A query value the parameter's schema refuses. */
function badQueryValue(schema: JsonSchema): string {
  if (schema.format === 'uuid') return 'not-a-uuid';
  if (schema.enum) return 'not-one-of-them';
  if (schema.type === 'integer' || schema.type === 'number') return 'abc';
  if (schema.pattern) return '!!';
  if (schema.maxLength !== undefined) return 'x'.repeat(schema.maxLength + 1);
  if (schema.anyOf) return 'not-a-date';
  throw new Error(`no bad value known for ${JSON.stringify(schema)}`);
}

const bodyOf = (e: CatalogueEntry): Record<string, unknown> => {
  const body = sampleOf(e).body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new Error(`${routeKey(e)}: the sample body is not an object`);
  }
  return body as Record<string, unknown>;
};

/** Strings that have broken servers before. */
const HOSTILE_STRINGS: readonly string[] = [
  '\u0000',
  'before\u0000after',
  '\ud800',
  'a\udfffb',
  '\u202eevil\u202c',
  '😀'.repeat(50),
  "'; drop table users; --",
  '%_\\',
  '\\u0000',
  ' ',
  'x'.repeat(10_000),
];

beforeAll(async () => {
  t = await startTestApp();
  V = await buildAgencyFixture(t.db, { label: 'Victim', countryCode: 'KG' });
  const home = await buildAgencyFixture(t.db, { label: 'Home', countryCode: 'KZ' });
  const admin = await buildUser(t.db, { agencyId: home.agencyId, roles: ['platform_admin'] });
  platformAdmin = { user: admin, client: await signInWithTotp(admin) };
  for (const e of CATALOGUE.filter((r) => r.kind === 'self')) {
    const user = await buildUser(t.db, { agencyId: home.agencyId, roles: ['officer'] });
    selfUsers.set(routeKey(e), { user, client: await signInPlain(user) });
  }
  signInUser = await buildUser(t.db, { agencyId: home.agencyId, roles: ['viewer'] });
  const writer: TestUser = {
    id: V.recordWriterId,
    username: V.recordWriterUsername,
    password: TEST_PASSWORD,
    agencyId: V.agencyId,
    roles: ['officer'],
  };
  recordWriter = { user: writer, client: await signInPlain(writer) };
  const openapi = await platformAdmin.client.get<OpenApiDocument>(`${API_PREFIX}/openapi.json`);
  if (openapi.status !== 200) throw new Error(`openapi.json: ${openapi.status}`);
  doc = openapi.body;
});

beforeEach(async () => {
  await restoreSessions();
});

afterAll(async () => {
  await t?.close();
});

/** Body fields a valid sample leaves out, and why. */
const SAMPLE_OMITS: Record<string, string[]> = {
  [`${API_PREFIX}/auth/sign-in`]: ['totpCode'],
  [`${API_PREFIX}/agencies`]: ['organisationId'],
  // The sample is what an agency administrator may send about his own agency.
  [`${API_PREFIX}/agencies/:id`]: ['name', 'nameRu', 'active'],
  // Optional provenance of an imported record; sharing is changed by its own sample elsewhere.
  [`${API_PREFIX}/records`]: ['source', 'externalId'],
  [`${API_PREFIX}/records/:id`]: ['sharing'],
};

describe('the route catalogue', () => {
  it('covers exactly the routes the server exposes (OpenAPI document and router)', () => {
    const drift = catalogueDrift(doc, t.app.server.printRoutes({ commonPrefix: false }));
    expect(drift).toEqual({ notInCatalogue: [], notInOpenApi: [], notInRouter: [], bodyFlagWrong: [] });
  });

  it('the samples carry every body field of the OpenAPI document (bar the exceptions above)', () => {
    for (const e of bodyRoutes) {
      const props = Object.keys(bodySchemaOf(doc, e)?.properties ?? {});
      const sample = Object.keys(bodyOf(e));
      expect(
        props.filter((p) => !sample.includes(p) && !(SAMPLE_OMITS[e.route] ?? []).includes(p)),
        routeKey(e),
      ).toEqual([]);
    }
  });
});

describe('malformed JSON', () => {
  const MALFORMED = [
    '{',
    '{"a":',
    "{'a':1}",
    '{"a":1,}',
    '{a:1}',
    'undefined',
    'NaN',
    '[1,]',
    '{"a":"\u0000',
    '\u0000',
    '{"a":1}}',
    '',
  ];

  it('every POST/PATCH route, with a body schema or not, answers a malformed JSON body with 400 MALFORMED_JSON', async () => {
    const findings = new Findings();
    for (const e of writes) {
      for (const raw of MALFORMED) {
        findings.add(
          `${routeKey(e)} ${JSON.stringify(raw)}`,
          mismatch(await sendRaw(e, raw), { code: 'MALFORMED_JSON', field: 'body' }),
        );
      }
    }
    findings.assertNone();
  });

  it('keys that could pollute prototypes are refused (400) and pollute nothing', async () => {
    const findings = new Findings();
    for (const e of bodyRoutes) {
      const sample = JSON.stringify(bodyOf(e)).slice(1, -1);
      const comma = sample === '' ? '' : ',';
      for (const raw of [
        `{"__proto__":{"polluted":"yes"}${comma}${sample}}`,
        `{${sample}${comma}"__proto__":{"isAdmin":true}}`,
        `{"constructor":{"prototype":{"polluted":"yes"}}${comma}${sample}}`,
        `{${sample}${comma}"nested":{"__proto__":{"polluted":"yes"}}}`,
      ]) {
        findings.add(
          `${routeKey(e)} ${raw.slice(0, 80)}`,
          mismatch(await sendRaw(e, raw), { code: ['MALFORMED_JSON', 'VALIDATION_FAILED'] }),
        );
      }
    }
    findings.assertNone();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });
});

describe('wrong types, unknown and missing fields', () => {
  it('a value of the wrong JSON type in any field answers 400 VALIDATION_FAILED naming the field', async () => {
    const findings = new Findings();
    let checked = 0;
    for (const e of bodyRoutes) {
      const schema = bodySchemaOf(doc, e)!;
      for (const [field, fieldSchema] of Object.entries(schema.properties ?? {})) {
        for (const { type, value } of wrongValuesFor(fieldSchema)) {
          checked++;
          findings.add(
            `${routeKey(e)} ${field}=${type}`,
            mismatch(await sendJson(e, { ...bodyOf(e), [field]: value }), {
              code: 'VALIDATION_FAILED',
              field,
            }),
          );
        }
        if (fieldSchema.type === 'array') {
          checked++;
          findings.add(
            `${routeKey(e)} ${field}[0]=number`,
            mismatch(await sendJson(e, { ...bodyOf(e), [field]: [12345] }), {
              code: 'VALIDATION_FAILED',
              field: `${field}.0`,
            }),
          );
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
    findings.assertNone();
  });

  it('a body that is not an object answers 400 VALIDATION_FAILED on "body"', async () => {
    const findings = new Findings();
    for (const e of bodyRoutes) {
      // A route whose body may be left out takes `null` for "no body".
      const nullable = allowedTypes(bodySchemaOf(doc, e) ?? {}).has('null');
      for (const raw of ['[]', '[{}]', '"text"', '123', 'true', ...(nullable ? [] : ['null'])]) {
        findings.add(
          `${routeKey(e)} ${raw}`,
          mismatch(await sendRaw(e, raw), { code: 'VALIDATION_FAILED', field: 'body' }),
        );
      }
    }
    findings.assertNone();
  });

  it('an unknown field answers 400 VALIDATION_FAILED naming it', async () => {
    const findings = new Findings();
    for (const e of bodyRoutes) {
      for (const key of [
        'zzUnknown',
        'id',
        'agency_id',
        'isAdmin',
        'constructor',
        'prototype',
        'toString',
        'hasOwnProperty',
        '',
      ]) {
        findings.add(
          `${routeKey(e)} +${JSON.stringify(key)}`,
          mismatch(await sendJson(e, { ...bodyOf(e), [key]: 1 }), {
            code: 'VALIDATION_FAILED',
            field: key || 'body',
          }),
        );
      }
    }
    findings.assertNone();
  });

  it('a missing required field answers 400 VALIDATION_FAILED naming it', async () => {
    const findings = new Findings();
    for (const e of bodyRoutes) {
      for (const field of bodySchemaOf(doc, e)?.required ?? []) {
        const body = bodyOf(e);
        delete body[field];
        findings.add(
          `${routeKey(e)} -${field}`,
          mismatch(await sendJson(e, body), { code: 'VALIDATION_FAILED', field }),
        );
      }
    }
    findings.assertNone();
  });
});

describe('size and content type', () => {
  it(`a body over ${BODY_LIMIT_BYTES} bytes answers 413 PAYLOAD_TOO_LARGE`, async () => {
    const findings = new Findings();
    const padding = 'x'.repeat(BODY_LIMIT_BYTES);
    for (const e of writes) {
      const body = e.body === 'schema' ? { ...bodyOf(e), padding } : { padding };
      findings.add(routeKey(e), mismatch(await sendJson(e, body), { code: 'PAYLOAD_TOO_LARGE' }));
    }
    findings.assertNone();
  });

  it('an oversized body sent in chunks, without Content-Length, answers 413 too', async () => {
    const e = CATALOGUE.find((r) => r.method === 'PATCH' && r.route === `${API_PREFIX}/me`)!;
    const client = clientFor(e);
    const chunk = new TextEncoder().encode(`{"displayName":"${'y'.repeat(64 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > BODY_LIMIT_BYTES + chunk.length) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const response = await fetch(`${t.url}${API_PREFIX}/me`, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        cookie: client.cookie!,
        'x-csrf-token': client.csrfToken!,
      },
      body: stream,
      duplex: 'half',
    }).catch((err: unknown) => err as Error);
    // The server may close the connection before the whole body is sent; if it answers, it answers 413.
    if (response instanceof Response) {
      const text = await response.text();
      expect(
        mismatch(
          { status: response.status, text, body: null, headers: response.headers },
          { code: 'PAYLOAD_TOO_LARGE' },
        ),
      ).toBeNull();
    }
  });

  it('a body just under the limit is read and validated (400, not 413)', async () => {
    const e = CATALOGUE.find((r) => r.method === 'PATCH' && r.route === `${API_PREFIX}/me`)!;
    const body = JSON.stringify({ displayName: 'z'.repeat(BODY_LIMIT_BYTES - 100) });
    expect(mismatch(await sendRaw(e, body), { code: 'VALIDATION_FAILED', field: 'displayName' })).toBeNull();
  });

  for (const contentType of [
    'text/plain',
    'text/plain; charset=utf-8',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/json-patch+json',
  ]) {
    it(`a body sent as ${contentType} answers 415 UNSUPPORTED_MEDIA_TYPE on every POST/PATCH route`, async () => {
      const findings = new Findings();
      for (const e of writes) {
        const body = e.body === 'schema' ? bodyOf(e) : {};
        findings.add(
          routeKey(e),
          mismatch(await sendRaw(e, JSON.stringify(body), { 'content-type': contentType }), {
            code: 'UNSUPPORTED_MEDIA_TYPE',
          }),
        );
      }
      findings.assertNone();
    });
  }

  it('POST /auth/totp/setup, whose body is optional, accepts a request without a body (as the web app sends it)', async () => {
    const e = CATALOGUE.find((r) => r.route === `${API_PREFIX}/auth/totp/setup`)!;
    const res = await sendRaw(e, undefined);
    expect(res.status, describeResponse(res)).toBe(200);
  });
});

describe('path and query parameters', () => {
  const NOT_UUIDS = [
    'abc',
    '1',
    'not-a-uuid',
    '00000000-0000-0000-0000-00000000000',
    '00000000-0000-0000-0000-0000000000000',
    'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz',
    "' OR '1'='1",
    '\u0000',
    '%',
    '{id}',
    'a'.repeat(150),
  ].map(encodeURIComponent);
  /** Path segments sent as they are: percent-encoding that decodes to no valid UTF-8. */
  const BAD_ENCODINGS = ['%zz', '%E0%A4%A', '%C0%80', '%ED%A0%80'];

  it('an :id that is not a UUID (or not even valid percent-encoding) answers 400 VALIDATION_FAILED on params.id', async () => {
    const findings = new Findings();
    for (const e of idRoutes) {
      for (const id of [...NOT_UUIDS, ...BAD_ENCODINGS]) {
        const req = withId(e, sampleOf(e), id);
        const res = await sendRaw(
          e,
          e.method === 'GET' ? undefined : JSON.stringify(req.body ?? {}),
          {},
          req,
        );
        findings.add(
          `${routeKey(e)} id=${id.slice(0, 24)}`,
          mismatch(res, { code: 'VALIDATION_FAILED', field: 'params.id' }),
        );
      }
    }
    findings.assertNone();
  });

  it('a well-formed :id of no object answers 404 NOT_FOUND', async () => {
    const findings = new Findings();
    for (const e of idRoutes) {
      for (const id of [
        '00000000-0000-0000-0000-000000000000',
        'ffffffff-ffff-ffff-ffff-ffffffffffff',
        randomUUID(),
        randomUUID().toUpperCase(),
      ]) {
        const req = withId(e, sampleOf(e), id);
        const res = await sendRaw(
          e,
          e.method === 'GET' ? undefined : JSON.stringify(req.body ?? {}),
          {},
          req,
        );
        findings.add(`${routeKey(e)} id=${id}`, mismatch(res, { code: 'NOT_FOUND' }));
      }
    }
    findings.assertNone();
  });

  it('GET /audit?limit=abc answers 400 VALIDATION_FAILED on query.limit', async () => {
    const res = await platformAdmin.client.get(`${API_PREFIX}/audit?limit=abc`);
    expect(mismatch(res, { code: 'VALIDATION_FAILED', field: 'query.limit' })).toBeNull();
  });

  it('a query parameter its schema refuses, an unknown one or a repeated one answers 400 VALIDATION_FAILED naming it', async () => {
    const findings = new Findings();
    let checked = 0;
    for (const e of queryRoutes()) {
      const sample = sampleOf(e);
      for (const { name, schema } of queryParamsOf(doc, e)) {
        checked++;
        const bad = { ...sample, query: { ...sample.query, [name]: badQueryValue(schema) } };
        findings.add(
          `${routeKey(e)} ?${name}=bad`,
          mismatch(await sendRaw(e, undefined, {}, bad), {
            code: 'VALIDATION_FAILED',
            field: `query.${name}`,
          }),
        );
        const repeated = `${urlOf({ ...sample, query: { ...sample.query, [name]: 'a' } })}&${name}=b`;
        const client = clientFor(e);
        findings.add(
          `${routeKey(e)} ?${name}=a&${name}=b`,
          mismatch(await client.request<unknown>('GET', repeated), {
            code: 'VALIDATION_FAILED',
            field: `query.${name}`,
          }),
        );
      }
      const unknown = { ...sample, query: { ...sample.query, zzUnknown: '1' } };
      findings.add(
        `${routeKey(e)} ?zzUnknown`,
        mismatch(await sendRaw(e, undefined, {}, unknown), {
          code: 'VALIDATION_FAILED',
          field: 'query.zzUnknown',
        }),
      );
    }
    expect(checked).toBeGreaterThan(10);
    findings.assertNone();
  });

  it('GET /audit refuses limits out of range and malformed dates', async () => {
    const findings = new Findings();
    for (const [query, field] of [
      ['limit=0', 'query.limit'],
      ['limit=-1', 'query.limit'],
      ['limit=501', 'query.limit'],
      ['limit=1.5', 'query.limit'],
      ['limit=1e400', 'query.limit'],
      ['before=0', 'query.before'],
      ['before=99999999999999999999', 'query.before'],
      ['from=2024-02-30', 'query.from'],
      ['from=yesterday', 'query.from'],
      ['to=2024-13-01', 'query.to'],
      ['outcome=maybe', 'query.outcome'],
    ] as const) {
      findings.add(
        query,
        mismatch(await platformAdmin.client.get(`${API_PREFIX}/audit?${query}`), {
          code: 'VALIDATION_FAILED',
          field,
        }),
      );
    }
    findings.assertNone();
  });
});

describe('hostile strings', () => {
  it('in any string field of a body: never a server error', async () => {
    const findings = new Findings();
    for (const e of bodyRoutes) {
      for (const [field, schema] of Object.entries(bodySchemaOf(doc, e)?.properties ?? {})) {
        if (!allowedTypes(schema).has('string')) continue;
        for (const value of HOSTILE_STRINGS) {
          findings.add(
            `${routeKey(e)} ${field}=${JSON.stringify(value.slice(0, 24))}`,
            neverFails(await sendJson(e, { ...bodyOf(e), [field]: value })),
          );
        }
      }
    }
    findings.assertNone();
  });

  it('in any string query parameter: never a server error', async () => {
    const findings = new Findings();
    for (const e of queryRoutes()) {
      const sample = sampleOf(e);
      for (const { name, schema } of queryParamsOf(doc, e)) {
        if (!allowedTypes(schema).has('string')) continue;
        for (const value of HOSTILE_STRINGS) {
          findings.add(
            `${routeKey(e)} ?${name}=${JSON.stringify(value.slice(0, 24))}`,
            neverFails(
              await sendRaw(e, undefined, {}, { ...sample, query: { ...sample.query, [name]: value } }),
            ),
          );
        }
      }
    }
    findings.assertNone();
  });
});

// --- the fuzz loop ---

const hugeStrings = ['x'.repeat(900_000), 'é'.repeat(400_000), '😀'.repeat(200_000)];
const fuzzString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS, ...hugeStrings), weight: 2 },
);
const fuzzKey = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    'toString',
    'valueOf',
    '',
    ' ',
    'a.b',
    '$where',
    'password',
    'roles',
    'agencyId',
  ),
  fc.string({ maxLength: 12 }),
);
const fuzzNumber = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }).map(String),
  fc.constantFrom('-0', '1e400', '-1e400', '1E-400', '9007199254740993', '0.1e1', '365.0', '1e2'),
);
/** Arbitrary JSON text (objects as key lists, so that "__proto__" stays a key). */
const { json: fuzzJson } = fc.letrec<{ json: string }>((tie) => ({
  json: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('null', 'true', 'false'),
    fuzzNumber,
    fuzzString.map((s) => JSON.stringify(s)),
    fc.array(tie('json'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(fuzzKey, tie('json')), { maxLength: 5 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
}));

/** Bodies for one route: arbitrary JSON, the sample with one field replaced, or with a key added. */
function fuzzBodies(e: CatalogueEntry): string[] {
  const sample = bodyOf(e);
  const fields = Object.keys(sample);
  const entries = (obj: Record<string, unknown>) =>
    Object.entries(obj).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`);
  const modes: fc.Arbitrary<string>[] = [
    fuzzJson,
    fc.tuple(fuzzKey, fuzzJson, fc.boolean()).map(([k, v, first]) => {
      const parts = entries(sample);
      const extra = `${JSON.stringify(k)}:${v}`;
      return `{${(first ? [extra, ...parts] : [...parts, extra]).join(',')}}`;
    }),
  ];
  if (fields.length > 0) {
    // Replacing one field of a valid body gets past the other fields' checks: weighted up, with strings first.
    const replaced = (value: fc.Arbitrary<string>) =>
      fc.tuple(fc.constantFrom(...fields), value).map(([field, v]) => {
        const rest = Object.fromEntries(Object.entries(sample).filter(([k]) => k !== field));
        return `{${[...entries(rest), `${JSON.stringify(field)}:${v}`].join(',')}}`;
      });
    modes.push(
      replaced(fuzzJson),
      replaced(fuzzString.map((s) => JSON.stringify(s))),
      replaced(fuzzString.map((s) => JSON.stringify(s))),
    );
  }
  // One sequence per route, derived from the fixed seed and the route, so runs are reproducible.
  const routeSeed = [...routeKey(e)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) | 0, FUZZ_SEED);
  return fc.sample(fc.oneof(...modes), { seed: routeSeed, numRuns: FUZZ_RUNS });
}

describe(`fuzz (fast-check, seed ${FUZZ_SEED}, ${FUZZ_RUNS} bodies per route)`, () => {
  for (const e of bodyRoutes) {
    it(`${routeKey(e)}: random JSON never gives a server error`, async () => {
      const findings = new Findings();
      for (const raw of fuzzBodies(e)) {
        const shown =
          raw.length <= 240 ? raw : `${raw.slice(0, 80)}…${raw.slice(-120)} (${raw.length} chars)`;
        findings.add(`body ${shown}`, neverFails(await sendRaw(e, raw)));
      }
      findings.assertNone();
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(Object.prototype)).toEqual([]);
    });
  }
});

describe('every error answer keeps the contract', () => {
  it('the codes the suite expects are all in the closed set', () => {
    for (const code of [
      'MALFORMED_JSON',
      'VALIDATION_FAILED',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'NOT_FOUND',
    ]) {
      expect(ERROR_CODES).toContain(code);
    }
  });

  it('an unknown route or method under /api answers 404 NOT_FOUND with the error shape', async () => {
    const findings = new Findings();
    for (const [method, path] of [
      ['GET', `${API_PREFIX}/nothing-here`],
      ['DELETE', `${API_PREFIX}/users/${V.userId}`],
      ['PUT', `${API_PREFIX}/me`],
      ['POST', `${API_PREFIX}/countries`],
    ] as const) {
      findings.add(
        `${method} ${path}`,
        mismatch(
          await platformAdmin.client.request<unknown>(method, path, method === 'GET' ? undefined : {}),
          { code: 'NOT_FOUND' },
        ),
      );
    }
    findings.assertNone();
  });
});

describe('positive control (run last)', () => {
  it('the valid sample of every route is accepted, so the refusals above are due to the bad input alone', async () => {
    const fresh = await buildAgencyFixture(t.db, { label: 'Control', countryCode: 'TJ' });
    const findings = new Findings();
    for (const e of CATALOGUE) {
      let client: ApiClient;
      let caller: TestUser;
      if (e.access === 'public') {
        caller = await buildUser(t.db, { agencyId: fresh.agencyId, roles: ['viewer'] });
        client = new ApiClient(t.url);
      } else if (e.kind === 'self') {
        caller = await buildUser(t.db, { agencyId: fresh.agencyId, roles: ['officer'] });
        client = await signInPlain(caller);
      } else if (e.sampleRoles) {
        // A decision only the target agency itself may take: one of its users with such a role.
        caller = await buildUser(t.db, { agencyId: fresh.agencyId, roles: [...e.sampleRoles] });
        client = await signInPlain(caller);
      } else if (e.kind === 'record') {
        // The fresh agency's own officer acts on its own record.
        caller = {
          id: fresh.recordWriterId,
          username: fresh.recordWriterUsername,
          password: TEST_PASSWORD,
          agencyId: fresh.agencyId,
          roles: ['officer'],
        };
        client = await signInPlain(caller);
      } else {
        caller = platformAdmin.user;
        client = platformAdmin.client;
      }
      let req = e.sample({ target: fresh, caller, unique: uniqueSuffix() });
      if (e.route === `${API_PREFIX}/auth/totp/confirm`) {
        const setup = await client.post<{ secret: string }>(`${API_PREFIX}/auth/totp/setup`, {});
        req = { ...req, body: { code: currentTotpCode(setup.body.secret) } };
      }
      const res = await client.request<unknown>(e.method, urlOf(req), req.body);
      if (res.status < 200 || res.status >= 300) {
        findings.add(routeKey(e), `sample refused: ${describeResponse(res)}`);
      }
    }
    findings.assertNone();
  });
});
