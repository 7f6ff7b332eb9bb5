import type { FastifyRequest } from 'fastify';
import type { Actor } from '../access/actor.js';
import { findLiveToken } from '../auth/api-tokens.js';
import { findLiveSession } from '../auth/sessions.js';
import { safeEqual } from '../auth/secrets.js';
import { scopeAllows } from '../access/policy.js';
import { loadActor } from '../access/load-actor.js';
import { AppError, forbidden } from '../errors.js';
import type { AppContext } from './context.js';

/** The name of the session cookie. */
export const SESSION_COOKIE = 'nr_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves who is calling: a session cookie or a Bearer API token; null if neither is valid. */
export async function resolveActor(
  app: AppContext,
  req: FastifyRequest,
): Promise<{ actor: Actor; csrfToken: string | null } | null> {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) {
    const token = await findLiveToken(app.db, header.slice('Bearer '.length).trim());
    if (!token) return null;
    const actor = await loadActor(app.db, token.user_id, {
      kind: 'token',
      tokenId: token.id,
      scopes: token.scopes,
    });
    return actor ? { actor, csrfToken: null } : null;
  }
  const cookie = req.cookies[SESSION_COOKIE];
  if (!cookie) return null;
  const session = await findLiveSession(app.db, cookie, {
    idleMinutes: app.config.sessionIdleMinutes,
    absoluteHours: app.config.sessionAbsoluteHours,
  });
  if (!session) return null;
  const actor = await loadActor(app.db, session.user_id, {
    kind: 'session',
    sessionId: session.id,
    stage: session.stage,
  });
  return actor ? { actor, csrfToken: session.csrf_token } : null;
}

/**
 * The access gate every request passes before its handler: authentication, second-factor stage,
 * token scope and CSRF. Routes are closed unless they declare themselves public.
 */
export async function gateRequest(app: AppContext, req: FastifyRequest): Promise<void> {
  const config = req.routeOptions.config;
  const access = config.access ?? 'full';
  const resolved = await resolveActor(app, req);
  req.ctx.actor = resolved?.actor ?? null;
  if (access === 'public') return;
  if (!resolved) throw new AppError('UNAUTHENTICATED', 'Sign in first');
  const { actor } = resolved;
  if (actor.auth.kind === 'session') {
    if (!SAFE_METHODS.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !resolved.csrfToken || !safeEqual(sent, resolved.csrfToken)) {
        throw new AppError('CSRF_FAILED', 'Missing or wrong X-CSRF-Token header');
      }
    }
    if (actor.auth.stage === 'totp_enrolment' && access !== 'enrolment') {
      throw new AppError('TOTP_ENROLMENT_REQUIRED', 'Enrol a second factor first');
    }
    return;
  }
  if (!config.scope || !scopeAllows(actor, config.scope)) throw forbidden();
}
