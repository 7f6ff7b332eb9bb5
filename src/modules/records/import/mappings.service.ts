/**
 * Saved column mappings of an agency (`import_mappings`): listed, created and replaced by its
 * records.write users, reused by name in the web app and by `northroute import --mapping NAME`.
 */
import type { Kysely } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { requirePermission } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import type { CreateMappingBody, UpdateMappingBody } from './import.schema.js';
import { SeizureMapping } from './mapping.js';

/** A saved mapping as the API shows it. */
export interface MappingView {
  id: string;
  name: string;
  target: string;
  mapping: SeizureMapping;
  updatedAt: string;
}

function present(row: {
  id: string;
  name: string;
  target: string;
  mapping: unknown;
  updated_at: Date | string;
}): MappingView {
  return {
    id: row.id,
    name: row.name,
    target: row.target,
    mapping: SeizureMapping.parse(row.mapping),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** The actor's agency's mappings, by name (readable by whoever may read the agency's records). */
export async function listMappings(
  db: Kysely<Database>,
  ctx: RequestContext,
): Promise<{ items: MappingView[] }> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  const rows = await db
    .selectFrom('import_mappings')
    .select(['id', 'name', 'target', 'mapping', 'updated_at'])
    .where('owner_agency_id', '=', actor.agencyId)
    .orderBy('name')
    .execute();
  return { items: rows.map(present) };
}

/** A mapping of an agency by name (the CLI's `--mapping NAME`); undefined when it has none. */
export async function findMappingByName(db: Kysely<Database>, agencyId: string, name: string) {
  const row = await db
    .selectFrom('import_mappings')
    .select(['id', 'name', 'target', 'mapping', 'updated_at'])
    .where('owner_agency_id', '=', agencyId)
    .where('name', '=', name)
    .executeTakeFirst();
  return row ? present(row) : undefined;
}

/** Saves a new mapping under a name not yet used by the agency. */
export async function createMapping(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateMappingBody,
): Promise<MappingView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const taken = await tx
      .selectFrom('import_mappings')
      .select('id')
      .where('owner_agency_id', '=', actor.agencyId)
      .where('name', '=', body.name)
      .executeTakeFirst();
    if (taken) throw new AppError('CONFLICT', 'Your agency already has a mapping with this name', 'name');
    const row = await tx
      .insertInto('import_mappings')
      .values({
        owner_agency_id: actor.agencyId,
        name: body.name,
        target: 'seizures',
        mapping: JSON.stringify(body.mapping),
        created_by: actor.userId,
        updated_at: new Date(),
      })
      .returning(['id', 'name', 'target', 'mapping', 'updated_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'import_mapping.create',
      objectType: 'import_mapping',
      objectId: row.id,
      details: { name: body.name },
    });
    return present(row);
  });
}

/** Replaces a mapping of the actor's agency (another agency's answers as missing). */
export async function updateMapping(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  body: UpdateMappingBody,
): Promise<MappingView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const current = await tx
      .selectFrom('import_mappings')
      .select('id')
      .where('id', '=', id)
      .where('owner_agency_id', '=', actor.agencyId)
      .forUpdate()
      .executeTakeFirst();
    if (!current) throw notFound();
    if (body.name !== undefined) {
      const taken = await tx
        .selectFrom('import_mappings')
        .select('id')
        .where('owner_agency_id', '=', actor.agencyId)
        .where('name', '=', body.name)
        .where('id', '<>', id)
        .executeTakeFirst();
      if (taken) throw new AppError('CONFLICT', 'Your agency already has a mapping with this name', 'name');
    }
    const row = await tx
      .updateTable('import_mappings')
      .set({
        ...(body.name === undefined ? {} : { name: body.name }),
        mapping: JSON.stringify(body.mapping),
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .returning(['id', 'name', 'target', 'mapping', 'updated_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'import_mapping.update',
      objectType: 'import_mapping',
      objectId: id,
      details: { name: row.name },
    });
    return present(row);
  });
}
