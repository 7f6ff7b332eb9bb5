import type { App, AppContext } from '../../../platform/http/context.js';
import { EmptyBody } from '../../../platform/http/schemas.js';
import { decideSharingRequest, withdrawSharingRequest } from './sharing.decide.js';
import {
  ApproveSharingRequestBody,
  CreateSharingRequestBody,
  ListSharingRequestsQuery,
  RefuseSharingRequestBody,
  SharingRequestIdParams,
} from './sharing.schema.js';
import { createSharingRequest, getSharingRequest, listSharingRequests } from './sharing.service.js';

/** Requests for onward sharing or export of H2 records, and the owner's decisions on them. */
export function registerSharingRoutes(api: App, app: AppContext): void {
  const tags = ['sharing'];
  const read = { scope: 'read', object: 'sharing_request' } as const;
  const write = { scope: 'write', object: 'sharing_request' } as const;
  const params = SharingRequestIdParams;

  api.post(
    '/sharing-requests',
    { config: write, schema: { tags, body: CreateSharingRequestBody } },
    async (req, reply) => reply.status(201).send(await createSharingRequest(app.db, req.ctx, req.body)),
  );
  api.get(
    '/sharing-requests',
    { config: read, schema: { tags, querystring: ListSharingRequestsQuery } },
    (req) => listSharingRequests(app.db, req.ctx, req.query),
  );
  api.get('/sharing-requests/:id', { config: read, schema: { tags, params } }, (req) =>
    getSharingRequest(app.db, req.ctx, req.params.id),
  );
  api.post(
    '/sharing-requests/:id/approve',
    { config: write, schema: { tags, params, body: ApproveSharingRequestBody } },
    (req) => decideSharingRequest(app.db, req.ctx, req.params.id, 'approve', req.body.note),
  );
  api.post(
    '/sharing-requests/:id/refuse',
    { config: write, schema: { tags, params, body: RefuseSharingRequestBody } },
    (req) => decideSharingRequest(app.db, req.ctx, req.params.id, 'refuse', req.body.note),
  );
  api.post(
    '/sharing-requests/:id/withdraw',
    { config: write, schema: { tags, params, body: EmptyBody } },
    (req) => withdrawSharingRequest(app.db, req.ctx, req.params.id),
  );
}
