import { prepareSeizure, insertSeizures } from '../../../src/modules/records/seizures/seizures.repository.js';
import type { SeizureInput } from '../../../src/modules/records/seizures/seizures.repository.js';
import type { ModuleCatalogue } from '../routes-catalogue.js';
import { entry } from './entry.js';

const U = '/api/v1';

/** A report with every field filled, as the samples send it (the bad-input suite varies each field). */
function fullReport(reference: string, agencyId: string, unique: string) {
  return {
    reference,
    occurredOn: '2025-05-02',
    occurredTime: '06:15',
    country: 'KZ',
    region: 'Zhambyl region',
    locality: 'Kordai',
    latitude: 43.05,
    longitude: 74.7,
    placeKind: 'border_crossing',
    borderCrossing: 'Korday',
    seizingAgencyId: agencyId,
    transportMode: 'road',
    concealment: ['vehicle_secret_compartment'],
    narrative: `Checked ${unique}`,
    operationReference: `OP-${unique}`,
    drugs: [
      {
        drug: 'acetic_anhydride',
        form: 'liquid',
        quantity: '20',
        unit: 'l',
        densityKgPerLitre: '1.082',
        purityPercent: '98',
        packaging: 'Plastic canisters',
        markings: 'None',
      },
      { drug: 'mdma', form: 'tablets', quantity: '300', unit: 'tablets', unitMassGrams: '0.3' },
    ],
    route: [
      { role: 'departure', country: 'KG', place: 'Bishkek' },
      { role: 'destination', country: 'KZ', place: 'Almaty' },
    ],
    parties: [
      {
        newRecord: { schema: 'Person', properties: { name: [`Courier ${unique}`] } },
        role: 'courier',
        arrested: true,
      },
    ],
    sharing: {
      distribution: 'own_agency',
      distributionAgencies: [],
      handlingCode: 'H3',
      handlingRestriction: 'Not for onward use',
      evaluation: { source: 'B', information: 2 },
      statisticsOnly: false,
    },
  };
}

/** A small valid report (the fixture's seizure). */
function report(reference: string): SeizureInput {
  return {
    reference,
    occurredOn: '2025-05-02',
    country: 'KZ',
    drugs: [{ drug: 'heroin', quantity: '1.25', unit: 'kg' }],
    route: [{ role: 'origin', country: 'AF' }],
    concealment: [],
    parties: [],
    sharing: {
      distribution: 'own_agency',
      distributionAgencies: [],
      handlingCode: 'H0',
      statisticsOnly: false,
    },
  };
}

/** Seizure routes; the fixture is a seizure each agency owns, shared with nobody, at version 1. */
export const seizuresCatalogue: ModuleCatalogue = {
  entries: [
    entry({
      method: 'GET',
      route: `${U}/seizures`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: () => ({ path: `${U}/seizures`, query: { limit: '50' } }),
    }),
    entry({
      method: 'POST',
      route: `${U}/seizures`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      sample: ({ target, unique }) => ({
        path: `${U}/seizures`,
        body: { ...fullReport(`S-${unique}`, target.agencyId, unique), source: 'sample', externalId: unique },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/seizures/:id`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({ path: `${U}/seizures/${target.extra.seizureId}` }),
      shows: (target) => target.extra.seizureReference!,
    }),
    entry({
      method: 'PUT',
      route: `${U}/seizures/:id`,
      access: 'full',
      scope: 'write',
      kind: 'record',
      body: 'schema',
      // Version 1 is the fixture's: the first accepted change moves it on (run such a change last).
      sample: ({ target, unique }) => ({
        path: `${U}/seizures/${target.extra.seizureId}`,
        body: { version: 1, ...fullReport(target.extra.seizureReference!, target.agencyId, unique) },
      }),
    }),
    entry({
      method: 'GET',
      route: `${U}/seizures/:id/history`,
      access: 'full',
      scope: 'read',
      kind: 'record',
      sample: ({ target }) => ({ path: `${U}/seizures/${target.extra.seizureId}/history` }),
      shows: (target) => target.extra.seizureReference!,
    }),
  ],
  fixtures: async (db, agency) => {
    const reference = `${agency.agencyCode}-SEIZURE`;
    const prepared = prepareSeizure(report(reference), {
      agencyId: agency.agencyId,
      countryCode: agency.countryCode,
      userId: agency.recordWriterId,
    });
    await db.transaction().execute(async (tx) => {
      await insertSeizures(tx, [prepared]);
      await tx
        .insertInto('record_versions')
        .values({
          record_table: 'seizures',
          record_id: prepared.header.id,
          version: 1,
          owner_agency_id: agency.agencyId,
          changed_by: agency.recordWriterId,
          changes: JSON.stringify({ reference: [null, reference] }),
        })
        .execute();
    });
    return { seizureId: prepared.header.id, seizureReference: reference };
  },
};
