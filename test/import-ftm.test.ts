/**
 * FollowTheMoney JSON lines: entities and links become records of the importing agency; links are
 * rewritten to our ids (in the file or imported before); unknown schemata, properties and link ends
 * are reported by line; importing again updates in place and never duplicates.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFtmFile } from '../src/modules/records/import/ftm-import.js';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn } from './support/client.js';
import { buildAgency, buildUser } from './support/factories.js';

const ctx = { requestId: 'ftm-import-test', ip: null, actor: null };
const dir = mkdtempSync(path.join(os.tmpdir(), 'nr-ftm-import-'));

function jsonl(name: string, entities: unknown[], extra: string[] = []): string {
  const file = path.join(dir, name);
  writeFileSync(file, [...entities.map((e) => JSON.stringify(e)), ...extra].join('\n') + '\n');
  return file;
}

const COURIER = {
  id: 'p-1',
  schema: 'Person',
  properties: { name: ['Rustam Nazarov', 'Рустам Назаров'], nationality: ['tj'] },
};
const GROUP = { id: 'o-1', schema: 'Organization', properties: { name: ['Pamir group'] } };
const MEMBER = {
  id: 'm-1',
  schema: 'Membership',
  properties: { member: ['p-1'], organization: ['o-1'], role: ['courier'] },
};

let t: TestApp;
let agencyId: string;

beforeAll(async () => {
  t = await startTestApp();
  agencyId = (await buildAgency(t.db, { code: 'TJ-DCA', countryCode: 'TJ' })).id;
});
afterAll(async () => {
  await t?.close();
});

async function records() {
  return t.db
    .selectFrom('records')
    .select(['id', 'schema', 'caption', 'properties', 'source', 'external_id', 'version'])
    .where('owner_agency_id', '=', agencyId)
    .orderBy('external_id')
    .execute();
}

describe('FtM JSON-lines import', () => {
  it('reports bad lines by line and field in a dry run, and writes nothing', async () => {
    const file = jsonl(
      'bad.jsonl',
      [
        COURIER,
        { id: 'x-1', schema: 'Spaceship', properties: {} },
        { id: 'x-2', schema: 'Person', properties: { warpDrive: ['on'] } },
        { id: 'x-3', schema: 'Membership', properties: { member: ['nobody'], organization: ['o-404'] } },
        { schema: 'Person', properties: { name: ['No id'] } },
      ],
      ['{not json', '["an array"]'],
    );
    const summary = await importFtmFile(t.db, ctx, { file, ownerAgencyId: agencyId, dryRun: true });
    expect(summary.problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'schema'],
      [3, 'properties.warpDrive'],
      [5, 'id'],
      [6, null],
      [7, null],
      [4, 'properties.member'],
      [4, 'properties.organization'],
    ]);
    expect(summary).toMatchObject({ rowsRead: 7, rejected: 6, inserted: 0, batchId: null });
    expect(await records()).toEqual([]);
  });

  it('imports entities and links, the links pointing at our records', async () => {
    const summary = await importFtmFile(t.db, ctx, {
      file: jsonl('group.jsonl', [MEMBER, COURIER, GROUP]),
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(summary).toMatchObject({ rowsRead: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    const rows = await records();
    const byFtm = new Map(rows.map((r) => [r.external_id, r]));
    expect(rows.map((r) => [r.external_id, r.schema, r.caption, r.source])).toEqual([
      ['m-1', 'Membership', 'courier', 'ftm'],
      ['o-1', 'Organization', 'Pamir group', 'ftm'],
      ['p-1', 'Person', 'Rustam Nazarov', 'ftm'],
    ]);
    expect(byFtm.get('m-1')!.properties).toEqual({
      member: [byFtm.get('p-1')!.id],
      organization: [byFtm.get('o-1')!.id],
      role: ['courier'],
    });
  });

  it('importing again changes nothing; a changed entity is updated in place; a later file links to earlier entities', async () => {
    const again = await importFtmFile(t.db, ctx, {
      file: jsonl('group.jsonl', [MEMBER, COURIER, GROUP]),
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3 });
    const renamed = { ...GROUP, properties: { name: ['Pamir group'], alias: ['Памирские'] } };
    const phone = {
      id: 'v-1',
      schema: 'Vehicle',
      properties: { registrationNumber: ['01 KG 777 ABC'], owner: ['p-1'] },
    };
    const later = await importFtmFile(t.db, ctx, {
      file: jsonl('later.jsonl', [renamed, phone]),
      ownerAgencyId: agencyId,
      dryRun: false,
    });
    expect(later).toMatchObject({ inserted: 1, updated: 1, unchanged: 0 });
    const rows = await records();
    expect(rows).toHaveLength(4);
    const group = rows.find((r) => r.external_id === 'o-1')!;
    expect(group.version).toBe(2);
    const vehicle = rows.find((r) => r.external_id === 'v-1')!;
    expect((vehicle.properties as { owner: string[] }).owner).toEqual([
      rows.find((r) => r.external_id === 'p-1')!.id,
    ]);
    const history = await t.db
      .selectFrom('record_versions')
      .select(['version', 'changes'])
      .where('record_id', '=', group.id)
      .orderBy('version')
      .execute();
    expect(history.map((h) => h.version)).toEqual([1, 2]);
    expect(Object.keys(history[1]!.changes as object)).toEqual(['properties.alias']);
  });

  it('runs through the upload API as a background job', async () => {
    const user = await buildUser(t.db, { agencyId, roles: ['officer'] });
    const client = await signedIn(t.url, user.username, user.password);
    const content = `${JSON.stringify({ id: 'p-2', schema: 'Person', properties: { name: ['Dilshod K.'] } })}\n`;
    const upload = await client.post('/api/v1/import-files', {
      fileName: 'people.jsonl',
      contentBase64: Buffer.from(content).toString('base64'),
    });
    expect(upload.status, upload.text).toBe(201);
    expect(upload.body.columns).toBeNull();
    const job = await client.post('/api/v1/imports', {
      fileId: upload.body.fileId,
      profile: 'ftm',
      dryRun: false,
    });
    expect(job.status, job.text).toBe(202);
    let view = job.body;
    for (let i = 0; i < 100 && view.status === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      view = (await client.get(`/api/v1/imports/${job.body.id}`)).body;
    }
    expect(view).toMatchObject({ status: 'committed', profile: 'ftm', inserted: 1 });
    expect((await records()).map((r) => r.external_id)).toContain('p-2');
  });
});
