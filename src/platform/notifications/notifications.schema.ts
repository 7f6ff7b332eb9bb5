import { z } from 'zod';

/** Query of the notification list: the newest first, optionally only the unread ones. */
export const ListNotificationsQuery = z
  .object({
    unreadOnly: z.enum(['true', 'false']).default('false'),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ListNotificationsQuery = z.infer<typeof ListNotificationsQuery>;

export const NotificationIdParams = z.object({ id: z.uuid() }).strict();
