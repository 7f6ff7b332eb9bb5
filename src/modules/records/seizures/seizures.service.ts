import { sql, type Kysely, type Transaction } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { forbiddenUnless, requirePermission, visibleTo } from '../../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { checkNamedAgencies, insertRecord, versionHistory } from '../records.service.js';
import {
  presentSeizure,
  presentSeizureSummary,
  type SeizureSummary,
  type SeizureView,
} from './seizures.present.js';
import {
  insertSeizures,
  prepareSeizure,
  replaceSeizures,
  seizureDetails,
  seizureFilter,
  seizureHeaderQuery,
  type ResolvedParty,
  type SeizureInput,
} from './seizures.repository.js';
import type { CreateSeizureBody, ListSeizuresQuery, UpdateSeizureBody } from './seizures.schema.js';
import { seizureSnapshot, snapshotDiff } from './seizures.history.js';

const TABLE = 'seizures';

type Changes = Record<string, [unknown, unknown]>;

/** The stored parties of a seizure, with `visible_id` null where the actor may not see the record. */
function storedParties(tx: Transaction<Database>, ctx: RequestContext, seizureId: string) {
  return tx
    .selectFrom('seizure_parties as p')
    .leftJoin('records as r', (join) => join.onRef('r.id', '=', 'p.record_id').on(visibleTo(ctx.actor!, 'r')))
    .select(['p.record_id', 'p.role', 'p.arrested', 'r.id as visible_id'])
    .where('p.seizure_id', '=', seizureId)
    .orderBy('p.position')
    .execute();
}

/**
 * History is stored once and shown to everyone who sees the seizure: a party's record id shows only
 * to those who may see that record (for the others it reads null, like a party of the report).
 */
async function partyRedaction(
  tx: Transaction<Database>,
  ctx: RequestContext,
  versions: readonly Changes[],
): Promise<(changes: Changes) => Changes> {
  const listed = (value: unknown): { recordId?: unknown }[] =>
    Array.isArray(value) ? (value as { recordId?: unknown }[]) : [];
  const ids = new Set<string>();
  for (const changes of versions) {
    for (const side of changes.parties ?? []) {
      for (const party of listed(side)) if (typeof party.recordId === 'string') ids.add(party.recordId);
    }
  }
  const visible = new Set<string>();
  if (ids.size > 0) {
    const rows = await tx
      .selectFrom('records as r')
      .select('r.id')
      .where('r.id', 'in', [...ids])
      .where(visibleTo(ctx.actor!, 'r'))
      .execute();
    for (const row of rows) visible.add(row.id);
  }
  const redactSide = (side: unknown) =>
    Array.isArray(side)
      ? listed(side).map((p) => ({ ...p, recordId: visible.has(String(p.recordId)) ? p.recordId : null }))
      : side;
  return (changes) =>
    changes.parties
      ? { ...changes, parties: [redactSide(changes.parties[0]), redactSide(changes.parties[1])] }
      : changes;
}
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads one seizure the actor may see, whole; undefined when it is missing or invisible. */
async function loadSeizure(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<SeizureView | undefined> {
  const actor = ctx.actor!;
  const row = await seizureHeaderQuery(db)
    .where('s.id', '=', id)
    .where(visibleTo(actor, 's'))
    .executeTakeFirst();
  if (!row) return undefined;
  const { lines, route, parties } = await seizureDetails(db, actor, [id]);
  return presentSeizure(row, lines, route, parties);
}

/**
 * Checks what a report points at — the seizing agency, named agencies, existing party records the
 * actor may see — and creates the quick-added parties (with the seizure's sharing) in the same
 * transaction. Returns the parties as record ids.
 */
async function resolveReferences(
  tx: Transaction<Database>,
  ctx: RequestContext,
  body: CreateSeizureBody | UpdateSeizureBody,
): Promise<ResolvedParty[]> {
  await checkNamedAgencies(tx, body.sharing.distributionAgencies, 'sharing.distributionAgencies');
  if (body.seizingAgencyId) await checkNamedAgencies(tx, [body.seizingAgencyId], 'seizingAgencyId');
  const parties: ResolvedParty[] = [];
  for (const [index, party] of body.parties.entries()) {
    const { newRecord, recordId, ...rest } = party;
    if (newRecord) {
      const id = await insertRecord(
        tx,
        ctx,
        { schema: newRecord.schema, properties: newRecord.properties, sharing: body.sharing },
        `parties.${index}.newRecord`,
      );
      parties.push({ ...rest, recordId: id });
      continue;
    }
    const visible =
      recordId !== undefined &&
      UUID.test(recordId) &&
      (await tx
        .selectFrom('records')
        .select('id')
        .where('id', '=', recordId)
        .where(visibleTo(ctx.actor!, 'records'))
        .executeTakeFirst());
    if (!visible) throw new AppError('NOT_FOUND', 'No such record', `parties.${index}.recordId`);
    parties.push({ ...rest, recordId: recordId });
  }
  return parties;
}

/** Refuses a reference or an external id the actor's agency already uses for another seizure. */
async function checkUnique(
  tx: Transaction<Database>,
  agencyId: string,
  body: { reference: string; source?: string | undefined; externalId?: string | undefined },
  exceptId?: string,
): Promise<void> {
  let byReference = tx
    .selectFrom('seizures')
    .select('id')
    .where('owner_agency_id', '=', agencyId)
    .where('reference', '=', body.reference);
  if (exceptId) byReference = byReference.where('id', '<>', exceptId);
  if (await byReference.executeTakeFirst()) {
    throw new AppError('CONFLICT', 'Your agency already has a seizure with this reference', 'reference');
  }
  if (body.externalId) {
    const taken = await tx
      .selectFrom('seizures')
      .select('id')
      .where('owner_agency_id', '=', agencyId)
      .where('source', '=', body.source ?? null)
      .where('external_id', '=', body.externalId)
      .executeTakeFirst();
    if (taken) {
      throw new AppError('CONFLICT', 'A seizure with this source and external id exists', 'externalId');
    }
  }
}

/** Records a seizure report owned by the actor's agency, with version 1 in its history, audited. */
export async function createSeizure(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateSeizureBody,
): Promise<SeizureView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    await checkUnique(tx, actor.agencyId, body);
    const parties = await resolveReferences(tx, ctx, body);
    const input: SeizureInput = { ...body, seizingAgencyId: body.seizingAgencyId ?? actor.agencyId, parties };
    const prepared = prepareSeizure(input, {
      agencyId: actor.agencyId,
      countryCode: actor.countryCode,
      userId: actor.userId,
    });
    await insertSeizures(tx, [prepared]);
    const id = prepared.header.id;
    await tx
      .insertInto('record_versions')
      .values({
        record_table: TABLE,
        record_id: id,
        version: 1,
        owner_agency_id: actor.agencyId,
        changed_by: actor.userId,
        changes: JSON.stringify(snapshotDiff({}, seizureSnapshot(input))),
      })
      .execute();
    await recordAudit(tx, ctx, {
      action: 'seizure.create',
      objectType: 'seizure',
      objectId: id,
      details: { reference: body.reference, lines: body.drugs.length, parties: parties.length },
    });
    return (await loadSeizure(tx, ctx, id))!;
  });
}

/** One seizure the actor may see (else "not found"); the read is audited. */
export async function getSeizure(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<SeizureView> {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    const view = await loadSeizure(tx, ctx, id);
    if (!view) throw notFound();
    await recordRead(tx, ctx, 'seizure', [id]);
    return view;
  });
}

/** The seizure list counts its matches up to this many; past it, `totalCapped` says "more". */
export const COUNT_CAP = 10_000;

const SORTS = {
  occurredOn: [sql`s.occurred_on asc`, sql`s.id asc`],
  '-occurredOn': [sql`s.occurred_on desc`, sql`s.id desc`],
  totalKg: [sql`s.total_kg asc nulls last`, sql`s.id asc`],
  '-totalKg': [sql`s.total_kg desc nulls last`, sql`s.id desc`],
  reference: [sql`s.reference asc`, sql`s.id asc`],
  '-reference': [sql`s.reference desc`, sql`s.id desc`],
} as const;

/** A page of the seizures the actor may see, filtered and sorted, with the total; the read is audited. */
export async function listSeizures(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: ListSeizuresQuery,
): Promise<{ items: SeizureSummary[]; total: number; totalCapped: boolean }> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  const { sort, offset, limit, ...filter } = query;
  const where = seizureFilter(actor, filter);
  return db.transaction().execute(async (tx) => {
    const rows = await seizureHeaderQuery(tx)
      .select([
        sql<
          string[]
        >`(select array_agg(distinct l.drug_code) from seizure_drug_lines l where l.seizure_id = s.id)`.as(
          'drug_codes',
        ),
        sql<
          string[]
        >`(select array_agg(r.country order by r.position) from seizure_route r where r.seizure_id = s.id)`.as(
          'route_countries',
        ),
      ])
      .where(where)
      .orderBy(SORTS[sort][0])
      .orderBy(SORTS[sort][1])
      .offset(offset)
      .limit(limit)
      .execute();
    // Counting every match under the sharing rule costs a scan of the whole table (1.4 s at 1M
    // seizures, docs/benchmarks.md): the count stops past COUNT_CAP and says so.
    const { total } = await tx
      .selectFrom((eb) =>
        eb
          .selectFrom('seizures as s')
          .select(sql`1`.as('one'))
          .where(where)
          .limit(COUNT_CAP + 1)
          .as('matches'),
      )
      .select(sql<number>`count(*)::int`.as('total'))
      .executeTakeFirstOrThrow();
    await recordRead(
      tx,
      ctx,
      'seizure',
      rows.map((r) => r.id),
    );
    return {
      items: rows.map(presentSeizureSummary),
      total: Math.min(total, COUNT_CAP),
      totalCapped: total > COUNT_CAP,
    };
  });
}

/**
 * Replaces a seizure report (the form sends it whole). Only its owner agency may; another agency that
 * sees it gets FORBIDDEN, one that does not gets "not found". A stale `version` is a CONFLICT.
 */
export async function updateSeizure(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  body: UpdateSeizureBody,
): Promise<SeizureView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('seizures as s')
      .selectAll('s')
      .where('s.id', '=', id)
      .where(visibleTo(actor, 's'))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    forbiddenUnless(row.owner_agency_id === actor.agencyId);
    if (row.version !== body.version) {
      throw new AppError('CONFLICT', 'The seizure was changed by someone else; reload it', 'version');
    }
    await checkUnique(tx, actor.agencyId, { reference: body.reference }, id);
    const before = (await loadSeizure(tx, ctx, id))!;
    // Parties whose record the editor may not see cannot be sent back by him: they are kept.
    const stored = await storedParties(tx, ctx, id);
    const kept: ResolvedParty[] = stored
      .filter((p) => p.visible_id === null)
      .map((p) => ({
        recordId: p.record_id,
        ...(p.role === null ? {} : { role: p.role as never }),
        ...(p.arrested === null ? {} : { arrested: p.arrested }),
      }));
    const parties = [...(await resolveReferences(tx, ctx, body)), ...kept];
    const { version: _edited, ...fields } = body;
    void _edited;
    const input: SeizureInput = {
      ...fields,
      seizingAgencyId: fields.seizingAgencyId ?? row.owner_agency_id,
      source: row.source ?? undefined,
      externalId: row.external_id ?? undefined,
      parties,
    };
    const storedView = {
      ...before,
      parties: stored.map((p) => ({ recordId: p.record_id, role: p.role, arrested: p.arrested })),
    };
    const changes = snapshotDiff(seizureSnapshot(storedView as never), seizureSnapshot(input));
    if (Object.keys(changes).length === 0) return before;
    const version = row.version + 1;
    const prepared = prepareSeizure(
      input,
      { agencyId: row.owner_agency_id, countryCode: row.owner_country, userId: actor.userId },
      { id, version, importBatchId: row.import_batch_id },
    );
    await replaceSeizures(tx, [prepared]);
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
      action: 'seizure.update',
      objectType: 'seizure',
      objectId: id,
      details: { version, fields: Object.keys(changes) },
    });
    return (await loadSeizure(tx, ctx, id))!;
  });
}

/** The version history of a seizure the actor may see (audited as a read). */
export async function seizureHistory(db: Kysely<Database>, ctx: RequestContext, id: string) {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('seizures as s')
      .select('s.id')
      .where('s.id', '=', id)
      .where(visibleTo(ctx.actor!, 's'))
      .executeTakeFirst();
    if (!row) throw notFound();
    const versions = await versionHistory(tx, TABLE, id);
    await recordRead(tx, ctx, 'seizure', [id]);
    const redact = await partyRedaction(
      tx,
      ctx,
      versions.map((v) => v.changes),
    );
    return { items: versions.map((v) => ({ ...v, changes: redact(v.changes) })) };
  });
}
