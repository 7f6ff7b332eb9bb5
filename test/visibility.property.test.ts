import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../src/platform/access/actor.js';
import { loadActor } from '../src/platform/access/load-actor.js';
import { visibleTo } from '../src/platform/access/policy.js';
import { DISTRIBUTIONS, type MembershipStatus } from '../src/platform/db/schema.js';
import { startTestApp, type TestApp } from './support/app.js';
import { buildUser } from './support/factories.js';
import { modelVisible, type ModelAgency } from './support/model/sharing-model.js';

// Agencies of every standing: two members sharing a country, another member, an observer state,
// an applicant, a state with no status, an observer organisation, and the regional centre itself.
const SPECS: {
  code: string;
  country?: string;
  organisation?: string;
  kind?: 'regional_centre';
  membership: MembershipStatus | null;
}[] = [
  { code: 'P-KZ-1', country: 'KZ', membership: 'member' },
  { code: 'P-KZ-2', country: 'KZ', membership: 'member' },
  { code: 'P-UZ-1', country: 'UZ', membership: 'member' },
  { code: 'P-AF-1', country: 'AF', membership: 'observer' },
  { code: 'P-PL-1', country: 'PL', membership: 'applicant' },
  { code: 'P-BR-1', country: 'BR', membership: null },
  { code: 'P-ORG-1', organisation: 'PROPORG', membership: 'observer' },
  { code: 'P-RC-1', organisation: 'PROPRC', kind: 'regional_centre', membership: 'member' },
];

let t: TestApp;
let agencies: ModelAgency[];
let actors: Actor[];

beforeAll(async () => {
  t = await startTestApp();
  for (const [code, status] of [
    ['KZ', 'member'],
    ['UZ', 'member'],
    ['AF', 'observer'],
    ['PL', 'applicant'],
  ] as const) {
    await t.db
      .updateTable('countries')
      .set({ status, status_since: '2009-03-22' })
      .where('code', '=', code)
      .execute();
  }
  await t.db
    .insertInto('organisations')
    .values({
      code: 'PROPORG',
      name: 'Observer org',
      name_ru: 'Организация-наблюдатель',
      kind: 'intergovernmental',
      status: 'observer',
      status_since: null,
    })
    .execute();
  await t.db
    .insertInto('organisations')
    .values({
      code: 'PROPRC',
      name: 'Regional centre',
      name_ru: 'Региональный центр',
      kind: 'regional',
      status: null,
      status_since: null,
    })
    .execute();
  const orgs = new Map(
    (await t.db.selectFrom('organisations').select(['id', 'code']).execute()).map((o) => [o.code, o.id]),
  );
  agencies = [];
  actors = [];
  for (const spec of SPECS) {
    const row = await t.db
      .insertInto('agencies')
      .values({
        code: spec.code,
        name: spec.code,
        name_ru: spec.code,
        kind: spec.kind ?? 'police',
        country_code: spec.country ?? null,
        organisation_id: spec.organisation ? orgs.get(spec.organisation)! : null,
        updated_at: new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const user = await buildUser(t.db, { agencyId: row.id, roles: ['analyst'] });
    const actor = await loadActor(t.db, user.id, { kind: 'session', sessionId: 'test', stage: 'full' });
    agencies.push({ id: row.id, country: spec.country ?? null, membership: spec.membership });
    actors.push(actor!);
  }
});
afterAll(async () => {
  await t.close();
});

class Rollback extends Error {}

const recordArb = fc.record({
  owner: fc.integer({ min: 0, max: SPECS.length - 1 }),
  distribution: fc.constantFrom(...DISTRIBUTIONS),
  named: fc.uniqueArray(fc.integer({ min: 0, max: SPECS.length - 1 }), { maxLength: 3 }),
  grants: fc.uniqueArray(fc.integer({ min: 0, max: SPECS.length - 1 }), { maxLength: 2 }),
});

describe('visibleTo — the one sharing rule, in SQL', () => {
  it("resolves each agency's standing in the regional centre", () => {
    expect(actors.map((a) => a.membership)).toEqual(agencies.map((a) => a.membership));
  });

  it('lets each agency see exactly what the reference model says, for random records, distributions and grants', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(recordArb, { minLength: 1, maxLength: 25 }), async (records) => {
        await t.db
          .transaction()
          .execute(async (tx) => {
            const ids: string[] = [];
            for (const r of records) {
              const owner = agencies[r.owner]!;
              const { id } = await tx
                .insertInto('records')
                .values({
                  schema: 'Person',
                  caption: 'x',
                  owner_agency_id: owner.id,
                  owner_country: owner.country,
                  distribution: r.distribution,
                  distribution_agencies: r.named.map((n) => agencies[n]!.id),
                  handling_code: 'H0',
                  handling_restriction: null,
                  eval_source: null,
                  eval_info: null,
                  updated_at: new Date(),
                })
                .returning('id')
                .executeTakeFirstOrThrow();
              ids.push(id);
              for (const g of r.grants) {
                await tx
                  .insertInto('record_grants')
                  .values({
                    record_table: 'records',
                    record_id: id,
                    grantee_agency_id: agencies[g]!.id,
                    kind: 'read',
                    owner_agency_id: owner.id,
                    approved_by: null,
                  })
                  .execute();
              }
            }
            for (const [i, actor] of actors.entries()) {
              const rows = await tx
                .selectFrom('records')
                .select('id')
                .where('id', 'in', ids)
                .where(visibleTo(actor, 'records'))
                .execute();
              const expected = ids.filter((_, k) => modelVisible(agencies, agencies[i]!, records[k]!)).sort();
              expect(rows.map((r) => r.id).sort()).toEqual(expected);
              // The same rule inside an aggregate: counts agree with the model too.
              const { n } = await tx
                .selectFrom('records')
                .select(sql<number>`count(*)::int`.as('n'))
                .where('id', 'in', ids)
                .where(visibleTo(actor, 'records'))
                .executeTakeFirstOrThrow();
              expect(n).toBe(expected.length);
            }
            throw new Rollback();
          })
          .catch((error: unknown) => {
            if (!(error instanceof Rollback)) throw error;
          });
      }),
      { numRuns: 150, seed: 20261130 },
    );
  });
});
