/**
 * `npm run bench:raft [-- --json] [--seconds S] [--dir DIR]`: a three-member
 * cluster of the Raft core in one process, P concurrent proposers (1, 16,
 * 256) each keeping one 256-byte entry outstanding on the leader (a new one
 * as soon as the leader applies the last), measured in entries committed
 * (applied by the leader) per second:
 *
 * - memory: every member on MemoryStorage;
 * - disk: every member on a DurableLogStore in its own temporary directory
 *   (or under --dir), with fsyncs/s and entries per fsync of the leader's WAL.
 *
 * The driver handles one Ready at a time per member: persist, send, apply,
 * advance. Group commit comes from batching: proposals and acknowledgements
 * that arrive while a Ready is being persisted go into the next one. The
 * leader sends its MsgApp/heartbeats while its own write is in flight (Raft
 * thesis §10.2.1) and applies the entries its Ready commits meanwhile.
 * Safe with one Ready at a time: a Ready's committed entries were counted
 * with the leader's own copy from an earlier Ready, whose write completed
 * before that Ready's advance(); an entry written in this Ready can only be
 * committed (by a follower's acknowledgement) after ready() was taken, so
 * it shows up in the next Ready, which starts after this write is durable.
 * Not done when the Ready changes term or vote. There is no etcd in this process to run side by
 * side, so the ratios printed are measured over the targets. With --json the
 * last line is one JSON object {results, ratios, targets}.
 */
import fs from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import {
  MemoryStorage,
  MessageType,
  RawNode,
  Role,
  bootstrapUpdate,
  EntryType,
  type ConfState,
  type HardState,
  type Index,
  type LogStore,
  type Message,
  type NodeId,
  type Ready,
  type Term,
} from '../src/raft/index.js';
import { DurableLogStore } from '../src/storage/index.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const opt = (name: string, dflt: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : dflt;
};
const seconds = opt('--seconds', 3);
const warmupSeconds = 0.5;
const dirArg = args.includes('--dir') ? args[args.indexOf('--dir') + 1]! : undefined;
const proposerCounts = [1, 16, 256];
const entryBytes = 256;
/** Snapshot and compact each member's log every this many applied entries (keeps memory flat). */
const compactEvery = 65_536;
const targets = { memory256: 200_000, disk256: 50_000 };

const confState: ConfState = { voters: [1, 2, 3] as NodeId[], learners: [] };
const payload = new Uint8Array(entryBytes).fill(0x5a);

interface Member {
  readonly id: NodeId;
  readonly node: RawNode;
  readonly store: LogStore;
  applied: number;
  lastCompact: number;
  /** A commit-only hard state not yet written (see the loop). */
  deferredHardState: HardState | undefined;
  /** Wakes the member's loop when a message or proposal arrived. */
  wake: (() => void) | undefined;
}

interface Measure {
  entriesPerSec: number;
  /** Leader's WAL fdatasyncs per second (disk only). */
  fsyncsPerSec: number;
  entriesPerFsync: number;
  /** All three members' WAL fdatasyncs per second (disk only). */
  clusterFsyncsPerSec: number;
  /** Leader Readys per second (each one persist + send + apply). */
  readysPerSec: number;
  cpuMsPer1k: number;
}

async function runCluster(kind: 'memory' | 'disk', proposers: number, base: string): Promise<Measure> {
  const dirs: string[] = [];
  const stores: LogStore[] = [];
  for (let k = 0; k < 3; k++) {
    if (kind === 'memory') {
      stores.push(new MemoryStorage({ confState }));
    } else {
      const dir = fs.mkdtempSync(join(base, `raft-${k + 1}-`));
      dirs.push(dir);
      const s = await DurableLogStore.open({ dir });
      await s.save(bootstrapUpdate(confState));
      await s.settled();
      stores.push(s);
    }
  }
  const members = new Map<NodeId, Member>();
  for (let k = 0; k < 3; k++) {
    const id = (k + 1) as NodeId;
    // rand 0: fixed timeouts; nothing ticks during the measure, so no elections happen.
    const node = new RawNode({ id, rand: () => 0, inflightMsgsMax: 1024, msgAppBytesMax: 4 << 20, uncommittedBytesMax: 256 << 20 }, stores[k]!);
    members.set(id, { id, node, store: stores[k]!, applied: 1, lastCompact: 1, deferredHardState: undefined, wake: undefined });
  }
  const leader = members.get(1 as NodeId)!;
  let stop = false;
  let committed = 0;
  let leaderReadys = 0;

  const wake = (m: Member): void => {
    const w = m.wake;
    m.wake = undefined;
    w?.();
  };
  const send = (msgs: readonly Message[]): void => {
    for (const msg of msgs) {
      const to = members.get(msg.to)!;
      to.node.step(msg);
      wake(to);
    }
  };
  const propose = (n: number): void => {
    for (let k = 0; k < n; k++) leader.node.propose(payload);
    wake(leader);
  };

  const apply = (m: Member, rd: Ready): void => {
    let applied = 0;
    for (const e of rd.committedEntries) {
      m.applied = e.index;
      if (e.data.length === entryBytes) applied++;
    }
    if (m === leader) {
      leaderReadys++;
      committed += applied;
      if (!stop && applied > 0) propose(applied);
    }
  };

  const loop = async (m: Member): Promise<void> => {
    let readys = 0;
    while (!stop) {
      // MemoryStorage saves synchronously, so the members would pass work
      // around in microtasks forever: yield to timers now and then.
      if (++readys % 32 === 0) await new Promise((r) => setImmediate(r));
      if (!m.node.hasReady()) {
        await new Promise<void>((resolve) => {
          m.wake = resolve;
        });
        continue;
      }
      const rd: Ready = m.node.ready();
      const isLeader = m.node.raftForTesting.role === Role.Leader;
      // The leader's appends and heartbeats go out while it writes its own
      // copy (§10.2.1), unless this Ready changes term or vote.
      const early = !termOrVoteChanged(m, rd) && isLeader;
      const now: Message[] = [];
      const after: Message[] = [];
      for (const msg of rd.messages) (early && (msg.type === MessageType.App || msg.type === MessageType.Heartbeat) ? now : after).push(msg);
      send(now);
      // The leader's committed entries are already durable on it (see the
      // module comment), so it applies them, and its proposers refill,
      // while its write is in flight: the new proposals join the next Ready.
      if (early) apply(m, rd);
      if (!rd.mustSync && rd.snapshot === undefined && rd.entries.length === 0) {
        // Only the commit index changed: it need not be synced (raw-node.ts),
        // so it rides along with the next write that must sync.
        m.deferredHardState = rd.hardState ?? m.deferredHardState;
      } else {
        const hardState = rd.hardState ?? m.deferredHardState;
        m.deferredHardState = undefined;
        await m.store.save({ snapshot: rd.snapshot, entries: rd.entries, hardState });
      }
      send(after);
      if (!early) apply(m, rd);
      m.node.advance();
      // Commit-only hard states are deferred, so the stored commit can trail
      // what was applied: snapshot only what the store knows is committed.
      const snapshotable = Math.min(m.applied, m.store.initialState().hardState.commit);
      if (snapshotable - m.lastCompact >= compactEvery) {
        const at = snapshotable as Index;
        m.lastCompact = at;
        await m.store.createSnapshot(at, confState, new Uint8Array(0));
        await m.store.compact((at - 1) as Index);
      }
    }
  };

  const persistedTerm = new Map<NodeId, { term: number; vote: number }>();
  for (const m of members.values()) persistedTerm.set(m.id, { term: m.store.initialState().hardState.term, vote: m.store.initialState().hardState.vote });
  function termOrVoteChanged(m: Member, rd: Ready): boolean {
    const h = rd.hardState;
    if (h === undefined) return false;
    const p = persistedTerm.get(m.id)!;
    const changed = h.term !== p.term || h.vote !== p.vote;
    persistedTerm.set(m.id, { term: h.term, vote: h.vote });
    return changed;
  }

  const loops = [...members.values()].map((m) => loop(m));
  leader.node.campaign();
  wake(leader);
  while (leader.node.raftForTesting.role !== Role.Leader || leader.node.status().commit < 2) await new Promise((r) => setImmediate(r));
  propose(proposers);

  const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
  await sleep(warmupSeconds * 1000);
  const fsyncs = (): number[] => stores.map((s) => (s instanceof DurableLogStore ? s.stats().fsyncs.wal : 0));
  const c0 = committed;
  const r0 = leaderReadys;
  const f0 = fsyncs();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  await sleep(seconds * 1000);
  const elapsed = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const entries = committed - c0;
  const f1 = fsyncs();
  const leaderFsyncs = f1[0]! - f0[0]!;
  const clusterFsyncs = f1.reduce((a, b, k) => a + b - f0[k]!, 0);
  const readys = leaderReadys - r0;
  stop = true;
  for (const m of members.values()) wake(m);
  await Promise.all(loops);
  for (const s of stores) if (s instanceof DurableLogStore) await s.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  return {
    entriesPerSec: entries / elapsed,
    fsyncsPerSec: leaderFsyncs / elapsed,
    entriesPerFsync: leaderFsyncs > 0 ? entries / leaderFsyncs : 0,
    clusterFsyncsPerSec: clusterFsyncs / elapsed,
    readysPerSec: readys / elapsed,
    cpuMsPer1k: entries > 0 ? ((cpu.user + cpu.system) / 1000 / entries) * 1000 : 0,
  };
}

/**
 * The disk's ceiling at this moment: one DurableLogStore, `writers` saves of
 * one entry each kept in flight (as bench:storage does), no Raft. The
 * cluster's disk figure over this one shows what replication costs.
 */
async function runWalOnly(writers: number, base: string): Promise<{ entriesPerSec: number; fsyncsPerSec: number }> {
  const dir = fs.mkdtempSync(join(base, 'raft-wal-'));
  const store = await DurableLogStore.open({ dir });
  await store.settled();
  let next = 1;
  let stop = false;
  let done = 0;
  const writer = async (): Promise<void> => {
    while (!stop) {
      await store.save({ entries: [{ index: next++ as Index, term: 1 as Term, type: EntryType.Normal, data: payload }] });
      done++;
    }
  };
  const ws = Array.from({ length: writers }, () => writer());
  await new Promise((r) => setTimeout(r, warmupSeconds * 1000));
  const d0 = done;
  const f0 = store.stats().fsyncs.wal;
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const elapsed = (performance.now() - t0) / 1000;
  const entries = done - d0;
  const fsyncs = store.stats().fsyncs.wal - f0;
  stop = true;
  await Promise.all(ws);
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { entriesPerSec: entries / elapsed, fsyncsPerSec: fsyncs / elapsed };
}

const fmt = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function main(): Promise<void> {
  const base = dirArg ?? tmpdir();
  const results: Record<string, Measure> = {};
  const out = (s: string): void => {
    process.stdout.write(`${s}\n`);
  };
  out(`bench:raft: 3 members in one process, ${entryBytes}-byte entries, ${seconds} s per run after ${warmupSeconds} s warm-up; ${cpus().length} CPUs, node ${process.version}; disk runs under ${base}`);
  out('| storage | proposers | entries/s | leader fsyncs/s | entries/fsync | cluster fsyncs/s | leader Readys/s | cpu ms/1k |');
  out('|---|---|---|---|---|---|---|---|');
  for (const kind of ['memory', 'disk'] as const) {
    for (const p of proposerCounts) {
      const m = await runCluster(kind, p, base);
      results[`${kind}${p}`] = m;
      const d = kind === 'disk';
      out(`| ${kind} | ${p} | ${fmt(m.entriesPerSec)} | ${d ? fmt(m.fsyncsPerSec) : '-'} | ${d ? fmt(m.entriesPerFsync, 1) : '-'} | ${d ? fmt(m.clusterFsyncsPerSec) : '-'} | ${fmt(m.readysPerSec)} | ${fmt(m.cpuMsPer1k, 2)} |`);
    }
  }
  const wal = await runWalOnly(256, base);
  out(`disk ceiling now (one DurableLogStore, 256 writers, no Raft): ${fmt(wal.entriesPerSec)} entries/s, ${fmt(wal.fsyncsPerSec)} fsyncs/s`);
  const ratios: Record<string, number> = {};
  ratios['disk256_over_wal_only'] = results['disk256']!.entriesPerSec / wal.entriesPerSec;
  const targetReport: Record<string, { target: number; measured: number; met: boolean }> = {};
  for (const [name, target] of Object.entries(targets)) {
    const measured = results[name]!.entriesPerSec;
    ratios[`${name}_over_target`] = measured / target;
    targetReport[`${name}EntriesPerSec`] = { target, measured, met: measured >= target };
    out(`${name}: ${fmt(measured)} entries/s, target ${fmt(target)}: ${(measured / target).toFixed(2)}x ${measured >= target ? 'met' : 'NOT met'}`);
  }
  out('(no etcd runs in this process: ratios are measured over target)');
  if (json) out(JSON.stringify({ results: { ...results, walOnly256: wal }, ratios, targets: targetReport }));
}

await main();
