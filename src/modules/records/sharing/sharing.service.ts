import type { Kysely, Transaction } from 'kysely';
import type { RequestContext } from '../../../platform/access/actor.js';
import { requirePermission } from '../../../platform/access/policy.js';
import { recordAudit, recordRead } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { notify } from '../../../platform/notifications/index.js';
import { presentSharingRequest, type SharingRequestView } from './sharing.present.js';
import { findVisibleRecord, requestsQuery } from './sharing.repository.js';
import type { CreateSharingRequestBody, ListSharingRequestsQuery } from './sharing.schema.js';

/** The one answer for "this request is not yours to see", missing or not. */
async function loadView(
  tx: Transaction<Database>,
  ctx: RequestContext,
  id: string,
): Promise<SharingRequestView> {
  const row = await requestsQuery(tx, ctx.actor!).where('sr.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return presentSharingRequest(row, ctx.actor!);
}

/** The reshare target must be a real agency other than the owner and the requester. */
async function checkTarget(
  tx: Transaction<Database>,
  targetAgencyId: string,
  ownerAgencyId: string,
  requesterAgencyId: string,
): Promise<void> {
  const found = await tx
    .selectFrom('agencies')
    .select('id')
    .where('id', '=', targetAgencyId)
    .executeTakeFirst();
  if (!found) throw new AppError('VALIDATION_FAILED', 'Unknown agency', 'targetAgencyId');
  if (targetAgencyId === ownerAgencyId) {
    throw new AppError('VALIDATION_FAILED', 'The owner agency already holds the record', 'targetAgencyId');
  }
  if (targetAgencyId === requesterAgencyId) {
    throw new AppError('VALIDATION_FAILED', 'Name another agency than your own', 'targetAgencyId');
  }
}

/**
 * A recipient asks the owner of an H2 record for onward sharing or export. Only a record the actor
 * sees can be named (any other answers "not found", like a missing one); the owner's own users have
 * nothing to ask, nor does anyone for a record that is not H2. The owner agency is notified.
 */
export async function createSharingRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  body: CreateSharingRequestBody,
): Promise<SharingRequestView> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const record = await findVisibleRecord(tx, actor, body.recordTable, body.recordId);
    if (!record) throw notFound();
    if (record.owner_agency_id === actor.agencyId) {
      throw new AppError(
        'VALIDATION_FAILED',
        'Your agency owns this record: there is nothing to request',
        'recordId',
      );
    }
    if (record.handling_code !== 'H2') {
      throw new AppError(
        'VALIDATION_FAILED',
        'Only H2 records need the owner’s permission for onward sharing or export: there is nothing to request',
        'recordId',
      );
    }
    const target = body.kind === 'reshare' ? (body.targetAgencyId ?? null) : null;
    if (target !== null) await checkTarget(tx, target, record.owner_agency_id, actor.agencyId);
    let pending = tx
      .selectFrom('sharing_requests')
      .select('id')
      .where('record_id', '=', body.recordId)
      .where('requester_agency_id', '=', actor.agencyId)
      .where('kind', '=', body.kind)
      .where('status', '=', 'pending');
    pending =
      target === null
        ? pending.where('target_agency_id', 'is', null)
        : pending.where('target_agency_id', '=', target);
    if (await pending.executeTakeFirst()) {
      throw new AppError('CONFLICT', 'Your agency already has the same request pending', 'recordId');
    }
    // Already granted: an export grant of the requester, or read access of the reshare target.
    const granted = await tx
      .selectFrom('record_grants')
      .select('kind')
      .where('record_id', '=', body.recordId)
      .where('grantee_agency_id', '=', target ?? actor.agencyId)
      .where('kind', '=', target === null ? 'export' : 'read')
      .executeTakeFirst();
    if (granted) throw new AppError('CONFLICT', 'The owner has already granted this', 'recordId');
    const { id } = await tx
      .insertInto('sharing_requests')
      .values({
        record_table: body.recordTable,
        record_id: body.recordId,
        owner_agency_id: record.owner_agency_id,
        requester_agency_id: actor.agencyId,
        requested_by: actor.userId,
        kind: body.kind,
        target_agency_id: target,
        reason: body.reason,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, {
      action: 'sharing_request.create',
      objectType: 'sharing_request',
      objectId: id,
      // The owner's audit viewer shows who asked about its record.
      objectAgencyId: record.owner_agency_id,
      details: {
        recordTable: body.recordTable,
        recordId: body.recordId,
        kind: body.kind,
        targetAgencyId: target,
      },
    });
    await notify(tx, {
      agencyId: record.owner_agency_id,
      kind: 'sharing_request.created',
      objectType: 'sharing_request',
      objectId: id,
      details: { requestKind: body.kind, recordTable: body.recordTable },
    });
    return loadView(tx, ctx, id);
  });
}

/** Requests to the actor's agency (`incoming`) or made by it (`outgoing`), newest first; the read is audited. */
export async function listSharingRequests(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: ListSharingRequestsQuery,
): Promise<{ items: SharingRequestView[] }> {
  const actor = ctx.actor!;
  requirePermission(actor, 'records.read');
  return db.transaction().execute(async (tx) => {
    let q = requestsQuery(tx, actor)
      .where(query.box === 'incoming' ? 'sr.owner_agency_id' : 'sr.requester_agency_id', '=', actor.agencyId)
      .orderBy('sr.created_at', 'desc')
      .orderBy('sr.id')
      .limit(query.limit);
    if (query.status) q = q.where('sr.status', '=', query.status);
    const rows = await q.execute();
    await recordRead(
      tx,
      ctx,
      'sharing_request',
      rows.map((r) => r.id),
    );
    return { items: rows.map((r) => presentSharingRequest(r, actor)) };
  });
}

/** One request the actor's agency is a party to (else "not found"); the read is audited. */
export async function getSharingRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<SharingRequestView> {
  requirePermission(ctx.actor!, 'records.read');
  return db.transaction().execute(async (tx) => {
    const view = await loadView(tx, ctx, id);
    await recordRead(tx, ctx, 'sharing_request', [id]);
    return view;
  });
}
