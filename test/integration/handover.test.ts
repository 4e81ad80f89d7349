/**
 * Leadership handover in a committee of three real `tessera run` processes
 * (simulated TDX, kv machine, fsync on), each under its own NOTIFY_SOCKET:
 * a follower redirects kv clients to the leader's client address; SIGTERM of
 * the leader hands leadership over with a leader transfer (the new leader is
 * elected in term + 1 well inside the 2 s election timeout, no acknowledged
 * write is lost, the process exits 0 and its sd_notify messages run READY=1
 * ... STOPPING=1); `tessera member drain` uses the same transfer and removes
 * the member. And a node key that was never admitted cannot get a Raft
 * message accepted by a running seat.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { GrpcTransport, type LinkEvent } from '../../src/peer/grpc-transport.js';
import { NodeKey } from '../../src/peer/node-key.js';
import { MessageType, message, term, type NodeId } from '../../src/raft/index.js';
import { Cluster, kvCall, kvClient, kvGet as get, kvPut as put, repoRoot, waitUntil, type SeatHandle, type StatusJson } from './harness.js';

const enc = (s: string) => Buffer.from(s);
/** 40 ticks of 50 ms: an election after a leader goes silent takes at least 2 s, a transfer a few round trips. */
const electionTicks = 40;
const electionTimeoutMs = electionTicks * 50;

class NotifyReceiver {
  readonly messages: string[] = [];
  private constructor(
    readonly socket: string,
    private readonly child: ChildProcess,
  ) {}

  static async start(socket: string): Promise<NotifyReceiver> {
    // Up to 10000 datagrams, until 600 s pass without one.
    const child = spawn('python3', [join(repoRoot, 'test/helpers/sdnotify_receiver.py'), socket, '10000', '600'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const r = new NotifyReceiver(socket, child);
    const rl = createInterface({ input: child.stdout! });
    await new Promise<void>((resolve) =>
      rl.on('line', (l) => {
        if (l === 'READY') resolve();
        else r.messages.push(JSON.parse(l) as string);
      }),
    );
    return r;
  }

  /** Index of the first datagram with this line (e.g. READY=1). */
  indexOf(line: string, from = 0): number {
    return this.messages.findIndex((m, i) => i >= from && m.split('\n').includes(line));
  }

  stop(): void {
    this.child.kill('SIGTERM');
  }
}

async function statusOf(seat: SeatHandle): Promise<StatusJson | undefined> {
  if (seat.child === undefined || seat.child.exitCode !== null || seat.child.signalCode !== null) return undefined;
  return seat.status().json;
}

async function findLeader(seats: readonly SeatHandle[], timeoutMs: number): Promise<{ seat: SeatHandle; status: StatusJson }> {
  return waitUntil(async () => {
    for (const seat of seats) {
      const status = await statusOf(seat);
      if (status?.role === 'Leader') return { seat, status };
    }
    return undefined;
  }, timeoutMs, 'a leader', 50);
}

// About 15 s of real processes on an idle 2-core machine.
describe('leadership handover between tessera run processes', () => {
  let cluster: Cluster;
  let seats: SeatHandle[];
  const receivers = new Map<SeatHandle, NotifyReceiver>();

  beforeAll(async () => {
    cluster = new Cluster();
    const founder = await cluster.add({ name: 'h1', bootstrap: true, electionTicks });
    const joiners = [
      await cluster.add({ name: 'h2', join: [founder.peerAddress], electionTicks }),
      await cluster.add({ name: 'h3', join: [founder.peerAddress], electionTicks }),
    ];
    seats = [founder, ...joiners];
    for (const s of seats) receivers.set(s, await NotifyReceiver.start(join(cluster.root, `${s.name}.notify`)));
    founder.start({ NOTIFY_SOCKET: receivers.get(founder)!.socket });
    await founder.waitServing();
    for (const j of joiners) j.start({ NOTIFY_SOCKET: receivers.get(j)!.socket });
    for (const j of joiners) await j.waitForLog((l) => l.msg === 'admitted to the committee', 30_000, 'admission');
    await waitUntil(() => {
      const s = founder.status().json;
      return s !== undefined && s.members.length === 3 && s.members.every((m) => m.role === 'voter') ? s : undefined;
    }, 30_000, 'three voters');
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
    for (const r of receivers.values()) r.stop();
  });

  it("a follower refuses a write with UNAVAILABLE and the leader's client (kv) address, not its peer address", async () => {
    await put(seats, 'warm', 'up');
    const { seat: leader, status } = await findLeader(seats, 10_000);
    expect(status.leaderClientAddress).toBe(`127.0.0.1:${leader.clientPort}`);
    for (const m of status.members) expect(m.clientAddress).toBe(`127.0.0.1:${seats.find((s) => s.peerAddress === m.address)!.clientPort}`);
    const follower = seats.find((s) => s !== leader)!;
    const c = kvClient(follower.clientPort);
    const r = await kvCall(c, 'Put', { key: enc('x'), value: enc('y') });
    c.close();
    expect(r.ok).toBe(false);
    expect(r.code).toBe(grpc.status.UNAVAILABLE);
    expect(r.leaderAddress).toBe(`127.0.0.1:${leader.clientPort}`);
    // Following the redirect works.
    const again = kvClient(Number(r.leaderAddress!.split(':')[1]));
    expect((await kvCall(again, 'Put', { key: enc('x'), value: enc('y') })).ok).toBe(true);
    again.close();
  });

  it('a key that was never admitted cannot get a Raft message accepted, even one naming a member as its sender', async () => {
    const { seat: leader, status } = await findLeader(seats, 10_000);
    const target = seats.find((s) => s !== leader)!;
    const targetRecord = status.members.find((m) => m.address === target.peerAddress)!;
    const events: LinkEvent[] = [];
    const intruder = new GrpcTransport({ listen: '127.0.0.1:0', nodeKey: NodeKey.generate(), onLinkEvent: (e) => events.push(e) });
    await intruder.start({ onMessage: () => undefined, onUnreachable: () => undefined });
    try {
      const to = targetRecord.id as NodeId;
      intruder.setPeers([{ id: to, address: target.peerAddress, keyId: targetRecord.keyId }]);
      // An append from "the leader" in a far later term: accepted, it would move the target's term.
      const forged = message({ type: MessageType.App, from: status.id as NodeId, to, term: term(status.term + 1000) });
      intruder.send([forged]);
      await waitUntil(() => (events.some((e) => e.kind === 'broken' && /PERMISSION_DENIED.*not admitted/.test(e.detail)) ? true : undefined), 15_000, 'the refusal');
      expect(events.some((e) => e.kind === 'connected')).toBe(false);
    } finally {
      await intruder.close();
    }
    const after = target.status().json!;
    expect(after.term).toBe(status.term);
    expect(after.leader).toBe(status.id);
  });

  it('SIGTERM of the leader: leadership moves by transfer (term + 1, inside the election timeout), no acknowledged write is lost, exit 0, READY ... STOPPING', async () => {
    const acked: string[] = [];
    for (let k = 0; k < 20; k++) {
      await put(seats, `s${k}`, `v${k}`);
      acked.push(`s${k}`);
    }
    const { seat: leader, status: before } = await findLeader(seats, 10_000);
    const rest = seats.filter((s) => s !== leader);
    leader.kill('SIGTERM');
    const exit = await leader.exit;
    expect(exit, leader.tail()).toEqual({ code: 0, signal: null });

    // The old leader saw the new one (a transfer: TimeoutNow, one vote round) long before an election timeout could pass.
    const draining = leader.lines.find((l) => l.msg === 'stopping: draining');
    const handed = leader.lines.find((l) => l.msg === 'leadership handed over');
    expect(handed, leader.tail(30)).toBeDefined();
    const handoverMs = Date.parse(String(handed!.time)) - Date.parse(String(draining!.time));
    expect(handoverMs).toBeLessThan(electionTimeoutMs);
    if (process.env.TESSERA_HANDOVER_REPORT === '1') console.log(`HANDOVER_MS ${handoverMs}`);

    const { seat: next, status: after } = await findLeader(rest, 10_000);
    expect(after.id).toBe(handed!.to);
    expect(after.term).toBe(before.term + 1);
    for (const k of acked) expect(await get(next, k)).toBe(`v${k.slice(1)}`);

    const notes = receivers.get(leader)!;
    await waitUntil(() => (notes.indexOf('STOPPING=1') >= 0 ? true : undefined), 5_000, 'STOPPING=1');
    const ready = notes.indexOf('READY=1');
    const leading = notes.messages.findIndex((m, i) => i > ready && m.startsWith('STATUS=') && m.includes('role=leader'));
    const stopping = notes.indexOf('STOPPING=1');
    expect(ready, notes.messages.join(' | ')).toBe(0);
    expect(leading).toBeGreaterThan(ready);
    expect(stopping).toBeGreaterThan(leading);
    expect(notes.indexOf('READY=1', stopping)).toBe(-1);

    // It comes back as a follower and catches up.
    leader.start({ NOTIFY_SOCKET: notes.socket });
    await leader.waitServing();
    await put(rest, 'after-sigterm', 'yes');
    expect(await get(leader, 'after-sigterm')).toBe('yes');
  });

  it('`tessera member drain` on the leader moves leadership by the same transfer, then removes the member', async () => {
    const { seat: leader, status: before } = await findLeader(seats, 10_000);
    const r = leader.cli(['member', 'drain', '--socket', leader.adminSocket, '--json']);
    expect(r.code, r.stdout + r.stderr + leader.tail(20)).toBe(0);
    const rest = seats.filter((s) => s !== leader);
    const { seat: next, status: after } = await findLeader(rest, 10_000);
    expect(after.term).toBe(before.term + 1);
    const st = await waitUntil(() => {
      const s = next.status().json;
      return s !== undefined && s.members.length === 2 ? s : undefined;
    }, 15_000, 'two members');
    expect(st.members.map((m) => m.id)).not.toContain(before.id);
    expect(leader.status().json?.removed).toBe(true);
    await put(rest, 'after-drain', 'yes');
    expect(await get(rest.find((s) => s !== next)!, 'after-drain')).toBe('yes');
  });
});
