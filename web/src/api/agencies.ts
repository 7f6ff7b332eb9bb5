/** Query and mutation hooks for agencies. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Agency, AgencyKind, ListResponse } from './types';

export interface AgencyFilter {
  countryCode?: string | null;
  kind?: AgencyKind | null;
}

/** Agencies visible to the actor, optionally filtered by country and kind. */
export function useAgencies(filter: AgencyFilter = {}, enabled = true) {
  return useQuery({
    queryKey: ['agencies', filter],
    queryFn: async () =>
      (
        await api<ListResponse<Agency>>('/agencies', {
          query: { countryCode: filter.countryCode, kind: filter.kind },
        })
      ).items,
    enabled,
  });
}

export interface CreateAgencyInput {
  code: string;
  name: string;
  nameRu: string;
  kind: AgencyKind;
  countryCode?: string;
  organisationId?: string;
  requireTotp: boolean;
}

export interface UpdateAgencyInput {
  name?: string;
  nameRu?: string;
  requireTotp?: boolean;
  active?: boolean;
}

/** Creates an agency (platform administrators). */
export function useCreateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateAgencyInput) => api<Agency>('/agencies', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['agencies'] }),
  });
}

/** Edits an agency's names, second-factor rule or active state. */
export function useUpdateAgency() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateAgencyInput }) =>
      api<Agency>(`/agencies/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['agencies'] });
      await client.invalidateQueries({ queryKey: ['session'] });
    },
  });
}
