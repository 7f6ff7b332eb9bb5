import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS_HASH, rowHash, type ChainedFields } from './chain.js';

const row: ChainedFields = {
  seq: 1,
  at: '2026-11-30T00:00:00.000Z',
  actorId: null,
  actorUsername: 'kz-mvd.officer',
  actorAgencyId: null,
  action: 'user.create',
  objectType: 'user',
  objectId: 'x',
  objectAgencyId: null,
  outcome: 'success',
  ip: '127.0.0.1',
  requestId: 'r1',
  details: { b: 1, a: ['é', { d: null, c: 2 }] },
  prevHash: GENESIS_HASH,
};

describe('audit hash chain', () => {
  it('canonical JSON ignores key order, as jsonb does', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe(canonicalJson({ a: { c: 3, d: 2 }, b: 1 }));
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
  });

  it('changes with every covered field, including the link to the previous row', () => {
    const base = rowHash(row);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(rowHash({ ...row, details: { a: ['é', { c: 2, d: null }], b: 1 } })).toBe(base);
    for (const change of [
      { seq: 2 },
      { actorUsername: 'someone' },
      { outcome: 'failure' },
      { details: { b: 2 } },
      { prevHash: 'f'.repeat(64) },
      { objectAgencyId: 'y' },
    ]) {
      expect(rowHash({ ...row, ...change }), JSON.stringify(change)).not.toBe(base);
    }
  });
});
