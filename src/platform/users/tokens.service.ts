import type { Kysely } from 'kysely';
import type { RequestContext } from '../access/actor.js';
import { agencyScope, can, forbiddenUnless, inAgencyScope } from '../access/policy.js';
import { recordAudit } from '../audit/audit.js';
import { createApiToken } from '../auth/api-tokens.js';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { presentToken } from './users.present.js';
import type { CreateTokenBody } from './users.schema.js';

function tokensQuery(db: Kysely<Database>) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.user_id')
    .selectAll('api_tokens')
    .select('users.username');
}

function tokenScope(ctx: RequestContext) {
  const scope = agencyScope(ctx.actor!, 'tokens.manage');
  forbiddenUnless(scope.kind !== 'none');
  return scope;
}

/** Lists API tokens in the actor's administrative scope, newest first. */
export async function listTokens(db: Kysely<Database>, ctx: RequestContext, userId?: string) {
  let q = tokensQuery(db)
    .where(inAgencyScope(tokenScope(ctx), 'api_tokens.agency_id'))
    .orderBy('api_tokens.created_at', 'desc');
  if (userId) q = q.where('api_tokens.user_id', '=', userId);
  return (await q.limit(1000).execute()).map(presentToken);
}

/** Issues a token for a user the actor administers; the secret is returned once and never stored. */
export async function issueToken(db: Kysely<Database>, ctx: RequestContext, body: CreateTokenBody) {
  const scope = tokenScope(ctx);
  return db.transaction().execute(async (tx) => {
    const user = await tx
      .selectFrom('users')
      .select(['id', 'agency_id', 'roles', 'disabled'])
      .where('id', '=', body.userId)
      .where(inAgencyScope(scope, 'users.agency_id'))
      .executeTakeFirst();
    if (!user) throw new AppError('NOT_FOUND', 'Unknown user', 'userId');
    forbiddenUnless(!user.roles.includes('platform_admin') || can(ctx.actor!, 'tokens.manage.all'));
    if (user.disabled) throw new AppError('CONFLICT', 'The user is disabled', 'userId');
    const expiresAt = new Date(Date.now() + body.expiresInDays * 86_400_000);
    const { row, secret } = await createApiToken(tx, {
      userId: user.id,
      agencyId: user.agency_id,
      name: body.name,
      scopes: [...new Set(body.scopes)],
      expiresAt,
      createdBy: ctx.actor!.userId,
    });
    await recordAudit(tx, ctx, {
      action: 'token.create',
      objectType: 'api_token',
      objectId: row.id,
      objectAgencyId: user.agency_id,
      details: { userId: user.id, scopes: row.scopes, expiresAt: expiresAt.toISOString() },
    });
    const view = await tokensQuery(tx).where('api_tokens.id', '=', row.id).executeTakeFirstOrThrow();
    return { token: presentToken(view), secret };
  });
}

/** Revokes a token in the actor's scope (idempotent: revoking twice keeps the first time). */
export async function revokeToken(db: Kysely<Database>, ctx: RequestContext, id: string) {
  const scope = tokenScope(ctx);
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('api_tokens')
      .innerJoin('users', 'users.id', 'api_tokens.user_id')
      .select(['api_tokens.id', 'api_tokens.revoked_at', 'api_tokens.agency_id', 'users.roles'])
      .where('api_tokens.id', '=', id)
      .where(inAgencyScope(scope, 'api_tokens.agency_id'))
      .forUpdate('api_tokens')
      .executeTakeFirst();
    if (!row) throw notFound();
    // Same rule as for issuing: a platform administrator's tokens are for platform administrators to manage.
    forbiddenUnless(!row.roles.includes('platform_admin') || can(ctx.actor!, 'tokens.manage.all'));
    if (!row.revoked_at) {
      await tx.updateTable('api_tokens').set({ revoked_at: new Date() }).where('id', '=', id).execute();
    }
    await recordAudit(tx, ctx, {
      action: 'token.revoke',
      objectType: 'api_token',
      objectId: id,
      objectAgencyId: row.agency_id,
    });
    return presentToken(await tokensQuery(tx).where('api_tokens.id', '=', id).executeTakeFirstOrThrow());
  });
}
