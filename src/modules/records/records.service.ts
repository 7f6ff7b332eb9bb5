import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../../platform/access/actor.js';
import { forbiddenUnless, requirePermission, visibleTo } from '../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../platform/audit/audit.js';
import type { Database } from '../../platform/db/schema.js';
import { AppError, notFound } from '../../platform/errors.js';
import {
  captionOf,
  entityProperties,
  validateProperties,
  type Properties,
  type RecordSchema,
} from './ftm.js';
import { presentRecord, type RecordView } from './records.present.js';
import type { CreateRecordBody, ListRecordsQuery, Sharing, UpdateRecordBody } from './records.schema.js';

const TABLE = 'records';

function recordsQuery(db: Kysely<Database>) {
  return db
    .selectFrom('records')
    .innerJoin('agencies', 'agencies.id', 'records.owner_agency_id')
    .selectAll('records')
    .select('agencies.code as owner_agency_code');
}

/** The sharing block as columns. */
function sharingColumns(sharing: Sharing) {
  return {
    distribution: sharing.distribution,
    distribution_agencies: [...new Set(sharing.distributionAgencies)],
    handling_code: sharing.handlingCode,
    handling_restriction: sharing.handlingRestriction ?? null,
    eval_source: sharing.evaluation?.source ?? null,
    eval_info: sharing.evaluation?.information ?? null,
    statistics_only: sharing.statisticsOnly,
  };
}

/** Named agencies must exist; entity-valued properties must point at records the actor can see. */
async function checkReferences(
  tx: Transaction<Database>,
  ctx: RequestContext,
  schema: RecordSchema,
  properties: Properties,
  sharing: Sharing | undefined,
): Promise<void> {
  if (sharing) await checkNamedAgencies(tx, sharing.distributionAgencies, 'sharing.distributionAgencies');
  for (const name of entityProperties(schema)) {
    for (const id of properties[name] ?? []) {
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);
      const visible =
        uuid &&
        (await tx
          .selectFrom('records')
          .select('id')
          .where('id', '=', id)
          .where(visibleTo(ctx.actor!, 'records'))
          .executeTakeFirst());
      if (!visible) throw new AppError('NOT_FOUND', 'No such record', `properties.${name}`);
    }
  }
}

/** What changed between two property maps and sharing blocks: field → [before, after]. */
function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (JSON.stringify(a) !== JSON.stringify(b)) changes[key] = [a, b];
  }
  return changes;
}

/**
 * A record as flat `field → value` pairs for the history, named as the API names them
 * (`properties.name`, `sharing.handlingCode`); empty values are left out, so a field that was never
 * set does not show as a change from null to nothing.
 */
function flatten(properties: Properties, sharing: Record<string, unknown>): Record<string, unknown> {
  const named: Record<string, string> = {
    eval_source: 'evaluationSource',
    eval_info: 'evaluationInformation',
  };
  const camel = (column: string) =>
    named[column] ?? column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
  const present = ([, v]: [string, unknown]) => v !== null && !(Array.isArray(v) && v.length === 0);
  return {
    ...Object.fromEntries(Object.entries(properties).map(([k, v]) => [`properties.${k}`, v])),
    ...Object.fromEntries(
      Object.entries(sharing)
        .filter(present)
        .map(([k, v]) => [`sharing.${camel(k)}`, v]),
    ),
  };
}

/** Creates a record owned by the actor's agency, with version 1 in its history, audited. */
export async function createRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateRecordBody,
): Promise<RecordView> {
  requirePermission(ctx.actor!, 'records.write');
  return db.transaction().execute(async (tx) => {
    const id = await insertRecord(tx, ctx, body);
    return presentRecord(await recordsQuery(tx).where('records.id', '=', id).executeTakeFirstOrThrow());
  });
}

/**
 * Inserts a record inside the caller's transaction (a record entered with a seizure, say): checks its
 * properties and references, writes version 1 and the audit row, and returns the new id. `field`
 * prefixes the names of fields at fault (`parties.0.newRecord`).
 */
export async function insertRecord(
  tx: Transaction<Database>,
  ctx: RequestContext,
  body: CreateRecordBody,
  field = '',
): Promise<string> {
  const actor = ctx.actor!;
  const properties = await prefixed(field, () => validateProperties(body.schema, body.properties));
  await prefixed(field, () => checkReferences(tx, ctx, body.schema, properties, body.sharing));
  if (body.externalId) {
    const taken = await tx
      .selectFrom('records')
      .select('id')
      .where('owner_agency_id', '=', actor.agencyId)
      .where('source', '=', body.source ?? null)
      .where('external_id', '=', body.externalId)
      .executeTakeFirst();
    if (taken) {
      throw new AppError(
        'CONFLICT',
        'A record with this source and external id exists',
        field ? `${field}.externalId` : 'externalId',
      );
    }
  }
  const sharing = sharingColumns(body.sharing);
  const { id } = await tx
    .insertInto('records')
    .values({
      schema: body.schema,
      caption: captionOf(body.schema, properties),
      properties: JSON.stringify(properties),
      owner_agency_id: actor.agencyId,
      owner_country: actor.countryCode,
      ...sharing,
      source: body.source ?? null,
      external_id: body.externalId ?? null,
      created_by: actor.userId,
      updated_by: actor.userId,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await tx
    .insertInto('record_versions')
    .values({
      record_table: TABLE,
      record_id: id,
      version: 1,
      owner_agency_id: actor.agencyId,
      changed_by: actor.userId,
      changes: JSON.stringify(diff({}, flatten(properties, sharing))),
    })
    .execute();
  await recordAudit(tx, ctx, {
    action: 'record.create',
    objectType: 'record',
    objectId: id,
    details: { schema: body.schema },
  });
  return id;
  return id;
}

/** Runs a check, naming its fields under `prefix` when one is given. */
async function prefixed<T>(prefix: string, check: () => T | Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (error) {
    if (prefix && error instanceof AppError && error.field) {
      throw new AppError(error.code, error.message, `${prefix}.${error.field}`);
    }
    throw error;
  }
}

/** Throws VALIDATION_FAILED naming `field` unless every named agency exists. */
export async function checkNamedAgencies(
  tx: Transaction<Database>,
  agencyIds: readonly string[],
  field: string,
): Promise<void> {
  if (agencyIds.length === 0) return;
  const found = await tx
    .selectFrom('agencies')
    .select('id')
    .where('id', 'in', [...agencyIds])
    .execute();
  if (found.length !== new Set(agencyIds).size) {
    throw new AppError('VALIDATION_FAILED', 'Unknown agency', field);
  }
}

/** One record the actor may see (else "not found"); the read is audited. */
export async function getRecord(db: Kysely<Database>, ctx: RequestContext, id: string): Promise<RecordView> {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    const row = await recordsQuery(tx)
      .where('records.id', '=', id)
      .where(visibleTo(ctx.actor!, 'records'))
      .executeTakeFirst();
    if (!row) throw notFound();
    await recordRead(tx, ctx, 'record', [row.id]);
    return presentRecord(row);
  });
}

/** Records the actor may see, newest change first; every returned id is in the audit row of the read. */
export async function listRecords(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: ListRecordsQuery,
): Promise<{ items: RecordView[]; nextBefore: string | null }> {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    let q = recordsQuery(tx)
      .where(visibleTo(ctx.actor!, 'records'))
      .orderBy('records.updated_at', 'desc')
      .orderBy('records.id')
      .limit(query.limit + 1);
    if (query.schema) q = q.where('records.schema', '=', query.schema);
    if (query.ownerAgencyId) q = q.where('records.owner_agency_id', '=', query.ownerAgencyId);
    if (query.before) q = q.where('records.updated_at', '<', new Date(query.before));
    if (query.q) q = q.where('records.caption', 'ilike', `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    const rows = await q.execute();
    const page = rows.slice(0, query.limit);
    await recordRead(
      tx,
      ctx,
      'record',
      page.map((r) => r.id),
    );
    return {
      items: page.map(presentRecord),
      nextBefore: rows.length > query.limit ? (page.at(-1)?.updated_at.toISOString() ?? null) : null,
    };
  });
}

/**
 * Changes a record's properties or sharing. Only its owner agency may; another agency that sees it
 * gets FORBIDDEN, one that does not gets "not found". A stale `version` is a CONFLICT (someone else
 * changed the record since it was read).
 */
export async function updateRecord(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  body: UpdateRecordBody,
): Promise<RecordView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const row = await recordsQuery(tx)
      .where('records.id', '=', id)
      .where(visibleTo(actor, 'records'))
      .forUpdate('records')
      .executeTakeFirst();
    if (!row) throw notFound();
    forbiddenUnless(row.owner_agency_id === actor.agencyId);
    if (row.version !== body.version) {
      throw new AppError('CONFLICT', 'The record was changed by someone else; reload it', 'version');
    }
    const schema = row.schema as RecordSchema;
    const before = presentRecord(row);
    const properties = body.properties ? validateProperties(schema, body.properties) : before.properties;
    await checkReferences(tx, ctx, schema, body.properties ? properties : {}, body.sharing);
    const current = {
      distribution: row.distribution,
      distribution_agencies: row.distribution_agencies,
      handling_code: row.handling_code,
      handling_restriction: row.handling_restriction,
      eval_source: row.eval_source,
      eval_info: row.eval_info,
      statistics_only: row.statistics_only,
    };
    const sharing = body.sharing ? sharingColumns(body.sharing) : current;
    const changes = diff(flatten(before.properties, current), flatten(properties, sharing));
    if (Object.keys(changes).length === 0) return before;
    const version = row.version + 1;
    await tx
      .updateTable('records')
      .set({
        properties: JSON.stringify(properties),
        caption: captionOf(schema, properties),
        ...sharing,
        version,
        updated_by: actor.userId,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    await tx
      .insertInto('record_versions')
      .values({
        record_table: TABLE,
        record_id: id,
        version,
        owner_agency_id: row.owner_agency_id,
        changed_by: actor.userId,
        changes: JSON.stringify(changes),
      })
      .execute();
    await recordAudit(tx, ctx, {
      action: 'record.update',
      objectType: 'record',
      objectId: id,
      details: { version, fields: Object.keys(changes) },
    });
    return presentRecord(await recordsQuery(tx).where('records.id', '=', id).executeTakeFirstOrThrow());
  });
}

/** The version history of a record the actor may see (audited as a read). */
export async function recordHistory(db: Kysely<Database>, ctx: RequestContext, id: string) {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('records')
      .select('id')
      .where('id', '=', id)
      .where(visibleTo(ctx.actor!, 'records'))
      .executeTakeFirst();
    if (!row) throw notFound();
    const items = await versionHistory(tx, TABLE, id);
    await recordRead(tx, ctx, 'record', [id]);
    return { items };
  });
}

/** One version of a record's history: who changed which fields, from what to what, and when. */
export interface VersionEntry {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changedByUsername: string | null;
  changes: Record<string, [unknown, unknown]>;
}

/**
 * The versions of a record of `table`, newest first. The caller has checked that the actor may see
 * the record (and audits the read).
 */
export async function versionHistory(
  tx: Transaction<Database>,
  table: string,
  id: string,
): Promise<VersionEntry[]> {
  const versions = await tx
    .selectFrom('record_versions')
    .leftJoin('users', 'users.id', 'record_versions.changed_by')
    .select([
      'record_versions.version',
      'record_versions.changed_at',
      'record_versions.changed_by',
      'users.username',
      'record_versions.changes',
    ])
    .where('record_versions.record_table', '=', table)
    .where('record_versions.record_id', '=', id)
    .orderBy('record_versions.version', 'desc')
    .execute();
  return versions.map((v) => ({
    version: v.version,
    changedAt: v.changed_at.toISOString(),
    changedBy: v.changed_by,
    changedByUsername: v.username,
    changes: v.changes as Record<string, [unknown, unknown]>,
  }));
}
