import type { App, AppContext } from '../../../platform/http/context.js';
import { StatisticsQuery } from './statistics.schema.js';
import { getStatistics } from './statistics.service.js';

/** Exact totals over statistical records and seizures (`GET /api/v1/statistics`). */
export function registerStatisticsRoutes(api: App, app: AppContext): void {
  api.get(
    '/statistics',
    {
      config: { scope: 'read', object: 'statistics' },
      schema: { tags: ['statistics'], querystring: StatisticsQuery },
    },
    (req) => getStatistics(app.db, req.ctx, req.query),
  );
}
