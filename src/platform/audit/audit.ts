import { sql, type Kysely, type Transaction } from 'kysely';
import type { RequestContext } from '../access/actor.js';
import type { AuditOutcome, Database } from '../db/schema.js';
import { GENESIS_HASH, rowHash } from './chain.js';

/** What happened, to what, with which outcome. */
export interface AuditEvent {
  action: string;
  objectType?: string;
  objectId?: string | null;
  /** The agency owning the object (defaults to the actor's agency). */
  objectAgencyId?: string | null;
  outcome?: AuditOutcome;
  /** Non-sensitive facts about the action (changed field names, counts) — never secrets. */
  details?: Record<string, unknown>;
  /** Who acted when there is no signed-in actor yet (a sign-in attempt). */
  username?: string;
  agencyId?: string | null;
  userId?: string | null;
}

// Any constant works; it only has to be the same for every writer of the chain.
const AUDIT_CHAIN_LOCK = 7_300_117;

/**
 * Appends one row to the audit log inside the caller's transaction, so the row exists exactly when the
 * action it records does. An advisory lock held to commit serialises writers of the hash chain.
 */
export async function recordAudit(
  tx: Transaction<Database>,
  ctx: RequestContext,
  event: AuditEvent,
): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const actor = ctx.actor;
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actorId: event.userId !== undefined ? event.userId : (actor?.userId ?? null),
    actorUsername: event.username ?? actor?.username ?? null,
    actorAgencyId: event.agencyId !== undefined ? event.agencyId : (actor?.agencyId ?? null),
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId ?? null,
    objectAgencyId:
      event.objectAgencyId !== undefined ? event.objectAgencyId : (event.agencyId ?? actor?.agencyId ?? null),
    outcome: event.outcome ?? 'success',
    ip: ctx.ip,
    requestId: ctx.requestId,
    details: event.details ?? null,
    prevHash: last?.hash ?? GENESIS_HASH,
  } as const;
  await tx
    .insertInto('audit_log')
    .values({
      seq: fields.seq,
      at: fields.at,
      actor_id: fields.actorId,
      actor_username: fields.actorUsername,
      actor_agency_id: fields.actorAgencyId,
      action: fields.action,
      object_type: fields.objectType,
      object_id: fields.objectId,
      object_agency_id: fields.objectAgencyId,
      outcome: fields.outcome,
      ip: fields.ip,
      request_id: fields.requestId,
      details: fields.details === null ? null : JSON.stringify(fields.details),
      prev_hash: fields.prevHash,
      hash: rowHash(fields),
    })
    .execute();
}

/** Records an event in a transaction of its own (denials and failures whose main transaction rolled back). */
export async function recordAuditAlone(
  db: Kysely<Database>,
  ctx: RequestContext,
  event: AuditEvent,
): Promise<void> {
  await db.transaction().execute((tx) => recordAudit(tx, ctx, event));
}

/**
 * Records that the actor read operational records. Modules call it with the ids they return, in the
 * transaction that read them.
 */
export async function recordRead(
  tx: Transaction<Database>,
  ctx: RequestContext,
  objectType: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await recordAudit(tx, ctx, {
    action: `${objectType}.read`,
    objectType,
    objectId: ids.length === 1 ? ids[0] : null,
    details: ids.length === 1 ? undefined : { ids },
  });
}
