/** Query hooks for reference data: countries and international organisations. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Country, ListResponse, Organisation } from './types';

/** All countries known to the platform, with their membership status. */
export function useCountries() {
  return useQuery({
    queryKey: ['countries'],
    queryFn: async () => (await api<ListResponse<Country>>('/countries')).items,
    staleTime: 10 * 60_000,
  });
}

/** International organisations (regional centre, donors, observers). */
export function useOrganisations() {
  return useQuery({
    queryKey: ['organisations'],
    queryFn: async () => (await api<ListResponse<Organisation>>('/organisations')).items,
    staleTime: 10 * 60_000,
  });
}
