import { sql, type Expression, type SqlBool } from 'kysely';
import { forbidden } from '../errors.js';
import type { Role, TokenScope } from '../db/schema.js';
import type { Actor } from './actor.js';

/**
 * The permissions a role grants. Anything not listed is denied: there is no default grant.
 * `*.all` permissions widen an agency-scoped permission to every agency.
 */
export const PERMISSIONS = [
  'agencies.manage',
  'agency.settings',
  'users.manage',
  'users.manage.all',
  'tokens.manage',
  'tokens.manage.all',
  'audit.read',
  'audit.read.all',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  officer: [],
  analyst: [],
  liaison_officer: [],
  operations_coordinator: [],
  national_coordinator: [],
  viewer: [],
  agency_admin: ['agency.settings', 'users.manage', 'tokens.manage', 'audit.read'],
  platform_admin: [
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
  'agencies.manage': 'admin',
  'agency.settings': 'admin',
  'users.manage': 'admin',
  'users.manage.all': 'admin',
  'tokens.manage': 'admin',
  'tokens.manage.all': 'admin',
  'audit.read': 'admin',
  'audit.read.all': 'admin',
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
