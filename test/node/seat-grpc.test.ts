/**
 * Three seats over the real peer transport (src/peer GrpcTransport: gRPC,
 * TLS with node keys, 127.0.0.1): election, commit, a linearizable read on
 * a follower, and a leader crash with no acknowledged write lost. Ticks are
 * 50 ms (production: 100 ms) so the run stays short on a loaded machine.
 */
import { createServer } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { KvMachine } from '../../src/kv/index.js';
import { MemoryStorage, Role, type NodeId } from '../../src/raft/index.js';
import { Seat, intervalTicker, type MemberRecord } from '../../src/node/index.js';
import { GrpcTransport } from '../../src/peer/grpc-transport.js';
import { NodeKey } from '../../src/peer/node-key.js';
import { put, read, waitUntil } from './cluster.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

const seats = new Map<NodeId, Seat<KvMachine>>();
afterAll(async () => {
  for (const s of seats.values()) await s.stop();
});

describe('seats over the gRPC peer transport', () => {
  it('elect, commit, read on a follower, survive a leader crash', async () => {
    const keys = [NodeKey.generate(), NodeKey.generate(), NodeKey.generate()];
    const founders: MemberRecord[] = [];
    for (const key of keys) founders.push({ id: key.nodeId, keyId: key.keyId, address: `127.0.0.1:${await freePort()}` });
    for (const [k, key] of keys.entries()) {
      const self = founders[k]!;
      const seat = new Seat<KvMachine>({
        self,
        storage: new MemoryStorage({ confState: { voters: founders.map((f) => f.id), learners: [] } }),
        transport: new GrpcTransport({ listen: self.address, nodeKey: key, backoff: { baseMs: 20, capMs: 200 } }),
        machine: new KvMachine(),
        ticker: intervalTicker(50),
        founders,
        raft: { electionTimeoutTicks: 10 },
        requestTimeoutTicks: 200,
      });
      await seat.start();
      seats.set(self.id, seat);
    }
    const leaderOf = () => [...seats.values()].find((s) => s.status().role === Role.Leader);
    await waitUntil(() => leaderOf() !== undefined, 10_000, 'a leader');
    const leader = leaderOf()!;
    for (let k = 0; k < 5; k++) await put(leader, `g${k}`, String(k));
    const follower = [...seats.values()].find((s) => s !== leader)!;
    expect(await read(follower, "g4")).toBe("4");

    await leader.stop();
    seats.delete(leader.id);
    await waitUntil(() => leaderOf() !== undefined, 10_000, 'a new leader');
    const next = leaderOf()!;
    for (let k = 0; k < 5; k++) expect(await read(next, `g${k}`)).toBe(String(k));
    await put(next, 'after', 'crash');
    expect(await read([...seats.values()].find((s) => s !== next)!, 'after')).toBe('crash');
  }, 60_000);
});
