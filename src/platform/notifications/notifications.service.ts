import { sql, type Expression, type Kysely, type SqlBool, type Transaction } from 'kysely';
import type { Actor, RequestContext } from '../access/actor.js';
import { recordAudit } from '../audit/audit.js';
import type { Database } from '../db/schema.js';
import { notFound } from '../errors.js';
import { presentNotification, type NotificationView } from './notifications.present.js';
import type { ListNotificationsQuery } from './notifications.schema.js';

/** What a module tells an agency (or one of its users) about. Only ids and codes: never content. */
export interface NotificationInput {
  agencyId: string;
  /** One user of the agency; null or left out: every user of the agency. */
  userId?: string | null;
  /** What happened, `<object>.<event>`: `sharing_request.created`. */
  kind: string;
  objectType: string;
  objectId: string;
  /** Ids and codes that help the recipient's screen (a request kind, a record id) — no captions. */
  details?: Record<string, string | number | boolean | null>;
}

function isList(
  input: NotificationInput | readonly NotificationInput[],
): input is readonly NotificationInput[] {
  return Array.isArray(input);
}

/**
 * Writes notifications inside the caller's transaction, so they exist exactly when the action they
 * announce does. Modules call it; the recipient reads them with `listNotifications`.
 */
export async function notify(
  tx: Transaction<Database>,
  input: NotificationInput | readonly NotificationInput[],
): Promise<void> {
  const items = isList(input) ? input : [input];
  if (items.length === 0) return;
  await tx
    .insertInto('notifications')
    .values(
      items.map((n) => ({
        agency_id: n.agencyId,
        user_id: n.userId ?? null,
        kind: n.kind,
        object_type: n.objectType,
        object_id: n.objectId,
        details: JSON.stringify(n.details ?? {}),
      })),
    )
    .execute();
}

/**
 * The notifications an actor receives: those addressed to him, and those addressed to his whole
 * agency. An agency-wide notification has one read mark, like a shared inbox: read by one of its
 * users, it is read for all of them.
 */
function addressedTo(actor: Actor): Expression<SqlBool> {
  return sql<SqlBool>`(notifications.agency_id = ${actor.agencyId}
    and (notifications.user_id is null or notifications.user_id = ${actor.userId}))`;
}

/** The actor's notifications, newest first, with how many are unread. */
export async function listNotifications(
  db: Kysely<Database>,
  ctx: RequestContext,
  query: ListNotificationsQuery,
): Promise<{ items: NotificationView[]; unread: number }> {
  const actor = ctx.actor!;
  let q = db
    .selectFrom('notifications')
    .selectAll()
    .where(addressedTo(actor))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.unreadOnly === 'true') q = q.where('read_at', 'is', null);
  const [rows, unread] = await Promise.all([
    q.execute(),
    db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where(addressedTo(actor))
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow(),
  ]);
  return { items: rows.map(presentNotification), unread: Number(unread.n) };
}

/** Marks one of the actor's notifications read (another's is "not found"); audited. */
export async function markNotificationRead(
  db: Kysely<Database>,
  ctx: RequestContext,
  id: string,
): Promise<NotificationView> {
  const actor = ctx.actor!;
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('notifications')
      .selectAll()
      .where('id', '=', id)
      .where(addressedTo(actor))
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound();
    if (row.read_at !== null) return presentNotification(row);
    const updated = await tx
      .updateTable('notifications')
      .set({ read_at: new Date() })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'notification.read', objectType: 'notification', objectId: id });
    return presentNotification(updated);
  });
}

/** Marks every unread notification of the actor read; audited with the count. */
export async function markAllNotificationsRead(
  db: Kysely<Database>,
  ctx: RequestContext,
): Promise<{ marked: number }> {
  const actor = ctx.actor!;
  return db.transaction().execute(async (tx) => {
    const rows = await tx
      .updateTable('notifications')
      .set({ read_at: new Date() })
      .where(addressedTo(actor))
      .where('read_at', 'is', null)
      .returning('id')
      .execute();
    if (rows.length > 0) {
      await recordAudit(tx, ctx, {
        action: 'notification.read_all',
        objectType: 'notification',
        details: { count: rows.length },
      });
    }
    return { marked: rows.length };
  });
}
