import type { App, AppContext } from '../../../platform/http/context.js';
import {
  CreateSeizureBody,
  ListSeizuresQuery,
  SeizureIdParams,
  UpdateSeizureBody,
} from './seizures.schema.js';
import {
  createSeizure,
  getSeizure,
  listSeizures,
  seizureHistory,
  updateSeizure,
} from './seizures.service.js';

/** Seizure reports: header, drug lines, route and parties, under the originator's sharing. */
export function registerSeizureRoutes(api: App, app: AppContext): void {
  const tags = ['seizures'];
  const read = { scope: 'read', object: 'seizure' } as const;
  const write = { scope: 'write', object: 'seizure' } as const;

  api.get('/seizures', { config: read, schema: { tags, querystring: ListSeizuresQuery } }, (req) =>
    listSeizures(app.db, req.ctx, req.query),
  );
  api.post('/seizures', { config: write, schema: { tags, body: CreateSeizureBody } }, async (req, reply) =>
    reply.status(201).send(await createSeizure(app.db, req.ctx, req.body)),
  );
  api.get('/seizures/:id', { config: read, schema: { tags, params: SeizureIdParams } }, (req) =>
    getSeizure(app.db, req.ctx, req.params.id),
  );
  api.put(
    '/seizures/:id',
    { config: write, schema: { tags, params: SeizureIdParams, body: UpdateSeizureBody } },
    (req) => updateSeizure(app.db, req.ctx, req.params.id, req.body),
  );
  api.get('/seizures/:id/history', { config: read, schema: { tags, params: SeizureIdParams } }, (req) =>
    seizureHistory(app.db, req.ctx, req.params.id),
  );
}
