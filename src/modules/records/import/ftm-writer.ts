/**
 * Writing FtM entities for `ftm-import.ts`: the look-up of ids imported before, and a chunk's inserts
 * and in-place updates (version + 1, the change in the history), idempotent by (source, FtM id).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../platform/db/schema.js';
import { captionOf, type Properties, type RecordSchema } from '../ftm.js';
import type { Sharing } from '../records.schema.js';

/** An entity of the file, its properties validated. */
export interface Entity {
  line: number;
  ftmId: string;
  schema: RecordSchema;
  properties: Properties;
}

/** Our record ids of FtM ids the agency imported before from `source`. */
export async function existingIds(
  db: Kysely<Database> | Transaction<Database>,
  agencyId: string,
  source: string,
  externalIds: string[],
) {
  const out = new Map<string, string>();
  for (let i = 0; i < externalIds.length; i += 5000) {
    const rows = await db
      .selectFrom('records')
      .select(['id', 'external_id'])
      .where('owner_agency_id', '=', agencyId)
      .where('source', '=', source)
      .where('external_id', 'in', externalIds.slice(i, i + 5000))
      .execute();
    for (const r of rows) out.set(r.external_id!, r.id);
  }
  return out;
}

/** Inserts new entities and updates changed ones (version + 1, the change in the history). */
export async function writeEntities(
  tx: Transaction<Database>,
  owner: { agencyId: string; countryCode: string | null; userId: string | null },
  source: string,
  sharing: Sharing,
  ids: Map<string, string>,
  chunk: Entity[],
) {
  const current = await tx
    .selectFrom('records')
    .select(['id', 'schema', 'properties', 'version', 'external_id'])
    .where('owner_agency_id', '=', owner.agencyId)
    .where('source', '=', source)
    .where(
      'external_id',
      'in',
      chunk.map((e) => e.ftmId),
    )
    .execute();
  const byKey = new Map(current.map((r) => [r.external_id!, r]));
  const fresh = chunk.filter((e) => !byKey.has(e.ftmId));
  const versions: { record_id: string; version: number; changes: string }[] = [];
  const changesOf = (before: Properties, after: Properties) => {
    const changes: Record<string, [unknown, unknown]> = {};
    for (const k of new Set([...Object.keys(before), ...Object.keys(after)])) {
      const a = before[k] ?? null;
      const b = after[k] ?? null;
      if (JSON.stringify(a) !== JSON.stringify(b)) changes[`properties.${k}`] = [a, b];
    }
    return changes;
  };
  if (fresh.length > 0) {
    await tx
      .insertInto('records')
      .values(
        fresh.map((e) => ({
          id: ids.get(e.ftmId)!,
          schema: e.schema,
          caption: captionOf(e.schema, e.properties),
          properties: JSON.stringify(e.properties),
          owner_agency_id: owner.agencyId,
          owner_country: owner.countryCode,
          distribution: sharing.distribution,
          distribution_agencies: [...sharing.distributionAgencies],
          handling_code: sharing.handlingCode,
          handling_restriction: sharing.handlingRestriction ?? null,
          eval_source: sharing.evaluation?.source ?? null,
          eval_info: sharing.evaluation?.information ?? null,
          statistics_only: sharing.statisticsOnly,
          source,
          external_id: e.ftmId,
          created_by: owner.userId,
          updated_by: owner.userId,
          updated_at: new Date(),
        })),
      )
      .execute();
    for (const e of fresh) {
      versions.push({
        record_id: ids.get(e.ftmId)!,
        version: 1,
        changes: JSON.stringify(changesOf({}, e.properties)),
      });
    }
  }
  let updated = 0;
  for (const e of chunk) {
    const row = byKey.get(e.ftmId);
    if (!row) continue;
    const changes = changesOf(row.properties as Properties, e.properties);
    if (row.schema !== e.schema) changes.schema = [row.schema, e.schema];
    if (Object.keys(changes).length === 0) continue;
    updated += 1;
    await tx
      .updateTable('records')
      .set({
        schema: e.schema,
        caption: captionOf(e.schema, e.properties),
        properties: JSON.stringify(e.properties),
        version: row.version + 1,
        updated_by: owner.userId,
        updated_at: new Date(),
      })
      .where('id', '=', row.id)
      .execute();
    versions.push({ record_id: row.id, version: row.version + 1, changes: JSON.stringify(changes) });
  }
  if (versions.length > 0) {
    await tx
      .insertInto('record_versions')
      .values(
        versions.map((v) => ({
          record_table: 'records',
          owner_agency_id: owner.agencyId,
          changed_by: owner.userId,
          ...v,
        })),
      )
      .execute();
  }
  return { inserted: fresh.length, updated, unchanged: chunk.length - fresh.length - updated };
}
