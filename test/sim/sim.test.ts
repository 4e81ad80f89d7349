// The deterministic simulator (test/sim): a bounded slice of seeds in
// `npm test` (`npm run sim -- --seeds N` runs more), its determinism, and
// proof that its checks catch planted bugs.

import { describe, expect, it } from 'vitest';

import { EntryType, MemoryStorage, type Index, type NodeId, type Term } from '../../src/raft/index.js';
import { Rng, SimDisk, plantedBugs, runSeed, runSim, type PlantedBug } from './index.js';

const seeds = Number(process.env['SIM_SEEDS'] ?? 500);
const steps = Number(process.env['SIM_STEPS'] ?? 200);
const batch = 50;

describe(`simulator: ${seeds} seeds x ${steps} steps`, () => {
  for (let first = 1; first <= seeds; first += batch) {
    const last = Math.min(seeds, first + batch - 1);
    it(`seeds ${first}..${last}: every safety check holds and the client history is linearizable`, () => {
      const failures: string[] = [];
      for (let seed = first; seed <= last; seed++) {
        const r = runSeed(seed, { steps });
        if (!r.ok) failures.push(`seed ${seed}: ${r.failure!.invariant}: ${r.failure!.message} (replay: npm run sim -- --seed ${seed} --steps ${steps})`);
        else expect(r.linearizability).toBe('linearizable');
      }
      expect(failures).toEqual([]);
    }, 120_000);
  }
});

// The seat's Ready loop (src/node/ready-plan.ts): a leader sends and applies before its write is synced.
const pipeliningSeeds = Number(process.env['SIM_PIPELINING_SEEDS'] ?? 300);
describe(`simulator with leader pipelining: ${pipeliningSeeds} seeds x ${steps} steps`, () => {
  for (let first = 1; first <= pipeliningSeeds; first += batch) {
    const last = Math.min(pipeliningSeeds, first + batch - 1);
    it(`seeds ${first}..${last}: every safety check holds and the client history is linearizable`, () => {
      const failures: string[] = [];
      let pipelined = 0;
      let crashedPastDurable = 0;
      for (let seed = first; seed <= last; seed++) {
        const r = runSeed(seed, { steps, leaderPipelining: true });
        pipelined += r.stats.pipelinedReadys;
        crashedPastDurable += r.stats.pipelinedCrashesPastDurable;
        if (!r.ok) failures.push(`seed ${seed}: ${r.failure!.invariant}: ${r.failure!.message} (replay: npm run sim -- --seed ${seed} --steps ${steps} --leader-pipelining)`);
        else expect(r.linearizability).toBe('linearizable');
      }
      expect(failures).toEqual([]);
      expect(pipelined).toBeGreaterThan(0);
      // The window that matters was tried: a leader crashed after committing entries its own disk had not synced.
      expect(crashedPastDurable).toBeGreaterThan(0);
    }, 120_000);
  }
});

describe('simulator: determinism and coverage', () => {
  it('one seed replays exactly: the same events, the same history', () => {
    const trace = (): string[] => {
      const lines: string[] = [];
      const r = runSeed(42, { steps, trace: (l) => lines.push(l) });
      lines.push(JSON.stringify(r.stats));
      return lines;
    };
    const a = trace();
    expect(a.length).toBeGreaterThan(10);
    expect(trace()).toEqual(a);
    expect(runSeed(43, { steps }).stats).not.toEqual(runSeed(42, { steps }).stats);
  });

  it('the faults and operations actually happen across seeds', () => {
    const total: Record<string, number> = {};
    for (let seed = 1000; seed < 1040; seed++) for (const [k, v] of Object.entries(runSeed(seed, { steps }).stats)) total[k] = (total[k] ?? 0) + v;
    for (const k of ['messagesDropped', 'messagesDuplicated', 'crashes', 'tornWrites', 'partitions', 'confChanges', 'transfers', 'snapshotsInstalled', 'compactions', 'writesAcked', 'writesUnknown', 'readsOk']) {
      expect(total[k], k).toBeGreaterThan(0);
    }
    expect(total['leaderChanges']!).toBeGreaterThan(40);
  });
});

describe('simulator: the checks catch planted bugs', () => {
  const expected: Record<PlantedBug, string[]> = {
    'apply-wrong-entry': ['state-machine-safety'],
    'stale-read': ['linearizability'],
    'early-ack': ['acknowledged-write-lost', 'linearizability'],
  };
  for (const bug of plantedBugs) {
    it(`${bug} is reported (${expected[bug].join(' or ')})`, () => {
      const caught: number[] = [];
      for (let seed = 1; seed <= 10; seed++) {
        const r = runSeed(seed, { steps, plant: bug });
        if (!r.ok) {
          expect(expected[bug]).toContain(r.failure!.invariant);
          caught.push(seed);
        }
      }
      // Every planted bug shows in most seeds; none may pass them all.
      expect(caught.length).toBeGreaterThanOrEqual(5);
    });
  }
});

describe('simulator parts', () => {
  it('Rng: same seed, same sequence; int(n) within [0, n)', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    const xs = Array.from({ length: 1000 }, () => a.int(10));
    expect(Array.from({ length: 1000 }, () => b.int(10))).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 10)).toBe(true);
    expect(new Set(xs).size).toBe(10);
    expect(new Rng(8).nextU32()).not.toBe(new Rng(7).nextU32());
  });

  it('SimDisk: a crash keeps what was synced and only a prefix of the unsynced write', () => {
    const e = (i: number, t: number) => ({ index: i as Index, term: t as Term, type: EntryType.Normal, data: new Uint8Array([i]) });
    const hs = (t: number, c: number) => ({ term: t as Term, vote: 0 as NodeId, commit: c as Index });
    const kept = new Set<number>();
    for (let seed = 1; seed <= 60; seed++) {
      const disk = new SimDisk(new MemoryStorage({ confState: { voters: [1 as NodeId], learners: [] } }));
      disk.write({ entries: [e(2, 2)], hardState: hs(2, 2) });
      disk.fsync();
      disk.write({ entries: [e(3, 3), e(4, 3)], hardState: hs(3, 4) });
      expect(disk.live.lastIndex()).toBe(4); // the page cache shows the write
      const torn = disk.crash(new Rng(seed))!;
      expect(torn.of).toBe(3);
      kept.add(torn.kept);
      const s = disk.live;
      expect(s.lastIndex()).toBe(2 + Math.min(torn.kept, 2));
      expect(s.initialState().hardState).toEqual(torn.kept === 3 ? hs(3, 4) : hs(2, 2));
      expect(s.term(2 as Index)).toBe(2);
    }
    expect([...kept].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('npm run sim (cli)', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
  };

  it('--seeds N --start S --json: runs them, prints seeds/s and one JSON object last; exit 0', () => {
    const t = io();
    expect(runSim(['--seeds', '3', '--start', '5', '--steps', '100', '--json'], t.io)).toBe(0);
    const text = t.out.join('');
    expect(text).toMatch(/3 seeds from 5, 100 steps each: 3 passed, 0 failed; [\d.]+ s, [\d.]+ seeds\/s/);
    const last = JSON.parse(text.trim().split('\n').pop()!);
    expect(last).toMatchObject({ seeds: 3, start: 5, steps: 100, passed: 3, failed: 0, failures: [] });
    expect(last.seedsPerSecond).toBeGreaterThan(0);
  });

  it('a failing seed prints the one command that replays it; exit 3', () => {
    const t = io();
    expect(runSim(['--seed', '3', '--steps', '100', '--plant', 'apply-wrong-entry'], t.io)).toBe(3);
    expect(t.err.join('')).toContain('replay: npm run sim -- --seed 3 --steps 100 --plant apply-wrong-entry');
    expect(t.err.join('')).toContain('state-machine-safety');
  });

  it('usage errors exit 2 and name the problem', () => {
    for (const [args, msg] of [
      [[], 'exactly one of --seed and --seeds'],
      [['--seed', '1', '--seeds', '2'], 'exactly one'],
      [['--seeds', '0'], '--seeds must be an integer >= 1'],
      [['--seed', 'x'], '--seed must be an integer'],
      [['--seed', '1', '--plant', 'nope'], '--plant must be one of'],
      [['--seed', '1', '--start', '2'], '--start goes with --seeds'],
      [['--seed', '1', '--bogus'], 'bogus'],
    ] as const) {
      const t = io();
      expect(runSim([...args], t.io), args.join(' ')).toBe(2);
      expect(t.err.join(''), args.join(' ')).toContain(msg);
    }
  });
});
