// Snapshots, log compaction and chunked InstallSnapshot (Raft paper §7).

import { describe, expect, it } from 'vitest';

import { MessageType, ProgressState, Role, message, type Index, type Term } from '../../src/raft/index.js';
import { Network, id, isType } from './harness.js';

const T = (n: number): Term => n as Term;
const I = (n: number): Index => n as Index;

/** Three members; member 3 is cut off while the leader commits `n` entries and compacts its log. */
function farBehind(n: number, config: ConstructorParameters<typeof Network>[0]['config'] = {}): Network {
  const net = new Network({ voters: [1, 2, 3], config: { snapshotChunkBytes: 64, snapshotChunksInflightMax: 2, ...config } });
  net.elect(1);
  net.isolate(3);
  for (let k = 0; k < n; k++) net.propose(1, `entry-${k}`);
  net.stabilize();
  net.compact(1);
  net.heal();
  return net;
}

const snaps = (net: Network) => net.inflight.filter(isType(MessageType.Snap));

describe('snapshots (§7)', () => {
  it('after compaction the log starts after the snapshot, whose term is still known (§7)', () => {
    const net = new Network({ voters: [1] });
    net.elect(1);
    for (let k = 0; k < 5; k++) net.propose(1, `e${k}`);
    net.stabilize();
    net.compact(1);
    const r = net.node(1).raftForTesting;
    // Applied: the no-op (2) and five entries (3..7). The harness keeps the last
    // entry, so it compacts through 6: entries 2..6 are gone, term(6) is kept.
    expect(r.log.firstIndex()).toBe(7);
    expect(r.log.term(I(6))).toBe(2);
    expect(r.log.term(I(5))).toBeUndefined();
    expect(net.member(1).storage.snapshot().metadata).toMatchObject({ index: 7, term: 2 });
  });

  it('a follower that needs entries the leader compacted gets the snapshot and catches up (§7)', () => {
    const net = farBehind(20);
    net.tick(1);
    net.stabilize();
    expect(net.member(3).snapshotsInstalled).toBe(1);
    expect(net.member(3).state).toEqual(net.member(1).state);
    net.propose(1, 'after');
    net.stabilize();
    expect(net.member(3).state.at(-1)).toBe('after');
    expect(net.node(1).status().progress!.get(id(3))!.state).toBe(ProgressState.Replicate);
  });

  it('the snapshot goes in chunks of snapshotChunkBytes, at most snapshotChunksInflightMax ahead of acknowledgements', () => {
    const net = farBehind(40);
    const total = net.member(1).storage.snapshot().data.length;
    expect(total).toBeGreaterThan(64 * 4);
    net.tick(1);
    net.processReady(1);
    net.deliver(); // heartbeat reaches 3
    net.processReady(3);
    net.deliver(); // its response reaches 1, which probes
    net.processReady(1);
    net.deliver(); // the probe reaches 3, which rejects
    net.processReady(3);
    net.deliver(); // the rejection reaches 1: entries are compacted, so chunks go out
    net.processReady(1);
    const first = snaps(net);
    expect(first.map((m) => [m.snapshot!.offset, m.snapshot!.data.length])).toEqual([
      [0, 64],
      [64, 64],
    ]);
    expect(first.every((m) => m.snapshot!.totalBytes === total)).toBe(true);
    // Each acknowledgement lets one more chunk out.
    net.deliver(isType(MessageType.Snap));
    net.processReady(3);
    const acks = net.inflight.filter(isType(MessageType.SnapResp));
    expect(acks.map((m) => [m.snapshotBytesReceived, m.reject])).toEqual([
      [64, false],
      [128, false],
    ]);
    net.deliver(isType(MessageType.SnapResp));
    net.processReady(1);
    expect(snaps(net).map((m) => m.snapshot!.offset)).toEqual([128, 192]);
  });

  it('a follower asks to resume from the bytes it holds when a chunk is lost', () => {
    const net = farBehind(20);
    net.tick(1);
    for (let k = 0; k < 4; k++) {
      net.processAllReady();
      net.deliver();
    }
    net.processAllReady();
    // Lose the first chunk: the second is out of order.
    const lost = snaps(net)[0]!;
    expect(lost.snapshot!.offset).toBe(0);
    net.drop((m) => m === lost);
    net.deliver(isType(MessageType.Snap));
    net.processReady(3);
    const resp = net.inflight.find(isType(MessageType.SnapResp))!;
    expect([resp.reject, resp.snapshotBytesReceived]).toEqual([true, 0]);
    net.stabilize();
    expect(net.member(3).state).toEqual(net.member(1).state);
  });

  it('a follower that restarts mid-transfer gets the snapshot again from offset 0', () => {
    const net = farBehind(40);
    const pr = () => net.node(1).raftForTesting.trk.progress.get(id(3))!;
    net.tick(1);
    for (let k = 0; k < 20 && pr().snapshotBytesAcked === 0; k++) {
      net.processAllReady();
      net.deliver();
    }
    expect(pr().state).toBe(ProgressState.Snapshot);
    expect(pr().snapshotBytesAcked).toBeGreaterThan(0);
    net.restart(3);
    net.drop((m) => m.to === 3);
    const sentBefore = net.sent.length;
    for (let k = 0; k < 50 && net.member(3).snapshotsInstalled === 0; k++) {
      net.tick(1);
      net.stabilize();
    }
    const offsets = net.sent.slice(sentBefore).filter((m) => m.type === MessageType.Snap).map((m) => m.snapshot!.offset);
    expect(offsets).toContain(0);
    expect(net.member(3).state).toEqual(net.member(1).state);
  });

  it('the leader resends from the acknowledged offset after an election timeout without acknowledgement', () => {
    const net = farBehind(20);
    net.tick(1);
    for (let k = 0; k < 4; k++) {
      net.processAllReady();
      net.deliver();
    }
    net.processAllReady();
    expect(snaps(net)).toHaveLength(2);
    net.drop(() => true);
    // Heartbeats still flow (so check-quorum holds), but no chunk arrives.
    net.cutLink(1, 3);
    net.tick(1, 9);
    net.processReady(1);
    expect(snaps(net)).toHaveLength(0);
    net.heal();
    net.tick(1, 1);
    net.processReady(1);
    expect(snaps(net).map((m) => m.snapshot!.offset)).toEqual([0, 64]);
    net.stabilize();
    expect(net.member(3).state).toEqual(net.member(1).state);
  });

  it('a snapshot Ready installs the snapshot, and the applied index becomes its index after advance (§7)', () => {
    const net = farBehind(20);
    net.tick(1);
    let snapReady;
    for (let k = 0; k < 100 && snapReady === undefined; k++) {
      net.deliver();
      for (const n of [1, 2]) net.processReady(n);
      const rd = net.processReady(3);
      if (rd?.snapshot !== undefined) snapReady = rd;
    }
    expect(snapReady).toBeDefined();
    const meta = snapReady!.snapshot!.metadata;
    expect(snapReady!.committedEntries).toHaveLength(0);
    expect(snapReady!.hardState?.commit).toBe(meta.index);
    expect(net.node(3).status()).toMatchObject({ applied: meta.index, commit: meta.index });
    expect(net.member(3).storage.firstIndex()).toBe(meta.index + 1);
  });

  it('a follower ignores a snapshot at or below its commit index and reports its commit (§7)', () => {
    const net = new Network({ voters: [1, 2] });
    net.elect(1);
    net.propose(1, 'a');
    net.stabilize();
    const meta = { index: I(2), term: T(2), confState: { voters: [id(1), id(2)], learners: [] } };
    net.node(2).step(
      message({ type: MessageType.Snap, from: id(1), to: id(2), term: T(2), snapshot: { metadata: meta, offset: 0, totalBytes: 0, data: new Uint8Array(0) } }),
    );
    const rd = net.processReady(2)!;
    expect(rd.snapshot).toBeUndefined();
    const r = rd.messages.find((m) => m.type === MessageType.AppResp)!;
    expect(r.index).toBe(3);
  });

  it('a follower installing a snapshot takes its membership from it (§7)', () => {
    const net = new Network({ voters: [1, 2] });
    const meta = { index: I(5), term: T(1), confState: { voters: [id(1), id(2), id(4)], learners: [id(5)] } };
    net.node(2).step(
      message({ type: MessageType.Snap, from: id(1), to: id(2), term: T(1), snapshot: { metadata: meta, offset: 0, totalBytes: 2, data: new Uint8Array([91, 93]) } }),
    );
    expect(net.node(2).status().confState).toEqual({ voters: [1, 2, 4], learners: [5] });
    const rd = net.processReady(2)!;
    expect(rd.snapshot?.metadata.index).toBe(5);
    expect(rd.messages.find((m) => m.type === MessageType.AppResp)!.index).toBe(5);
  });

  it('a follower refuses to assemble a snapshot larger than snapshotBytesMax', () => {
    const net = new Network({ voters: [1, 2], config: { snapshotBytesMax: 100, snapshotChunkBytes: 10 } });
    const meta = { index: I(5), term: T(1), confState: { voters: [id(1), id(2)], learners: [] } };
    net.node(2).step(
      message({ type: MessageType.Snap, from: id(1), to: id(2), term: T(1), snapshot: { metadata: meta, offset: 0, totalBytes: 101, data: new Uint8Array(10) } }),
    );
    const rd = net.processReady(2)!;
    expect(rd.snapshot).toBeUndefined();
    expect(rd.messages.filter((m) => m.type === MessageType.SnapResp || m.type === MessageType.AppResp)).toHaveLength(0);
  });

  it('a restarted member rebuilds from its stored snapshot and log, applying only what follows the snapshot', () => {
    const net = new Network({ voters: [1, 2, 3] });
    net.elect(1);
    for (let k = 0; k < 5; k++) net.propose(1, `e${k}`);
    net.stabilize();
    net.compact(2);
    net.propose(1, 'later');
    net.stabilize();
    net.restart(2);
    net.tick(1);
    net.stabilize();
    expect(net.member(2).state).toEqual(net.member(1).state);
    expect(net.member(2).appliedEntries.map((e) => e.index)).toEqual([8]);
  });

  it('the leader sends no snapshot to a follower it has not heard from since the last check', () => {
    const net = farBehind(20);
    // Nothing has come from 3 since the leader lost it: it stays in probe, not snapshot.
    const r = net.node(1).raftForTesting;
    r.trk.progress.get(id(3))!.recentActive = false;
    r.reportUnreachable(id(3));
    net.propose(1, 'x');
    net.processReady(1);
    expect(snaps(net)).toHaveLength(0);
    expect(net.node(1).status().progress!.get(id(3))!.state).not.toBe(ProgressState.Snapshot);
  });

  it('a leader keeps leading while a follower receives a snapshot (no step-down, no lost writes)', () => {
    const net = farBehind(30, { snapshotChunkBytes: 16, snapshotChunksInflightMax: 1 });
    for (let k = 0; k < 200; k++) {
      net.tickAll();
      net.stabilize();
      if (net.member(3).snapshotsInstalled > 0) break;
    }
    expect(net.node(1).status().role).toBe(Role.Leader);
    expect(net.member(3).state).toEqual(net.member(1).state);
  });
});
