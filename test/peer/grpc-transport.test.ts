import * as grpc from '@grpc/grpc-js';
import { afterEach, describe, expect, it } from 'vitest';

import type { PeerAddress } from '../../src/node/ports.js';
import { GrpcTransport, fullJitterDelay, type LinkEvent } from '../../src/peer/grpc-transport.js';
import type { PeerHandlers } from '../../src/peer/handlers.js';
import { JoinClient } from '../../src/peer/join-client.js';
import { NodeKey } from '../../src/peer/node-key.js';
import { GrpcPeerClient } from '../../src/peer/peer-client.js';
import { decodeRaftBatch, decodeSnapshotPart } from '../../src/peer/raft-codec.js';
import { peerServerCredentials, peerServiceDefinition } from '../../src/peer/service.js';
import { encodeRaftAck, encodeSnapshotAck } from '../../src/peer/wire.js';
import { MessageType, message, term, type Message, type NodeId } from '../../src/raft/index.js';
import { eventually, heartbeat, Inbox, startMember, type Member } from './helpers.js';

const open: { close(): Promise<void> | void }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close()));
});

async function member(opts: Parameters<typeof startMember>[0] = {}, key?: NodeKey, listen?: string): Promise<Member & { events: LinkEvent[] }> {
  const events: LinkEvent[] = [];
  const m = await startMember({ onLinkEvent: (e) => events.push(e), ...opts }, key, listen);
  open.push(m.transport);
  return { ...m, events };
}

async function committee(n: number): Promise<(Member & { events: LinkEvent[] })[]> {
  const ms = await Promise.all(Array.from({ length: n }, () => member()));
  for (const m of ms) m.transport.setPeers(ms.map((x) => x.address));
  return ms;
}

const snap = (from: NodeId, to: NodeId, offset: number, data: Uint8Array, totalBytes: number): Message =>
  message({
    type: MessageType.Snap,
    from,
    to,
    term: term(2),
    snapshot: { metadata: { index: 10, term: 2, confState: { voters: [from, to], learners: [] } } as never, offset, totalBytes, data },
  });

describe('GrpcTransport over TLS on 127.0.0.1', () => {
  it('two members exchange Raft batches in order, both ways', async () => {
    const [a, b] = await committee(2);
    const toB = Array.from({ length: 300 }, (_, i) => heartbeat(a!.address.id, b!.address.id, i + 1));
    const toA = Array.from({ length: 40 }, (_, i) => heartbeat(b!.address.id, a!.address.id, i + 1));
    for (let i = 0; i < toB.length; i += 7) a!.transport.send(toB.slice(i, i + 7));
    b!.transport.send(toA);
    await b!.inbox.waitFor(300);
    await a!.inbox.waitFor(40);
    expect(b!.inbox.messages.map((m) => m.term)).toEqual(toB.map((m) => m.term));
    expect(a!.inbox.messages.map((m) => m.term)).toEqual(toA.map((m) => m.term));
    expect(b!.inbox.messages.every((m) => m.from === a!.address.id && m.to === b!.address.id)).toBe(true);
  });

  it('three members: everyone reaches everyone', async () => {
    const ms = await committee(3);
    for (const from of ms) {
      from.transport.send(ms.filter((m) => m !== from).map((to) => heartbeat(from.address.id, to.address.id, 5)));
    }
    for (const m of ms) await m.inbox.waitFor(2);
    for (const m of ms) {
      expect(new Set(m.inbox.messages.map((x) => x.from))).toEqual(new Set(ms.filter((x) => x !== m).map((x) => x.address.id)));
    }
  });

  it('refuses a key that is not admitted before reading any message (server side)', async () => {
    const b = await member();
    const intruder = await member();
    b.transport.setPeers([b.address]); // b admits nobody else
    intruder.transport.setPeers([intruder.address, b.address]);
    intruder.transport.send([heartbeat(intruder.address.id, b.address.id)]);
    await eventually(() => intruder.events.some((e) => e.kind === 'broken' && /PERMISSION_DENIED.*not admitted/.test(e.detail)), 15_000, 'refusal');
    await new Promise((r) => setTimeout(r, 100));
    expect(b.inbox.messages).toEqual([]);
    expect(intruder.events.some((e) => e.kind === 'connected')).toBe(false);
  });

  it('refuses a server whose key is not the admitted one before sending (client side)', async () => {
    const a = await member();
    const impostor = await member();
    const realB: PeerAddress = { id: 42 as NodeId, keyId: NodeKey.generate().keyId, address: impostor.address.address };
    a.transport.setPeers([a.address, realB]);
    impostor.transport.setPeers([impostor.address, a.address]); // the impostor would accept a
    a.transport.send([heartbeat(a.address.id, 42 as NodeId)]);
    await eventually(() => a.events.some((e) => e.kind === 'broken' && /presented key .* expected/.test(e.detail)), 15_000, 'client refusal');
    await new Promise((r) => setTimeout(r, 100));
    expect(impostor.inbox.messages).toEqual([]);
    expect(a.events.some((e) => e.kind === 'connected')).toBe(false);
  });

  it('refuses an admitted key that sends as another member', async () => {
    const b = await member();
    const cKey = NodeKey.generate();
    const c = await member({ selfId: 1 as NodeId }, cKey); // c's key, but claims to be member 1
    b.transport.setPeers([b.address, { id: cKey.nodeId, keyId: cKey.keyId, address: c.address.address }]);
    c.transport.setPeers([{ ...c.address, id: 1 as NodeId }, b.address]);
    c.transport.send([heartbeat(1 as NodeId, b.address.id)]);
    await eventually(() => c.events.some((e) => e.kind === 'broken' && /message from 1 on the stream of member/.test(e.detail)), 15_000, 'spoof refusal');
    expect(b.inbox.messages).toEqual([]);
  });

  it('a joiner can call Nonce and Join but not Raft or Attest', async () => {
    const seen: string[] = [];
    const handlers: PeerHandlers = {
      join: {
        nonce: (req, caller) => {
          seen.push(`nonce:${caller.keyId}`);
          return Promise.resolve({ nonce: new Uint8Array(32).fill(7), expiresAtUnixMs: Date.now() + 60_000, leaderHint: '' });
        },
        join: (req, caller) => {
          seen.push(`join:${caller.keyId}:${Buffer.from(req.nonce).toString('hex').slice(0, 4)}:${Buffer.from(req.quote).toString()}`);
          return Promise.resolve({ admitted: true, refusalReason: '', message: '', memberId: 99, leaderHint: '' });
        },
      },
      attest: { attest: (req) => Promise.resolve({ quote: Buffer.concat([Buffer.from('q:'), req.nonce]), nodePublicKey: Buffer.from('spki') }) },
    };
    const leader = await member({ handlers });
    leader.transport.setPeers([leader.address]);
    const joinerKey = NodeKey.generate();

    const joinClient = new JoinClient((address) => new GrpcPeerClient(address, { nodeKey: joinerKey, expectedKeyId: leader.key.keyId }));
    const admitted = await joinClient.join(leader.address.address, {
      nodePublicKey: joinerKey.publicKeyDer,
      address: '127.0.0.1:1',
      tickets: [],
      quote: (nonce) => Promise.resolve(Buffer.from(`quote-over-${nonce.length}`)),
    });
    expect(admitted.memberId).toBe(99);
    expect(seen).toEqual([`nonce:${joinerKey.keyId}`, `join:${joinerKey.keyId}:0707:quote-over-32`]);

    // A Join naming another key than the TLS one is refused by the transport.
    const client = new GrpcPeerClient(leader.address.address, { nodeKey: joinerKey });
    open.push({ close: () => client.close() });
    const other = NodeKey.generate();
    const mismatch = await client.join({ nodePublicKey: other.publicKeyDer, quote: new Uint8Array(1), tickets: [], address: 'x:1', nonce: new Uint8Array(32) });
    expect(mismatch).toMatchObject({ admitted: false, refusalReason: 'KEY_MISMATCH' });
    expect(seen.length).toBe(2);

    // Attest is for admitted members only.
    await expect(client.attest({ nonce: new Uint8Array(4) })).rejects.toMatchObject({ code: 'PEER_REFUSED' });

    // And the joiner's Raft stream is refused.
    const joiner = await member({}, joinerKey);
    joiner.transport.setPeers([joiner.address, leader.address]);
    joiner.transport.send([heartbeat(joiner.address.id, leader.address.id)]);
    await eventually(() => joiner.events.some((e) => e.kind === 'broken' && /PERMISSION_DENIED/.test(e.detail)), 15_000, 'raft refusal');
    expect(leader.inbox.messages).toEqual([]);

    // Once admitted, Attest answers.
    leader.transport.setPeers([leader.address, joiner.address]);
    await expect(client.attest({ nonce: Buffer.from('abcd') })).resolves.toMatchObject({ quote: Buffer.from('q:abcd') });
  });

  it('expected server key is enforced in the TLS handshake for peer clients', async () => {
    const leader = await member({ handlers: {} });
    const client = new GrpcPeerClient(leader.address.address, { nodeKey: NodeKey.generate(), expectedKeyId: NodeKey.generate().keyId, deadlineMs: 3_000 });
    open.push({ close: () => client.close() });
    await expect(client.nonce({ nodePublicKey: new Uint8Array(0) })).rejects.toMatchObject({ code: 'PEER_UNAVAILABLE' });
  });

  it('reconnects after the peer transport restarts', async () => {
    const [a, b] = await committee(2);
    a!.transport.send([heartbeat(a!.address.id, b!.address.id, 1)]);
    await b!.inbox.waitFor(1);
    await b!.transport.close();
    await eventually(() => a!.events.some((e) => e.kind === 'broken'), 15_000, 'break noticed');
    a!.transport.send([heartbeat(a!.address.id, b!.address.id, 2)]);
    expect(a!.inbox.unreachable).toContain(b!.address.id);

    const port = b!.address.address.split(':')[1];
    const b2 = await member({}, b!.key, `127.0.0.1:${port}`);
    b2.transport.setPeers([a!.address, b2.address]);
    // Raft retries: keep sending until the link is back.
    await eventually(
      () => {
        a!.transport.send([heartbeat(a!.address.id, b!.address.id, 3)]);
        return b2.inbox.messages.some((m) => m.term === 3);
      },
      20_000,
      'delivery after restart',
    );
    expect(a!.events.filter((e) => e.kind === 'connected').length).toBeGreaterThanOrEqual(2);
  });

  it('sends Snap messages on the snapshot stream and the rest on the Raft stream', async () => {
    const a = await member();
    const bKey = NodeKey.generate();
    const arrivals: string[] = [];
    const server = new grpc.Server();
    server.addService(peerServiceDefinition, {
      Raft: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => {
        call.write(encodeRaftAck({ credits: 8 }));
        call.on('data', (b: Buffer) => {
          for (const m of decodeRaftBatch(b)) arrivals.push(`raft:${m.type}`);
          call.write(encodeRaftAck({ credits: 1 }));
        });
      },
      Snapshot: (call: grpc.ServerReadableStream<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => {
        call.sendMetadata(new grpc.Metadata());
        let parts = 0;
        call.on('data', (b: Buffer) => {
          const m = decodeSnapshotPart(b);
          parts++;
          arrivals.push(`snap:${m.snapshot!.offset}`);
        });
        call.on('end', () => {
          arrivals.push('snap:end');
          cb(null, encodeSnapshotAck({ parts, bytes: 0 }));
        });
      },
    });
    const port = await new Promise<number>((res, rej) => server.bindAsync('127.0.0.1:0', peerServerCredentials(bKey), (e, p) => (e ? rej(e) : res(p))));
    open.push({ close: () => server.forceShutdown() });
    const b: PeerAddress = { id: bKey.nodeId, keyId: bKey.keyId, address: `127.0.0.1:${port}` };
    a.transport.setPeers([a.address, b]);
    a.transport.send([heartbeat(a.address.id, b.id)]);
    await eventually(() => arrivals.length === 1, 15_000, 'first heartbeat');
    const chunk = new Uint8Array(1 << 20).fill(5);
    a.transport.send([snap(a.address.id, b.id, 0, chunk, 3 << 20), heartbeat(a.address.id, b.id)]);
    a.transport.send([snap(a.address.id, b.id, 1 << 20, chunk, 3 << 20)]);
    a.transport.send([snap(a.address.id, b.id, 2 << 20, chunk, 3 << 20), heartbeat(a.address.id, b.id)]);
    await eventually(() => arrivals.includes('snap:end') && arrivals.filter((x) => x.startsWith('raft')).length === 3, 20_000, 'snapshot');
    expect(arrivals.filter((x) => x.startsWith('snap'))).toEqual(['snap:0', `snap:${1 << 20}`, `snap:${2 << 20}`, 'snap:end']);
    expect(arrivals.filter((x) => x.startsWith('raft'))).toEqual([`raft:${MessageType.Heartbeat}`, `raft:${MessageType.Heartbeat}`, `raft:${MessageType.Heartbeat}`]);
  });

  it('delivers snapshot chunks between two transports', async () => {
    const [a, b] = await committee(2);
    const data = new Uint8Array(300_000).map((_, i) => i & 0xff);
    a!.transport.send([snap(a!.address.id, b!.address.id, 0, data.subarray(0, 200_000), data.length)]);
    a!.transport.send([snap(a!.address.id, b!.address.id, 200_000, data.subarray(200_000), data.length)]);
    await b!.inbox.waitFor(2);
    const got = b!.inbox.messages.map((m) => m.snapshot!);
    expect(Buffer.concat(got.map((c) => c.data)).equals(Buffer.from(data))).toBe(true);
  });

  it('drops and reports unreachable when the bounded queue is full', async () => {
    const a = await member({ queueMessagesMax: 10, handshakeTimeoutMs: 30_000 });
    // A peer that accepts TCP but never answers: the link stays "connecting".
    const net = await import('node:net');
    const silent = net.createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    open.push({ close: () => new Promise<void>((r) => silent.close(() => r())) });
    const k = NodeKey.generate();
    const peer: PeerAddress = { id: k.nodeId, keyId: k.keyId, address: `127.0.0.1:${(silent.address() as { port: number }).port}` };
    a.transport.setPeers([a.address, peer]);
    a.transport.send(Array.from({ length: 10 }, () => heartbeat(a.address.id, peer.id)));
    expect(a.inbox.unreachable).toEqual([]);
    a.transport.send([heartbeat(a.address.id, peer.id)]);
    expect(a.inbox.unreachable).toEqual([peer.id]);
    a.transport.send([heartbeat(a.address.id, 12345 as NodeId)]); // not a peer at all
    expect(a.inbox.unreachable).toEqual([peer.id, 12345]);
  });

  it('removing a member cuts its streams', async () => {
    const [a, b] = await committee(2);
    a!.transport.send([heartbeat(a!.address.id, b!.address.id)]);
    await b!.inbox.waitFor(1);
    b!.transport.setPeers([b!.address]);
    await eventually(() => a!.events.some((e) => e.kind === 'broken' && /member removed|not admitted/.test(e.detail)), 15_000, 'cut');
    b!.transport.send([heartbeat(b!.address.id, a!.address.id)]);
    expect(b!.inbox.unreachable).toEqual([a!.address.id]);
  });

  it('a removed member still receives what was sent to it just before (the commit of its own removal)', async () => {
    const [a, b] = await committee(2);
    a!.transport.send([heartbeat(a!.address.id, b!.address.id, 1)]);
    await b!.inbox.waitFor(1);
    // Sent, then removed in the same turn of the event loop (the seat sends a Ready's messages, then applies it).
    a!.transport.send([heartbeat(a!.address.id, b!.address.id, 2)]);
    a!.transport.setPeers([a!.address]);
    await b!.inbox.waitFor(2);
    expect(b!.inbox.messages.map((m) => m.term)).toEqual([1, 2]);
    a!.transport.send([heartbeat(a!.address.id, b!.address.id, 3)]);
    expect(a!.inbox.unreachable).toEqual([b!.address.id]);
  });
});

describe('GrpcTransport options', () => {
  it('refuses plaintext unless attestation is simulated', () => {
    expect(() => new GrpcTransport({ listen: '127.0.0.1:0', insecurePlaintext: true, selfId: 1 as NodeId })).toThrow(
      expect.objectContaining({ code: 'PEER_PLAINTEXT_REFUSED' }),
    );
    expect(() => new GrpcPeerClient('127.0.0.1:1', { nodeKey: undefined })).toThrow(expect.objectContaining({ code: 'PEER_PLAINTEXT_REFUSED' }));
    expect(() => new GrpcTransport({ listen: '127.0.0.1:0' })).toThrow(expect.objectContaining({ code: 'PEER_OPTIONS_INVALID' }));
  });

  it('plaintext with simulated attestation carries messages from admitted ids only', async () => {
    const mk = async (id: number): Promise<{ t: GrpcTransport; inbox: Inbox; addr: PeerAddress }> => {
      const t = new GrpcTransport({ listen: '127.0.0.1:0', insecurePlaintext: true, attestationSimulated: true, selfId: id as NodeId, backoff: { baseMs: 20, capMs: 100 } });
      const inbox = new Inbox();
      await t.start(inbox);
      open.push(t);
      return { t, inbox, addr: { id: id as NodeId, keyId: '', address: `127.0.0.1:${t.port}` } };
    };
    const [a, b] = [await mk(1), await mk(2)];
    a.t.setPeers([a.addr, b.addr]);
    b.t.setPeers([a.addr, b.addr]);
    a.t.send([heartbeat(1 as NodeId, 2 as NodeId, 9)]);
    await b.inbox.waitFor(1);
    expect(b.inbox.messages[0]!.term).toBe(9);
  });

  it('full-jitter backoff stays below the capped exponential ceiling', () => {
    const backoff = { baseMs: 100, capMs: 5_000 };
    expect(fullJitterDelay(backoff, 0, () => 0.999)).toBe(99);
    expect(fullJitterDelay(backoff, 3, () => 0.5)).toBe(400);
    expect(fullJitterDelay(backoff, 10, () => 0.5)).toBe(2_500);
    expect(fullJitterDelay(backoff, 1000, () => 0)).toBe(0);
  });
});

describe('GrpcTransport large batches', () => {
  it('splits a send larger than one gRPC message into several batches, in order', async () => {
    const [a, b] = await committee(2);
    const entry = (i: number) => ({ term: 1, index: i, type: 0, data: new Uint8Array(1 << 20).fill(i & 0xff) });
    const msgs = Array.from({ length: 6 }, (_, i) =>
      message({ type: MessageType.App, from: a!.address.id, to: b!.address.id, term: term(1), index: i as never, entries: [entry(i + 1) as never] }),
    );
    a!.transport.send(msgs);
    await b!.inbox.waitFor(6, 20_000);
    expect(b!.inbox.messages.map((m) => m.index)).toEqual(msgs.map((m) => m.index));
    expect(b!.inbox.messages[5]!.entries[0]!.data[5]).toBe(6);
  });
});
