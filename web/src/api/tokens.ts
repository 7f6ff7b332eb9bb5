/** Query and mutation hooks for API tokens. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { ApiToken, CreatedToken, ListResponse, TokenScope } from './types';

/** API tokens visible to the actor, optionally of one user. */
export function useTokens(userId: string | null) {
  return useQuery({
    queryKey: ['tokens', userId],
    queryFn: async () => (await api<ListResponse<ApiToken>>('/tokens', { query: { userId } })).items,
  });
}

export interface CreateTokenInput {
  userId: string;
  name: string;
  scopes: TokenScope[];
  expiresInDays: number;
}

/** Issues a token; the answer carries its secret, shown once. */
export function useCreateToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTokenInput) => api<CreatedToken>('/tokens', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}

/** Revokes a token at once. */
export function useRevokeToken() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiToken>(`/tokens/${encodeURIComponent(id)}/revoke`, { method: 'POST' }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['tokens'] }),
  });
}
