import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor, RequestContext } from '../src/platform/access/actor.js';
import { loadActor } from '../src/platform/access/load-actor.js';
import { AppError } from '../src/platform/errors.js';
import type { Role } from '../src/platform/db/schema.js';
import {
  createRecord,
  getRecord,
  listRecords,
  recordHistory,
  updateRecord,
} from '../src/modules/records/records.service.js';
import type { Sharing } from '../src/modules/records/records.schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildAgency, buildUser } from './support/factories.js';

let t: TestApp;
const ctx = (actor: Actor): RequestContext => ({
  requestId: `req-${actor.username}`,
  ip: '127.0.0.1',
  actor,
});
let kzOfficer: Actor;
let kzOther: Actor;
let uzAnalyst: Actor;
let kzViewer: Actor;

async function actorIn(agencyId: string, roles: Role[] = ['officer']): Promise<Actor> {
  const user = await buildUser(t.db, { agencyId, roles });
  return (await loadActor(t.db, user.id, { kind: 'session', sessionId: 's', stage: 'full' }))!;
}

const ownAgency: Sharing = {
  distribution: 'own_agency',
  distributionAgencies: [],
  handlingCode: 'H0',
  statisticsOnly: false,
};

async function expectCode(promise: Promise<unknown>, code: string, field?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (field !== undefined) expect((error as AppError).field).toBe(field);
}

beforeAll(async () => {
  t = await startTestApp();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  const kz1 = await buildAgency(t.db, { countryCode: 'KZ' });
  const kz2 = await buildAgency(t.db, { countryCode: 'KZ' });
  const uz = await buildAgency(t.db, { countryCode: 'UZ' });
  kzOfficer = await actorIn(kz1.id);
  kzViewer = await actorIn(kz1.id, ['viewer']);
  kzOther = await actorIn(kz2.id, ['analyst']);
  uzAnalyst = await actorIn(uz.id, ['analyst']);
});
afterAll(async () => {
  await t.close();
});

describe('records', () => {
  it('creates a FollowTheMoney Person owned by the agency, with a caption, version 1 and an audit row', async () => {
    const record = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Person',
      properties: {
        name: ['Юсупов Фарход', ' ', 'Юсупов Фарход'],
        birthDate: ['1987-03'],
        nationality: ['uz'],
      },
      sharing: ownAgency,
    });
    expect(record).toMatchObject({
      schema: 'Person',
      caption: 'Юсупов Фарход',
      version: 1,
      ownerAgencyId: kzOfficer.agencyId,
    });
    expect(record.properties).toEqual({
      name: ['Юсупов Фарход'],
      birthDate: ['1987-03'],
      nationality: ['uz'],
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'record.create')
      .where('object_id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(audit.actor_id).toBe(kzOfficer.userId);
  });

  it('refuses unknown properties, H3 without restriction, and viewers', async () => {
    await expectCode(
      createRecord(t.db, ctx(kzOfficer), {
        schema: 'Vehicle',
        properties: { wingspan: ['12'] },
        sharing: ownAgency,
      }),
      'VALIDATION_FAILED',
      'properties.wingspan',
    );
    await expectCode(
      createRecord(t.db, ctx(kzViewer), { schema: 'Vehicle', properties: {}, sharing: ownAgency }),
      'FORBIDDEN',
    );
    const { Sharing: SharingSchema } = await import('../src/modules/records/records.schema.js');
    const parsed = SharingSchema.safeParse({ distribution: 'own_agency', handlingCode: 'H3' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['handlingRestriction']);
  });

  it('shows a record only as its distribution allows, in get, list and history alike; reads are audited', async () => {
    const national = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Vehicle',
      properties: { registrationNumber: ['777 ABA 02'] },
      sharing: { ...ownAgency, distribution: 'own_country' },
    });
    // Same country: visible; another member state: "not found", exactly as a missing record.
    expect((await getRecord(t.db, ctx(kzOther), national.id)).caption).toBe('777 ABA 02');
    await expectCode(getRecord(t.db, ctx(uzAnalyst), national.id), 'NOT_FOUND');
    await expectCode(getRecord(t.db, ctx(uzAnalyst), '00000000-0000-4000-8000-000000000000'), 'NOT_FOUND');
    await expectCode(recordHistory(t.db, ctx(uzAnalyst), national.id), 'NOT_FOUND');
    const uzList = await listRecords(t.db, ctx(uzAnalyst), { limit: 100 });
    expect(uzList.items.map((r) => r.id)).not.toContain(national.id);
    const kzList = await listRecords(t.db, ctx(kzOther), { limit: 100, q: '777' });
    expect(kzList.items.map((r) => r.id)).toEqual([national.id]);

    const reads = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'record.read')
      .where('actor_id', '=', kzOther.userId)
      .execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
  });

  it('lets only the owner change a record, keeps every version with its changes, and refuses a stale version', async () => {
    const record = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Person',
      properties: { name: ['Нурланов Аскар'] },
      sharing: { ...ownAgency, distribution: 'all_members' },
    });
    await expectCode(
      updateRecord(t.db, ctx(uzAnalyst), record.id, { version: 1, properties: { name: ['X'] } }),
      'FORBIDDEN',
    );
    const v2 = await updateRecord(t.db, ctx(kzOfficer), record.id, {
      version: 1,
      properties: { name: ['Нурланов Аскар', 'Nurlanov Askar'], birthDate: ['1979'] },
    });
    expect(v2.version).toBe(2);
    await expectCode(
      updateRecord(t.db, ctx(kzOfficer), record.id, { version: 1, properties: { name: ['Y'] } }),
      'CONFLICT',
      'version',
    );
    const v3 = await updateRecord(t.db, ctx(kzOfficer), record.id, {
      version: 2,
      sharing: {
        distribution: 'named_agencies',
        distributionAgencies: [uzAnalyst.agencyId],
        handlingCode: 'H2',
        statisticsOnly: false,
      },
    });
    expect(v3.sharing).toMatchObject({ distribution: 'named_agencies', handlingCode: 'H2' });
    const history = await recordHistory(t.db, ctx(uzAnalyst), record.id);
    expect(history.items.map((h) => h.version)).toEqual([3, 2, 1]);
    expect(history.items[1]!.changes['properties.name']).toEqual([
      ['Нурланов Аскар'],
      ['Нурланов Аскар', 'Nurlanov Askar'],
    ]);
    expect(history.items[1]!.changes['properties.birthDate']).toEqual([null, ['1979']]);
    expect(history.items[0]!.changes['sharing.distribution']).toEqual(['all_members', 'named_agencies']);
    expect(history.items[0]!.changes['sharing.handlingCode']).toEqual(['H0', 'H2']);
    expect(history.items[2]!.changes).not.toHaveProperty('sharing.distributionAgencies');
    // The other KZ agency is no longer among the recipients.
    await expectCode(getRecord(t.db, ctx(kzOther), record.id), 'NOT_FOUND');
  });

  it('links only to records the actor can see, naming the property', async () => {
    const hidden = await createRecord(t.db, ctx(uzAnalyst), {
      schema: 'Person',
      properties: { name: ['Hidden Person'] },
      sharing: ownAgency,
    });
    const mine = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Person',
      properties: { name: ['Known Person'] },
      sharing: ownAgency,
    });
    await expectCode(
      createRecord(t.db, ctx(kzOfficer), {
        schema: 'Associate',
        properties: { person: [mine.id], associate: [hidden.id] },
        sharing: ownAgency,
      }),
      'NOT_FOUND',
      'properties.associate',
    );
    const other = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Person',
      properties: { name: ['Second Person'] },
      sharing: ownAgency,
    });
    const link = await createRecord(t.db, ctx(kzOfficer), {
      schema: 'Associate',
      properties: { person: [mine.id], associate: [other.id], relationship: ['cellmate'] },
      sharing: ownAgency,
    });
    expect(link.schema).toBe('Associate');
  });
});
