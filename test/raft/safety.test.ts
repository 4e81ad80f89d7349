// Randomized runs of a five-member network with message loss, duplication,
// reordering, partitions, crashes, compaction, leader transfers and
// membership changes, checking Raft's safety properties after every step
// (§5.2 election safety, §5.4.3 state machine safety, leader completeness)
// and, once the faults stop, that the cluster converges. A small, bounded
// slice runs in `npm test`; RAFT_SAFETY_SEEDS=N runs more. A failure prints
// its seed, and the seed alone replays it.

import { describe, expect, it } from 'vitest';

import { isTesseraError as isErr } from '../../src/common/errors.js';
import { ConfChangeType, Role, type Index, type NodeId } from '../../src/raft/index.js';
import { Network, id, seededRand } from './harness.js';

const seeds = Number(process.env['RAFT_SAFETY_SEEDS'] ?? 40);
const steps = Number(process.env['RAFT_SAFETY_STEPS'] ?? 800);

interface Committed {
  term: number;
  data: string;
}

function run(seed: number): void {
  const rnd = seededRand(seed);
  const chance = (p: number): boolean => rnd(1000) < p * 1000;
  const all = [1, 2, 3, 4, 5];
  const net = new Network({
    voters: [1, 2, 3],
    config: {
      rand: seededRand(seed * 7919 + 1),
      // Vary the election options across seeds: without them elections are more frequent and disruptive.
      preVote: seed % 2 === 0,
      checkQuorum: seed % 3 !== 0,
      snapshotChunkBytes: 32,
      snapshotChunksInflightMax: 2,
      inflightMsgsMax: 4,
    },
  });
  net.addMember(4);
  net.addMember(5);

  // index -> the entry first applied there, by anyone.
  const committed = new Map<number, Committed>();
  const leaders = new Map<number, NodeId>(); // term -> leader
  let proposals = 0;
  // Read context -> the highest commit index anywhere when the read was asked (linearizability floor).
  const readFloor = new Map<string, number>();
  let reads = 0;

  const observe = (): void => {
    for (const n of all) {
      const m = net.member(n);
      for (const e of m.appliedEntries) {
        const key = { term: e.term, data: Buffer.from(e.data).toString('hex') };
        const seen = committed.get(e.index);
        if (seen === undefined) committed.set(e.index, key);
        else expect(key, `seed ${seed}: member ${n} applied a different entry at ${e.index} (state machine safety)`).toEqual(seen);
      }
      m.appliedEntries = []; // checked; keep memory flat
      for (const rs of m.readStates) {
        const ctx = Buffer.from(rs.context).toString();
        const floor = readFloor.get(ctx);
        expect(floor, `seed ${seed}: read ${ctx} was never asked`).toBeDefined();
        // ReadIndex is linearizable: the read sees every write committed before it was asked.
        // (A duplicated request or response may answer it again, never lower.)
        expect(rs.index, `seed ${seed}: read ${ctx} at ${rs.index} misses commits up to ${floor}`).toBeGreaterThanOrEqual(floor!);
      }
      m.readStates = [];
      const s = m.node.status();
      if (s.role !== Role.Leader) continue;
      const prev = leaders.get(s.term);
      expect(prev === undefined || prev === s.id, `seed ${seed}: two leaders in term ${s.term}: ${prev} and ${s.id} (election safety)`).toBe(true);
      if (prev === undefined) {
        leaders.set(s.term, s.id);
        // Leader completeness: a new leader holds every entry committed so far.
        const log = m.node.raftForTesting.log;
        for (const [i, c] of committed) {
          if (i < log.firstIndex()) continue;
          expect(log.term(i as Index), `seed ${seed}: leader ${s.id} of term ${s.term} lacks committed entry ${i}`).toBe(c.term);
        }
      }
    }
  };

  for (let step = 0; step < steps; step++) {
    const n = all[rnd(5)]!;
    const op = rnd(100);
    try {
      if (op < 12) net.tick(n);
      else if (op < 15) net.tickAll();
      else if (op < 25) net.processAllReady();
      else if (op < 35) {
        const leader = all.find((k) => net.node(k).status().role === Role.Leader);
        if (leader !== undefined) net.propose(leader, `s${seed}-p${proposals++}`);
      } else if (op < 38) net.propose(n, `s${seed}-f${proposals++}`);
      else if (op < 40) net.campaign(n);
      else if (op < 42) {
        const leader = all.find((k) => net.node(k).status().role === Role.Leader);
        if (leader !== undefined) {
          const cs = net.node(leader).status().confState;
          const nonMembers = all.filter((k) => !cs.voters.includes(id(k)) && !cs.learners.includes(id(k)));
          const r = rnd(3);
          if (r === 0 && cs.voters.length > 3) net.node(leader).proposeConfChange({ type: ConfChangeType.Remove, node: cs.voters[rnd(cs.voters.length)]!, context: new Uint8Array() });
          else if (r === 1 && nonMembers.length > 0) net.node(leader).proposeConfChange({ type: ConfChangeType.AddLearner, node: id(nonMembers[rnd(nonMembers.length)]!), context: new Uint8Array() });
          else if (r === 2 && cs.learners.length > 0) net.node(leader).proposeConfChange({ type: ConfChangeType.AddVoter, node: cs.learners[rnd(cs.learners.length)]!, context: new Uint8Array() });
        }
      } else if (op < 44) {
        const leader = all.find((k) => net.node(k).status().role === Role.Leader);
        if (leader !== undefined) net.node(leader).transferLeader(id(all[rnd(5)]!));
      } else if (op < 45) net.compact(n, rnd(3));
      else if (op < 47) {
        const ctx = `s${seed}-r${reads++}`;
        readFloor.set(ctx, Math.max(...all.map((k) => net.node(k).status().commit)));
        net.node(n).readIndex(Buffer.from(ctx));
      }
      else if (op < 48) net.restart(n);
      else if (op < 49) {
        const side = all.filter(() => chance(0.5));
        net.partition(side, all.filter((k) => !side.includes(k)));
      } else if (op < 52) net.heal();
      else if (op < 75) net.processReady(n);
      else {
        // Deliver some of what is in flight, in a shuffled order, losing and duplicating a few.
        const batch = net.inflight;
        net.inflight = [];
        for (let k = batch.length - 1; k > 0; k--) {
          const j = rnd(k + 1);
          [batch[k], batch[j]] = [batch[j]!, batch[k]!];
        }
        for (const m of batch) {
          if (chance(0.1)) continue; // lost
          if (chance(0.3)) net.inflight.push(m); // later
          else {
            net.inflight.push(m);
            net.deliver((x) => x === m);
            if (chance(0.05)) {
              net.inflight.push(m); // duplicated
              net.deliver((x) => x === m);
            }
          }
        }
      }
    } catch (e) {
      // Refusals are part of the protocol; anything else (an assertion) is a failure.
      if (!isErr(e) || e.code === 'ASSERTION_FAILED' || !e.code.startsWith('RAFT_')) throw new Error(`seed ${seed} step ${step}: ${String(e)}`, { cause: e });
    }
    observe();
  }

  // Faults stop: the cluster elects a leader, commits a final entry, and every member of the configuration applies the same log.
  net.heal();
  let done = false;
  for (let round = 0; round < 300 && !done; round++) {
    net.tickAll();
    net.stabilize();
    observe();
    const leader = all.find((k) => net.node(k).status().role === Role.Leader);
    if (leader === undefined) continue;
    if (round % 10 === 0) {
      try {
        net.propose(leader, `s${seed}-final`);
      } catch (e) {
        if (!isErr(e)) throw e;
      }
      net.stabilize();
      observe();
    }
    const cs = net.node(leader).status().confState;
    const members = [...cs.voters, ...cs.learners];
    const commit = net.node(leader).status().commit;
    done = members.every((k) => net.member(k).appliedIndex === commit) && [...committed.values()].some((c) => Buffer.from(c.data, 'hex').toString() === `s${seed}-final`);
  }
  expect(done, `seed ${seed}: the cluster did not converge after the faults stopped`).toBe(true);
}

describe('safety under faults (randomized, seeded)', () => {
  // Batches of seeds, each its own test, so a long run (RAFT_SAFETY_SEEDS) stays within the per-test timeout.
  const batch = 10;
  for (let first = 1; first <= seeds; first += batch) {
    const last = Math.min(seeds, first + batch - 1);
    it(`keeps election safety, leader completeness and state machine safety, then converges: seeds ${first}..${last} x ${steps} steps`, () => {
      for (let seed = first; seed <= last; seed++) run(seed);
    });
  }
});
