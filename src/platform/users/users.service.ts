import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../access/actor.js';
import {
  agencyInScope,
  agencyScope,
  can,
  forbiddenUnless,
  inAgencyScope,
  type AgencyScope,
} from '../access/policy.js';
import { recordAudit } from '../audit/audit.js';
import { revokeAllTokensOfUser } from '../auth/api-tokens.js';
import { assertPasswordAcceptable, hashPassword } from '../auth/passwords.js';
import { endAllSessionsOfUser } from '../auth/sessions.js';
import type { Database, Role, UserUpdate } from '../db/schema.js';
import { AppError, notFound } from '../errors.js';
import { presentUser, usersQuery, type UserView } from './users.present.js';
import type { CreateUserBody, UpdateUserBody } from './users.schema.js';

function adminScope(ctx: RequestContext): AgencyScope {
  const scope = agencyScope(ctx.actor!, 'users.manage');
  forbiddenUnless(scope.kind !== 'none');
  return scope;
}

/** Only platform administrators may hand out, or touch holders of, the platform administrator role. */
function assertMayManageRoles(ctx: RequestContext, roles: readonly Role[]): void {
  forbiddenUnless(!roles.includes('platform_admin') || can(ctx.actor!, 'users.manage.all'));
}

/** Loads a user inside the actor's scope (locked for update), or answers "not found". */
async function loadManagedUser(tx: Transaction<Database>, ctx: RequestContext, id: string) {
  const scope = adminScope(ctx);
  const row = await usersQuery(tx)
    .where('users.id', '=', id)
    .where(inAgencyScope(scope, 'users.agency_id'))
    .forUpdate('users')
    .executeTakeFirst();
  if (!row) throw notFound();
  assertMayManageRoles(ctx, row.roles);
  return row;
}

async function reload(tx: Kysely<Database>, id: string): Promise<UserView> {
  return presentUser(await usersQuery(tx).where('users.id', '=', id).executeTakeFirstOrThrow());
}

/** Lists users in the actor's administrative scope. */
export async function listUsers(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: { agencyId?: string | undefined; q?: string | undefined; includeDisabled?: string | undefined },
): Promise<UserView[]> {
  const scope = adminScope(ctx);
  let q = usersQuery(db)
    .where(inAgencyScope(scope, 'users.agency_id'))
    .orderBy('agencies.code')
    .orderBy('users.username');
  if (query.agencyId) q = q.where('users.agency_id', '=', query.agencyId);
  if (query.includeDisabled !== 'true') q = q.where('users.disabled', '=', false);
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([eb('users.username', 'ilike', pattern), eb('users.display_name', 'ilike', pattern)]),
    );
  }
  return (await q.limit(1000).execute()).map(presentUser);
}

/** One user in the actor's scope. */
export async function getUser(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<UserView> {
  const row = await usersQuery(db)
    .where('users.id', '=', id)
    .where(inAgencyScope(adminScope(ctx), 'users.agency_id'))
    .executeTakeFirst();
  if (!row) throw notFound();
  return presentUser(row);
}

/** Creates a user in an agency the actor administers. */
export async function createUser(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateUserBody,
): Promise<UserView> {
  const scope = adminScope(ctx);
  if (!agencyInScope(scope, body.agencyId)) throw new AppError('NOT_FOUND', 'Unknown agency', 'agencyId');
  assertMayManageRoles(ctx, body.roles);
  assertPasswordAcceptable(body.password, body.username);
  const passwordHash = await hashPassword(body.password);
  return db.transaction().execute(async (tx) => {
    const agency = await tx
      .selectFrom('agencies')
      .select('id')
      .where('id', '=', body.agencyId)
      .executeTakeFirst();
    if (!agency) throw new AppError('NOT_FOUND', 'Unknown agency', 'agencyId');
    const taken = await tx
      .selectFrom('users')
      .select('id')
      .where((eb) => eb(eb.fn('lower', ['username']), '=', body.username.toLowerCase()))
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', 'This user name is taken', 'username');
    const { id } = await tx
      .insertInto('users')
      .values({
        agency_id: body.agencyId,
        username: body.username,
        display_name: body.displayName,
        password_hash: passwordHash,
        roles: [...new Set(body.roles)],
        language: body.language ?? 'en',
        password_changed_at: new Date(),
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'user.create',
      objectType: 'user',
      objectId: id,
      objectAgencyId: body.agencyId,
      details: { username: body.username, roles: body.roles },
    });
    return reload(tx, id);
  });
}

/** Changes display name or roles. */
export async function updateUser(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  body: UpdateUserBody,
): Promise<UserView> {
  if (body.roles) assertMayManageRoles(ctx, body.roles);
  return db.transaction().execute(async (tx) => {
    const target = await loadManagedUser(tx, ctx, id);
    const changes: UserUpdate = {
      ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
      ...(body.roles !== undefined ? { roles: [...new Set(body.roles)] } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await tx
        .updateTable('users')
        .set({ ...changes, updated_at: new Date() })
        .where('id', '=', id)
        .execute();
    }
    await recordAudit(tx, ctx, {
      action: 'user.update',
      objectType: 'user',
      objectId: id,
      objectAgencyId: target.agency_id,
      details: { fields: Object.keys(body), roles: body.roles },
    });
    return reload(tx, id);
  });
}

/** Account actions an administrator (or the operator, from the CLI) can take on a user. */
export type AdminAction = 'disable' | 'enable' | 'unlock' | 'reset_totp';

/**
 * Carries out an account action inside the caller's transaction and returns facts for the audit row.
 * Disabling ends every session and revokes every API token; resetting the second factor ends
 * sessions so that the next sign-in enrols a new one.
 */
export async function applyUserActionInTx(
  tx: Kysely<Database>,
  id: string,
  action: AdminAction,
): Promise<Record<string, unknown>> {
  const now = new Date();
  switch (action) {
    case 'disable':
      return disableUserInTx(tx, id);
    case 'enable':
      await tx.updateTable('users').set({ disabled: false, updated_at: now }).where('id', '=', id).execute();
      return {};
    case 'unlock':
      await tx
        .updateTable('users')
        .set({ locked_until: null, failed_attempts: 0, updated_at: now })
        .where('id', '=', id)
        .execute();
      return {};
    case 'reset_totp':
      await tx
        .updateTable('users')
        .set({ totp_secret: null, totp_enrolled_at: null, totp_last_step: null, updated_at: now })
        .where('id', '=', id)
        .execute();
      return { sessionsEnded: await endAllSessionsOfUser(tx, id) };
  }
}

/** Applies an account action to a user in the actor's scope, audited in the same transaction. */
export async function applyUserAction(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  action: AdminAction,
): Promise<UserView> {
  if (action === 'disable' && id === ctx.actor!.userId) {
    throw new AppError('CONFLICT', 'You cannot disable yourself', 'id');
  }
  return db.transaction().execute(async (tx) => {
    const target = await loadManagedUser(tx, ctx, id);
    const details = await applyUserActionInTx(tx, id, action);
    await recordAudit(tx, ctx, {
      action: `user.${action}`,
      objectType: 'user',
      objectId: id,
      objectAgencyId: target.agency_id,
      details,
    });
    return reload(tx, id);
  });
}

/** Sets a new password chosen by an administrator; the user's sessions end. */
export async function resetPassword(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  newPassword: string,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const user = await loadManagedUser(tx, ctx, id);
    assertPasswordAcceptable(newPassword, user.username, 'newPassword');
    await setPassword(tx, id, newPassword);
    const sessionsEnded = await endAllSessionsOfUser(tx, id);
    await recordAudit(tx, ctx, {
      action: 'user.reset_password',
      objectType: 'user',
      objectId: id,
      objectAgencyId: user.agency_id,
      details: { sessionsEnded },
    });
  });
}

/** Stores a new password hash and clears any lockout. */
export async function setPassword(tx: Kysely<Database>, userId: string, newPassword: string): Promise<void> {
  const passwordHash = await hashPassword(newPassword);
  await tx
    .updateTable('users')
    .set({
      password_hash: passwordHash,
      password_changed_at: new Date(),
      failed_attempts: 0,
      locked_until: null,
      updated_at: new Date(),
    })
    .where('id', '=', userId)
    .execute();
}

/** Disables a user and, in the same transaction, ends all his sessions and revokes all his API tokens. */
export async function disableUserInTx(
  tx: Kysely<Database>,
  userId: string,
): Promise<{ sessionsEnded: number; tokensRevoked: number }> {
  await tx
    .updateTable('users')
    .set({ disabled: true, updated_at: new Date() })
    .where('id', '=', userId)
    .execute();
  return {
    sessionsEnded: await endAllSessionsOfUser(tx, userId),
    tokensRevoked: await revokeAllTokensOfUser(tx, userId),
  };
}
