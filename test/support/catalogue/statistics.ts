import type { ModuleCatalogue } from '../routes-catalogue.js';
import { entry } from './entry.js';

/**
 * Statistics: aggregates under the sharing rule (`visibleTo` or statistics-only), so a `record`
 * route — any holder of records.read may call it and sees only the sums the rule allows.
 */
export const STATISTICS_CATALOGUE: ModuleCatalogue = {
  entries: [
    entry({
      method: 'GET',
      route: '/api/v1/statistics',
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({
        path: '/api/v1/statistics',
        query: {
          by: 'country,year,drug',
          country: target.countryCode,
          from: '2019',
          to: '2022',
          drugGroup: 'opioids',
          drug: 'heroin',
        },
      }),
    }),
  ],
};
