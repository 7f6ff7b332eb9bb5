/** Small helpers shared by the user administration screens. */
import { ROLES, type Role, type User } from '../../api/types';

export const MIN_PASSWORD_LENGTH = 12;

/** Whether the account is locked after failed sign-ins at this moment. */
export function isLocked(user: Pick<User, 'lockedUntil'>, now = Date.now()): boolean {
  return user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > now;
}

/** Roles the actor may hand out: only platform administrators create platform administrators. */
export function assignableRoles(canManageAgencies: boolean): Role[] {
  return ROLES.filter((role) => canManageAgencies || role !== 'platform_admin');
}

/** Narrows strings from a MultiSelect back to roles. */
export function toRoles(values: string[]): Role[] {
  return ROLES.filter((role) => values.includes(role));
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.!';

/** A random 20-character password for handing to a new user (crypto-grade randomness). */
export function generatePassword(length = 20): string {
  const bytes = new Uint32Array(length);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (value) => ALPHABET[value % ALPHABET.length] ?? 'x').join('');
}
