/**
 * Exports (CSV, XLSX, FtM JSON lines) over real HTTP on both databases: another agency's export never
 * holds what it may not see; H2 records leave only through their owner or an approved export grant,
 * and the export says how many were withheld; a judicial export drops other agencies' H1 records;
 * formula cells are neutralised; XLSX parses back to the CSV's values; FtM lines parse; every export
 * is audited; the command line exports as a user.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Distribution, HandlingCode } from '../src/platform/db/schema.js';
import type { Kysely } from 'kysely';
import { runExport } from '../src/modules/records/export/export.service.js';
import type { ExportRequest } from '../src/modules/records/export/export.schema.js';
import { loadActor } from '../src/platform/access/load-actor.js';
import { startTestApp, type TestApp } from './support/app.js';
import { ApiClient, signedIn } from './support/client.js';
import { buildAgency, buildUser, TEST_PASSWORD, type TestUser } from './support/factories.js';

const exec = promisify(execFile);
const U = '/api/v1';
const tag = randomBytes(3).toString('hex').toUpperCase();

let t: TestApp;
let owner: { agencyId: string; code: string; user: TestUser; client: ApiClient };
let other: { agencyId: string; code: string; user: TestUser; client: ApiClient };
const ids: Record<string, string> = {};

const HOSTILE = {
  narrative: "=cmd|' /C calc'!A0",
  locality: '+1',
  region: '-2',
  borderCrossing: '@SUM(A1:A9)',
  packaging: '\tTAB',
};

interface SeizureSpec {
  reference: string;
  distribution: Distribution;
  handling: HandlingCode;
  ownerAgencyId: string;
  statisticsOnly?: boolean;
  narrative?: string;
  partyIds?: string[];
}

async function insertRecord(
  db: Kysely<Database>,
  agencyId: string,
  name: string,
  distribution: Distribution,
  handling: HandlingCode = 'H0',
): Promise<string> {
  const row = await db
    .insertInto('records')
    .values({
      schema: 'Person',
      caption: name,
      properties: JSON.stringify({ name: [name], nationality: ['tj'] }),
      owner_agency_id: agencyId,
      owner_country: 'KZ',
      distribution,
      handling_code: handling,
      handling_restriction: null,
      eval_source: null,
      eval_info: null,
      created_by: null,
      updated_by: null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function insertSeizure(db: Kysely<Database>, s: SeizureSpec): Promise<string> {
  const country = s.ownerAgencyId === owner.agencyId ? 'KZ' : 'UZ';
  const { id } = await db
    .insertInto('seizures')
    .values({
      reference: s.reference,
      occurred_on: '2026-03-14',
      country,
      region: HOSTILE.region,
      locality: HOSTILE.locality,
      latitude: '-12.5',
      longitude: '71.25',
      place_kind: 'border_crossing',
      border_crossing: HOSTILE.borderCrossing,
      seizing_agency_id: s.ownerAgencyId,
      transport_mode: 'road',
      concealment: ['vehicle_compartment'],
      narrative: s.narrative ?? HOSTILE.narrative,
      total_kg: '12.345',
      unconverted_lines: 1,
      owner_agency_id: s.ownerAgencyId,
      owner_country: country,
      distribution: s.distribution,
      handling_code: s.handling,
      handling_restriction: null,
      eval_source: 'B',
      eval_info: 2,
      statistics_only: s.statisticsOnly ?? false,
      created_by: null,
      updated_by: null,
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('seizure_drug_lines')
    .values([
      {
        seizure_id: id,
        position: 1,
        drug_code: 'heroin',
        quantity: '12.345',
        unit: 'kg',
        kg_equivalent: '12.345',
        kg_rule: 'mass',
        packaging: HOSTILE.packaging,
        owner_agency_id: s.ownerAgencyId,
      },
      {
        seizure_id: id,
        position: 2,
        drug_code: 'opium',
        quantity: '0.123456789012345678901',
        unit: 'tablets',
        kg_equivalent: null,
        owner_agency_id: s.ownerAgencyId,
      },
    ])
    .execute();
  await db
    .insertInto('seizure_route')
    .values([
      {
        seizure_id: id,
        position: 1,
        role: 'origin',
        country: 'AF',
        place: null,
        owner_agency_id: s.ownerAgencyId,
      },
      {
        seizure_id: id,
        position: 2,
        role: 'destination',
        country: 'RU',
        place: 'Moscow',
        owner_agency_id: s.ownerAgencyId,
      },
    ])
    .execute();
  for (const [i, recordId] of (s.partyIds ?? []).entries()) {
    await db
      .insertInto('seizure_parties')
      .values({
        seizure_id: id,
        position: i + 1,
        record_id: recordId,
        role: 'courier',
        arrested: true,
        owner_agency_id: s.ownerAgencyId,
      })
      .execute();
  }
  return id;
}

async function agencyWithOfficer(countryCode: string) {
  const agency = await buildAgency(t.db, { countryCode, code: `X${countryCode}-${tag}` });
  const user = await buildUser(t.db, { agencyId: agency.id, roles: ['officer'] });
  return {
    agencyId: agency.id,
    code: agency.code,
    user,
    client: await signedIn(t.url, user.username, TEST_PASSWORD),
  };
}

/** Sends a GET with a request id of its own (to find its audit rows) and returns the raw bytes too. */
async function download(client: ApiClient, url: string) {
  const requestId = `export-${randomBytes(6).toString('hex')}`;
  const response = await fetch(`${t.url}${url}`, {
    headers: { cookie: client.cookie!, 'x-request-id': requestId },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    text: bytes.toString('utf8'),
    requestId,
  };
}

function csvRows(text: string): Record<string, string>[] {
  return parse<Record<string, string>>(text, { bom: true, columns: true });
}

const secretValues = () => [
  ids.private!,
  `PRIVATE-${tag}`,
  ids.h2!,
  `H2-${tag}`,
  ids.statsOnly!,
  `STATS-${tag}`,
  'secret narrative',
  ids.hiddenPerson!,
  `Hidden Person ${tag}`,
  ids.h2Person!,
  `H2 Person ${tag}`,
];

beforeAll(async () => {
  t = await startTestApp();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  owner = await agencyWithOfficer('KZ');
  other = await agencyWithOfficer('UZ');
  ids.courier = await insertRecord(t.db, owner.agencyId, `Courier ${tag}`, 'all_members');
  ids.hiddenPerson = await insertRecord(t.db, owner.agencyId, `Hidden Person ${tag}`, 'own_agency');
  ids.h2Person = await insertRecord(t.db, owner.agencyId, `H2 Person ${tag}`, 'all_members', 'H2');
  const shared = { distribution: 'all_members' as const, ownerAgencyId: owner.agencyId };
  ids.open = await insertSeizure(t.db, {
    ...shared,
    reference: `OPEN-${tag}`,
    handling: 'H0',
    partyIds: [ids.courier, ids.hiddenPerson, ids.h2Person],
  });
  ids.private = await insertSeizure(t.db, {
    reference: `PRIVATE-${tag}`,
    distribution: 'own_agency',
    handling: 'H0',
    ownerAgencyId: owner.agencyId,
    narrative: 'secret narrative',
  });
  ids.statsOnly = await insertSeizure(t.db, {
    reference: `STATS-${tag}`,
    distribution: 'own_agency',
    handling: 'H0',
    ownerAgencyId: owner.agencyId,
    statisticsOnly: true,
  });
  ids.h2 = await insertSeizure(t.db, { ...shared, reference: `H2-${tag}`, handling: 'H2' });
  ids.h2Granted = await insertSeizure(t.db, { ...shared, reference: `H2OK-${tag}`, handling: 'H2' });
  ids.h1 = await insertSeizure(t.db, { ...shared, reference: `H1-${tag}`, handling: 'H1' });
  ids.otherOwnH1 = await insertSeizure(t.db, {
    reference: `OWNH1-${tag}`,
    distribution: 'own_agency',
    handling: 'H1',
    ownerAgencyId: other.agencyId,
  });
  // The owner approved the export of one H2 seizure by the other agency (and only that one).
  await t.db
    .insertInto('record_grants')
    .values({
      record_table: 'seizures',
      record_id: ids.h2Granted,
      grantee_agency_id: other.agencyId,
      kind: 'export',
      owner_agency_id: owner.agencyId,
      approved_by: owner.user.id,
    })
    .execute();
  // A read grant is not an export grant.
  await t.db
    .insertInto('record_grants')
    .values({
      record_table: 'seizures',
      record_id: ids.h2,
      grantee_agency_id: other.agencyId,
      kind: 'read',
      owner_agency_id: owner.agencyId,
      approved_by: owner.user.id,
    })
    .execute();
});

afterAll(async () => {
  await t?.close();
});

describe('GET /exports/seizures', () => {
  it("another agency's CSV holds only what it may see and export; H2 without an export grant is withheld and counted", async () => {
    const res = await download(other.client, `${U}/exports/seizures?format=csv`);
    expect(res.status, res.text.slice(0, 300)).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="northroute-seizures-\d{8}T\d{6}Z\.csv"$/,
    );
    const rows = csvRows(res.text);
    const refs = new Set(rows.map((r) => r.reference));
    expect([...refs].sort()).toEqual([`H1-${tag}`, `H2OK-${tag}`, `OPEN-${tag}`, `OWNH1-${tag}`].sort());
    expect(rows).toHaveLength(8); // one row per drug line, two lines each
    for (const value of secretValues()) expect(res.text, value).not.toContain(value);
    expect(res.headers.get('x-northroute-count')).toBe('4');
    expect(res.headers.get('x-northroute-withheld')).toBe('1');
    expect(res.headers.get('x-northroute-withheld-h2')).toBe('1');
    expect(res.headers.get('x-northroute-exported-by')).toBe(encodeURIComponent(other.user.username));
    expect(res.headers.get('x-northroute-filter')).toBe('format=csv&purpose=operational');
    const open = rows.find((r) => r.reference === `OPEN-${tag}`)!;
    expect(open.parties).toBe(`courier: Courier ${tag} (arrested)`);
    expect(open.route).toBe('origin:AF; destination:RU (Moscow)');
  });

  it('the owner exports all of its own, H2 and private included, with nothing withheld', async () => {
    const res = await download(owner.client, `${U}/exports/seizures?format=csv&country=KZ`);
    expect(res.status).toBe(200);
    const refs = new Set(csvRows(res.text).map((r) => r.reference));
    for (const ref of ['OPEN', 'PRIVATE', 'STATS', 'H2', 'H2OK', 'H1']) {
      expect(refs).toContain(`${ref}-${tag}`);
    }
    expect(refs).not.toContain(`OWNH1-${tag}`);
    expect(res.headers.get('x-northroute-withheld')).toBe('0');
    expect(res.text).toContain(`Hidden Person ${tag}`);
    expect(res.headers.get('x-northroute-filter')).toBe('country=KZ&format=csv&purpose=operational');
  });

  it("a judicial export leaves out other agencies' H1 records but keeps the actor's own", async () => {
    const res = await download(other.client, `${U}/exports/seizures?format=csv&purpose=judicial`);
    expect(res.status).toBe(200);
    const refs = new Set(csvRows(res.text).map((r) => r.reference));
    expect([...refs].sort()).toEqual([`H2OK-${tag}`, `OPEN-${tag}`, `OWNH1-${tag}`].sort());
    expect(res.text).not.toContain(ids.h1!);
    expect(res.headers.get('x-northroute-withheld')).toBe('2');
    expect(res.headers.get('x-northroute-withheld-h1')).toBe('1');
    expect(res.headers.get('x-northroute-withheld-h2')).toBe('1');
  });

  it('neutralises formula cells and writes quantities as numbers', async () => {
    const res = await download(owner.client, `${U}/exports/seizures?format=csv&q=OPEN-${tag}`);
    const [line1, line2] = csvRows(res.text);
    expect(line1).toMatchObject({
      narrative: `'${HOSTILE.narrative}`,
      locality: "'+1",
      region: "'-2",
      border_crossing: "'@SUM(A1:A9)",
      packaging: "'\tTAB",
      latitude: '-12.5',
      quantity: '12.345',
      kg_equivalent: '12.345',
      total_kg: '12.345',
    });
    expect(line2).toMatchObject({ quantity: '0.123456789012345678901', kg_equivalent: '' });
  });

  it('XLSX parses back with exceljs to the values of the CSV, and its About sheet states filter, exporter and withheld count', async () => {
    const query = `purpose=judicial&drug=heroin`;
    const csv = await download(other.client, `${U}/exports/seizures?format=csv&${query}`);
    const xlsx = await download(other.client, `${U}/exports/seizures?format=xlsx&${query}`);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toMatch(/\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Seizures', 'About']);
    const sheet = workbook.getWorksheet('Seizures')!;
    const values: (string | number | null)[][] = [];
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: (string | number | null)[] = [];
      for (let c = 1; c <= sheet.columnCount; c++) {
        const v = row.getCell(c).value;
        cells.push(v === null || v === undefined ? null : (v as string | number));
      }
      values.push(cells);
    });
    const csvTable: string[][] = parse(csv.text, { bom: true });
    expect(values.length).toBe(csvTable.length);
    const header = csvTable[0]!;
    for (let r = 0; r < csvTable.length; r++) {
      for (let c = 0; c < header.length; c++) {
        const fromCsv = csvTable[r]![c]!;
        const fromXlsx = values[r]![c] ?? null;
        const expected = typeof fromXlsx === 'number' ? Number(fromCsv) : fromCsv === '' ? null : fromCsv;
        expect(fromXlsx, `row ${r} ${header[c]}`).toEqual(expected);
      }
    }
    const quantity = header.indexOf('quantity');
    const first = values.find(
      (v) => v[header.indexOf('reference')] === `OPEN-${tag}` && v[header.indexOf('drug')] === 'heroin',
    )!;
    expect(first[quantity]).toBe(12.345);
    expect(first[header.indexOf('latitude')]).toBe(-12.5);
    expect(first[header.indexOf('narrative')]).toBe(`'${HOSTILE.narrative}`);
    const about = new Map<string, string>();
    workbook.getWorksheet('About')!.eachRow((row) => about.set(row.getCell(1).text, row.getCell(3).text));
    expect(about.get('Exported by')).toBe(`${other.user.username} (${other.code})`);
    expect(about.get('Filter')).toBe('drug=heroin&format=xlsx&purpose=judicial');
    expect(about.get('Withheld (not exportable by your agency)')).toBe('2');
    // The file is zipped: look for hidden values in what the workbook holds, not in its bytes.
    const everything = [...values.flat(), ...about.keys(), ...about.values()].join('\n');
    expect(everything).toContain(`OPEN-${tag}`);
    for (const value of secretValues()) expect(everything, value).not.toContain(value);
  });

  it('FtM JSON lines parse: Seizure entities with drug lines, route and parties, and the visible persons as standard entities', async () => {
    const res = await download(other.client, `${U}/exports/seizures?format=ftm`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/\.ftm\.jsonl"$/);
    const entities = res.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> });
    for (const e of entities) expect(Object.keys(e).sort()).toEqual(['id', 'properties', 'schema']);
    const seizures = entities.filter((e) => e.schema === 'Seizure');
    expect(seizures.map((e) => e.properties.reference![0]).sort()).toEqual(
      [`H1-${tag}`, `H2OK-${tag}`, `OPEN-${tag}`, `OWNH1-${tag}`].sort(),
    );
    const open = seizures.find((e) => e.id === ids.open)!;
    expect(open.properties.involved).toEqual([ids.courier]);
    expect(open.properties.routeCountry).toEqual(['af', 'ru']);
    const person = entities.find((e) => e.id === ids.courier)!;
    expect(person).toEqual({
      id: ids.courier,
      schema: 'Person',
      properties: { name: [`Courier ${tag}`], nationality: ['tj'] },
    });
    expect(entities.filter((e) => e.id === ids.courier)).toHaveLength(1);
    const lines = entities.filter(
      (e) => e.schema === 'SeizureDrugLine' && e.properties.seizure![0] === ids.open,
    );
    expect(lines.map((l) => l.properties.quantity![0])).toEqual(['12.345', '0.123456789012345678901']);
    expect(
      entities.filter((e) => e.schema === 'SeizureParty' && e.properties.seizure![0] === ids.open),
    ).toHaveLength(1);
    for (const value of secretValues()) expect(res.text, value).not.toContain(value);
  });

  it('audits the export with format, purpose, filter, count and withheld, and the read of every exported id, in the same transaction', async () => {
    const res = await download(other.client, `${U}/exports/seizures?format=csv&purpose=judicial&country=KZ`);
    expect(res.status).toBe(200);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'object_type', 'details'])
      .where('request_id', '=', res.requestId)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['export.seizures', 'seizure.read', 'record.read']);
    expect(rows[0]!.actor_id).toBe(other.user.id);
    expect(rows[0]!.details).toMatchObject({
      format: 'csv',
      purpose: 'judicial',
      filter: { country: 'KZ', format: 'csv', purpose: 'judicial' },
      count: 2,
      withheld: { total: 2, h2: 1, h1: 1 },
      idsListed: true,
    });
    expect((rows[1]!.details as { ids: string[] }).ids.sort()).toEqual([ids.open, ids.h2Granted].sort());
    expect(rows[2]!.details).toBeNull();
  });

  it('refuses a bad format or filter with 400 naming the field, before writing anything', async () => {
    for (const [query, field] of [
      ['format=pdf', 'query.format'],
      ['purpose=court', 'query.purpose'],
      ['country=XX', 'query.country'],
      ['zz=1', 'query.zz'],
    ]) {
      const res = await other.client.get(`${U}/exports/seizures?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
  });
});

describe('GET /exports/records and /exports/statistics', () => {
  it('records: what the actor may see and export, as FtM entities and CSV', async () => {
    const ftm = await download(other.client, `${U}/exports/records?format=ftm&schema=Person`);
    expect(ftm.status).toBe(200);
    const entities = ftm.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string });
    expect(entities.map((e) => e.id)).toContain(ids.courier);
    for (const value of secretValues()) expect(ftm.text, value).not.toContain(value);
    expect(ftm.headers.get('x-northroute-withheld-h2')).toBe('1');
    const csv = await download(
      other.client,
      `${U}/exports/records?format=csv&q=${encodeURIComponent(`Courier ${tag}`)}`,
    );
    const rows = csvRows(csv.text);
    expect(rows.map((r) => r.id)).toEqual([ids.courier]);
    expect(JSON.parse(rows[0]!.properties!)).toEqual({ name: [`Courier ${tag}`], nationality: ['tj'] });
  });

  it('statistics: visible figures with provenance, unknown left blank; statistics-only figures of others never as rows', async () => {
    const base = {
      source: `test-${tag}`,
      country: 'KZ',
      reported_group: 'Opioids',
      reported_subgroup: 'Heroin',
      owner_agency_id: owner.agencyId,
      owner_country: 'KZ',
      handling_code: 'H0' as const,
      handling_restriction: null,
      eval_source: null,
      eval_info: null,
      provenance: JSON.stringify({ file: 'unodc.xlsx', sheet: 'Data', row: 7 }),
      import_batch_id: null,
      updated_at: new Date(),
    };
    await t.db
      .insertInto('statistical_records')
      .values([
        {
          ...base,
          natural_key: `a-${tag}`,
          year: 2021,
          drug_code: 'heroin',
          reported_name: `Heroin ${tag}`,
          kilograms: '1234.567',
          distribution: 'members_and_observers',
        },
        {
          ...base,
          natural_key: `b-${tag}`,
          year: 2022,
          drug_code: 'heroin',
          reported_name: `Heroin ${tag}`,
          kilograms: null,
          distribution: 'members_and_observers',
        },
        {
          ...base,
          natural_key: `c-${tag}`,
          year: 2022,
          drug_code: 'opium',
          reported_name: `Secret opium ${tag}`,
          kilograms: '99.5',
          distribution: 'own_agency',
          statistics_only: true,
        },
      ])
      .execute();
    const res = await download(other.client, `${U}/exports/statistics?format=csv&source=test-${tag}`);
    expect(res.status, res.text).toBe(200);
    const rows = csvRows(res.text);
    expect(rows.map((r) => [r.year, r.kilograms, r.file, r.row])).toEqual([
      ['2021', '1234.567', 'unodc.xlsx', '7'],
      ['2022', '', 'unodc.xlsx', '7'],
    ]);
    expect(res.text).not.toContain(`Secret opium ${tag}`);
    const bad = await other.client.get(`${U}/exports/statistics?format=ftm`);
    expect(bad.body.error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'query.format' });
  });
});

describe('paging', () => {
  it('gives the same file whatever the page size (keyset pages repeat and skip nothing)', async () => {
    const actor = (await loadActor(t.db, owner.user.id, { kind: 'session', sessionId: 's', stage: 'full' }))!;
    const ctx = { requestId: `paging-${tag}`, ip: null, actor };
    const requests: ExportRequest[] = [
      { kind: 'seizures', query: { format: 'ftm', purpose: 'operational' } },
      { kind: 'records', query: { format: 'csv', purpose: 'operational' } },
      { kind: 'statistics', query: { format: 'csv', purpose: 'operational', source: `test-${tag}` } },
    ];
    for (const request of requests) {
      const files: string[] = [];
      for (const pageSize of [1, 2, 1000]) {
        const file = path.join(os.tmpdir(), `northroute-paging-${tag}-${request.kind}-${pageSize}`);
        const result = await runExport(t.db, ctx, request, { path: file, pageSize });
        expect(result.count, request.kind).toBeGreaterThan(1);
        files.push(await readFile(file, 'utf8'));
        await rm(file, { force: true });
      }
      expect(files[0], request.kind).toBe(files[2]);
      expect(files[1], request.kind).toBe(files[2]);
    }
  });
});

describe('big exports', () => {
  it('past the limit of listed ids, the audit keeps the filter, the count and a digest of the ids instead of a read row', async () => {
    const actor = (await loadActor(t.db, other.user.id, { kind: 'session', sessionId: 's', stage: 'full' }))!;
    const ctx = { requestId: `big-${tag}`, ip: null, actor };
    const file = path.join(os.tmpdir(), `northroute-big-${tag}`);
    const result = await runExport(
      t.db,
      ctx,
      { kind: 'seizures', query: { format: 'ftm', purpose: 'operational' } },
      { path: file, readIdsLimit: 2 },
    );
    const seizureIds = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; schema: string })
      .filter((e) => e.schema === 'Seizure')
      .map((e) => e.id);
    await rm(file, { force: true });
    expect(result.count).toBe(4);
    const rows = await t.db
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('request_id', '=', ctx.requestId)
      .orderBy('seq')
      .execute();
    expect(rows.map((r) => r.action)).toEqual(['export.seizures', 'record.read']);
    expect(rows[0]!.details).toMatchObject({
      count: 4,
      idsListed: false,
      idsSha256: createHash('sha256')
        .update(seizureIds.map((id) => `${id}\n`).join(''))
        .digest('hex'),
      filter: { format: 'ftm', purpose: 'operational' },
    });
  });
});

describe('with the sharing-request workflow', () => {
  it("an H2 seizure is withheld until its owner approves the recipient's export request, then exported", async () => {
    ids.h2Requested = await insertSeizure(t.db, {
      reference: `H2REQ-${tag}`,
      distribution: 'all_members',
      handling: 'H2',
      ownerAgencyId: owner.agencyId,
    });
    const url = `${U}/exports/seizures?format=csv&q=H2REQ-${tag}`;
    const before = await download(other.client, url);
    expect(csvRows(before.text)).toHaveLength(0);
    expect(before.headers.get('x-northroute-withheld-h2')).toBe('1');
    const asked = await other.client.post<{ id: string }>(`${U}/sharing-requests`, {
      recordTable: 'seizures',
      recordId: ids.h2Requested,
      kind: 'export',
      reason: 'Needed for the joint case file',
    });
    expect(asked.status, asked.text).toBe(201);
    const coordinator = await buildUser(t.db, { agencyId: owner.agencyId, roles: ['national_coordinator'] });
    const decider = await signedIn(t.url, coordinator.username, TEST_PASSWORD);
    const approved = await decider.post(`${U}/sharing-requests/${asked.body.id}/approve`, {});
    expect(approved.status, approved.text).toBe(200);
    const after = await download(other.client, url);
    expect(csvRows(after.text).map((r) => r.seizure_id)).toEqual([ids.h2Requested, ids.h2Requested]);
    expect(after.headers.get('x-northroute-withheld')).toBe('0');
  });
});

describe('northroute export (command line)', () => {
  it('exports as a user, with his visibility, to a file, audited as the operating-system user', async () => {
    await t.app.closeOnce();
    const out = path.join(os.tmpdir(), `northroute-export-test-${tag}.csv`);
    const env: NodeJS.ProcessEnv = { ...process.env };
    const location = t.database.location;
    if (location.databaseUrl) env.DATABASE_URL = location.databaseUrl;
    else delete env.DATABASE_URL;
    const dataDir = location.dataDir ? ['--data-dir', location.dataDir] : [];
    const { stderr } = await exec(
      'node',
      [
        'bin/northroute.js',
        'export',
        'seizures',
        '--as',
        other.user.username,
        '--format',
        'csv',
        '--purpose',
        'judicial',
        '--out',
        out,
        ...dataDir,
      ],
      { env },
    );
    expect(stderr).toContain('Exported 4 seizures');
    expect(stderr).toContain('2 withheld');
    expect(stderr).toContain(`cli:${os.userInfo().username} as ${other.user.username}`);
    const text = await readFile(out, 'utf8');
    await rm(out, { force: true });
    expect(new Set(csvRows(text).map((r) => r.reference))).toEqual(
      new Set([`H2OK-${tag}`, `H2REQ-${tag}`, `OPEN-${tag}`, `OWNH1-${tag}`]),
    );
    for (const value of secretValues()) expect(text, value).not.toContain(value);
    const bad = await exec(
      'node',
      ['bin/northroute.js', 'export', 'seizures', '--as', other.user.username, '--format', 'pdf', ...dataDir],
      { env },
    ).catch((e: { code: number; stderr: string }) => e);
    expect(bad).toMatchObject({ code: 2 });
    expect((bad as { stderr: string }).stderr).toContain('format');
  });
});
