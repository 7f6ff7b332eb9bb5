import type {
  FastifyInstance,
  FastifyBaseLogger,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { AppConfig } from '../config.js';
import type { Database, TokenScope } from '../db/schema.js';
import type { RequestContext } from '../access/actor.js';

/** What every route and service needs from the running process. */
export interface AppContext {
  db: Kysely<Database>;
  config: AppConfig;
  /** True when the demo region is loaded and the process runs in demo mode. */
  demoMode: boolean;
}

/**
 * Who may call a route. `public`: anyone. `enrolment`: a signed-in session, even one that still has to
 * enrol its second factor. `full` (the default — deny unless said otherwise): a fully signed-in session,
 * or an API token carrying `scope`.
 */
export type RouteAccess = 'public' | 'enrolment' | 'full';

declare module 'fastify' {
  interface FastifyRequest {
    ctx: RequestContext;
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** The API-token scope a route accepts; routes without one refuse API tokens. */
    scope?: TokenScope;
    /** The kind of object the route acts on, named in audit rows of denials. */
    object?: string;
  }
}

/** The Fastify instance with zod typing. */
export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;
