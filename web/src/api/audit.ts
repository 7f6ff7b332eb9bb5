/** Query hooks for the audit log. */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { AuditOutcome, AuditPage, ListResponse } from './types';

export interface AuditFilter {
  actorId?: string | null;
  agencyId?: string | null;
  action?: string | null;
  objectType?: string;
  objectId?: string;
  outcome?: AuditOutcome | null;
  /** ISO 8601 instants. */
  from?: string | null;
  to?: string | null;
}

export const AUDIT_PAGE_SIZE = 100;

/** Audit entries, newest first, paged backwards by sequence number. */
export function useAuditLog(filter: AuditFilter) {
  return useInfiniteQuery({
    queryKey: ['audit', filter],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam, signal }) =>
      api<AuditPage>('/audit', {
        query: {
          ...filter,
          objectType: filter.objectType?.trim(),
          objectId: filter.objectId?.trim(),
          before: pageParam,
          limit: AUDIT_PAGE_SIZE,
        },
        signal,
      }),
    getNextPageParam: (last) => last.nextBefore,
  });
}

/** Distinct audit action names, for the action filter. */
export function useAuditActions() {
  return useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: async () => (await api<ListResponse<string>>('/audit/actions')).items,
    staleTime: 5 * 60_000,
  });
}
