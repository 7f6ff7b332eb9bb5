import type { Kysely, Transaction } from 'kysely';
import type { Actor, RequestContext } from '../../../platform/access/actor.js';
import { can, forbiddenUnless, requirePermission } from '../../../platform/access/policy.js';
import { recordAudit } from '../../../platform/audit/audit.js';
import type { Database } from '../../../platform/db/schema.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { notify } from '../../../platform/notifications/index.js';
import { presentSharingRequest, type SharingRequestView } from './sharing.present.js';
import { requestsQuery } from './sharing.repository.js';

type Side = 'owner' | 'requester';

/**
 * The request, locked, if the actor's agency is on the given side of it. Looked up before any role
 * check: a request of other agencies answers "not found" to everyone, exactly like a missing one.
 */
async function lockRequest(tx: Transaction<Database>, actor: Actor, id: string, side: Side) {
  const row = await tx
    .selectFrom('sharing_requests')
    .selectAll()
    .where('id', '=', id)
    .where(side === 'owner' ? 'owner_agency_id' : 'requester_agency_id', '=', actor.agencyId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** A request decided or withdrawn already cannot change again. */
function ensurePending(row: { status: string }): void {
  if (row.status !== 'pending') throw new AppError('CONFLICT', `The request is already ${row.status}`);
}

async function finish(
  tx: Transaction<Database>,
  ctx: RequestContext,
  id: string,
  status: 'approved' | 'refused' | 'withdrawn',
  note: string | null,
): Promise<void> {
  await tx
    .updateTable('sharing_requests')
    .set({ status, decided_by: ctx.actor!.userId, decided_at: new Date(), decision_note: note })
    .where('id', '=', id)
    .execute();
}

async function view(tx: Transaction<Database>, ctx: RequestContext, id: string): Promise<SharingRequestView> {
  return presentSharingRequest(
    await requestsQuery(tx, ctx.actor!).where('sr.id', '=', id).executeTakeFirstOrThrow(),
    ctx.actor!,
  );
}

/**
 * The owner's decision, by a user of the owner agency holding `sharing.decide`. Approving writes the
 * grants in the same transaction: an export request gives the requester `export`; a reshare request
 * gives the requester `reshare` and the target agency `read` (so `visibleTo` now lets it see the
 * record). The requesting user is notified. A request decided already is a CONFLICT.
 */
export async function decideSharingRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
  decision: 'approve' | 'refuse',
  note: string | undefined,
): Promise<SharingRequestView> {
  const actor = ctx.actor!;
  return db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, actor, id, 'owner');
    requirePermission(actor, 'sharing.decide');
    ensurePending(row);
    const grants: { grantee_agency_id: string; kind: 'read' | 'reshare' | 'export' }[] = [];
    if (decision === 'approve') {
      grants.push({ grantee_agency_id: row.requester_agency_id, kind: row.kind });
      if (row.kind === 'reshare' && row.target_agency_id !== null) {
        grants.push({ grantee_agency_id: row.target_agency_id, kind: 'read' });
      }
      await tx
        .insertInto('record_grants')
        .values(
          grants.map((g) => ({
            ...g,
            record_table: row.record_table,
            record_id: row.record_id,
            owner_agency_id: row.owner_agency_id,
            approved_by: actor.userId,
          })),
        )
        .onConflict((oc) => oc.columns(['record_id', 'grantee_agency_id', 'kind']).doNothing())
        .execute();
    }
    const status = decision === 'approve' ? 'approved' : 'refused';
    await finish(tx, ctx, id, status, note ?? null);
    await recordAudit(tx, ctx, {
      action: `sharing_request.${decision}`,
      objectType: 'sharing_request',
      objectId: id,
      details: {
        recordTable: row.record_table,
        recordId: row.record_id,
        kind: row.kind,
        requesterAgencyId: row.requester_agency_id,
        grants: grants.map((g) => `${g.kind}:${g.grantee_agency_id}`),
      },
    });
    await notify(tx, {
      agencyId: row.requester_agency_id,
      userId: row.requested_by,
      kind: `sharing_request.${status}`,
      objectType: 'sharing_request',
      objectId: id,
      details: { requestKind: row.kind, recordTable: row.record_table },
    });
    return view(tx, ctx, id);
  });
}

/**
 * The requester takes his request back: the user who made it, or a decider of his agency. The owner
 * agency is notified, so that nobody there decides on it any more.
 */
export async function withdrawSharingRequest(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<SharingRequestView> {
  const actor = ctx.actor!;
  // Withdrawing is a write of one's own agency: without the permission, FORBIDDEN before any lookup.
  requirePermission(actor, 'records.write');
  return db.transaction().execute(async (tx) => {
    const row = await lockRequest(tx, actor, id, 'requester');
    forbiddenUnless(row.requested_by === actor.userId || can(actor, 'sharing.decide'));
    ensurePending(row);
    await finish(tx, ctx, id, 'withdrawn', null);
    await recordAudit(tx, ctx, {
      action: 'sharing_request.withdraw',
      objectType: 'sharing_request',
      objectId: id,
      objectAgencyId: row.owner_agency_id,
      details: { recordTable: row.record_table, recordId: row.record_id, kind: row.kind },
    });
    await notify(tx, {
      agencyId: row.owner_agency_id,
      kind: 'sharing_request.withdrawn',
      objectType: 'sharing_request',
      objectId: id,
      details: { requestKind: row.kind, recordTable: row.record_table },
    });
    return view(tx, ctx, id);
  });
}
