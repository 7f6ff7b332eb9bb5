import { createHash } from 'node:crypto';

/** The `source` of every generated row: with `external_id` it is the natural key a re-run skips on. */
export const DEMO_SOURCE = 'demo';

/**
 * A name-based UUID (version 5 layout over SHA-1) of a generated object's external id: the same seed
 * gives the same ids, so a second run finds what the first one wrote and skips it.
 */
export function demoUuid(externalId: string): string {
  const hex = createHash('sha1').update(`northroute-demo:${externalId}`).digest('hex');
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
