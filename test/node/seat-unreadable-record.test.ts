/**
 * A committed seat record (re-attestation verdict) that no member can
 * decode is skipped by every member, and each seat reports it through
 * SeatOptions.onUnreadableRecord with the entry's index and the decode
 * error (the process adapter logs it): a lost verdict is never silent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { encodeCommand } from '../../src/node/index.js';
import { Cluster, member, put, waitUntil } from './cluster.js';

describe('unreadable seat records are reported', () => {
  let cluster: Cluster | undefined;
  afterEach(async () => {
    await cluster?.stop();
    cluster = undefined;
  });

  it('every seat reports the index and decode error, and goes on applying', async () => {
    const seen: { seat: number; index: number; error: string }[] = [];
    cluster = new Cluster('memory');
    const founders = [1, 2, 3].map((id) => member(id));
    for (const f of founders) {
      await cluster.startSeat(f.id, { founders, tuning: { onUnreadableRecord: (index, error) => seen.push({ seat: f.id, index, error: error.message }) } });
    }
    const leader = await cluster.waitForLeader();
    // A seat record envelope (version byte 2) whose body is not JSON: what a buggy or newer proposer could commit.
    const bad = encodeCommand({ proposer: leader.id, incarnation: 1, seq: 999_999 }, Buffer.from('not json', 'utf8'));
    bad[0] = 2;
    // Test-only: the seat never proposes such bytes itself (encodeSeatRecord refuses them), so reach its Raft node.
    (leader as unknown as { node: { propose(d: Uint8Array): void } }).node.propose(bad);
    await waitUntil(() => seen.length >= 3, 10_000, 'three seats to report the unreadable record');
    expect(new Set(seen.map((s) => s.seat))).toEqual(new Set([1, 2, 3]));
    const indexes = new Set(seen.map((s) => s.index));
    expect(indexes.size).toBe(1);
    expect([...indexes][0]).toBeGreaterThan(0);
    for (const s of seen) expect(s.error).toMatch(/seat record: not UTF-8 JSON/);
    // Apply goes on after it.
    await put(leader, 'after', 'ok');
  });
});
