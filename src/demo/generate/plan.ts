/**
 * A whole run: seizures in chunks, each with the records it needs. Groups come in cohorts of
 * COHORT_SIZE seizures (one group of each kind per cohort), built from their own random streams,
 * so seizure n of seed s is the same whatever N is: a larger run extends a smaller one.
 */
import { AgencyDirectory, type AgencyRef } from './agencies.js';
import type { RecordDraft } from './drafts.js';
import { buildGroup, GROUP_FAMILIES, type Group, type GroupFamily } from './groups.js';
import { Random } from './random.js';
import { buildSeizure, type SeizureDraft } from './seizure.js';

/** Seizures per cohort of groups. */
export const COHORT_SIZE = 250;

/** What to generate. */
export interface PlanOptions {
  readonly seed: string;
  readonly seizures: number;
  readonly agencies: readonly AgencyRef[];
  /** Seizures per chunk: a multiple of COHORT_SIZE, so that each cohort is written with one chunk. */
  readonly chunkSize?: number;
}

/** Seizures and the records they need, written in one transaction. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
  readonly seizures: readonly SeizureDraft[];
  readonly records: readonly RecordDraft[];
}

function cohort(
  root: Random,
  directory: AgencyDirectory,
  seed: string,
  number: number,
): Map<GroupFamily, Group> {
  const groups = new Map<GroupFamily, Group>();
  for (const family of GROUP_FAMILIES) {
    const group = buildGroup(
      root.fork(`cohort:${number}:${family}`),
      directory,
      family,
      `group:${seed}:${number}:${family}`,
    );
    if (group) groups.set(family, group);
  }
  return groups;
}

/** The records of a cohort: groups, members, vehicles, then links. */
export function cohortRecords(groups: ReadonlyMap<GroupFamily, Group>): RecordDraft[] {
  return [...groups.values()].flatMap((g) => [
    g.record,
    ...g.members.map((m) => m.record),
    ...g.vehicles,
    ...g.links,
  ]);
}

/** The run, chunk by chunk. */
export function* planChunks(options: PlanOptions): Generator<Chunk> {
  const chunkSize = Math.max(COHORT_SIZE, Math.round((options.chunkSize ?? 500) / COHORT_SIZE) * COHORT_SIZE);
  const directory = new AgencyDirectory(options.agencies);
  const root = new Random(`northroute-demo:${options.seed}`);
  for (let from = 0; from < options.seizures; from += chunkSize) {
    const to = Math.min(options.seizures, from + chunkSize);
    const seizures: SeizureDraft[] = [];
    const records: RecordDraft[] = [];
    for (let c = Math.floor(from / COHORT_SIZE); c * COHORT_SIZE < to; c++) {
      const groups = cohort(root, directory, options.seed, c);
      records.push(...cohortRecords(groups));
      const end = Math.min(to, (c + 1) * COHORT_SIZE);
      for (let index = c * COHORT_SIZE; index < end; index++) {
        const draft = buildSeizure({
          seed: options.seed,
          index,
          rng: root.fork(`seizure:${index}`),
          directory,
          groups,
        });
        if (draft) {
          seizures.push(draft);
          records.push(...draft.records);
        }
      }
    }
    yield { from, to, seizures, records };
  }
}
