/** Notifications: a platform mechanism every module uses to tell an agency or a user about an event. */
export { notify, type NotificationInput } from './notifications.service.js';
export { registerNotificationRoutes } from './notifications.routes.js';
export type { NotificationView } from './notifications.present.js';
