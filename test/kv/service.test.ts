/**
 * KvService over real gRPC (127.0.0.1, port 0) on a 3-seat in-process
 * committee: put, get, cas; a follower refuses writes with UNAVAILABLE and
 * the leader's address in metadata; garbage is INVALID_ARGUMENT.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KvClient, addKvService } from '../../src/kv/index.js';
import { leaderAddressMetadataKey, leaderIdMetadataKey } from '../../src/node/grpc-status.js';
import { Cluster } from '../node/cluster.js';

const enc = new TextEncoder();

interface Served {
  server: grpc.Server;
  client: grpc.Client;
  address: string;
}

function call<T>(client: grpc.Client, method: string, request: unknown): Promise<T> {
  return new Promise((resolve, reject) => {
    (client as unknown as Record<string, (r: unknown, cb: (e: grpc.ServiceError | null, v: T) => void) => void>)[method]!(request, (e, v) =>
      e ? reject(e) : resolve(v),
    );
  });
}

let cluster: Cluster;
const served = new Map<number, Served>();

beforeAll(async () => {
  cluster = await Cluster.start('memory', 3);
  await cluster.waitForLeader();
  for (const [id, seat] of cluster.seats) {
    const server = new grpc.Server();
    addKvService(server, seat, { clientAddressOf: (leader) => served.get(leader)?.address });
    const port = await new Promise<number>((resolve, reject) =>
      server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))),
    );
    const address = `127.0.0.1:${port}`;
    served.set(id, { server, address, client: new KvClient(address, grpc.credentials.createInsecure()) });
  }
});

afterAll(async () => {
  for (const s of served.values()) {
    s.client.close();
    await new Promise<void>((r) => s.server.tryShutdown(() => r()));
  }
  await cluster.stop();
});

describe('KvService', () => {
  it('put, get and cas on the leader', async () => {
    const leader = cluster.leader()!;
    const client = served.get(leader.id)!.client;
    const put = await call<{ index: number }>(client, 'Put', { key: enc.encode('k'), value: enc.encode('v1') });
    expect(put.index).toBeGreaterThan(1);
    const got = await call<{ found: boolean; value: Uint8Array; modIndex: number }>(client, 'Get', { key: enc.encode('k') });
    expect(got.found).toBe(true);
    expect(Buffer.from(got.value).toString()).toBe('v1');
    expect(got.modIndex).toBe(put.index);
    const miss = await call<{ swapped: boolean; found: boolean; current: Uint8Array }>(client, 'Cas', { key: enc.encode('k'), expected: enc.encode('nope'), value: enc.encode('v2') });
    expect(miss.swapped).toBe(false);
    expect(Buffer.from(miss.current).toString()).toBe('v1');
    const hit = await call<{ swapped: boolean }>(client, 'Cas', { key: enc.encode('k'), expected: enc.encode('v1'), value: enc.encode('v2') });
    expect(hit.swapped).toBe(true);
    const absent = await call<{ swapped: boolean }>(client, 'Cas', { key: enc.encode('fresh'), expectAbsent: true, value: enc.encode('x') });
    expect(absent.swapped).toBe(true);
    const notFound = await call<{ found: boolean }>(client, 'Get', { key: enc.encode('missing') });
    expect(notFound.found).toBe(false);
  });

  it('a follower serves linearizable gets and refuses writes with UNAVAILABLE and the leader address', async () => {
    const leader = cluster.leader()!;
    const follower = cluster.followers()[0]!;
    const client = served.get(follower.id)!.client;
    await call(served.get(leader.id)!.client, 'Put', { key: enc.encode('f'), value: enc.encode('fresh') });
    const got = await call<{ value: Uint8Array }>(client, 'Get', { key: enc.encode('f') });
    expect(Buffer.from(got.value).toString()).toBe('fresh');
    const e = await call(client, 'Put', { key: enc.encode('f'), value: enc.encode('x') }).catch((err: grpc.ServiceError) => err);
    expect((e as grpc.ServiceError).code).toBe(grpc.status.UNAVAILABLE);
    const md = (e as grpc.ServiceError).metadata;
    expect(md.get(leaderIdMetadataKey)).toEqual([String(leader.id)]);
    expect(md.get(leaderAddressMetadataKey)).toEqual([served.get(leader.id)!.address]);
    expect((e as grpc.ServiceError).details).toMatch(/SEAT_NOT_LEADER/);
  });

  it('bad input: an empty key is INVALID_ARGUMENT; undecodable bytes are INVALID_ARGUMENT naming the type', async () => {
    const client = served.get(cluster.leader()!.id)!.client;
    const empty = await call(client, 'Put', { key: new Uint8Array(0), value: enc.encode('x') }).catch((err: grpc.ServiceError) => err);
    expect((empty as grpc.ServiceError).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((empty as grpc.ServiceError).details).toMatch(/key is empty/);
    const raw = await new Promise<grpc.ServiceError | null>((resolve) =>
      client.makeUnaryRequest('/tessera.kv.v1.Kv/Get', (b: Buffer) => b, (b: Buffer) => b, Buffer.from([0x0a, 0xff]), (err) => resolve(err)),
    );
    expect(raw?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(raw?.details).toMatch(/PROTO_MALFORMED.*GetRequest/);
  });
});
