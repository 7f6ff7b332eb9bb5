/**
 * Seizure spreadsheets with a column mapping: dry-run problems by row and field, commit, re-import
 * (nothing changes), a corrected file (updated in place), hostile headers, and the API: upload, saved
 * mappings, background jobs and their progress, other agencies kept out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SeizureMapping, suggestMapping } from '../src/modules/records/import/mapping.js';
import { importSeizureFile } from '../src/modules/records/import/seizure-import.js';
import { openDatabase } from '../src/platform/db/database.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import { ensureCountries } from '../src/platform/directory/reference-data.js';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn, type ApiClient } from './support/client.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { buildAgency, buildUser } from './support/factories.js';

const ctx = { requestId: 'seizure-import-test', ip: null, actor: null };
const dir = mkdtempSync(path.join(os.tmpdir(), 'nr-seizure-import-'));

function csv(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEADER = 'Ref,Date,Country,Drug,Qty,Unit,Person,Role,Route';
const GOOD = [
  HEADER,
  'KG-1,2024-05-17,KG,Heroin,12.5,kg,Иванов Иван,courier,"AF, TJ, KG"',
  'KG-1,2024-05-17,KG,гашиш,300,g,,,',
  'KG-2,17.06.2024,Кыргызстан,героин,0.750,kg,Петров Пётр,водитель,',
  'KG-3,2024-07,KG,Opium,2,kg,,,Афганистан → Таджикистан',
];
const BAD = [
  HEADER,
  'KG-10,2024-02-30,KG,Heroin,1,kg,,,',
  'KG-11,2024-03-01,KG,Unobtainium,1,kg,,,',
  'KG-12,2024-03-02,KG,Heroin,-4,kg,,,',
  'KG-13,2024-03-03,Atlantis,Heroin,1,kg,,,',
  'KG-14,2024-03-04,KG,Heroin,1,kg,,,',
];

const mapping = SeizureMapping.parse({
  columns: {
    reference: 'Ref',
    date: 'Date',
    country: 'Country',
    drug: 'Drug',
    quantity: 'Qty',
    unit: 'Unit',
    personName: 'Person',
    personRole: 'Role',
  },
  routeColumns: ['Route'],
  source: 'kg-customs',
});

let t: TestApp;
let agencyId: string;

async function count(
  table: 'seizures' | 'seizure_drug_lines' | 'import_batches' | 'records',
  owner = agencyId,
) {
  const { n } = await t.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('owner_agency_id', '=', owner)
    .executeTakeFirstOrThrow();
  return Number(n);
}

beforeAll(async () => {
  t = await startTestApp();
  agencyId = (await buildAgency(t.db, { code: 'KG-CUSTOMS', countryCode: 'KG' })).id;
});
afterAll(async () => {
  await t?.close();
});

describe('seizure import with a column mapping', () => {
  it('suggests a mapping from English and Russian header names', () => {
    const suggested = suggestMapping([
      'Номер',
      'Дата изъятия',
      'Страна',
      'Вещество',
      'Количество',
      'Ед. изм.',
      'Маршрут',
    ]);
    expect(suggested.columns).toMatchObject({
      reference: 'Номер',
      date: 'Дата изъятия',
      country: 'Страна',
      drug: 'Вещество',
      quantity: 'Количество',
      unit: 'Ед. изм.',
    });
    expect(suggested.routeColumns).toEqual(['Маршрут']);
  });

  it('a chunk that fails while the next is read stops the import: the batch is failed, earlier chunks stay whole', async () => {
    const owner = (await buildAgency(t.db, { code: 'KG-FAILING', countryCode: 'KG' })).id;
    const lines = [HEADER, ...[1, 2, 3, 4].map((n) => `F-${n},2024-05-0${n},KG,Heroin,${n},kg,,,`)];
    const committed: number[] = [];
    const run = importSeizureFile(t.db, ctx, {
      file: csv('failing.csv', lines),
      mapping,
      ownerAgencyId: owner,
      dryRun: false,
      chunkRows: 1,
      onChunk: (rows) => {
        committed.push(rows);
        throw new Error('stop after the first chunk');
      },
    });
    await expect(run).rejects.toThrow('stop after the first chunk');
    expect(committed).toEqual([1]);
    const batches = await t.db
      .selectFrom('import_batches')
      .select(['status', 'rows_committed'])
      .where('owner_agency_id', '=', owner)
      .execute();
    expect(batches).toEqual([{ status: 'failed', rows_committed: 1 }]);
    const refs = await t.db
      .selectFrom('seizures')
      .select('reference')
      .where('owner_agency_id', '=', owner)
      .execute();
    expect(refs.map((r) => r.reference)).toEqual(['F-1']);
  });

  it('a dry run names every problem by row and field, and writes nothing', async () => {
    const summary = await importSeizureFile(t.db, ctx, {
      file: csv('bad.csv', BAD),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: true,
    });
    const errors = summary.problems
      .filter((p) => p.severity === 'error')
      .map((p) => [p.row, p.field, p.code]);
    expect(errors).toEqual([
      [2, 'Date', 'invalid-value'],
      [3, 'Drug', 'invalid-value'],
      [4, 'Qty', 'out-of-range'],
      [5, 'Country', 'unknown-country'],
    ]);
    expect(summary.problems[0]!.message).toMatch(
      /^Row 2, column B \(Date\): "2024-02-30" is not a calendar date/,
    );
    expect(summary).toMatchObject({
      dryRun: true,
      batchId: null,
      rowsRead: 5,
      seizures: 5,
      rejected: 4,
      inserted: 0,
    });
    expect(await count('seizures')).toBe(0);
    expect(await count('import_batches')).toBe(0);
  });

  it('commits: rows sharing a reference are one seizure, Russian labels and names map to codes', async () => {
    const summary = await importSeizureFile(t.db, ctx, {
      file: csv('good.csv', GOOD),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary.problems.map((p) => p.message)).toEqual([]);
    expect(summary).toMatchObject({
      rowsRead: 4,
      seizures: 3,
      inserted: 3,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      recordsCreated: 2,
    });
    const seizures = await t.db
      .selectFrom('seizures')
      .select([
        'id',
        'reference',
        'occurred_on',
        'date_precision',
        'country',
        'total_kg',
        'source',
        'external_id',
        'version',
      ])
      .where('owner_agency_id', '=', agencyId)
      .orderBy('reference')
      .execute();
    expect(
      seizures.map((s) => [
        s.reference,
        s.occurred_on,
        s.date_precision,
        s.country,
        s.total_kg,
        s.source,
        s.external_id,
      ]),
    ).toEqual([
      ['KG-1', '2024-05-17', 'day', 'KG', '12.8', 'kg-customs', 'KG-1'],
      ['KG-2', '2024-06-17', 'day', 'KG', '0.75', 'kg-customs', 'KG-2'],
      ['KG-3', '2024-07-01', 'month', 'KG', '2', 'kg-customs', 'KG-3'],
    ]);
    const lines = await t.db
      .selectFrom('seizure_drug_lines')
      .select(['seizure_id', 'position', 'drug_code', 'quantity', 'unit'])
      .where('seizure_id', '=', seizures[0]!.id)
      .orderBy('position')
      .execute();
    expect(lines.map((l) => [l.position, l.drug_code, l.quantity, l.unit])).toEqual([
      [0, 'heroin', '12.5', 'kg'],
      [1, 'cannabis_resin', '300', 'g'],
    ]);
    const route = await t.db
      .selectFrom('seizure_route')
      .select(['role', 'country'])
      .where('seizure_id', '=', seizures[0]!.id)
      .orderBy('position')
      .execute();
    expect(route).toEqual([
      { role: 'origin', country: 'AF' },
      { role: 'transit', country: 'TJ' },
      { role: 'destination', country: 'KG' },
    ]);
    const parties = await t.db
      .selectFrom('seizure_parties as p')
      .innerJoin('records as r', 'r.id', 'p.record_id')
      .select(['p.role', 'r.caption', 'r.schema'])
      .where('p.seizure_id', 'in', [seizures[0]!.id, seizures[1]!.id])
      .orderBy('r.caption')
      .execute();
    expect(parties).toEqual([
      { role: 'courier', caption: 'Иванов Иван', schema: 'Person' },
      { role: 'driver', caption: 'Петров Пётр', schema: 'Person' },
    ]);
    const batch = await t.db
      .selectFrom('import_batches')
      .selectAll()
      .where('id', '=', summary.batchId!)
      .executeTakeFirstOrThrow();
    expect(batch).toMatchObject({ status: 'committed', target: 'seizures', rows_committed: 4, inserted: 3 });
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', '=', summary.batchId!)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['import.start', 'import.chunk', 'import.commit']);
  });

  it('importing the same file again changes nothing', async () => {
    const before = await t.db
      .selectFrom('seizures')
      .select(['id', 'version', 'updated_at'])
      .where('owner_agency_id', '=', agencyId)
      .orderBy('id')
      .execute();
    const summary = await importSeizureFile(t.db, ctx, {
      file: csv('good.csv', GOOD),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, recordsCreated: 0 });
    const after = await t.db
      .selectFrom('seizures')
      .select(['id', 'version', 'updated_at'])
      .where('owner_agency_id', '=', agencyId)
      .orderBy('id')
      .execute();
    expect(after).toEqual(before);
    expect(await count('records')).toBe(2);
  });

  it('a corrected file updates the changed seizure in place, with its history', async () => {
    const corrected = [...GOOD];
    corrected[3] = 'KG-2,17.06.2024,Кыргызстан,героин,0.800,kg,Петров Пётр,водитель,';
    const summary = await importSeizureFile(t.db, ctx, {
      file: csv('corrected.csv', corrected),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary).toMatchObject({ inserted: 0, updated: 1, unchanged: 2 });
    expect(await count('seizures')).toBe(3);
    const kg2 = await t.db
      .selectFrom('seizures')
      .select(['id', 'version', 'total_kg'])
      .where('owner_agency_id', '=', agencyId)
      .where('reference', '=', 'KG-2')
      .executeTakeFirstOrThrow();
    expect(kg2).toMatchObject({ version: 2, total_kg: '0.8' });
    const history = await t.db
      .selectFrom('record_versions')
      .select(['version', 'changes'])
      .where('record_id', '=', kg2.id)
      .orderBy('version')
      .execute();
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(Object.keys(history[1]!.changes as object)).toEqual(['drugs']);
  });

  it('refuses duplicate mapped headers with a clear problem, and reads shifted columns by name', async () => {
    const duplicate = await importSeizureFile(t.db, ctx, {
      file: csv('dup.csv', [
        'Ref,Date,Country,Drug,Qty,Unit,Person,Role,Route,Drug',
        'X-1,2024-01-01,KG,Heroin,1,kg,,,,Opium',
      ]),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(duplicate.problems.map((p) => [p.code, p.column, p.field])).toContainEqual([
      'column-duplicate',
      10,
      'Drug',
    ]);
    expect(duplicate).toMatchObject({ batchId: null, inserted: 0, seizures: 0 });
    const shifted = await importSeizureFile(t.db, ctx, {
      file: csv('shifted.csv', [
        `Note,${HEADER}`,
        ',SH-1,2024-01-02,KG,Heroin,1,kg,,,',
        'oops,SH-2,2024-01-03,KG,Heroin,2,kg,,,,extra',
      ]),
      mapping,
      ownerAgencyId: agencyId,
      dryRun: true,
    });
    const codes = shifted.problems.map((p) => [p.row, p.code]);
    expect(codes).toContainEqual([1, 'column-shifted']);
    expect(codes).toContainEqual([3, 'value-outside-header']);
    expect(shifted).toMatchObject({ seizures: 2, rejected: 1 });
  });

  it('a reference held by another seizure of the agency is refused by row, the rest is imported', async () => {
    const other = SeizureMapping.parse({ ...mapping, source: 'another-series' });
    const summary = await importSeizureFile(t.db, ctx, {
      file: csv('clash.csv', [HEADER, 'KG-3,2024-07,KG,Opium,2,kg,,,', 'NEW-1,2024-08-01,KG,Heroin,1,kg,,,']),
      mapping: other,
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary).toMatchObject({ inserted: 1, rejected: 1 });
    expect(summary.problems.map((p) => [p.row, p.code])).toEqual([[2, 'inconsistent']]);
  });

  describe('rows of one seizure that are not together', () => {
    // AP-1 is on rows 2, 3 and 6: other seizures' rows come between.
    const APART = [
      HEADER,
      'AP-1,2024-04-01,KG,Heroin,1,kg,,,',
      'AP-1,2024-04-01,KG,Opium,2,kg,,,',
      'AP-2,2024-04-02,KG,Heroin,3,kg,,,',
      'AP-3,2024-04-03,KG,Heroin,4,kg,,,',
      'AP-1,2024-04-01,KG,гашиш,5,kg,,,',
      'AP-4,2024-04-04,KG,Heroin,6,kg,,,',
    ];

    it('are each reported by the dry run, by row and field, naming the row the seizure was first seen at', async () => {
      const owner = (await buildAgency(t.db, { code: 'KG-APART-DRY', countryCode: 'KG' })).id;
      const summary = await importSeizureFile(t.db, ctx, {
        file: csv('apart-dry.csv', APART),
        mapping,
        ownerAgencyId: owner,
        dryRun: true,
      });
      expect(summary.problems.map((p) => [p.row, p.column, p.field, p.severity, p.code])).toEqual([
        [2, 1, 'Ref', 'error', 'rows-not-adjacent'],
        [3, 1, 'Ref', 'error', 'rows-not-adjacent'],
        [6, 1, 'Ref', 'error', 'rows-not-adjacent'],
      ]);
      expect(summary.problems[2]!.message).toMatch(
        /^Row 6, column A \(Ref\): rows of seizure "AP-1" must be adjacent; first seen at row 2, again at row 6/,
      );
      // AP-1 is read as two groups, both refused.
      expect(summary).toMatchObject({ rowsRead: 6, seizures: 5, rejected: 2, inserted: 0 });
      expect(await count('seizures', owner)).toBe(0);
      expect(await count('import_batches', owner)).toBe(0);
    });

    it('are refused by the commit, the first rows too, though their chunk was written before the seizure came back', async () => {
      const owner = (await buildAgency(t.db, { code: 'KG-APART', countryCode: 'KG' })).id;
      const committed: number[] = [];
      const summary = await importSeizureFile(t.db, ctx, {
        file: csv('apart.csv', APART),
        mapping,
        ownerAgencyId: owner,
        dryRun: false,
        // One seizure a chunk: rows 2–3 would be committed before row 6 is read.
        chunkRows: 1,
        onChunk: (rows) => committed.push(rows),
      });
      expect(committed).toEqual([2, 3, 4, 5, 6]);
      expect(summary.problems.map((p) => [p.row, p.field, p.code])).toEqual([
        [2, 'Ref', 'rows-not-adjacent'],
        [3, 'Ref', 'rows-not-adjacent'],
        [6, 'Ref', 'rows-not-adjacent'],
      ]);
      expect(summary).toMatchObject({ seizures: 5, inserted: 3, rejected: 2 });
      const stored = await t.db
        .selectFrom('seizures as s')
        .innerJoin('seizure_drug_lines as l', 'l.seizure_id', 's.id')
        .select(['s.reference', 'l.quantity'])
        .where('s.owner_agency_id', '=', owner)
        .orderBy('s.reference')
        .execute();
      expect(stored).toEqual([
        { reference: 'AP-2', quantity: '3' },
        { reference: 'AP-3', quantity: '4' },
        { reference: 'AP-4', quantity: '6' },
      ]);
      const batch = await t.db
        .selectFrom('import_batches')
        .select(['status', 'rows_committed'])
        .where('id', '=', summary.batchId!)
        .executeTakeFirstOrThrow();
      expect(batch).toEqual({ status: 'committed', rows_committed: 6 });

      // With its rows put together, the same seizure is imported whole, and the others stay as they are.
      const together = [APART[0]!, APART[1]!, APART[2]!, APART[5]!, APART[3]!, APART[4]!, APART[6]!];
      const fixed = await importSeizureFile(t.db, ctx, {
        file: csv('apart-fixed.csv', together),
        mapping,
        ownerAgencyId: owner,
        dryRun: false,
      });
      expect(fixed.problems).toEqual([]);
      expect(fixed).toMatchObject({ seizures: 4, inserted: 1, unchanged: 3, rejected: 0 });
      const lines = await t.db
        .selectFrom('seizures as s')
        .innerJoin('seizure_drug_lines as l', 'l.seizure_id', 's.id')
        .select(['l.position', 'l.drug_code', 'l.quantity'])
        .where('s.owner_agency_id', '=', owner)
        .where('s.reference', '=', 'AP-1')
        .orderBy('l.position')
        .execute();
      expect(lines).toEqual([
        { position: 0, drug_code: 'heroin', quantity: '1' },
        { position: 1, drug_code: 'opium', quantity: '2' },
        { position: 2, drug_code: 'cannabis_resin', quantity: '5' },
      ]);
    });

    it('are found by their external id too, and a seizure coming back twice names its first row each time', async () => {
      const owner = (await buildAgency(t.db, { code: 'KG-APART-ID', countryCode: 'KG' })).id;
      const withId = SeizureMapping.parse({
        ...mapping,
        columns: { ...mapping.columns, externalId: 'Id' },
      });
      const summary = await importSeizureFile(t.db, ctx, {
        file: csv('apart-id.csv', [
          `Id,${HEADER}`,
          'X-1,R-1,2024-04-01,KG,Heroin,1,kg,,,',
          'X-2,R-2,2024-04-02,KG,Heroin,2,kg,,,',
          'X-1,R-1,2024-04-01,KG,Opium,3,kg,,,',
          'X-3,R-3,2024-04-03,KG,Heroin,4,kg,,,',
          'X-1,R-1,2024-04-01,KG,Opium,5,kg,,,',
        ]),
        mapping: withId,
        ownerAgencyId: owner,
        dryRun: true,
      });
      expect(summary.problems.map((p) => [p.row, p.column, p.field, p.code])).toEqual([
        [2, 1, 'Id', 'rows-not-adjacent'],
        [4, 1, 'Id', 'rows-not-adjacent'],
        [6, 1, 'Id', 'rows-not-adjacent'],
      ]);
      for (const problem of summary.problems) {
        expect(problem.message).toContain(
          'rows of seizure "X-1" must be adjacent; first seen at row 2, again at row 4',
        );
      }
      expect(summary).toMatchObject({ seizures: 5, rejected: 3 });
    });
  });
});

describe('the import API', () => {
  let officer: ApiClient;
  let stranger: ApiClient;
  let viewer: ApiClient;
  let ownAgency: string;

  beforeAll(async () => {
    ownAgency = (await buildAgency(t.db, { code: 'KZ-API', countryCode: 'KZ' })).id;
    const user = await buildUser(t.db, { agencyId: ownAgency, roles: ['officer'] });
    officer = await signedIn(t.url, user.username, user.password);
    const strangerUser = await buildUser(t.db, { roles: ['officer'] });
    stranger = await signedIn(t.url, strangerUser.username, strangerUser.password);
    const viewerUser = await buildUser(t.db, { agencyId: ownAgency, roles: ['viewer'] });
    viewer = await signedIn(t.url, viewerUser.username, viewerUser.password);
  });

  async function poll(client: ApiClient, id: string) {
    for (let i = 0; i < 200; i++) {
      const res = await client.get(`/api/v1/imports/${id}`);
      expect(res.status, res.text).toBe(200);
      if (res.body.status !== 'running') return res.body;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('the import did not finish');
  }

  it('uploads (multipart and JSON), saves a mapping, dry-runs, commits and shows progress', async () => {
    const content = `${GOOD.join('\n')}\n`;
    const form = new FormData();
    form.append('file', new Blob([content], { type: 'text/csv' }), 'kg.csv');
    const upload = await fetch(`${t.url}/api/v1/import-files`, {
      method: 'POST',
      headers: { cookie: officer.cookie!, 'x-csrf-token': officer.csrfToken! },
      body: form,
    });
    expect(upload.status).toBe(201);
    const file = (await upload.json()) as {
      fileId: string;
      fileName: string;
      columns: { columns: string[]; suggested: unknown };
    };
    expect(file.fileName).toBe('kg.csv');
    expect(file.columns.columns).toEqual(HEADER.split(','));

    const viaJson = await officer.post('/api/v1/import-files', {
      fileName: 'kg.csv',
      contentBase64: Buffer.from(content).toString('base64'),
    });
    expect(viaJson.status, viaJson.text).toBe(201);

    const saved = await officer.post('/api/v1/import-mappings', { name: 'KG customs', mapping });
    expect(saved.status, saved.text).toBe(201);
    expect((await officer.post('/api/v1/import-mappings', { name: 'KG customs', mapping })).status).toBe(409);
    const renamed = await officer.request('PUT', `/api/v1/import-mappings/${saved.body.id}`, {
      name: 'KG customs 2024',
      mapping,
    });
    expect(renamed.status, renamed.text).toBe(200);
    expect(
      (await officer.get('/api/v1/import-mappings')).body.items.map((m: { name: string }) => m.name),
    ).toEqual(['KG customs 2024']);
    expect(
      (await stranger.request('PUT', `/api/v1/import-mappings/${saved.body.id}`, { mapping })).status,
    ).toBe(404);

    const dry = await officer.post('/api/v1/imports', {
      fileId: file.fileId,
      mappingName: 'KG customs 2024',
      dryRun: true,
    });
    expect(dry.status, dry.text).toBe(202);
    const checked = await poll(officer, dry.body.id);
    expect(checked).toMatchObject({ status: 'checked', rowsDone: 4, problemCount: 0, inserted: 0 });
    expect(await count('seizures', ownAgency)).toBe(0);

    const commit = await officer.post('/api/v1/imports', {
      fileId: file.fileId,
      mappingName: 'KG customs 2024',
      dryRun: false,
    });
    const done = await poll(officer, commit.body.id);
    expect(done).toMatchObject({
      status: 'committed',
      phase: 'done',
      rowsDone: 4,
      rowsTotal: 4,
      inserted: 3,
    });
    expect(await count('seizures', ownAgency)).toBe(3);
    const batch = await officer.get(`/api/v1/imports/${done.batchId}`);
    expect(batch.status).toBe(200);
    const list = await officer.get('/api/v1/imports');
    expect(list.body.items.some((i: { batchId: string }) => i.batchId === done.batchId)).toBe(true);

    // Another agency's imports and uploads answer as missing; a viewer may not import at all.
    expect((await stranger.get(`/api/v1/imports/${done.batchId}`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/imports/${commit.body.id}`)).status).toBe(404);
    expect(
      (await stranger.post('/api/v1/imports', { fileId: file.fileId, mapping, dryRun: true })).status,
    ).toBe(404);
    expect((await viewer.get('/api/v1/imports')).status).toBe(200);
    expect(
      (await viewer.post('/api/v1/imports', { fileId: file.fileId, mapping, dryRun: true })).status,
    ).toBe(403);
  });

  it('answers bad uploads with the error contract', async () => {
    const noFile = await fetch(`${t.url}/api/v1/import-files`, {
      method: 'POST',
      headers: {
        cookie: officer.cookie!,
        'x-csrf-token': officer.csrfToken!,
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: '--x\r\nContent-Disposition: form-data; name="other"\r\n\r\nvalue\r\n--x--\r\n',
    });
    expect(noFile.status).toBe(400);
    expect(((await noFile.json()) as { error: { field: string } }).error.field).toBe('file');
    const badJson = await officer.post('/api/v1/import-files', {
      fileName: 'a/b.csv',
      contentBase64: 'AAAA',
    });
    expect(badJson.status).toBe(400);
    expect(badJson.body.error.field).toBe('fileName');
    const unknownMapping = await officer.post('/api/v1/imports', {
      fileId: '00000000-0000-4000-8000-000000000000',
      mapping,
      dryRun: true,
    });
    expect(unknownMapping.status).toBe(404);
  });
});

describe('an import killed mid-way', () => {
  const ROWS = 12_000;
  let database: TestDatabase;
  let bigFile: string;
  const mappingFile = path.join(dir, 'mapping.json');

  beforeAll(async () => {
    database = await createTestDatabase();
    const opened = await openDatabase(database.storage);
    try {
      // A fresh PostgreSQL database is empty (the PGlite copy is migrated): the CLI would migrate it too.
      await migrateToLatest(opened.db as never);
      await ensureCountries(opened.db);
      await buildAgency(opened.db, { code: 'KILLED', countryCode: 'TJ' });
      await buildAgency(opened.db, { code: 'CLEAN', countryCode: 'TJ' });
    } finally {
      await opened.close();
    }
    const lines = [HEADER];
    for (let i = 0; i < ROWS; i++) {
      // Every fifth seizure has a second line, so chunks are cut between seizures, never inside one.
      const ref = `TJ-${i % 5 === 1 ? i - 1 : i}`;
      lines.push(
        `${ref},2024-${String((i % 12) + 1).padStart(2, '0')}-15,TJ,${i % 3 ? 'Heroin' : 'гашиш'},${(i % 97) + 0.125},kg,,,AF`,
      );
    }
    bigFile = csv('big.csv', lines);
    writeFileSync(mappingFile, JSON.stringify(mapping));
  });
  afterAll(async () => {
    await database?.drop();
  });

  /** Runs the CLI on the test database; `killAt` kills it once that many rows are committed. */
  function northroute(args: string[], killAt?: number) {
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (database.location.databaseUrl) env.DATABASE_URL = database.location.databaseUrl;
    else delete env.DATABASE_URL;
    const dataDir = database.location.dataDir ? ['--data-dir', database.location.dataDir] : [];
    const child = spawn('node', ['bin/northroute.js', ...args, ...dataDir], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
      const committed = [...stderr.matchAll(/committed rows 1-(\d+)/g)].map((m) => Number(m[1]));
      if (killAt !== undefined && committed.some((n) => n >= killAt)) child.kill('SIGKILL');
    });
    return new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
      (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
    );
  }

  async function snapshot(code: string) {
    const opened = await openDatabase(database.storage);
    try {
      const agency = await opened.db
        .selectFrom('agencies')
        .select('id')
        .where('code', '=', code)
        .executeTakeFirstOrThrow();
      const seizures = await opened.db
        .selectFrom('seizures as s')
        .innerJoin('seizure_drug_lines as l', 'l.seizure_id', 's.id')
        .select([
          's.reference',
          's.external_id',
          's.version',
          's.occurred_on',
          's.total_kg',
          'l.position',
          'l.drug_code',
          'l.quantity',
          'l.kg_equivalent',
        ])
        .where('s.owner_agency_id', '=', agency.id)
        .orderBy('s.reference')
        .orderBy('l.position')
        .execute();
      const batches = await opened.db
        .selectFrom('import_batches')
        .select(['status', 'rows_committed'])
        .where('owner_agency_id', '=', agency.id)
        .execute();
      return { seizures, batches };
    } finally {
      await opened.close();
    }
  }

  it('leaves whole chunks only, resumes after them, and ends equal to a clean import', async () => {
    const args = ['import', bigFile, '--mapping', mappingFile, '--chunk-rows', '1000'];
    const killed = await northroute([...args, '--agency', 'KILLED'], 3000);
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    const half = await snapshot('KILLED');
    expect(half.batches).toHaveLength(1);
    const [batch] = half.batches;
    expect(batch!.status).toBe('running');
    expect(batch!.rows_committed).toBeGreaterThanOrEqual(3000);
    expect(batch!.rows_committed).toBeLessThan(ROWS);
    // Exactly the committed rows are there: no chunk is half written.
    expect(half.seizures).toHaveLength(batch!.rows_committed);

    const resumed = await northroute([...args, '--agency', 'KILLED', '--resume']);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`resumed after row ${batch!.rows_committed}`);
    const clean = await northroute([...args, '--agency', 'CLEAN']);
    expect(clean.code, clean.stderr).toBe(0);

    const a = await snapshot('KILLED');
    const b = await snapshot('CLEAN');
    expect(a.batches).toEqual([{ status: 'committed', rows_committed: ROWS }]);
    expect(b.batches).toEqual([{ status: 'committed', rows_committed: ROWS }]);
    expect(a.seizures).toHaveLength(ROWS);
    expect(a.seizures).toEqual(b.seizures);

    // Once finished, the same file again changes nothing (a new batch, every seizure unchanged).
    const again = await northroute([...args, '--agency', 'KILLED']);
    expect(again.stdout).toMatch(/0 new, 0 updated, \d+ unchanged/);
  }, 240_000);
});
