/**
 * Bulk insert of generated entity and link records with their first version, as the records
 * service writes one (caption by the FtM caption rule, version 1 in record_versions with every
 * field as a change from nothing), but one statement per table for a whole chunk: each column
 * travels as one array parameter and `unnest` turns the arrays back into rows.
 */
import { sql, type RawBuilder, type Transaction } from 'kysely';
import { captionOf } from '../../modules/records/ftm.js';
import type { Database } from '../../platform/db/schema.js';
import type { RecordDraft } from './drafts.js';
import { DEMO_SOURCE } from './ids.js';

/** The history entry of a new record: every set field, named as the API names it, from null. */
function initialChanges(draft: RecordDraft): Record<string, [null, unknown]> {
  const s = draft.sharing;
  const sharing: Record<string, unknown> = {
    distribution: s.distribution,
    distributionAgencies: s.distributionAgencies,
    handlingCode: s.handlingCode,
    handlingRestriction: s.handlingRestriction ?? null,
    evaluationSource: s.evaluation?.source ?? null,
    evaluationInformation: s.evaluation?.information ?? null,
    statisticsOnly: s.statisticsOnly,
  };
  const changes: Record<string, [null, unknown]> = {};
  for (const [k, v] of Object.entries(draft.properties)) changes[`properties.${k}`] = [null, v];
  for (const [k, v] of Object.entries(sharing)) {
    if (v !== null && !(Array.isArray(v) && v.length === 0)) changes[`sharing.${k}`] = [null, v];
  }
  return changes;
}

type Column = readonly [name: string, type: string, values: unknown[]];

/** `insert into table (…) select … from unnest(…)`; jsonb and uuid[] columns travel as text. */
function unnestInsert(table: string, columns: readonly Column[]): RawBuilder<unknown> {
  const sources = columns.map(([, type, values]) => {
    const carrier = type === 'jsonb' || type === 'uuid[]' ? 'text' : type;
    return sql`${values}::${sql.raw(carrier)}[]`;
  });
  const selected = columns.map(([name, type]) => {
    if (type === 'jsonb') return sql`u.${sql.ref(name)}::jsonb`;
    if (type === 'uuid[]') {
      return sql`(select coalesce(array_agg(e::uuid), '{}') from jsonb_array_elements_text(u.${sql.ref(name)}::jsonb) e)`;
    }
    return sql`u.${sql.ref(name)}`;
  });
  const names = columns.map(([name]) => sql.ref(name));
  return sql`insert into ${sql.table(table)} (${sql.join(names)})
    select ${sql.join(selected)} from unnest(${sql.join(sources)}) as u(${sql.join(names)})`;
}

/** Inserts the drafts and their version-1 history rows; `userOf` names the creating user per owner agency. */
export async function insertRecordDrafts(
  tx: Transaction<Database>,
  drafts: readonly RecordDraft[],
  userOf: (agencyId: string) => string | null,
): Promise<void> {
  if (drafts.length === 0) return;
  const col = <T>(f: (d: RecordDraft) => T) => drafts.map(f);
  await unnestInsert('records', [
    ['id', 'uuid', col((d) => d.id)],
    ['schema', 'text', col((d) => d.schema)],
    ['caption', 'text', col((d) => captionOf(d.schema, d.properties))],
    ['properties', 'jsonb', col((d) => JSON.stringify(d.properties))],
    ['owner_agency_id', 'uuid', col((d) => d.owner.id)],
    ['owner_country', 'char(2)', col((d) => d.owner.countryCode)],
    ['distribution', 'text', col((d) => d.sharing.distribution)],
    ['distribution_agencies', 'uuid[]', col((d) => JSON.stringify(d.sharing.distributionAgencies))],
    ['handling_code', 'text', col((d) => d.sharing.handlingCode)],
    ['handling_restriction', 'text', col((d) => d.sharing.handlingRestriction ?? null)],
    ['eval_source', 'text', col((d) => d.sharing.evaluation?.source ?? null)],
    ['eval_info', 'smallint', col((d) => d.sharing.evaluation?.information ?? null)],
    ['statistics_only', 'boolean', col((d) => d.sharing.statisticsOnly)],
    ['source', 'text', col(() => DEMO_SOURCE)],
    ['external_id', 'text', col((d) => d.externalId)],
    ['created_by', 'uuid', col((d) => userOf(d.owner.id))],
    ['updated_by', 'uuid', col((d) => userOf(d.owner.id))],
  ]).execute(tx);
  await unnestInsert('record_versions', [
    ['record_table', 'text', col(() => 'records')],
    ['record_id', 'uuid', col((d) => d.id)],
    ['version', 'integer', col(() => 1)],
    ['owner_agency_id', 'uuid', col((d) => d.owner.id)],
    ['changed_by', 'uuid', col((d) => userOf(d.owner.id))],
    ['changes', 'jsonb', col((d) => JSON.stringify(initialChanges(d)))],
  ]).execute(tx);
}
