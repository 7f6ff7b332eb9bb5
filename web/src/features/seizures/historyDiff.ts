/**
 * Rebuilds the value of every tracked field at any version from the per-version changes that
 * `GET /seizures/:id/history` answers, so that any two versions can be compared side by side.
 */
import type { SeizureVersion } from '../../api/seizures';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The value of `field` at `version`: the last change at or before it, else the value before the first later change. */
export function valueAt(history: readonly SeizureVersion[], field: string, version: number): unknown {
  const ascending = [...history].sort((a, b) => a.version - b.version);
  let value: unknown = undefined;
  let known = false;
  for (const entry of ascending) {
    const change = entry.changes[field];
    if (!change) continue;
    if (entry.version <= version) {
      value = change[1];
      known = true;
    } else if (!known) {
      return change[0];
    }
  }
  return known ? value : null;
}

/** One field that differs between two versions. */
export interface FieldDiff {
  field: string;
  before: unknown;
  after: unknown;
}

/** The fields whose values differ between version `from` and version `to`, in the history's field order. */
export function diffVersions(history: readonly SeizureVersion[], from: number, to: number): FieldDiff[] {
  const fields: string[] = [];
  for (const entry of [...history].sort((a, b) => a.version - b.version)) {
    for (const field of Object.keys(entry.changes)) {
      if (!fields.includes(field)) fields.push(field);
    }
  }
  return fields
    .map((field) => ({ field, before: valueAt(history, field, from), after: valueAt(history, field, to) }))
    .filter((diff) => !same(diff.before, diff.after));
}
