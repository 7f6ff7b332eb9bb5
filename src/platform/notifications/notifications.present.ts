import type { Selectable } from 'kysely';
import type { NotificationTable } from '../db/schema.js';

/**
 * A notification as its recipient sees it: what happened (`kind`), to which object (ids only) and
 * when. It carries no caption or content of the object: the recipient opens the object through its
 * own module, whose visibility rule decides what he may see of it.
 */
export function presentNotification(row: Selectable<NotificationTable>) {
  return {
    id: row.id,
    kind: row.kind,
    objectType: row.object_type,
    objectId: row.object_id,
    details: row.details as Record<string, string | number | boolean | null>,
    /** True when addressed to the user himself; false for one addressed to his whole agency. */
    direct: row.user_id !== null,
    createdAt: row.created_at.toISOString(),
    readAt: row.read_at?.toISOString() ?? null,
  };
}
export type NotificationView = ReturnType<typeof presentNotification>;
