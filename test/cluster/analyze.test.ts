/**
 * The checks of the fault suite on made-up histories (no processes): each
 * kind of anomaly the suite reports is found, and a clean history passes.
 * Plus the seeded schedule and the CLI's argument checks.
 */
import { describe, expect, it } from 'vitest';

import { parseArgs, UsageError } from './cli.js';
import { analyzeKvHistory, type KvOpRecord, type SeatView } from './kv-workload.js';
import { diskFullGraceMs, faultKinds, faultSchedule, Nemesis } from './nemesis.js';
import type { SeatNetwork } from './network.js';
import { Rng } from './rng.js';

const seats = ['s1', 's2', 's3'];

function op(p: Partial<KvOpRecord> & Pick<KvOpRecord, 'f' | 'key' | 'call'>): KvOpRecord {
  return { client: 0, seat: 's1', ret: p.call + 1, outcome: 'ok', ...p };
}

function same(view: SeatView): Record<string, SeatView> {
  return Object.fromEntries(seats.map((s) => [s, view]));
}

const clean: KvOpRecord[] = [
  op({ f: 'write', key: 'r0', value: '1', call: 0 }),
  op({ f: 'read', key: 'r0', read: '1', call: 2 }),
  op({ f: 'cas', key: 'r0', from: '1', value: '2', swapped: true, call: 4 }),
  op({ f: 'cas', key: 'r1', value: '7', swapped: true, call: 4 }), // from absent
  op({ f: 'put', key: 'k0', value: 'a', call: 6 }),
  op({ f: 'get', key: 'k0', read: 'a', call: 8 }),
  op({ f: 'set', key: 'u-0-1', value: '10', call: 10 }),
  op({ f: 'set', key: 'u-0-2', value: '11', call: 12, outcome: 'fail', error: 'SEAT_NOT_LEADER' }),
  op({ f: 'set', key: 'u-0-3', value: '12', call: 14, ret: null, outcome: 'unknown' }),
];
const cleanView: SeatView = {
  r0: { found: true, value: '2', modIndex: 5 },
  r1: { found: true, value: '7', modIndex: 6 },
  k0: { found: true, value: 'a', modIndex: 7 },
  'u-0-1': { found: true, value: '10', modIndex: 8 },
  'u-0-2': { found: false },
  'u-0-3': { found: true, value: '12', modIndex: 9 },
};

describe('analyzeKvHistory', () => {
  it('passes a consistent history', () => {
    const r = analyzeKvHistory(clean, same(cleanView), seats, 100);
    expect(r.anomalies).toEqual([]);
    expect(r.details.linearizability).toMatchObject({ 'cas-register': { verdict: 'linearizable' }, kv: { verdict: 'linearizable' } });
    expect(r.details.longestWriteGapMs).toBe(4); // acknowledged writes returned at 1, 5, 5, 7, 11
  });

  it('reports an acknowledged write that is gone', () => {
    const r = analyzeKvHistory(clean, same({ ...cleanView, 'u-0-1': { found: false } }), seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/acknowledged write lost: put\(u-0-1, 10\)/);
  });

  it('reports a write refused as not applied that was applied', () => {
    const r = analyzeKvHistory(clean, same({ ...cleanView, 'u-0-2': { found: true, value: '11', modIndex: 10 } }), seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/reported not applied \(SEAT_NOT_LEADER\) was applied/);
  });

  it('reports seats that disagree on a key (value or the index that wrote it)', () => {
    const reads = same(cleanView);
    reads.s3 = { ...cleanView, k0: { found: true, value: 'a', modIndex: 99 } };
    const r = analyzeKvHistory(clean, reads, seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/seats disagree on "k0"/);
  });

  it('reports a stale read of a register as not linearizable, explained', () => {
    const stale = [...clean, op({ f: 'read', key: 'r0', read: '1', call: 20 })];
    const r = analyzeKvHistory(stale, same(cleanView), seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/cas-register: not linearizable[\s\S]*key "r0"/);
  });

  it('reports a cas from absent that swapped although the register held a value', () => {
    const bad = [...clean, op({ f: 'cas', key: 'r0', value: '9', swapped: true, call: 30 })];
    const r = analyzeKvHistory(bad, same({ ...cleanView, r0: { found: true, value: '9', modIndex: 11 } }), seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/cas-register: not linearizable/);
  });

  it('reports a final state no operation explains (kv model)', () => {
    const r = analyzeKvHistory(clean, same({ ...cleanView, k0: { found: true, value: 'never written', modIndex: 7 } }), seats, 100);
    expect(r.anomalies.join('\n')).toMatch(/kv: not linearizable/);
  });
});

describe('faultSchedule', () => {
  it('is a function of the seed and deals every kind before repeating one', () => {
    const a = faultSchedule(new Rng(42), 120, faultKinds);
    expect(faultSchedule(new Rng(42), 120, faultKinds)).toEqual(a);
    expect(faultSchedule(new Rng(43), 120, faultKinds)).not.toEqual(a);
    expect(new Set(a.slice(0, faultKinds.length).map((f) => f.kind)).size).toBe(faultKinds.length);
    const total = a.reduce((t, f) => t + f.durationMs + f.gapMs, 0);
    expect(total).toBeGreaterThanOrEqual(120_000);
  });
});

describe('Nemesis.stoppedByFullDisk', () => {
  // Seen in a run (seed 3000): the seat hit ENOSPC as the ballast was deleted and exited just after the hold.
  it('counts an ENOSPC exit 1 during, or shortly after, that seat\'s full disk, and nothing else', () => {
    const n = new Nemesis([], {} as SeatNetwork, [], new Rng(1), () => undefined);
    n.diskFullWindows.push({ seat: 's1', from: 1_000, to: 5_000 + diskFullGraceMs });
    const enospc = '{"level":"fatal","msg":"storage write failed: ENOSPC: no space left on device"}';
    expect(n.stoppedByFullDisk('s1', { at: 5_000 + diskFullGraceMs - 1, code: 1, tail: enospc })).toBe(true);
    expect(n.stoppedByFullDisk('s1', { at: 5_000 + diskFullGraceMs + 1, code: 1, tail: enospc })).toBe(false);
    expect(n.stoppedByFullDisk('s1', { at: 999, code: 1, tail: enospc })).toBe(false);
    expect(n.stoppedByFullDisk('s2', { at: 2_000, code: 1, tail: enospc })).toBe(false);
    expect(n.stoppedByFullDisk('s1', { at: 2_000, code: 0, tail: enospc })).toBe(false);
    expect(n.stoppedByFullDisk('s1', { at: 2_000, code: 1, tail: 'segfault' })).toBe(false);
  });
});

describe('test:cluster arguments', () => {
  it('parses the documented options', () => {
    expect(parseArgs(['--runs', '3', '--seconds', '40', '--seats', '5', '--seed', '7', '--faults', 'kill,disk-full', '--json'])).toMatchObject({
      runs: 3,
      seconds: 40,
      seats: 5,
      seed: 7,
      faults: ['kill', 'disk-full'],
      json: true,
    });
  });

  it('names what is wrong with bad input', () => {
    expect(() => parseArgs(['--seats', '4'])).toThrow(new UsageError('--seats must be 3 or 5'));
    expect(() => parseArgs(['--runs', 'x'])).toThrow(/--runs must be an integer in 1..10000, got "x"/);
    expect(() => parseArgs(['--faults', 'meteor'])).toThrow(/unknown fault "meteor"/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown argument "--bogus"/);
    expect(() => parseArgs(['--seconds'])).toThrow(/--seconds needs a value/);
  });
});
