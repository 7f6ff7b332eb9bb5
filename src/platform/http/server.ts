import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { isDatabaseReady } from '../db/database.js';
import { AppError } from '../errors.js';
import { gateRequest } from './authenticate.js';
import type { App, AppContext } from './context.js';
import { makeErrorHandler } from './errors.js';

/** Largest accepted request body. */
export const BODY_LIMIT_BYTES = 1_048_576;
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Where the built web app is served from. */
export const WEB_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../dist/web');

/** Options that differ between production and tests. */
export interface ServerOptions {
  /** Send the structured log here instead of stdout (tests read it back). */
  logStream?: NodeJS.WritableStream;
}

/** Log options: structured JSON, with credentials removed wherever they could appear. */
export function loggerOptions(level: string): Exclude<FastifyServerOptions['logger'], boolean | undefined> {
  return {
    level,
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        '*.password',
        '*.secret',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
}

/**
 * Builds the HTTP server: security plugins, the access gate, the error handler, the API routes
 * (registered by `registerRoutes`) and the web app.
 */
export async function buildServer(
  app: AppContext,
  registerRoutes: (server: App, app: AppContext) => void,
  options: ServerOptions = {},
): Promise<App> {
  const routeTemplates: string[][] = [];
  const server = Fastify({
    logger: options.logStream
      ? { ...loggerOptions('info'), stream: options.logStream }
      : loggerOptions(app.config.logLevel),
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: app.config.trustProxy,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
    // Router-level failures (over-long or badly encoded path parameters) get the one error shape too.
    frameworkErrors: (_error, req, reply: FastifyReply) => {
      const field = badPathParameter(routeTemplates, req.raw.url ?? '') ?? 'url';
      void reply
        .code(400)
        .send(new AppError('VALIDATION_FAILED', 'Malformed URL or path parameter', field).toBody());
    },
  }).withTypeProvider<ZodTypeProvider>();
  // JSON only: without a text/plain parser, other media types are refused with 415.
  server.removeContentTypeParser('text/plain');

  server.setValidatorCompiler(validatorCompiler);
  server.setSerializerCompiler(serializerCompiler);
  server.setErrorHandler(makeErrorHandler(app));

  await server.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'", 'blob:'],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: app.config.secureCookies ? [] : null,
      },
    },
    hsts: app.config.secureCookies,
  });
  await server.register(rateLimit, {
    max: app.config.rateLimitPerMinute,
    timeWindow: 60_000,
    errorResponseBuilder: () => new AppError('RATE_LIMITED', 'Too many requests; slow down'),
  });
  await server.register(cookie);
  await server.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Northroute API',
        version: '1',
        description: 'See docs/API.md for conventions and error codes.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'nr_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });

  server.addHook('onRequest', async (req, reply) => {
    req.ctx = { requestId: req.id, ip: req.ip ?? null, actor: null };
    void reply.header('x-request-id', req.id);
  });
  // The access gate runs as a route hook added after the rate limiter's own, so that floods of
  // unauthenticated requests are throttled before they cost a session or token lookup. Only API
  // routes are gated: the web app's files are public, its data is not.
  const gate = async (req: FastifyRequest) => gateRequest(app, req);
  // PostgreSQL text cannot hold U+0000, and jsonb (history, audit details) refuses unpaired UTF-16
  // surrogates: refuse both up front, naming the field, instead of failing in SQL.
  server.addHook('preValidation', (req, _reply, done) => {
    const field =
      findNulCharacter(req.body, 'body') ??
      findNulCharacter(req.query, 'query') ??
      findNulCharacter(req.params, 'params');
    done(
      field
        ? new AppError(
            'VALIDATION_FAILED',
            'Text must not contain the NUL character nor unpaired surrogates',
            field.replace(/^body\.?/, '') || 'body',
          )
        : undefined,
    );
  });
  server.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    routeTemplates.push(route.url.split('/'));
    const existing =
      route.onRequest === undefined
        ? []
        : Array.isArray(route.onRequest)
          ? route.onRequest
          : [route.onRequest];
    route.onRequest = [...existing, gate];
  });

  server.get('/healthz', { config: { access: 'public' }, schema: { hide: true } }, () => ({ status: 'ok' }));
  server.get('/readyz', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    if (await isDatabaseReady(app.db)) return { status: 'ready' };
    return reply.status(503).send(new AppError('NOT_READY', 'Database not reachable').toBody());
  });
  server.get('/api/v1/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () =>
    server.swagger(),
  );

  await server.register(
    (api, _opts, done) => {
      registerRoutes(api, app);
      done();
    },
    { prefix: '/api/v1' },
  );

  await registerWebApp(server);
  return server;
}

async function registerWebApp(server: App): Promise<void> {
  const built = existsSync(path.join(WEB_ROOT, 'index.html'));
  if (built) await server.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: ['index.html'] });
  server.setNotFoundHandler(async (req, reply) => {
    if (req.url.startsWith('/api/') || req.method !== 'GET') {
      return reply.status(404).send(new AppError('NOT_FOUND', 'Not found').toBody());
    }
    if (!built) {
      return reply.status(503).type('text/plain').send('The web app is not built: run `npm run build:web`.');
    }
    return reply.type('text/html').sendFile('index.html');
  });
}

/** U+0000, or a UTF-16 surrogate without its pair (not well-formed Unicode). */
// eslint-disable-next-line no-control-regex -- U+0000 is exactly what is looked for
const UNSTORABLE_TEXT = /\u0000|\p{Cs}/u;

/** The path of the first string PostgreSQL cannot store (see UNSTORABLE_TEXT) inside a parsed body or query, or null. */
export function findNulCharacter(value: unknown, path: string): string | null {
  if (typeof value === 'string') return UNSTORABLE_TEXT.test(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (UNSTORABLE_TEXT.test(key)) return path;
    const found = findNulCharacter(item, `${path}.${key}`);
    if (found) return found;
  }
  return null;
}

const MAX_PARAM_LENGTH = 100; // Fastify's default

/**
 * Names the path parameter the router could not take (badly percent-encoded or too long) by laying
 * the raw URL over the registered route templates: `params.<name>`, or null if no template fits.
 */
export function badPathParameter(templates: readonly string[][], rawUrl: string): string | null {
  const segments = (rawUrl.split('?')[0] ?? '').split('/');
  for (const template of templates) {
    if (template.length !== segments.length) continue;
    let bad: string | null = null;
    const fits = template.every((part, i) => {
      const segment = segments[i] ?? '';
      if (!part.startsWith(':')) return part === segment;
      if (bad === null && !usableParameter(segment)) bad = `params.${part.slice(1)}`;
      return true;
    });
    if (fits && bad) return bad;
  }
  return null;
}

function usableParameter(segment: string): boolean {
  try {
    return decodeURIComponent(segment).length <= MAX_PARAM_LENGTH;
  } catch {
    return false;
  }
}
