/** Query and mutation hooks for user administration. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Language, ListResponse, Role, User } from './types';

export interface UserFilter {
  agencyId?: string | null;
  q?: string;
  includeDisabled?: boolean;
}

/** Users visible to the administrator, filtered by agency and free text. */
export function useUsers(filter: UserFilter, enabled = true) {
  return useQuery({
    queryKey: ['users', filter],
    queryFn: async () =>
      (
        await api<ListResponse<User>>('/users', {
          query: {
            agencyId: filter.agencyId,
            q: filter.q?.trim(),
            includeDisabled: filter.includeDisabled ? 'true' : undefined,
          },
        })
      ).items,
    enabled,
    placeholderData: (previous) => previous,
  });
}

/** One user by id. */
export function useUser(id: string | null) {
  return useQuery({
    queryKey: ['users', 'one', id],
    queryFn: () => api<User>(`/users/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  password: string;
  language?: Language;
}

/** Creates a user account. */
export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api<User>('/users', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Edits a user's display name or roles. */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: { displayName?: string; roles?: Role[] } }) =>
      api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

export type UserAction = 'disable' | 'enable' | 'unlock' | 'reset-totp';

/** Runs one account action (disable, enable, unlock, reset second factor). */
export function useUserAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: UserAction }) =>
      api<User>(`/users/${encodeURIComponent(id)}/${action}`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Sets a new password for another user. */
export function useResetPassword() {
  return useMutation({
    mutationFn: ({ id, newPassword }: { id: string; newPassword: string }) =>
      api<void>(`/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST', body: { newPassword } }),
  });
}
