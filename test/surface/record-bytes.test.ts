/**
 * The one-pass record encoder (recordCanonicalBytes) against the general
 * CanonicalWriter layout it replaced (recordCanonicalBytesReference): equal
 * bytes for any fact, including non-ASCII keys and streams, the largest safe
 * integers and digests of any length; bad ids and numbers are refused.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { Fact } from '../../src/common/fact.js';
import { recordCanonicalBytes, recordCanonicalBytesReference } from '../../src/surface/index.js';

const hexId = fc.uint8Array({ minLength: 32, maxLength: 32 }).map((b) => Buffer.from(b).toString('hex'));
const safe = fc.oneof(fc.constant(0), fc.constant(Number.MAX_SAFE_INTEGER), fc.constant(2 ** 32), fc.constant(2 ** 32 - 1), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }));
const factArb: fc.Arbitrary<Fact> = fc.record({
  sequence: safe,
  key: fc.string({ unit: 'grapheme', maxLength: 40 }),
  status: fc.constantFrom<Fact['status']>('complete', 'degraded'),
  digest: fc.uint8Array({ maxLength: 80 }),
  evidence: fc.array(fc.record({ member: hexId, stream: fc.string({ unit: 'grapheme', maxLength: 20 }), sequence: safe, digest: fc.uint8Array({ maxLength: 40 }) }), { maxLength: 4 }),
  missing: fc.array(hexId, { maxLength: 3 }),
  appliedAt: safe,
  index: safe,
});

describe('recordCanonicalBytes', () => {
  it('property: the same bytes as the CanonicalWriter layout', () => {
    fc.assert(
      fc.property(factArb, (fact) => {
        expect(recordCanonicalBytes(fact).equals(recordCanonicalBytesReference(fact))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a bad member id and numbers that are not non-negative safe integers, naming the field', () => {
    const fact: Fact = { sequence: 1, key: 'k', status: 'complete', digest: new Uint8Array(32), evidence: [{ member: 'ab'.repeat(32), stream: 'facts', sequence: 1, digest: new Uint8Array(32) }], missing: [], appliedAt: 5, index: 9 };
    expect(() => recordCanonicalBytes({ ...fact, evidence: [{ ...fact.evidence[0]!, member: 'zz'.repeat(32) }] })).toThrow(expect.objectContaining({ code: 'SURFACE_RECORD_INVALID', details: { field: 'evidence.member' } }));
    expect(() => recordCanonicalBytes({ ...fact, missing: ['ab'] })).toThrow(expect.objectContaining({ details: { field: 'missing' } }));
    expect(() => recordCanonicalBytes({ ...fact, sequence: -1 })).toThrow(expect.objectContaining({ details: { field: 'sequence' } }));
    expect(() => recordCanonicalBytes({ ...fact, index: 2 ** 53 })).toThrow(expect.objectContaining({ details: { field: 'index' } }));
    expect(() => recordCanonicalBytes({ ...fact, evidence: [{ ...fact.evidence[0]!, sequence: 1.5 }] })).toThrow(expect.objectContaining({ details: { field: 'evidence.sequence' } }));
  });
});
