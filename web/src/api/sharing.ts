/** Query and mutation hooks for requests to share or export H2 records, and the owner's decisions. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

export const SHARING_REQUEST_KINDS = ['reshare', 'export'] as const;
export type SharingRequestKind = (typeof SHARING_REQUEST_KINDS)[number];

export const SHARING_REQUEST_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type SharingRequestStatus = (typeof SHARING_REQUEST_STATUSES)[number];

export type SharingBox = 'incoming' | 'outgoing';
export type SharingRecordTable = 'records' | 'seizures';

/** A request as `presentSharingRequest` shows it (src/modules/records/sharing/sharing.present.ts). */
export interface SharingRequestView {
  id: string;
  box: SharingBox;
  recordTable: SharingRecordTable;
  recordId: string;
  /** Null when the caller may not see the record (any more). */
  record: { caption: string; schema: string | null } | null;
  kind: SharingRequestKind | 'read';
  status: SharingRequestStatus;
  reason: string;
  ownerAgency: { id: string; code: string };
  requesterAgency: { id: string; code: string };
  targetAgency: { id: string; code: string } | null;
  requestedBy: string;
  requestedByUsername: string | null;
  decidedBy: string | null;
  decidedByUsername: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  createdAt: string;
  canDecide: boolean;
  canWithdraw: boolean;
}

export interface SharingRequestFilter {
  box: SharingBox;
  status?: SharingRequestStatus | null;
}

/** Requests to the caller's agency (incoming) or made by it (outgoing), newest first. */
export function useSharingRequests(filter: SharingRequestFilter) {
  return useQuery({
    queryKey: ['sharing-requests', 'list', filter],
    queryFn: async ({ signal }) =>
      (
        await api<{ items: SharingRequestView[] }>('/sharing-requests', {
          query: { box: filter.box, status: filter.status },
          signal,
        })
      ).items,
    placeholderData: (previous) => previous,
  });
}

export interface CreateSharingRequestInput {
  recordTable: SharingRecordTable;
  recordId: string;
  kind: SharingRequestKind;
  targetAgencyId?: string;
  reason: string;
}

/** Asks the owner of an H2 record for onward sharing or export. */
export function useCreateSharingRequest() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateSharingRequestInput) =>
      api<SharingRequestView>('/sharing-requests', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sharing-requests'] }),
  });
}

export type SharingAction = 'approve' | 'refuse' | 'withdraw';

/** Approves or refuses (owner agency's deciders) or withdraws (the requester) a pending request. */
export function useSharingAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action, note }: { id: string; action: SharingAction; note?: string }) =>
      api<SharingRequestView>(`/sharing-requests/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        body: action === 'withdraw' || !note ? {} : { note },
      }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: ['sharing-requests'] });
      await client.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
