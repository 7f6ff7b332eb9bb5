import { z } from 'zod';
import { LANGUAGES, ROLES, TOKEN_SCOPES } from '../db/schema.js';
import { MAX_PASSWORD_LENGTH } from '../auth/passwords.js';
import { LIMITS } from '../limits.js';

/** A user name: the same rule for the API and the command line. */
export const Username = z
  .string()
  .min(LIMITS.username.min)
  .max(LIMITS.username.max)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'Letters, digits, dots, dashes and underscores');
// Strength is checked by the password policy (WEAK_PASSWORD); the schema only bounds the size.
const password = z.string().max(MAX_PASSWORD_LENGTH);
const roles = z.array(z.enum(ROLES)).min(1).max(ROLES.length);

export const IdParams = z.object({ id: z.uuid() }).strict();

export const ListUsersQuery = z
  .object({
    agencyId: z.uuid().optional(),
    q: z.string().max(LIMITS.search.max).optional(),
    includeDisabled: z.enum(['true', 'false']).optional(),
  })
  .strict();

export const CreateUserBody = z
  .object({
    username: Username,
    displayName: z.string().trim().min(1).max(LIMITS.displayName.max),
    agencyId: z.uuid(),
    roles,
    password,
    language: z.enum(LANGUAGES).optional(),
  })
  .strict();
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z
  .object({
    displayName: z.string().trim().min(1).max(LIMITS.displayName.max).optional(),
    roles: roles.optional(),
  })
  .strict();
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;

export const ResetPasswordBody = z.object({ newPassword: password }).strict();

export const ListTokensQuery = z.object({ userId: z.uuid().optional() }).strict();

export const CreateTokenBody = z
  .object({
    userId: z.uuid(),
    name: z.string().trim().min(1).max(LIMITS.tokenName.max),
    scopes: z.array(z.enum(TOKEN_SCOPES)).min(1).max(TOKEN_SCOPES.length),
    expiresInDays: z.number().int().min(1).max(365),
  })
  .strict();
export type CreateTokenBody = z.infer<typeof CreateTokenBody>;

export const UpdateMeBody = z
  .object({
    language: z.enum(LANGUAGES).optional(),
    displayName: z.string().trim().min(1).max(LIMITS.displayName.max).optional(),
  })
  .strict();

export const ChangePasswordBody = z.object({ currentPassword: password, newPassword: password }).strict();
