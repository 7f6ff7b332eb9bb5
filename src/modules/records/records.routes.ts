import type { App, AppContext } from '../../platform/http/context.js';
import { CreateRecordBody, ListRecordsQuery, RecordIdParams, UpdateRecordBody } from './records.schema.js';
import { createRecord, getRecord, listRecords, recordHistory, updateRecord } from './records.service.js';
import { registerSeizureRoutes } from './seizures/seizures.routes.js';

/** Entities and links (FollowTheMoney schemata) with originator-controlled sharing. */
export function registerRecordRoutes(api: App, app: AppContext): void {
  const tags = ['records'];
  const read = { scope: 'read', object: 'record' } as const;
  const write = { scope: 'write', object: 'record' } as const;

  api.get('/records', { config: read, schema: { tags, querystring: ListRecordsQuery } }, (req) =>
    listRecords(app.db, req.ctx, req.query),
  );
  api.post('/records', { config: write, schema: { tags, body: CreateRecordBody } }, async (req, reply) =>
    reply.status(201).send(await createRecord(app.db, req.ctx, req.body)),
  );
  api.get('/records/:id', { config: read, schema: { tags, params: RecordIdParams } }, (req) =>
    getRecord(app.db, req.ctx, req.params.id),
  );
  api.patch(
    '/records/:id',
    { config: write, schema: { tags, params: RecordIdParams, body: UpdateRecordBody } },
    (req) => updateRecord(app.db, req.ctx, req.params.id, req.body),
  );
  api.get('/records/:id/history', { config: read, schema: { tags, params: RecordIdParams } }, (req) =>
    recordHistory(app.db, req.ctx, req.params.id),
  );
  registerSeizureRoutes(api, app);
}
