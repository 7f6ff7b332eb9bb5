import type { FastifyReply } from 'fastify';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/audit.js';
import { AppError } from '../errors.js';
import type { App, AppContext } from '../http/context.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { EmptyBody } from '../http/schemas.js';
import { SignInBody, TotpConfirmBody } from './auth.schema.js';
import { createSession, endAllSessionsOfUser, type NewSession } from './sessions.js';
import { buildSessionView } from './session-view.js';
import { signIn } from './signin.service.js';
import { matchTotpStep, newTotpSecret, totpEnrolment } from './totp.js';

/** Sign-in, session, sign-out and second-factor enrolment. */
export function registerAuthRoutes(api: App, app: AppContext): void {
  const tags = ['auth'];
  const limits = {
    idleMinutes: app.config.sessionIdleMinutes,
    absoluteHours: app.config.sessionAbsoluteHours,
  };

  const setCookie = (reply: FastifyReply, session: NewSession) =>
    reply.setCookie(SESSION_COOKIE, session.cookieValue, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: app.config.secureCookies,
      maxAge: limits.absoluteHours * 3600,
    });

  const sessionIdOf = (actor: Actor | null) =>
    actor?.auth.kind === 'session' ? actor.auth.sessionId : undefined;

  api.post(
    '/auth/sign-in',
    {
      config: {
        access: 'public',
        rateLimit: { max: app.config.signInRateLimitPerMinute, timeWindow: 60_000 },
      },
      schema: { tags, body: SignInBody },
    },
    async (req, reply) => {
      const result = await signIn(
        app.db,
        req.ctx,
        {
          ...req.body,
          userAgent: req.headers['user-agent'] ?? null,
          previousSessionId: sessionIdOf(req.ctx.actor),
        },
        limits,
        app.demoMode,
      );
      setCookie(reply, result.session);
      const stage = (
        await app.db
          .selectFrom('sessions')
          .select('stage')
          .where('id', '=', result.session.id)
          .executeTakeFirstOrThrow()
      ).stage;
      return buildSessionView(
        app.db,
        { id: result.session.id, userId: result.userId, csrfToken: result.session.csrfToken, stage },
        app.demoMode,
      );
    },
  );

  api.get('/auth/session', { config: { access: 'enrolment' }, schema: { tags } }, async (req) => {
    const actor = req.ctx.actor!;
    if (actor.auth.kind !== 'session') throw new AppError('FORBIDDEN', 'Only for browser sessions');
    const session = await app.db
      .selectFrom('sessions')
      .selectAll()
      .where('id', '=', actor.auth.sessionId)
      .executeTakeFirstOrThrow();
    return buildSessionView(
      app.db,
      { id: session.id, userId: session.user_id, csrfToken: session.csrf_token, stage: session.stage },
      app.demoMode,
    );
  });

  // Signing out ends every session of the user, so a forgotten browser elsewhere is closed too.
  api.post(
    '/auth/sign-out',
    { config: { access: 'enrolment' }, schema: { tags, body: EmptyBody } },
    async (req, reply) => {
      const actor = req.ctx.actor!;
      await app.db.transaction().execute(async (tx) => {
        const ended = await endAllSessionsOfUser(tx, actor.userId);
        await recordAudit(tx, req.ctx, {
          action: 'auth.sign_out',
          objectType: 'user',
          objectId: actor.userId,
          details: { sessionsEnded: ended },
        });
      });
      void reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );

  api.post(
    '/auth/totp/setup',
    { config: { access: 'enrolment' }, schema: { tags, body: EmptyBody } },
    async (req) => {
      const actor = req.ctx.actor!;
      return app.db.transaction().execute(async (tx) => {
        const user = await tx
          .selectFrom('users')
          .select(['totp_enrolled_at', 'username'])
          .where('id', '=', actor.userId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        if (user.totp_enrolled_at) {
          throw new AppError(
            'CONFLICT',
            'A second factor is already enrolled; ask an administrator to reset it',
          );
        }
        const secret = newTotpSecret();
        await tx
          .updateTable('users')
          .set({ totp_secret: secret, updated_at: new Date() })
          .where('id', '=', actor.userId)
          .execute();
        await recordAudit(tx, req.ctx, {
          action: 'auth.totp_setup',
          objectType: 'user',
          objectId: actor.userId,
        });
        return { secret, ...(await totpEnrolment(secret, user.username)) };
      });
    },
  );

  api.post(
    '/auth/totp/confirm',
    { config: { access: 'enrolment' }, schema: { tags, body: TotpConfirmBody } },
    async (req, reply) => {
      const actor = req.ctx.actor!;
      if (actor.auth.kind !== 'session') throw new AppError('FORBIDDEN', 'Only for browser sessions');
      const oldSessionId = actor.auth.sessionId;
      const outcome = await app.db
        .transaction()
        .execute(async (tx): Promise<{ error: AppError } | { session: NewSession }> => {
          const user = await tx
            .selectFrom('users')
            .select(['totp_secret', 'totp_enrolled_at', 'agency_id'])
            .where('id', '=', actor.userId)
            .forUpdate()
            .executeTakeFirstOrThrow();
          if (user.totp_enrolled_at) {
            return { error: new AppError('CONFLICT', 'A second factor is already enrolled') };
          }
          if (!user.totp_secret) {
            return { error: new AppError('VALIDATION_FAILED', 'Start the enrolment first', 'code') };
          }
          const step = matchTotpStep(user.totp_secret, req.body.code);
          if (step === null) {
            await recordAudit(tx, req.ctx, {
              action: 'auth.totp_enrol',
              objectType: 'user',
              objectId: actor.userId,
              outcome: 'failure',
            });
            return { error: new AppError('TOTP_INVALID', 'Wrong or expired code', 'code') };
          }
          await tx
            .updateTable('users')
            .set({ totp_enrolled_at: new Date(), totp_last_step: step, updated_at: new Date() })
            .where('id', '=', actor.userId)
            .execute();
          // A new second factor means a new session: the old id (and any copy of it) stops working.
          await tx.deleteFrom('sessions').where('id', '=', oldSessionId).execute();
          const session = await createSession(
            tx,
            {
              userId: actor.userId,
              agencyId: user.agency_id,
              stage: 'full',
              ip: req.ctx.ip,
              userAgent: req.headers['user-agent'] ?? null,
            },
            limits,
          );
          await recordAudit(tx, req.ctx, {
            action: 'auth.totp_enrol',
            objectType: 'user',
            objectId: actor.userId,
          });
          return { session };
        });
      if ('error' in outcome) throw outcome.error;
      setCookie(reply, outcome.session);
      return buildSessionView(
        app.db,
        { id: outcome.session.id, userId: actor.userId, csrfToken: outcome.session.csrfToken, stage: 'full' },
        app.demoMode,
      );
    },
  );
}
