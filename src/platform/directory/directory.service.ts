import type { Kysely } from 'kysely';
import type { RequestContext } from '../access/actor.js';
import { can, requirePermission } from '../access/policy.js';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { AppError, forbidden, notFound } from '../errors.js';
import { agenciesQuery, findAgency } from './directory.repository.js';
import { presentAgency, type AgencyView } from './directory.present.js';
import type { CreateAgencyBody, UpdateAgencyBody } from './directory.schema.js';

/** The agency directory is shared knowledge: every signed-in user may list it (sharing pickers need it). */
export async function listAgencies(
  db: Kysely<Database>,
  filter: { countryCode?: string | undefined; kind?: string | undefined },
): Promise<AgencyView[]> {
  let query = agenciesQuery(db).orderBy('agencies.country_code').orderBy('agencies.code');
  if (filter.countryCode) query = query.where('agencies.country_code', '=', filter.countryCode);
  if (filter.kind) query = query.where('agencies.kind', '=', filter.kind as never);
  return (await query.execute()).map(presentAgency);
}

/** One agency of the directory. */
export async function getAgency(db: Kysely<Database>, id: string): Promise<AgencyView> {
  const row = await findAgency(db, id);
  if (!row) throw notFound();
  return presentAgency(row);
}

/** Creates an agency (platform administrators only). */
export async function createAgency(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateAgencyBody,
): Promise<AgencyView> {
  requirePermission(ctx.actor!, 'agencies.manage');
  return insertAgency(db, ctx, body);
}

/**
 * Inserts an agency after checking its code, country and organisation, and audits it in the same
 * transaction. `operator` names who acted when there is no signed-in actor (the command line).
 */
export async function insertAgency(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateAgencyBody,
  operator?: string,
): Promise<AgencyView> {
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('agencies')
      .select('id')
      .where('code', '=', body.code)
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', 'An agency with this code exists', 'code');
    if (body.countryCode) {
      const country = await tx
        .selectFrom('countries')
        .select('code')
        .where('code', '=', body.countryCode)
        .executeTakeFirst();
      if (!country) throw new AppError('VALIDATION_FAILED', 'Unknown country', 'countryCode');
    }
    if (body.organisationId) {
      const org = await tx
        .selectFrom('organisations')
        .select('id')
        .where('id', '=', body.organisationId)
        .executeTakeFirst();
      if (!org) throw new AppError('VALIDATION_FAILED', 'Unknown organisation', 'organisationId');
    }
    const { id } = await tx
      .insertInto('agencies')
      .values({
        code: body.code,
        name: body.name,
        name_ru: body.nameRu,
        kind: body.kind,
        country_code: body.countryCode ?? null,
        organisation_id: body.organisationId ?? null,
        require_totp: body.requireTotp,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'agency.create',
      objectType: 'agency',
      objectId: id,
      objectAgencyId: id,
      ...(operator ? { username: operator } : {}),
      details: { code: body.code },
    });
    return presentAgency((await findAgency(tx, id))!);
  });
}

/**
 * Updates an agency. Platform administrators may change everything; an agency administrator only
 * the second-factor policy of his own agency (another agency is "not found" for him).
 */
export async function updateAgency(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  body: UpdateAgencyBody,
): Promise<AgencyView> {
  const actor = ctx.actor!;
  const platformAdmin = can(actor, 'agencies.manage');
  if (!platformAdmin) {
    if (!can(actor, 'agency.settings') || actor.agencyId !== id) throw notFound();
    if (body.name !== undefined || body.nameRu !== undefined || body.active !== undefined) throw forbidden();
  }
  return db.transaction().execute(async (tx) => {
    const existing = await tx
      .selectFrom('agencies')
      .select('id')
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!existing) throw notFound();
    const changes = {
      ...(body.name !== undefined ? { name: body.name } : {}),
      ...(body.nameRu !== undefined ? { name_ru: body.nameRu } : {}),
      ...(body.requireTotp !== undefined ? { require_totp: body.requireTotp } : {}),
      ...(body.active !== undefined ? { active: body.active } : {}),
    };
    if (Object.keys(changes).length > 0) {
      await tx
        .updateTable('agencies')
        .set({ ...changes, updated_at: new Date() })
        .where('id', '=', id)
        .execute();
    }
    await recordAudit(tx, ctx, {
      action: 'agency.update',
      objectType: 'agency',
      objectId: id,
      objectAgencyId: id,
      details: { fields: Object.keys(body) },
    });
    return presentAgency((await findAgency(tx, id))!);
  });
}
