/**
 * Imports started from the web app run as background jobs of the server process: the request that
 * starts one answers at once, and the page polls the job's phase, rows and problems. A job's lasting
 * trace is its batch (`import_batches`); the in-memory job only adds what a running or dry-run import
 * has not written yet, and is forgotten an hour after it ends (or when the server restarts: a commit
 * cut short that way is continued by starting the same file again).
 */
import { randomUUID } from 'node:crypto';
import type { ImportProblem } from './problems.js';

/** The shown state of an import. */
export type ImportStatus = 'running' | 'checked' | 'committed' | 'failed';

/** A job as the API shows it (and a batch, through `presentBatch`). */
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
  /** The first problems, by row (the whole list is kept with the batch up to its limit). */
  problems: ImportProblem[];
  error: { code: string; message: string; field: string | null } | null;
  createdAt: string;
  finishedAt: string | null;
}

/** Problems sent with a job or batch view. */
export const PROBLEMS_SHOWN = 1000;

interface Job {
  agencyId: string;
  view: ImportView;
  endedAt: number | null;
}

const jobs = new Map<string, Job>();
const FORGET_MS = 3600_000;

function forgetOld(): void {
  const now = Date.now();
  for (const [id, job] of jobs) if (job.endedAt !== null && now - job.endedAt > FORGET_MS) jobs.delete(id);
}

/** Registers a job of an agency and returns its live view (mutated by `run`'s callbacks). */
export function newJob(
  agencyId: string,
  init: Pick<ImportView, 'profile' | 'fileName' | 'dryRun'>,
): ImportView {
  forgetOld();
  const view: ImportView = {
    id: randomUUID(),
    batchId: null,
    ...init,
    status: 'running',
    phase: 'queued',
    rowsDone: 0,
    rowsTotal: null,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    problemCount: 0,
    problems: [],
    error: null,
    createdAt: new Date().toISOString(),
    finishedAt: null,
  };
  jobs.set(view.id, { agencyId, view, endedAt: null });
  return view;
}

/** Marks a job ended (its view already holds the outcome). */
export function endJob(id: string): void {
  const job = jobs.get(id);
  if (!job) return;
  job.endedAt = Date.now();
  job.view.finishedAt = new Date().toISOString();
}

/** The job of an agency by its id or its batch's id; undefined for another agency's. */
export function findJob(agencyId: string, id: string): ImportView | undefined {
  for (const job of jobs.values()) {
    if (job.agencyId === agencyId && (job.view.id === id || job.view.batchId === id)) return job.view;
  }
  return undefined;
}

/** The agency's jobs that have no batch row to show them (dry runs, and commits not yet started). */
export function jobsWithoutBatch(agencyId: string): ImportView[] {
  return [...jobs.values()]
    .filter((j) => j.agencyId === agencyId && j.view.batchId === null)
    .map((j) => j.view);
}

/** The agency's jobs by the batch they write. */
export function jobsByBatch(agencyId: string): Map<string, ImportView> {
  const out = new Map<string, ImportView>();
  for (const job of jobs.values()) {
    if (job.agencyId === agencyId && job.view.batchId) out.set(job.view.batchId, job.view);
  }
  return out;
}
