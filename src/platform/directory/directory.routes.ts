import type { App, AppContext } from '../http/context.js';
import { presentCountry, presentOrganisation } from './directory.present.js';
import { AgencyIdParams, CreateAgencyBody, ListAgenciesQuery, UpdateAgencyBody } from './directory.schema.js';
import { createAgency, getAgency, listAgencies, updateAgency } from './directory.service.js';

/** Countries, organisations and agencies. */
export function registerDirectoryRoutes(api: App, app: AppContext): void {
  const tags = ['directory'];
  api.get('/countries', { config: { scope: 'read' }, schema: { tags } }, async () => {
    const rows = await app.db.selectFrom('countries').selectAll().orderBy('name_en').execute();
    return { items: rows.map(presentCountry) };
  });

  api.get('/organisations', { config: { scope: 'read' }, schema: { tags } }, async () => {
    const rows = await app.db.selectFrom('organisations').selectAll().orderBy('code').execute();
    return { items: rows.map(presentOrganisation) };
  });

  api.get(
    '/agencies',
    { config: { scope: 'read' }, schema: { tags, querystring: ListAgenciesQuery } },
    async (req) => ({
      items: await listAgencies(app.db, req.query),
    }),
  );

  api.get(
    '/agencies/:id',
    { config: { scope: 'read', object: 'agency' }, schema: { tags, params: AgencyIdParams } },
    (req) => getAgency(app.db, req.params.id),
  );

  api.post(
    '/agencies',
    { config: { scope: 'admin', object: 'agency' }, schema: { tags, body: CreateAgencyBody } },
    async (req, reply) => reply.status(201).send(await createAgency(app.db, req.ctx, req.body)),
  );

  api.patch(
    '/agencies/:id',
    {
      config: { scope: 'admin', object: 'agency' },
      schema: { tags, params: AgencyIdParams, body: UpdateAgencyBody },
    },
    (req) => updateAgency(app.db, req.ctx, req.params.id, req.body),
  );
}
