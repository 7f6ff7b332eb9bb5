/** Query and mutation hooks for seizure reports (header, drug lines, route, parties, sharing). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl } from './client';
import type { RecordSchema, RecordSharing, SharingInput } from './records';

export const ROUTE_ROLES = ['origin', 'departure', 'transit', 'destination'] as const;
export type RouteRole = (typeof ROUTE_ROLES)[number];

export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const SEIZURE_SORTS = [
  '-occurredOn',
  'occurredOn',
  '-totalKg',
  'totalKg',
  'reference',
  '-reference',
] as const;
export type SeizureSort = (typeof SEIZURE_SORTS)[number];

export const SEIZURE_PAGE_SIZE = 50;

/** One drug line as the API answers it; decimals are exact strings. */
export interface SeizureDrugLineView {
  position: number;
  drug: string;
  form: string | null;
  quantity: string | null;
  unit: string;
  densityKgPerLitre: string | null;
  unitMassGrams: string | null;
  kgEquivalent: string | null;
  kgRule: string | null;
  kgFactor: string | null;
  purityPercent: string | null;
  packaging: string | null;
  markings: string | null;
}

export interface SeizureRouteLegView {
  position: number;
  role: RouteRole;
  country: string;
  place: string | null;
}

/** A party; record, schema and caption are null when the caller may not see the record. */
export interface SeizurePartyView {
  position: number;
  recordId: string | null;
  schema: RecordSchema | null;
  caption: string | null;
  role: string | null;
  arrested: boolean | null;
}

/** The header fields shared by the full view and the list summary. */
interface SeizureHeader {
  id: string;
  reference: string;
  /** The date as reported: "2024", "2024-05" or "2024-05-17". */
  occurredOn: string;
  datePrecision: DatePrecision;
  occurredTime: string | null;
  country: string;
  region: string | null;
  locality: string | null;
  latitude: number | null;
  longitude: number | null;
  placeKind: string | null;
  borderCrossing: string | null;
  seizingAgencyId: string;
  seizingAgencyCode: string;
  transportMode: string | null;
  concealment: string[];
  narrative: string | null;
  operationReference: string | null;
  /** Exact decimal string; null when no line converts. */
  totalKg: string | null;
  unconvertedLines: number;
  sharing: RecordSharing;
  ownerAgencyId: string;
  ownerAgencyCode: string;
  source: string | null;
  externalId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  createdBy: string | null;
  updatedBy: string | null;
}

/** A seizure report as `GET /seizures/:id` answers it. */
export interface SeizureView extends SeizureHeader {
  drugs: SeizureDrugLineView[];
  route: SeizureRouteLegView[];
  parties: SeizurePartyView[];
}

/** A row of the seizure list. */
export interface SeizureSummary extends SeizureHeader {
  drugCodes: string[];
  routeCountries: string[];
}

/** One version of a seizure: who changed it, when, and each changed field as [before, after]. */
export interface SeizureVersion {
  version: number;
  changedAt: string;
  changedBy: string | null;
  changedByUsername: string | null;
  changes: Record<string, [unknown, unknown]>;
}

/** The list filters (also those of exports); every value is a query-string value. */
export interface SeizureFilter {
  country?: string;
  ownerAgencyId?: string;
  drug?: string;
  /** A drug as statistics count it (raw opium within opium): the drill-down from a statistics figure. */
  statisticsDrug?: string;
  drugGroup?: string;
  from?: string;
  to?: string;
  transportMode?: string;
  concealment?: string;
  routeCountry?: string;
  q?: string;
}

export const FILTER_KEYS = [
  'country',
  'ownerAgencyId',
  'drug',
  'statisticsDrug',
  'drugGroup',
  'from',
  'to',
  'transportMode',
  'concealment',
  'routeCountry',
  'q',
] as const satisfies readonly (keyof SeizureFilter)[];

export interface SeizureListParams extends SeizureFilter {
  sort: SeizureSort;
  offset: number;
  limit: number;
}

/** A drug line as CreateSeizureBody accepts it (src/modules/records/seizures/seizures.schema.ts). */
export interface DrugLineInput {
  drug: string;
  form?: string;
  quantity?: string;
  unit: string;
  densityKgPerLitre?: string;
  unitMassGrams?: string;
  purityPercent?: string;
  packaging?: string;
  markings?: string;
}

export interface RouteLegInput {
  role: RouteRole;
  country: string;
  place?: string;
}

/** A party: an existing record, or a new one created with the seizure (quick add). */
export interface PartyInput {
  recordId?: string;
  newRecord?: { schema: RecordSchema; properties: Record<string, string[]> };
  role?: string;
  arrested?: boolean;
}

export interface SeizureInput {
  reference: string;
  occurredOn: string;
  occurredTime?: string;
  country: string;
  region?: string;
  locality?: string;
  latitude?: number;
  longitude?: number;
  placeKind?: string;
  borderCrossing?: string;
  seizingAgencyId?: string;
  transportMode?: string;
  concealment: string[];
  narrative?: string;
  operationReference?: string;
  drugs: DrugLineInput[];
  route: RouteLegInput[];
  parties: PartyInput[];
  sharing: SharingInput;
}

/** The body of PUT: the whole report and the version that was edited (a newer one answers 409). */
export interface UpdateSeizureInput extends SeizureInput {
  version: number;
}

/** A page of seizures the caller may see, with the total count under the filters. */
export function useSeizures(params: SeizureListParams) {
  return useQuery({
    queryKey: ['seizures', 'list', params],
    queryFn: ({ signal }) =>
      api<{ items: SeizureSummary[]; total: number; totalCapped: boolean }>('/seizures', {
        query: { ...params },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** One seizure by id (404 when missing or not shared with the caller). */
export function useSeizure(id: string | undefined) {
  return useQuery({
    queryKey: ['seizures', 'one', id],
    queryFn: ({ signal }) => api<SeizureView>(`/seizures/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== undefined,
    retry: false,
  });
}

/** The version history of a seizure, newest first. */
export function useSeizureHistory(id: string | undefined, enabled = true) {
  return useQuery({
    queryKey: ['seizures', 'history', id],
    queryFn: async ({ signal }) =>
      (
        await api<{ items: SeizureVersion[] }>(`/seizures/${encodeURIComponent(id ?? '')}/history`, {
          signal,
        })
      ).items,
    enabled: id !== undefined && enabled,
    retry: false,
  });
}

/** Creates a seizure owned by the caller's agency. */
export function useCreateSeizure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SeizureInput) => api<SeizureView>('/seizures', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['seizures'] }),
  });
}

/** Replaces a seizure report (owner agency only). */
export function useUpdateSeizure() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSeizureInput }) =>
      api<SeizureView>(`/seizures/${encodeURIComponent(id)}`, { method: 'PUT', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['seizures'] }),
  });
}

export const EXPORT_FORMATS = ['csv', 'xlsx', 'ftm'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const EXPORT_PURPOSES = ['operational', 'judicial'] as const;
export type ExportPurpose = (typeof EXPORT_PURPOSES)[number];

/** Address of the seizure export under the same filters as the list (a plain GET the browser downloads). */
export function seizureExportUrl(
  format: ExportFormat,
  purpose: ExportPurpose,
  filter: SeizureFilter,
): string {
  return apiUrl('/exports/seizures', { format, purpose, ...filter });
}

/** Records of one schema matching a search, for picking a party (the first page is enough to pick from). */
export function useRecordSearch(schema: RecordSchema, q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['records', 'pick', schema, text],
    queryFn: async ({ signal }) =>
      (
        await api<{
          items: { id: string; schema: RecordSchema; caption: string; ownerAgencyCode: string }[];
        }>('/records', { query: { schema, q: text, limit: 20 }, signal })
      ).items,
    enabled: text.length >= 2,
    placeholderData: keepPreviousData,
  });
}
