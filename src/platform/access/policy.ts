import { sql, type Expression, type SqlBool } from 'kysely';
import { forbidden } from '../errors.js';
import type { Role, TokenScope } from '../db/schema.js';
import { PERMISSIONS, type Permission } from '../../shared/api-constants.js';

export { PERMISSIONS, type Permission };
import type { Actor } from './actor.js';

/**
 * The permissions a role grants. Anything not listed is denied: there is no default grant.
 * `*.all` permissions widen an agency-scoped permission to every agency.
 */
const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: ['records.read', 'records.write'],
  analyst: ['records.read', 'records.write'],
  liaison_officer: ['records.read', 'records.write'],
  operations_coordinator: ['records.read', 'records.write'],
  // The originator's approvals of onward sharing and export (PRODUCT.md: national coordinator, agency admin).
  national_coordinator: ['records.read', 'records.write', 'sharing.decide'],
  viewer: ['records.read'],
  agency_admin: [
    'records.read',
    'records.write',
    'sharing.decide',
    'agency.settings',
    'users.manage',
    'tokens.manage',
    'audit.read',
  ],
  platform_admin: [
    'records.read',
    'agencies.manage',
    'agency.settings',
    'users.manage',
    'users.manage.all',
    'tokens.manage',
    'tokens.manage.all',
    'audit.read',
    'audit.read.all',
  ],
};

/** The API-token scope an action needs; a token without it is refused even if its user could. */
const PERMISSION_SCOPE: Record<Permission, TokenScope> = {
  'records.read': 'read',
  'records.write': 'write',
  'agencies.manage': 'admin',
  'agency.settings': 'admin',
  'users.manage': 'admin',
  'users.manage.all': 'admin',
  'tokens.manage': 'admin',
  'tokens.manage.all': 'admin',
  'audit.read': 'admin',
  'audit.read.all': 'admin',
  'sharing.decide': 'write',
};

/** Roles that must use a second factor whatever their agency's setting. */
export const ROLES_REQUIRING_TOTP: readonly Role[] = ['agency_admin', 'platform_admin'];

/** Every permission the actor holds, considering roles and (for tokens) scopes. */
export function permissionsOf(actor: Actor): Permission[] {
  const granted = new Set<Permission>();
  for (const role of actor.roles) for (const p of ROLE_PERMISSIONS[role]) granted.add(p);
  return PERMISSIONS.filter((p) => granted.has(p) && scopeAllows(actor, PERMISSION_SCOPE[p]));
}

/** True if the actor's token (if any) carries the scope; session actors are not scope-limited. */
export function scopeAllows(actor: Actor, scope: TokenScope): boolean {
  return actor.auth.kind === 'session' || actor.auth.scopes.includes(scope);
}

/** Whether the actor holds a permission. */
export function can(actor: Actor, permission: Permission): boolean {
  return permissionsOf(actor).includes(permission);
}

/** Throws FORBIDDEN unless the actor holds the permission. */
export function requirePermission(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden();
}

/** Which agencies' administrative objects (users, tokens, audit rows) an actor reaches. */
export type AgencyScope = { kind: 'all' } | { kind: 'agency'; agencyId: string } | { kind: 'none' };

/**
 * The agency scope of an agency-scoped permission: every agency with the `.all` variant, the actor's
 * own agency with the plain one, nothing otherwise.
 */
export function agencyScope(
  actor: Actor,
  permission: 'users.manage' | 'tokens.manage' | 'audit.read',
): AgencyScope {
  if (can(actor, `${permission}.all`)) return { kind: 'all' };
  if (can(actor, permission)) return { kind: 'agency', agencyId: actor.agencyId };
  return { kind: 'none' };
}

/**
 * The scope as a SQL predicate on an agency-id column, joined into the query itself so that an object
 * outside the scope is never loaded — it is simply "not found".
 */
export function inAgencyScope(scope: AgencyScope, column: string): Expression<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'agency':
      return sql<SqlBool>`${sql.ref(column)} = ${scope.agencyId}`;
    case 'none':
      return sql<SqlBool>`false`;
  }
}

/** True if an agency id falls inside the scope (for checks on values supplied in a request body). */
export function agencyInScope(scope: AgencyScope, agencyId: string): boolean {
  return scope.kind === 'all' || (scope.kind === 'agency' && scope.agencyId === agencyId);
}

/** Throws FORBIDDEN unless the condition holds. */
export function forbiddenUnless(condition: boolean): void {
  if (!condition) throw forbidden();
}

/**
 * THE visibility rule for operational records: a SQL predicate over the sharing columns of the table
 * aliased `table`, joined into every list, get, search, aggregate, export, history and autocomplete
 * query. There is no other copy of this rule; a record it excludes is "not found".
 *
 * Visible to the owner agency; to agencies of the owner's country (`own_country`); to the agencies
 * named (`named_agencies`); to member agencies (`all_members`); to members and observers
 * (`members_and_observers`); and to an agency the owner granted read access (hit/no-hit request).
 */
export function visibleTo(actor: Actor, table: string): Expression<SqlBool> {
  const col = (name: string) => sql.ref(`${table}.${name}`);
  const memberWide =
    actor.membership === 'member'
      ? sql`${col('distribution')} in ('all_members', 'members_and_observers')`
      : actor.membership === 'observer'
        ? sql`${col('distribution')} = 'members_and_observers'`
        : sql`false`;
  const ownCountry =
    actor.countryCode === null
      ? sql`false`
      : sql`(${col('distribution')} = 'own_country' and ${col('owner_country')} = ${actor.countryCode})`;
  return sql<SqlBool>`(
    ${col('owner_agency_id')} = ${actor.agencyId}
    or ${ownCountry}
    or (${col('distribution')} = 'named_agencies' and ${actor.agencyId}::uuid = any(${col('distribution_agencies')}))
    or ${memberWide}
    or exists (
      select 1 from record_grants g
      where g.record_id = ${col('id')} and g.grantee_agency_id = ${actor.agencyId} and g.kind = 'read'
    )
  )`;
}
