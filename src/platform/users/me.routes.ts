import { recordAudit } from '../audit/audit.js';
import { assertPasswordAcceptable, verifyPassword } from '../auth/passwords.js';
import { AppError } from '../errors.js';
import type { App, AppContext } from '../http/context.js';
import { presentUser, usersQuery } from './users.present.js';
import { ChangePasswordBody, UpdateMeBody } from './users.schema.js';
import { setPassword } from './users.service.js';

/** The signed-in user's own profile: language, display name, password. */
export function registerMeRoutes(api: App, app: AppContext): void {
  const tags = ['me'];
  api.patch('/me', { config: { object: 'user' }, schema: { tags, body: UpdateMeBody } }, async (req) => {
    const actor = req.ctx.actor!;
    return app.db.transaction().execute(async (tx) => {
      const changes = {
        ...(req.body.language !== undefined ? { language: req.body.language } : {}),
        ...(req.body.displayName !== undefined ? { display_name: req.body.displayName } : {}),
      };
      if (Object.keys(changes).length > 0) {
        await tx
          .updateTable('users')
          .set({ ...changes, updated_at: new Date() })
          .where('id', '=', actor.userId)
          .execute();
      }
      await recordAudit(tx, req.ctx, {
        action: 'user.update_profile',
        objectType: 'user',
        objectId: actor.userId,
        details: { fields: Object.keys(req.body) },
      });
      return presentUser(await usersQuery(tx).where('users.id', '=', actor.userId).executeTakeFirstOrThrow());
    });
  });

  // Changing one's password ends every other session of the user; this one stays.
  api.post(
    '/me/password',
    { config: { object: 'user' }, schema: { tags, body: ChangePasswordBody } },
    async (req, reply) => {
      const actor = req.ctx.actor!;
      const user = await app.db
        .selectFrom('users')
        .select(['password_hash', 'username'])
        .where('id', '=', actor.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, req.body.currentPassword))) {
        await app.db.transaction().execute((tx) =>
          recordAudit(tx, req.ctx, {
            action: 'user.change_password',
            objectType: 'user',
            objectId: actor.userId,
            outcome: 'failure',
          }),
        );
        throw new AppError('INVALID_CREDENTIALS', 'The current password is wrong', 'currentPassword');
      }
      assertPasswordAcceptable(req.body.newPassword, user.username, 'newPassword');
      await app.db.transaction().execute(async (tx) => {
        await setPassword(tx, actor.userId, req.body.newPassword);
        const current =
          actor.auth.kind === 'session' ? actor.auth.sessionId : '00000000-0000-0000-0000-000000000000';
        await tx
          .deleteFrom('sessions')
          .where('user_id', '=', actor.userId)
          .where('id', '<>', current)
          .execute();
        await recordAudit(tx, req.ctx, {
          action: 'user.change_password',
          objectType: 'user',
          objectId: actor.userId,
        });
      });
      return reply.status(204).send();
    },
  );
}
