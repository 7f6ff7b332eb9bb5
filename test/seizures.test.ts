import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.js';
import { signedIn, type ApiClient } from './support/client.js';
import type { Role } from '../src/platform/db/schema.js';
import { buildAgency, buildUser, TEST_PASSWORD } from './support/factories.js';

const U = '/api/v1';
let t: TestApp;
let kz: ApiClient;
let kzColleague: ApiClient;
let kzViewer: ApiClient;
let uz: ApiClient;
let af: ApiClient;
let kzAgencyId: string;
let uzAgencyId: string;

const sharing = (distribution: string, extra: Record<string, unknown> = {}) => ({
  distribution,
  handlingCode: 'H0',
  ...extra,
});

/** A believable report: heroin and hashish found in a truck at the Zhibek Zholy crossing. */
function report(reference: string, overrides: Record<string, unknown> = {}) {
  return {
    reference,
    occurredOn: '2025-06-14',
    occurredTime: '07:40',
    country: 'KZ',
    region: 'Turkistan region',
    locality: 'Zhibek Zholy',
    latitude: 41.12,
    longitude: 69.05,
    placeKind: 'border_crossing',
    borderCrossing: 'Zhibek Zholy',
    transportMode: 'road',
    concealment: ['vehicle_secret_compartment'],
    narrative: 'Found in a false floor of the trailer.',
    drugs: [
      { drug: 'heroin', form: 'powder', quantity: '12.5', unit: 'kg', purityPercent: '61' },
      { drug: 'cannabis_resin', quantity: '2000', unit: 'g' },
    ],
    route: [
      { role: 'origin', country: 'AF' },
      { role: 'transit', country: 'TJ' },
      { role: 'transit', country: 'UZ' },
      { role: 'destination', country: 'RU', place: 'Moscow' },
    ],
    parties: [
      {
        newRecord: { schema: 'Person', properties: { name: ['Рахимов Алишер'], nationality: ['uz'] } },
        role: 'courier',
        arrested: true,
      },
    ],
    sharing: sharing('all_members'),
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  await t.db.updateTable('countries').set({ status: 'member' }).where('code', 'in', ['KZ', 'UZ']).execute();
  await t.db.updateTable('countries').set({ status: 'observer' }).where('code', '=', 'AF').execute();
  const kzAgency = await buildAgency(t.db, { countryCode: 'KZ' });
  const kzOther = await buildAgency(t.db, { countryCode: 'KZ' });
  const uzAgency = await buildAgency(t.db, { countryCode: 'UZ' });
  const afAgency = await buildAgency(t.db, { countryCode: 'AF' });
  kzAgencyId = kzAgency.id;
  uzAgencyId = uzAgency.id;
  const login = async (agencyId: string, roles: Role[] = ['officer']) => {
    const user = await buildUser(t.db, { agencyId, roles });
    return signedIn(t.url, user.username, TEST_PASSWORD);
  };
  kz = await login(kzAgency.id);
  kzViewer = await login(kzAgency.id, ['viewer']);
  kzColleague = await login(kzOther.id, ['analyst']);
  uz = await login(uzAgency.id, ['analyst']);
  af = await login(afAgency.id, ['analyst']);
});
afterAll(() => t.close());

describe('seizure reports', () => {
  it('records a report with two drug lines, a route and a quick-added courier, with exact kilograms', async () => {
    const res = await kz.post(`${U}/seizures`, report('KZ-2025-0001'));
    expect(res.status, res.text).toBe(201);
    const s = res.body;
    expect(s).toMatchObject({
      reference: 'KZ-2025-0001',
      occurredOn: '2025-06-14',
      datePrecision: 'day',
      country: 'KZ',
      totalKg: '14.5',
      unconvertedLines: 0,
      ownerAgencyId: kzAgencyId,
      seizingAgencyId: kzAgencyId,
      version: 1,
    });
    expect(s.drugs.map((d: { kgEquivalent: string; kgRule: string }) => [d.kgEquivalent, d.kgRule])).toEqual([
      ['12.5', 'mass_unit'],
      ['2', 'mass_unit'],
    ]);
    expect(s.route.map((r: { country: string }) => r.country)).toEqual(['AF', 'TJ', 'UZ', 'RU']);
    expect(s.parties).toHaveLength(1);
    expect(s.parties[0]).toMatchObject({
      schema: 'Person',
      caption: 'Рахимов Алишер',
      role: 'courier',
      arrested: true,
    });
    // The courier was created with the seizure's sharing.
    const person = await kz.get(`${U}/records/${s.parties[0].recordId}`);
    expect(person.body.sharing.distribution).toBe('all_members');
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'object_id'])
      .where('action', 'in', ['seizure.create', 'record.create'])
      .execute();
    expect(audit).toContainEqual({ action: 'seizure.create', object_id: s.id });
  });

  it('keeps an unconvertible quantity unconverted and an unknown one unknown, never zero', async () => {
    const res = await kz.post(
      `${U}/seizures`,
      report('KZ-2025-0002', {
        drugs: [
          { drug: 'heroin', quantity: '0.001', unit: 'kg' },
          { drug: 'mdma', quantity: '350', unit: 'tablets' },
          { drug: 'opium', unit: 'kg' },
        ],
        parties: [],
      }),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body.totalKg).toBe('0.001');
    expect(res.body.unconvertedLines).toBe(2);
    expect(res.body.drugs[1]).toMatchObject({
      quantity: '350',
      unit: 'tablets',
      kgEquivalent: null,
      kgRule: null,
    });
    expect(res.body.drugs[2]).toMatchObject({ quantity: null, kgEquivalent: null });
  });

  it('keeps a partial date with its precision', async () => {
    const res = await kz.post(
      `${U}/seizures`,
      report('KZ-2025-0003', { occurredOn: '2024-09', parties: [] }),
    );
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ occurredOn: '2024-09', datePrecision: 'month' });
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await t.db
      .selectFrom('seizures')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const cases: [Record<string, unknown>, string][] = [
      [{ drugs: [] }, 'drugs'],
      [{ drugs: [{ drug: 'heroine', quantity: '1', unit: 'kg' }] }, 'drugs.0.drug'],
      [{ drugs: [{ drug: 'heroin', quantity: '1,5', unit: 'kg' }] }, 'drugs.0.quantity'],
      [{ drugs: [{ drug: 'heroin', quantity: '0', unit: 'kg' }] }, 'drugs.0.quantity'],
      [{ occurredOn: '2025-02-30' }, 'occurredOn'],
      [{ country: 'XX' }, 'country'],
      [{ concealment: ['in_a_hat'] }, 'concealment.0'],
      [{ route: [{ role: 'stopover', country: 'KZ' }] }, 'route.0.role'],
      [{ parties: [{ recordId: '00000000-0000-4000-8000-000000000000' }] }, 'parties.0.recordId'],
      [
        { parties: [{ newRecord: { schema: 'Person', properties: { shoeSize: ['44'] } } }] },
        'parties.0.newRecord.properties.shoeSize',
      ],
      [{ sharing: { distribution: 'named_agencies', handlingCode: 'H0' } }, 'sharing.distributionAgencies'],
    ];
    for (const [override, field] of cases) {
      const res = await kz.post(`${U}/seizures`, report(`BAD-${field}`, override));
      expect([400, 404], `${field}: ${res.text}`).toContain(res.status);
      expect(res.body.error.field, res.text).toBe(field);
    }
    const after = await t.db
      .selectFrom('seizures')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toEqual(before.n);
    const dup = await kz.post(`${U}/seizures`, report('KZ-2025-0001', { parties: [] }));
    expect(dup.status).toBe(409);
    expect(dup.body.error.field).toBe('reference');
  });
});

describe('who sees a seizure', () => {
  let ownOnly: string;
  let ownCountry: string;
  let named: string;
  let members: string;
  let observers: string;

  beforeAll(async () => {
    const make = async (ref: string, s: Record<string, unknown>) => {
      const res = await kz.post(`${U}/seizures`, report(ref, { sharing: s, parties: [] }));
      expect(res.status, res.text).toBe(201);
      return res.body.id as string;
    };
    ownOnly = await make('VIS-OWN', sharing('own_agency'));
    ownCountry = await make('VIS-COUNTRY', sharing('own_country'));
    named = await make('VIS-NAMED', sharing('named_agencies', { distributionAgencies: [uzAgencyId] }));
    members = await make('VIS-MEMBERS', sharing('all_members'));
    observers = await make('VIS-OBS', sharing('members_and_observers'));
  });

  const refs = async (client: ApiClient) => {
    const res = await client.get(`${U}/seizures?q=VIS-&limit=500`);
    expect(res.status, res.text).toBe(200);
    return (res.body.items as { reference: string }[]).map((i) => i.reference).sort();
  };

  it('lists only what each agency may see', async () => {
    expect(await refs(kz)).toEqual(['VIS-COUNTRY', 'VIS-MEMBERS', 'VIS-NAMED', 'VIS-OBS', 'VIS-OWN']);
    expect(await refs(kzColleague)).toEqual(['VIS-COUNTRY', 'VIS-MEMBERS', 'VIS-OBS']);
    expect(await refs(uz)).toEqual(['VIS-MEMBERS', 'VIS-NAMED', 'VIS-OBS']);
    expect(await refs(af)).toEqual(['VIS-OBS']);
  });

  it('answers an invisible seizure exactly like a missing one, on get and history', async () => {
    const missing = await uz.get(`${U}/seizures/00000000-0000-4000-8000-000000000000`);
    for (const path of [`${U}/seizures/${ownOnly}`, `${U}/seizures/${ownCountry}`]) {
      const res = await uz.get(path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
      const history = await uz.get(`${path}/history`);
      expect(history.status).toBe(404);
      expect(history.body).toEqual(missing.body);
    }
    expect((await uz.get(`${U}/seizures/${named}`)).status).toBe(200);
    expect((await af.get(`${U}/seizures/${members}`)).status).toBe(404);
    expect((await af.get(`${U}/seizures/${observers}`)).status).toBe(200);
  });

  it('filters by drug, route country, date range and sorts by quantity', async () => {
    const heavy = await kz.post(
      `${U}/seizures`,
      report('FILTER-HEAVY', {
        occurredOn: '2023-03-01',
        drugs: [{ drug: 'opium', quantity: '410', unit: 'kg' }],
        route: [
          { role: 'origin', country: 'AF' },
          { role: 'destination', country: 'IR' },
        ],
        parties: [],
      }),
    );
    expect(heavy.status, heavy.text).toBe(201);
    const byDrug = await kz.get(`${U}/seizures?drug=opium&from=2023-01-01&to=2023-12-31`);
    expect(byDrug.body.items.map((i: { reference: string }) => i.reference)).toEqual(['FILTER-HEAVY']);
    const byRoute = await kz.get(`${U}/seizures?routeCountry=IR`);
    expect(byRoute.body.total).toBe(1);
    expect(byRoute.body.totalCapped).toBe(false);
    const sorted = await kz.get(`${U}/seizures?sort=-totalKg&limit=1`);
    expect(sorted.body.items[0].reference).toBe('FILTER-HEAVY');
    expect(sorted.body.items[0].drugCodes).toEqual(['opium']);
    expect(sorted.body.items[0].routeCountries).toEqual(['AF', 'IR']);
    const bad = await kz.get(`${U}/seizures?drug=unobtainium`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('query.drug');
  });

  it('searches party names only among records the searcher may see', async () => {
    const secretPerson = await kz.post(`${U}/records`, {
      schema: 'Person',
      properties: { name: ['Секретный Курьер'] },
      sharing: sharing('own_agency'),
    });
    expect(secretPerson.status).toBe(201);
    const res = await kz.post(
      `${U}/seizures`,
      report('PARTY-HIDDEN', { parties: [{ recordId: secretPerson.body.id, role: 'courier' }] }),
    );
    expect(res.status, res.text).toBe(201);
    expect((await kz.get(`${U}/seizures?q=${encodeURIComponent('Секретный')}`)).body.total).toBe(1);
    expect((await uz.get(`${U}/seizures?q=${encodeURIComponent('Секретный')}`)).body.total).toBe(0);
    // The seizure is visible to UZ, the party's record is not: its role stays, the record does not show.
    const seen = await uz.get(`${U}/seizures/${res.body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body.parties).toEqual([
      { position: 0, recordId: null, schema: null, caption: null, role: 'courier', arrested: null },
    ]);
    expect(seen.text).not.toContain(secretPerson.body.id);
    expect(seen.text).not.toContain('Секретный');
    // Nor does its id show in the history, which UZ may read.
    const history = await uz.get(`${U}/seizures/${res.body.id}/history`);
    expect(history.status).toBe(200);
    expect(history.text).not.toContain(secretPerson.body.id);
    expect(history.body.items[0].changes.parties[1]).toEqual([
      { recordId: null, role: 'courier', arrested: null },
    ]);
    const ownHistory = await kz.get(`${U}/seizures/${res.body.id}/history`);
    expect(ownHistory.text).toContain(secretPerson.body.id);
  });

  it('keeps, on an edit, the parties whose record the editor can no longer see', async () => {
    const uzPerson = await uz.post(`${U}/records`, {
      schema: 'Person',
      properties: { name: ['Юлдашев Бахром'] },
      sharing: sharing('named_agencies', { distributionAgencies: [kzAgencyId] }),
    });
    expect(uzPerson.status, uzPerson.text).toBe(201);
    const created = await kz.post(
      `${U}/seizures`,
      report('PARTY-KEPT', { parties: [{ recordId: uzPerson.body.id, role: 'organiser' }] }),
    );
    expect(created.status, created.text).toBe(201);
    const narrowed = await uz.patch(`${U}/records/${uzPerson.body.id}`, {
      version: 1,
      sharing: sharing('own_agency'),
    });
    expect(narrowed.status, narrowed.text).toBe(200);
    const edited = await kz.request('PUT', `${U}/seizures/${created.body.id}`, {
      ...report('PARTY-KEPT', { parties: [] }),
      version: 1,
      narrative: 'Organiser identified by the partner agency.',
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.body.parties).toEqual([
      { position: 0, recordId: null, schema: null, caption: null, role: 'organiser', arrested: null },
    ]);
    const stored = await t.db
      .selectFrom('seizure_parties')
      .select('record_id')
      .where('seizure_id', '=', created.body.id)
      .execute();
    expect(stored).toEqual([{ record_id: uzPerson.body.id }]);
    const history = await kz.get(`${U}/seizures/${created.body.id}/history`);
    expect(Object.keys(history.body.items[0].changes)).toEqual(['narrative']);
  });

  it('audits every read with the ids returned', async () => {
    const res = await uz.request('GET', `${U}/seizures?q=VIS-`, undefined, {
      headers: { 'x-request-id': 'seizure-read-1' },
    });
    expect(res.status).toBe(200);
    const rows = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('request_id', '=', 'seizure-read-1')
      .execute();
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.details)).toContain(members);
    expect(JSON.stringify(rows[0]!.details)).not.toContain(ownOnly);
  });
});

describe('changing a seizure', () => {
  it('lets only the owner change it, records the history and refuses a stale version', async () => {
    const created = await kz.post(`${U}/seizures`, report('EDIT-1', { parties: [] }));
    const id = created.body.id as string;
    const { id: _id, version: _v, ...rest } = created.body;
    void _id;
    void _v;
    const body = {
      ...report('EDIT-1', { parties: [] }),
      version: 1,
      drugs: [{ drug: 'heroin', quantity: '13.25', unit: 'kg' }],
      narrative: 'Re-weighed at the laboratory.',
    };
    void rest;
    expect((await uz.request('PUT', `${U}/seizures/${id}`, body)).status).toBe(403);
    expect((await kzViewer.request('PUT', `${U}/seizures/${id}`, body)).status).toBe(403);
    const updated = await kz.request('PUT', `${U}/seizures/${id}`, body);
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body).toMatchObject({
      version: 2,
      totalKg: '13.25',
      narrative: 'Re-weighed at the laboratory.',
    });
    const stale = await kz.request('PUT', `${U}/seizures/${id}`, body);
    expect(stale.status).toBe(409);
    expect(stale.body.error.field).toBe('version');
    const history = await kz.get(`${U}/seizures/${id}/history`);
    expect(history.body.items.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(Object.keys(history.body.items[0].changes).sort()).toEqual(['drugs', 'narrative']);
    expect(history.body.items[0].changes.narrative).toEqual([
      'Found in a false floor of the trailer.',
      'Re-weighed at the laboratory.',
    ]);
  });
});
