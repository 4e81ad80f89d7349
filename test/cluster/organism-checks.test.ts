/**
 * The organism workload's checks on made-up histories (no processes): a
 * record in two facts, a record in no fact, a subscriber that resumed at the
 * wrong place or saw a gap or a repeat are each reported; clean ones pass.
 * Plus `--workload` parsing.
 */
import { describe, expect, it } from 'vitest';

import { parseArgs, UsageError } from './cli.js';
import { checkCitations, checkStreams, type StreamRecord } from './organism-workload.js';

const A = 'aa'.repeat(32);
const B = 'bb'.repeat(32);
const ups = [
  { name: 'alpha', stableId: A, published: 4 },
  { name: 'beta', stableId: B, published: 4 },
];
const ptr = (member: string, sequence: number) => ({ member, stream: 'facts', sequence, digest: new Uint8Array(32) });
const fact = (sequence: number, ...evidence: ReturnType<typeof ptr>[]) => ({ sequence, evidence });

describe('organism checks: every upstream record in exactly one fact', () => {
  const clean = [fact(1, ptr(A, 2), ptr(B, 1)), fact(2, ptr(A, 3), ptr(B, 2)), fact(3, ptr(A, 4), ptr(B, 3)), fact(4, ptr(B, 4))];

  it('passes a clean history; records before the first cited are a note, not an anomaly', () => {
    const r = checkCitations(clean, ups);
    expect(r.anomalies).toEqual([]);
    expect(r.recordsChecked).toBe(7);
    expect(r.notes.join()).toContain('alpha: records 1..1');
  });

  it('reports a record cited by two facts', () => {
    const r = checkCitations([...clean, fact(5, ptr(A, 3))], ups);
    expect(r.anomalies).toEqual(['record alpha/3 appears in 2 facts: 2, 5']);
  });

  it('reports a record in no fact', () => {
    const r = checkCitations([fact(1, ptr(A, 1), ptr(B, 1)), fact(2, ptr(A, 3), ptr(B, 2))], ups);
    expect(r.anomalies).toEqual(['record alpha/2 appears in no fact']);
  });

  it('reports an upstream no fact cites', () => {
    expect(checkCitations([fact(1, ptr(A, 1))], ups).anomalies).toEqual(['no fact cites upstream beta']);
  });
});

describe('organism checks: Subscribe resumes without gaps, never backwards', () => {
  const s = (client: number, from: number, sequences: number[], end = 'left'): StreamRecord => ({ client, seat: 's1', from, sequences, end });

  it('passes contiguous streams across resumes (and an empty stream)', () => {
    const r = checkStreams([s(0, 1, [1, 2, 3]), s(1, 1, [1]), s(0, 4, []), s(0, 4, [4, 5], 'SURFACE_RPC_UNAVAILABLE'), s(1, 2, [2])]);
    expect(r.anomalies).toEqual([]);
    expect(r.resumes).toBe(3);
  });

  it('reports a resume from the wrong sequence', () => {
    expect(checkStreams([s(0, 1, [1, 2]), s(0, 5, [5])]).anomalies).toEqual(['client 0: resumed on s1 from 5, expected 3']);
  });

  it('reports a gap, a repeat, and a SURFACE_STREAM_GAP error', () => {
    expect(checkStreams([s(0, 1, [1, 3, 4])]).anomalies).toEqual(['client 0 on s1: got sequence 3 after 1 (over a gap)']);
    expect(checkStreams([s(0, 1, [1, 2, 2])]).anomalies).toEqual(['client 0 on s1: got sequence 2 after 2 (backwards)']);
    expect(checkStreams([s(0, 1, [1], 'SURFACE_STREAM_GAP')]).anomalies).toEqual(['client 0 on s1: Subscribe(1) skipped a sequence (SURFACE_STREAM_GAP)']);
  });
});

describe('test:cluster --workload', () => {
  it('takes kv or organism, kv by default', () => {
    expect(parseArgs([]).workload).toBe('kv');
    expect(parseArgs(['--workload', 'organism']).workload).toBe('organism');
    expect(() => parseArgs(['--workload', 'bank'])).toThrow(UsageError);
    expect(() => parseArgs(['--workload', 'bank'])).toThrow(/--workload must be kv or organism, got "bank"/);
  });
});
