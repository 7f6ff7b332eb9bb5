/**
 * The persons and vehicles named on seizure rows become Person and Vehicle records of the importing
 * agency, found again by their natural key (the seizure's key plus the name or plate), so importing a
 * file twice never duplicates them. Written for a whole chunk at once: one look-up, one insert.
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { captionOf, type Properties } from '../ftm.js';
import type { Sharing } from '../records.schema.js';
import type { ResolvedParty } from '../seizures/seizures.repository.js';
import type { SeizureGroup } from './seizure-groups.js';
import { normaliseValue } from './value-lookup.js';

interface Wanted {
  externalId: string;
  schema: 'Person' | 'Vehicle';
  properties: Properties;
  sharing: Sharing;
  role: string | null;
  arrested: boolean | null;
}

/** The parties each group asks for, deduplicated within the seizure by name or plate. */
function wantedParties(group: SeizureGroup): Wanted[] {
  const out = new Map<string, Wanted>();
  const sharing = group.rows[0]!.header.sharing;
  for (const row of group.rows) {
    if (row.person) {
      const key = `${group.externalId}#person:${normaliseValue(row.person.name)}`;
      const properties: Properties = { name: [row.person.name] };
      if (row.person.nationality) properties.nationality = [row.person.nationality.toLowerCase()];
      if (!out.has(key)) {
        out.set(key, {
          externalId: key,
          schema: 'Person',
          properties,
          sharing,
          role: row.person.role,
          arrested: row.person.arrested,
        });
      }
    }
    if (row.vehiclePlate) {
      const key = `${group.externalId}#vehicle:${normaliseValue(row.vehiclePlate)}`;
      if (!out.has(key)) {
        out.set(key, {
          externalId: key,
          schema: 'Vehicle',
          properties: { registrationNumber: [row.vehiclePlate] },
          sharing,
          role: null,
          arrested: null,
        });
      }
    }
  }
  return [...out.values()];
}

/**
 * Finds or creates the party records of a chunk's groups; returns the parties of each group (by its
 * external id) and how many records were created. Existing records are left as they are: their
 * owner may have enriched them since the import.
 */
export async function resolveChunkParties(
  tx: Transaction<Database>,
  owner: { agencyId: string; countryCode: string | null; userId: string | null },
  source: string,
  groups: readonly SeizureGroup[],
): Promise<{ parties: Map<string, ResolvedParty[]>; created: number }> {
  const wanted = new Map(groups.map((g) => [g.externalId, wantedParties(g)]));
  const all = [...wanted.values()].flat();
  const parties = new Map<string, ResolvedParty[]>();
  if (all.length === 0) return { parties, created: 0 };
  const ids = new Map<string, string>();
  for (let i = 0; i < all.length; i += 5000) {
    // One unique-index probe per key (lateral join): the plan stays right whatever the statistics say,
    // see `storedByKey` in seizure-writer.ts.
    const keys = all.slice(i, i + 5000).map((w) => w.externalId);
    const { rows: found } = await sql<{ id: string; external_id: string }>`
      select r.id, r.external_id
      from unnest(${keys}::text[]) as k(external_id)
      cross join lateral (
        select id, external_id from records
        where owner_agency_id = ${owner.agencyId}::uuid and source = ${source} and external_id = k.external_id
        limit 1
      ) r`.execute(tx);
    for (const r of found) ids.set(r.external_id, r.id);
  }
  const missing = all.filter((w) => !ids.has(w.externalId));
  for (let i = 0; i < missing.length; i += 2000) {
    const slice = missing.slice(i, i + 2000);
    const inserted = await tx
      .insertInto('records')
      .values(
        slice.map((w) => ({
          schema: w.schema,
          caption: captionOf(w.schema, w.properties),
          properties: JSON.stringify(w.properties),
          owner_agency_id: owner.agencyId,
          owner_country: owner.countryCode,
          distribution: w.sharing.distribution,
          distribution_agencies: [...w.sharing.distributionAgencies],
          handling_code: w.sharing.handlingCode,
          handling_restriction: w.sharing.handlingRestriction ?? null,
          eval_source: w.sharing.evaluation?.source ?? null,
          eval_info: w.sharing.evaluation?.information ?? null,
          statistics_only: w.sharing.statisticsOnly,
          source,
          external_id: w.externalId,
          created_by: owner.userId,
          updated_by: owner.userId,
          updated_at: new Date(),
        })),
      )
      .returning(['id', 'external_id'])
      .execute();
    for (const r of inserted) ids.set(r.external_id!, r.id);
    const propertiesOf = new Map(slice.map((w) => [w.externalId, w.properties]));
    await tx
      .insertInto('record_versions')
      .values(
        inserted.map((r) => ({
          record_table: 'records',
          record_id: r.id,
          version: 1,
          owner_agency_id: owner.agencyId,
          changed_by: owner.userId,
          changes: JSON.stringify(
            Object.fromEntries(
              Object.entries(propertiesOf.get(r.external_id!) ?? {}).map(([p, v]) => [
                `properties.${p}`,
                [null, v],
              ]),
            ),
          ),
        })),
      )
      .execute();
  }
  for (const [externalId, list] of wanted) {
    parties.set(
      externalId,
      list.map((w) => ({
        recordId: ids.get(w.externalId)!,
        ...(w.role ? { role: w.role as never } : {}),
        ...(w.arrested === null ? {} : { arrested: w.arrested }),
      })),
    );
  }
  return { parties, created: missing.length };
}
