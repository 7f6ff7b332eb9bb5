import type { App, AppContext } from '../http/context.js';
import { EmptyBody } from '../http/schemas.js';
import {
  CreateTokenBody,
  CreateUserBody,
  IdParams,
  ListTokensQuery,
  ListUsersQuery,
  ResetPasswordBody,
  UpdateUserBody,
} from './users.schema.js';
import {
  applyUserAction,
  createUser,
  getUser,
  listUsers,
  resetPassword,
  updateUser,
} from './users.service.js';
import { issueToken, listTokens, revokeToken } from './tokens.service.js';

/** User administration and API tokens. */
export function registerUserRoutes(api: App, app: AppContext): void {
  const users = { tags: ['users'] };
  const config = { scope: 'admin', object: 'user' } as const;

  api.get('/users', { config, schema: { ...users, querystring: ListUsersQuery } }, async (req) => ({
    items: await listUsers(app.db, req.ctx, req.query),
  }));
  api.post('/users', { config, schema: { ...users, body: CreateUserBody } }, async (req, reply) =>
    reply.status(201).send(await createUser(app.db, req.ctx, req.body)),
  );
  api.get('/users/:id', { config, schema: { ...users, params: IdParams } }, (req) =>
    getUser(app.db, req.ctx, req.params.id),
  );
  api.patch('/users/:id', { config, schema: { ...users, params: IdParams, body: UpdateUserBody } }, (req) =>
    updateUser(app.db, req.ctx, req.params.id, req.body),
  );
  for (const [path, action] of [
    ['disable', 'disable'],
    ['enable', 'enable'],
    ['unlock', 'unlock'],
    ['reset-totp', 'reset_totp'],
  ] as const) {
    api.post(
      `/users/:id/${path}`,
      { config, schema: { ...users, params: IdParams, body: EmptyBody } },
      (req) => applyUserAction(app.db, req.ctx, req.params.id, action),
    );
  }
  api.post(
    '/users/:id/reset-password',
    { config, schema: { ...users, params: IdParams, body: ResetPasswordBody } },
    async (req, reply) => {
      await resetPassword(app.db, req.ctx, req.params.id, req.body.newPassword);
      return reply.status(204).send();
    },
  );

  const tokens = { tags: ['tokens'] };
  const tokenConfig = { scope: 'admin', object: 'api_token' } as const;
  api.get(
    '/tokens',
    { config: tokenConfig, schema: { ...tokens, querystring: ListTokensQuery } },
    async (req) => ({
      items: await listTokens(app.db, req.ctx, req.query.userId),
    }),
  );
  api.post(
    '/tokens',
    { config: tokenConfig, schema: { ...tokens, body: CreateTokenBody } },
    async (req, reply) => reply.status(201).send(await issueToken(app.db, req.ctx, req.body)),
  );
  api.post(
    '/tokens/:id/revoke',
    { config: tokenConfig, schema: { ...tokens, params: IdParams, body: EmptyBody } },
    (req) => revokeToken(app.db, req.ctx, req.params.id),
  );
}
