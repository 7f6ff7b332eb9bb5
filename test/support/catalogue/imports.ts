import { randomBytes } from 'node:crypto';
import type { ModuleCatalogue } from '../routes-catalogue.js';
import { storeUpload } from '../../../src/modules/records/import/uploads.js';
import { entry } from './entry.js';

const U = '/api/v1';

/** A mapping as the samples send it: every target a small spreadsheet uses. */
const MAPPING = {
  columns: {
    reference: 'Ref',
    date: 'Date',
    country: 'Country',
    drug: 'Drug',
    quantity: 'Qty',
    unit: 'Unit',
  },
  routeColumns: ['Route'],
  values: { drug: { героин: 'heroin' } },
  dateOrder: 'dmy',
  sharing: {
    distribution: 'own_agency',
    distributionAgencies: [],
    handlingCode: 'H0',
    statisticsOnly: false,
  },
};

/** A two-row seizure spreadsheet. */
const CSV =
  'Ref,Date,Country,Drug,Qty,Unit,Route\nS-1,2024-05-17,KZ,героин,1.5,kg,AF\nS-2,2024-05-18,KZ,Heroin,2,kg,TJ\n';

/**
 * Import routes: saved mappings, uploads and import jobs of the actor's own agency. They are
 * `record` routes: another agency's mapping or batch answers exactly like a missing one, whoever asks.
 * Reads need records.read, writes records.write. The upload route takes multipart (the web app) or a
 * JSON body with the file in base64, which the samples use; it declares no body schema because it
 * also takes multipart, so its body is checked in the handler (and its 415 for a body that is not
 * multipart/form-data is the route's own answer).
 */
export const IMPORTS_CATALOGUE: ModuleCatalogue = {
  fixtures: async (db, agency) => {
    const tag = randomBytes(4).toString('hex');
    const mappingName = `Mapping ${agency.agencyCode} ${tag}`;
    const mapping = await db
      .insertInto('import_mappings')
      .values({
        owner_agency_id: agency.agencyId,
        name: mappingName,
        target: 'seizures',
        mapping: JSON.stringify(MAPPING),
        created_by: null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const fileName = `seizures-${agency.agencyCode.toLowerCase()}-${tag}.csv`;
    const batch = await db
      .insertInto('import_batches')
      .values({
        owner_agency_id: agency.agencyId,
        profile: 'seizures',
        file_name: fileName,
        file_sha256: randomBytes(32).toString('hex'),
        rows_read: 2,
        inserted: 2,
        updated: 0,
        unchanged: 0,
        problems: '[]',
        created_by: null,
        target: 'seizures',
        status: 'committed',
        mapping: JSON.stringify(MAPPING),
        rows_committed: 2,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const upload = await storeUpload(agency.agencyId, fileName, Buffer.from(CSV));
    return {
      importMappingId: mapping.id,
      importMappingName: mappingName,
      importBatchId: batch.id,
      importFileName: fileName,
      importFileId: upload.fileId,
    };
  },
  entries: [
    entry({
      method: 'GET',
      route: `${U}/import-mappings`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: () => ({ path: `${U}/import-mappings` }),
    }),
    entry({
      method: 'POST',
      route: `${U}/import-mappings`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ unique }) => ({
        path: `${U}/import-mappings`,
        body: { name: `Customs ${unique}`, mapping: MAPPING },
      }),
    }),
    entry({
      method: 'PUT',
      route: `${U}/import-mappings/:id`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ target, unique }) => ({
        path: `${U}/import-mappings/${target.extra.importMappingId}`,
        body: { name: `Renamed ${unique}`, mapping: MAPPING },
      }),
    }),
    entry({
      method: 'POST',
      route: `${U}/import-files`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      sample: ({ unique }) => ({
        path: `${U}/import-files`,
        body: { fileName: `upload-${unique}.csv`, contentBase64: Buffer.from(CSV).toString('base64') },
      }),
    }),
    entry({
      method: 'POST',
      route: `${U}/imports`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ target }) => ({
        path: `${U}/imports`,
        body: {
          fileId: target.extra.importFileId,
          profile: 'seizures',
          mapping: MAPPING,
          mappingName: target.extra.importMappingName,
          dryRun: true,
        },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/imports`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: () => ({ path: `${U}/imports`, query: { limit: '20' } }),
    }),
    entry({
      method: 'GET',
      route: `${U}/imports/:id`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      shows: (target) => target.extra.importFileName!,
      sample: ({ target }) => ({ path: `${U}/imports/${target.extra.importBatchId}` }),
    }),
  ],
};
