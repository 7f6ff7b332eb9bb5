import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../../platform/access/actor.js';

/** Why an export is made: `judicial` exports are meant for court proceedings. */
export const EXPORT_PURPOSES = ['operational', 'judicial'] as const;
export type ExportPurpose = (typeof EXPORT_PURPOSES)[number];

/**
 * H2 (no onward dissemination without the provider's permission): a record of another agency that
 * the owner has not approved for export (`record_grants` kind `export` for the actor's agency).
 */
function h2Withheld(actor: Actor, table: string) {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  return sql<SqlBool>`(
    ${col('handling_code')} = 'H2'
    and ${col('owner_agency_id')} <> ${actor.agencyId}
    and not exists (
      select 1 from record_grants g
      where g.record_id = ${col('id')} and g.grantee_agency_id = ${actor.agencyId} and g.kind = 'export'
    )
  )`;
}

/**
 * H1 (not for judicial proceedings without the provider's permission) in a judicial export: another
 * agency's H1 record. The owner's own H1 records stay in: the owner is the provider whose permission
 * the code asks for (docs/records-design.md, "Exports").
 */
function h1Withheld(actor: Actor, table: string, purpose: ExportPurpose) {
  if (purpose !== 'judicial') return sql<SqlBool>`false`;
  const col = (name: string) => sql.ref(`${table}.${name}`);
  return sql<SqlBool>`(${col('handling_code')} = 'H1' and ${col('owner_agency_id')} <> ${actor.agencyId})`;
}

/**
 * The export rules on top of the visibility rule (`visibleTo`, applied by the caller): true for a
 * visible record that may leave the platform in this export. A SQL predicate over the sharing columns
 * of `table`, so that nothing is filtered in JavaScript.
 */
export function exportable(actor: Actor, table: string, purpose: ExportPurpose): Expression<SqlBool> {
  return sql<SqlBool>`not (${h2Withheld(actor, table)} or ${h1Withheld(actor, table, purpose)})`;
}

/**
 * Counts of visible records the export rules leave out, by reason, as SQL aggregates (to be selected
 * from a query already limited to visible records matching the filter). Nothing else about them is
 * ever read.
 */
export function withheldCounts(actor: Actor, table: string, purpose: ExportPurpose) {
  return {
    h2: sql<number>`(count(*) filter (where ${h2Withheld(actor, table)}))::int`,
    h1: sql<number>`(count(*) filter (where not ${h2Withheld(actor, table)} and ${h1Withheld(actor, table, purpose)}))::int`,
  };
}
