import type { ModuleCatalogue } from '../routes-catalogue.js';
import { entry } from './entry.js';

const U = '/api/v1';

/**
 * Export routes: files (CSV, XLSX, FtM JSON lines) of the records the actor may see and export. A
 * sample succeeds with 200 and a file body (not JSON); for another agency it is an export of nothing
 * of the target's, which is why they are `record` routes without an id (the sharing rule decides).
 */
export const EXPORTS_CATALOGUE: ModuleCatalogue = {
  entries: [
    entry({
      method: 'GET',
      route: `${U}/exports/seizures`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({
        path: `${U}/exports/seizures`,
        query: { format: 'csv', purpose: 'operational', country: target.countryCode, from: '2020-01-01' },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/exports/records`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({
        path: `${U}/exports/records`,
        query: { format: 'ftm', purpose: 'judicial', schema: 'Person', ownerAgencyId: target.agencyId },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/exports/statistics`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({
        path: `${U}/exports/statistics`,
        query: { format: 'xlsx', country: target.countryCode, yearFrom: '2018', yearTo: '2022' },
      }),
    }),
  ],
};
