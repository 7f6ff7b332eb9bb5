/** Query and mutation hooks for spreadsheet and FtM imports: uploads, saved mappings, jobs and their progress. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiUrl, ApiError } from './client';
import { SESSION_KEY } from './session';
import type { Session } from './types';

/** The target fields of a seizure row, in the order the mapping form shows them (as the server's mapping.ts). */
export const SEIZURE_TARGET_FIELDS = [
  'reference',
  'externalId',
  'date',
  'time',
  'country',
  'region',
  'locality',
  'latitude',
  'longitude',
  'placeKind',
  'borderCrossing',
  'transport',
  'concealment',
  'drug',
  'form',
  'quantity',
  'unit',
  'purity',
  'personName',
  'personRole',
  'personNationality',
  'personArrested',
  'vehiclePlate',
  'narrative',
  'distribution',
  'handlingCode',
] as const;
export type SeizureTargetField = (typeof SEIZURE_TARGET_FIELDS)[number];

/** A column mapping as the API takes it. */
export interface SeizureMapping {
  columns: Partial<Record<SeizureTargetField, string>>;
  routeColumns?: string[];
  values?: Partial<Record<SeizureTargetField, Record<string, string>>>;
  source?: string;
  dateOrder?: 'dmy' | 'mdy';
  defaultUnit?: string;
  defaultCountry?: string;
}

export interface ImportProblem {
  row: number | null;
  column: number | null;
  field: string | null;
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** An uploaded file with the columns of its header row (null for FtM JSON lines). */
export interface UploadedFile {
  fileId: string;
  fileName: string;
  size: number;
  columns: {
    headerRow: number | null;
    columns: string[];
    sample: string[][];
    suggested: SeizureMapping;
    problems: ImportProblem[];
  } | null;
}

export interface SavedMapping {
  id: string;
  name: string;
  mapping: SeizureMapping;
  updatedAt: string;
}

export type ImportStatus = 'running' | 'checked' | 'committed' | 'failed';

/** An import job or batch (src/modules/records/import/import-jobs.ts). */
export interface ImportView {
  id: string;
  batchId: string | null;
  profile: string;
  fileName: string;
  dryRun: boolean;
  status: ImportStatus;
  phase: 'queued' | 'reading' | 'writing' | 'done';
  rowsDone: number;
  rowsTotal: number | null;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  problemCount: number;
  problems: ImportProblem[];
  error: { code: string; message: string; field: string | null } | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Uploads a file as multipart/form-data (no size ceiling of JSON bodies), with the session's CSRF token. */
export function useUploadFile() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (file: File): Promise<UploadedFile> => {
      const form = new FormData();
      form.append('file', file, file.name);
      const csrf = client.getQueryData<Session | null>(SESSION_KEY)?.csrfToken;
      const response = await fetch(apiUrl('/import-files'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { Accept: 'application/json', ...(csrf ? { 'X-CSRF-Token': csrf } : {}) },
        body: form,
      });
      const body = (await response.json().catch(() => null)) as
        (UploadedFile & { error?: { code: string; message: string; field: string | null } }) | null;
      if (!response.ok) {
        const error = body?.error;
        throw new ApiError(
          error?.code ?? 'UNKNOWN',
          error?.message ?? response.statusText,
          response.status,
          error?.field ?? null,
        );
      }
      return body as UploadedFile;
    },
  });
}

/** The agency's saved mappings. */
export function useMappings() {
  return useQuery({
    queryKey: ['import-mappings'],
    queryFn: async ({ signal }) =>
      (await api<{ items: SavedMapping[] }>('/import-mappings', { signal })).items,
  });
}

/** Saves a mapping under a new name, or replaces the one with `id`. */
export function useSaveMapping() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { id?: string; name: string; mapping: SeizureMapping }) =>
      input.id
        ? api<SavedMapping>(`/import-mappings/${input.id}`, {
            method: 'PUT',
            body: { name: input.name, mapping: input.mapping },
          })
        : api<SavedMapping>('/import-mappings', {
            method: 'POST',
            body: { name: input.name, mapping: input.mapping },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['import-mappings'] }),
  });
}

/** Starts a dry run or a commit of an upload. */
export function useStartImport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: {
      fileId: string;
      profile: 'seizures' | 'ftm';
      mapping?: SeizureMapping;
      mappingName?: string;
      dryRun: boolean;
    }) => api<ImportView>('/imports', { method: 'POST', body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['imports', 'list'] }),
  });
}

/** One import, polled every half second while it runs. */
export function useImport(id: string | null) {
  return useQuery({
    queryKey: ['imports', 'one', id],
    queryFn: ({ signal }) => api<ImportView>(`/imports/${id}`, { signal }),
    enabled: id !== null,
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 500 : false),
  });
}

/** The agency's recent imports. */
export function useImports() {
  return useQuery({
    queryKey: ['imports', 'list'],
    queryFn: async ({ signal }) =>
      (await api<{ items: ImportView[] }>('/imports', { query: { limit: 20 }, signal })).items,
  });
}
