import type { App, AppContext } from '../http/context.js';
import { EmptyBody } from '../http/schemas.js';
import { ListNotificationsQuery, NotificationIdParams } from './notifications.schema.js';
import {
  listNotifications,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.service.js';

/** The signed-in user's notifications: his own and his agency's. */
export function registerNotificationRoutes(api: App, app: AppContext): void {
  const tags = ['notifications'];
  const read = { scope: 'read', object: 'notification' } as const;
  const write = { scope: 'write', object: 'notification' } as const;

  api.get('/notifications', { config: read, schema: { tags, querystring: ListNotificationsQuery } }, (req) =>
    listNotifications(app.db, req.ctx, req.query),
  );
  api.post('/notifications/read-all', { config: write, schema: { tags, body: EmptyBody } }, (req) =>
    markAllNotificationsRead(app.db, req.ctx),
  );
  api.post(
    '/notifications/:id/read',
    { config: write, schema: { tags, params: NotificationIdParams, body: EmptyBody } },
    (req) => markNotificationRead(app.db, req.ctx, req.params.id),
  );
}
