import { createHash } from 'node:crypto';

/** The hash that precedes the first audit row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The fields of an audit row that its hash covers (everything but the hash itself). */
export interface ChainedFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  actorAgencyId: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  objectAgencyId: string | null;
  outcome: string;
  ip: string | null;
  requestId: string | null;
  details: unknown;
  prevHash: string;
}

/** JSON with object keys sorted, so that jsonb's own key order cannot change a hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SHA-256 over the canonical form of a row, including the previous row's hash (the chain). */
export function rowHash(fields: ChainedFields): string {
  const ordered = [
    fields.seq,
    fields.at,
    fields.actorId,
    fields.actorUsername,
    fields.actorAgencyId,
    fields.action,
    fields.objectType,
    fields.objectId,
    fields.objectAgencyId,
    fields.outcome,
    fields.ip,
    fields.requestId,
    fields.details ?? null,
    fields.prevHash,
  ];
  return createHash('sha256').update(canonicalJson(ordered)).digest('hex');
}
