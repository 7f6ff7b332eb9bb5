import { registerAuditRoutes } from './audit/audit.routes.js';
import { registerAuthRoutes } from './auth/auth.routes.js';
import { registerDirectoryRoutes } from './directory/directory.routes.js';
import type { App, AppContext } from './http/context.js';
import { registerNotificationRoutes } from './notifications/index.js';
import { registerMeRoutes } from './users/me.routes.js';
import { registerUserRoutes } from './users/users.routes.js';

/** Every API route of the platform module; domain modules add theirs in src/app.ts. */
export function registerPlatformRoutes(api: App, app: AppContext): void {
  registerAuthRoutes(api, app);
  registerMeRoutes(api, app);
  registerDirectoryRoutes(api, app);
  registerUserRoutes(api, app);
  registerAuditRoutes(api, app);
  registerNotificationRoutes(api, app);
}
