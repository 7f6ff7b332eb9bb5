/** Query and mutation hooks for records (FollowTheMoney entities and links with originator-controlled sharing). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';
import type { Distribution, HandlingCode, RecordSchema } from '../../../src/shared/api-constants';

export { DISTRIBUTIONS, HANDLING_CODES, RECORD_SCHEMATA } from '../../../src/shared/api-constants';
export type { Distribution, HandlingCode, RecordSchema } from '../../../src/shared/api-constants';

export const SOURCE_EVALUATIONS = ['A', 'B', 'C', 'X'] as const;
export type SourceEvaluation = (typeof SOURCE_EVALUATIONS)[number];

export const INFORMATION_EVALUATIONS = [1, 2, 3, 4] as const;
export type InformationEvaluation = (typeof INFORMATION_EVALUATIONS)[number];

/** Property values, FollowTheMoney style: every property holds a list of strings. */
export type RecordProperties = Record<string, string[]>;

export interface Evaluation {
  source: SourceEvaluation;
  information: InformationEvaluation;
}

/** The sharing block as the API answers it. */
export interface RecordSharing {
  distribution: Distribution;
  distributionAgencies: string[];
  handlingCode: HandlingCode;
  handlingRestriction: string | null;
  evaluation: Evaluation | null;
  statisticsOnly: boolean;
}

/** The sharing block as the API accepts it. */
export interface SharingInput {
  distribution: Distribution;
  distributionAgencies: string[];
  handlingCode: HandlingCode;
  handlingRestriction?: string;
  evaluation?: Evaluation;
  statisticsOnly?: boolean;
}

/** A record as `presentRecord` shows it (src/modules/records/records.present.ts). */
export interface RecordView {
  id: string;
  schema: RecordSchema;
  caption: string;
  properties: RecordProperties;
  ownerAgencyId: string;
  ownerAgencyCode: string;
  sharing: RecordSharing;
  source: string | null;
  externalId: string | null;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

export interface RecordPage {
  items: RecordView[];
  nextBefore: string | null;
}

/** One version of a record: who changed it, when, and each changed field as [before, after]. */
export interface RecordVersion {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changedByUsername: string | null;
  changes: Record<string, [unknown, unknown]>;
}

export interface RecordFilter {
  schema?: RecordSchema | null;
  q?: string;
  ownerAgencyId?: string | null;
}

export const RECORD_PAGE_SIZE = 50;

/** Records the caller may see, newest change first, paged backwards by `nextBefore`. */
export function useRecords(filter: RecordFilter) {
  return useInfiniteQuery({
    queryKey: ['records', 'list', filter],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<RecordPage>('/records', {
        query: {
          schema: filter.schema,
          q: filter.q?.trim(),
          ownerAgencyId: filter.ownerAgencyId,
          before: pageParam,
          limit: RECORD_PAGE_SIZE,
        },
        signal,
      }),
    getNextPageParam: (last) => last.nextBefore,
    placeholderData: (previous) => previous,
  });
}

/** One record by id (404 when missing or not shared with the caller). */
export function useRecord(id: string | null) {
  return useQuery({
    queryKey: ['records', 'one', id],
    queryFn: ({ signal }) => api<RecordView>(`/records/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
    retry: false,
  });
}

/** The version history of a record, newest first. */
export function useRecordHistory(id: string | null, enabled = true) {
  return useQuery({
    queryKey: ['records', 'history', id],
    queryFn: async ({ signal }) =>
      (await api<{ items: RecordVersion[] }>(`/records/${encodeURIComponent(id ?? '')}/history`, { signal }))
        .items,
    enabled: id !== null && enabled,
    retry: false,
  });
}

export interface CreateRecordInput {
  schema: RecordSchema;
  properties: RecordProperties;
  sharing: SharingInput;
  source?: string;
  externalId?: string;
}

/** Creates a record owned by the caller's agency. */
export function useCreateRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRecordInput) => api<RecordView>('/records', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['records'] }),
  });
}

export interface UpdateRecordInput {
  /** The version that was edited; a newer one on the server answers 409 CONFLICT. */
  version: number;
  properties?: RecordProperties;
  sharing?: SharingInput;
}

/** Changes a record's properties or sharing (owner agency only). */
export function useUpdateRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: UpdateRecordInput }) =>
      api<RecordView>(`/records/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['records'] }),
  });
}
