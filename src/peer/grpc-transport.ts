/**
 * GrpcTransport: the PeerTransport of a real seat, on @grpc/grpc-js.
 *
 * Outbound, one PeerLink per admitted peer: a long-lived Raft bidi stream
 * on which we send RaftBatches and the peer grants credits (RaftAck), so at
 * most `credits` batches are in flight; messages wait in a bounded queue
 * and are dropped (onUnreachable) when it is full or the stream is broken:
 * Raft retries. Snap messages go on their own client stream per snapshot.
 * A broken stream is retried after full-jitter backoff (random injectable).
 *
 * Inbound, the server authenticates every call before reading anything:
 * Raft and Snapshot only from a key in the admitted set (setPeers), and
 * every message's `from` must be that key's member and `to` must be us.
 * Nonce and Join are open to any TLS client; Join's claimed key must be
 * its TLS key. The client checks the server's key the same way before it
 * sends a Raft message (see service.ts for why this is not in the TLS
 * handshake itself).
 */
import * as grpc from '@grpc/grpc-js';

import { TesseraError } from '../common/errors.js';
import { peerV1 } from '../proto/index.js';
import type { PeerAddress, PeerTransport, PeerTransportEvents } from '../node/ports.js';
import { MessageType, type Message, type NodeId } from '../raft/index.js';
import { JoinRefusal, type Caller, type PeerHandlers } from './handlers.js';
import { nodeIdOfKeyId, type NodeKey } from './node-key.js';
import { decodeRaftBatch, decodeSnapshotPart, encodeSnapshotPart, messageToWire, raftBatchMessagesMax } from './raft-codec.js';
import {
  identityOf,
  peerChannelCredentials,
  peerChannelOptions,
  peerMethods,
  peerServerCredentials,
  peerServerOptions,
  peerServiceDefinition,
  statusError,
  type PeerIdentity,
} from './service.js';
import {
  decodeAttestRequest,
  decodeJoinRequest,
  decodeNonceRequest,
  decodeRaftAck,
  decodeSnapshotAck,
  encodeAttestResponse,
  encodeJoinResponse,
  encodeNonceResponse,
  encodeRaftAck,
  encodeSnapshotAck,
} from './wire.js';

const wire = peerV1.peer.v1;

export interface Backoff {
  /** First retry waits up to this long. */
  readonly baseMs: number;
  /** No retry waits longer. */
  readonly capMs: number;
}

export interface GrpcTransportOptions {
  /** host:port to listen on (port 0: any; see `port` after start). */
  readonly listen: string;
  /** The node key: TLS key of every connection. Required unless insecurePlaintext. */
  readonly nodeKey?: NodeKey;
  /** Our member id; defaults to the node key's. */
  readonly selfId?: NodeId;
  /** Development only: no TLS. Refused unless attestationSimulated. */
  readonly insecurePlaintext?: boolean;
  /** True when the seat runs with simulated attestation (the only case plaintext is allowed). */
  readonly attestationSimulated?: boolean;
  readonly handlers?: PeerHandlers;
  /** Uniform in [0, 1); Math.random by default. */
  readonly random?: () => number;
  readonly backoff?: Backoff;
  /** Messages waiting per peer before new ones are dropped. */
  readonly queueMessagesMax?: number;
  /** Batches a sender may have in flight (the receiver's window). */
  readonly initialCredits?: number;
  /** A connection whose peer has not been verified by then is abandoned. */
  readonly handshakeTimeoutMs?: number;
  /** Connection events for the seat's log (never carries key material). */
  readonly onLinkEvent?: (event: LinkEvent) => void;
}

export interface LinkEvent {
  readonly peer: NodeId;
  readonly kind: 'connected' | 'broken' | 'refused-inbound';
  readonly detail: string;
}

export const defaultBackoff: Backoff = { baseMs: 100, capMs: 5_000 };

/** Full jitter: uniform in [0, min(cap, base * 2^attempt)). */
export function fullJitterDelay(backoff: Backoff, attempt: number, random: () => number): number {
  const ceiling = Math.min(backoff.capMs, backoff.baseMs * 2 ** Math.min(attempt, 30));
  return Math.floor(random() * ceiling);
}

/** A batch stops growing past about this many bytes (well under the 64 MiB message limit). */
export const raftBatchBytesTarget = 4 * 1024 * 1024;

/** How many queued messages the next batch takes: at least one, at most raftBatchMessagesMax, about raftBatchBytesTarget. */
function batchLength(queue: readonly peerV1.peer.v1.Message.$Properties[]): number {
  let bytes = 0;
  let n = 0;
  while (n < queue.length && n < raftBatchMessagesMax) {
    const m = queue[n]!;
    let size = 64 + (m.context?.length ?? 0) + (m.snapshot?.data?.length ?? 0);
    for (const e of m.entries ?? []) size += 24 + (e.data?.length ?? 0);
    if (n > 0 && bytes + size > raftBatchBytesTarget) break;
    bytes += size;
    n++;
  }
  return n;
}

/** The bytes as a Buffer without copying (protobufjs already returns one under Node). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Snapshot parts that may wait for a link still connecting. */
const snapshotPartsWaitingMax = 16;

type LinkState = 'connecting' | 'ready' | 'backoff' | 'closed';

export class GrpcTransport implements PeerTransport {
  readonly selfId: NodeId;
  private readonly opts: GrpcTransportOptions;
  private readonly random: () => number;
  private readonly backoff: Backoff;
  private readonly queueMessagesMax: number;
  private readonly initialCredits: number;
  private readonly handshakeTimeoutMs: number;
  private server: grpc.Server | undefined;
  private events: PeerTransportEvents | undefined;
  private boundPort = 0;
  private peersById = new Map<NodeId, PeerAddress>();
  private peersByKey = new Map<string, PeerAddress>();
  private readonly links = new Map<NodeId, PeerLink>();
  /** Open inbound Raft/Snapshot calls, per member, to cut when it is removed. */
  private readonly inbound = new Map<NodeId, Set<() => void>>();
  private closed = false;

  constructor(opts: GrpcTransportOptions) {
    if (opts.insecurePlaintext === true) {
      if (opts.attestationSimulated !== true) {
        throw new TesseraError(
          'insecurePlaintext refused: plaintext peer traffic is allowed only with simulated attestation (development)',
          'PEER_PLAINTEXT_REFUSED',
        );
      }
      if (opts.selfId === undefined && opts.nodeKey === undefined) {
        throw new TesseraError('insecurePlaintext needs selfId (or a node key)', 'PEER_OPTIONS_INVALID');
      }
    } else if (opts.nodeKey === undefined) {
      throw new TesseraError('GrpcTransport needs the node key for TLS (or insecurePlaintext in development)', 'PEER_OPTIONS_INVALID');
    }
    this.opts = opts;
    this.selfId = opts.selfId ?? (opts.nodeKey as NodeKey).nodeId;
    this.random = opts.random ?? Math.random;
    this.backoff = opts.backoff ?? defaultBackoff;
    this.queueMessagesMax = opts.queueMessagesMax ?? 8192;
    this.initialCredits = opts.initialCredits ?? 64;
    this.handshakeTimeoutMs = opts.handshakeTimeoutMs ?? 10_000;
  }

  get tls(): boolean {
    return this.opts.insecurePlaintext !== true;
  }

  /** The port the listener is bound to (after start). */
  get port(): number {
    return this.boundPort;
  }

  async start(events: PeerTransportEvents): Promise<void> {
    if (this.server !== undefined) throw new TesseraError('GrpcTransport already started', 'PEER_STATE');
    this.events = events;
    const server = new grpc.Server(peerServerOptions);
    server.addService(peerServiceDefinition, {
      Raft: (call: grpc.ServerDuplexStream<Buffer, Buffer>) => this.serveRaft(call),
      Snapshot: (call: grpc.ServerReadableStream<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => this.serveSnapshot(call, cb),
      Nonce: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => void this.serveNonce(call, cb),
      Join: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => void this.serveJoin(call, cb),
      Attest: (call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>) => void this.serveAttest(call, cb),
    });
    const creds = this.tls ? peerServerCredentials(this.opts.nodeKey as NodeKey) : grpc.ServerCredentials.createInsecure();
    this.boundPort = await new Promise<number>((resolve, reject) => {
      server.bindAsync(this.opts.listen, creds, (e, port) => {
        if (e) reject(new TesseraError(`peer listener ${this.opts.listen}: ${e.message}`, 'PEER_LISTEN_FAILED', { address: this.opts.listen }));
        else resolve(port);
      });
    });
    this.server = server;
    for (const p of this.peersById.values()) this.ensureLink(p);
  }

  setPeers(peers: readonly PeerAddress[]): void {
    const byId = new Map<NodeId, PeerAddress>();
    const byKey = new Map<string, PeerAddress>();
    for (const p of peers) {
      if (p.id === this.selfId) continue;
      byId.set(p.id, p);
      byKey.set(p.keyId, p);
    }
    for (const [id, old] of this.peersById) {
      const now = byId.get(id);
      if (now === undefined || now.keyId !== old.keyId || now.address !== old.address) {
        // A removed member still gets what was already sent to it: the leader's last
        // append tells it that its own removal committed (cancelling would drop it).
        if (now === undefined) this.links.get(id)?.retire();
        else this.links.get(id)?.close();
        this.links.delete(id);
        for (const cut of this.inbound.get(id) ?? []) cut();
        this.inbound.delete(id);
      }
    }
    this.peersById = byId;
    this.peersByKey = byKey;
    if (this.server !== undefined) for (const p of byId.values()) this.ensureLink(p);
  }

  send(messages: readonly Message[]): void {
    if (this.closed || this.events === undefined) return;
    const perPeer = new Map<NodeId, Message[]>();
    for (const m of messages) {
      let list = perPeer.get(m.to);
      if (list === undefined) perPeer.set(m.to, (list = []));
      list.push(m);
    }
    for (const [to, list] of perPeer) {
      const link = this.links.get(to);
      if (link === undefined) {
        this.events.onUnreachable(to);
        continue;
      }
      const raft = list.filter((m) => m.type !== MessageType.Snap);
      if (raft.length > 0) link.enqueue(raft);
      for (const m of list) if (m.type === MessageType.Snap) link.sendSnap(m);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const link of this.links.values()) link.close();
    this.links.clear();
    for (const cuts of this.inbound.values()) for (const cut of cuts) cut();
    this.inbound.clear();
    const server = this.server;
    if (server !== undefined) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => server.forceShutdown(), 1_000);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
  }

  // ---------------------------------------------------------------- outbound

  private ensureLink(p: PeerAddress): void {
    if (this.closed || this.links.has(p.id)) return;
    const link = new PeerLink(this, p);
    this.links.set(p.id, link);
    link.connect();
  }

  /** @internal for PeerLink */
  linkContext(): {
    events: PeerTransportEvents;
    credentials: (expectedKeyId: string) => grpc.ChannelCredentials;
    tls: boolean;
    random: () => number;
    backoff: Backoff;
    queueMessagesMax: number;
    handshakeTimeoutMs: number;
    log: (event: LinkEvent) => void;
  } {
    return {
      events: this.events as PeerTransportEvents,
      credentials: (expectedKeyId) =>
        this.tls ? peerChannelCredentials(this.opts.nodeKey as NodeKey, expectedKeyId) : grpc.credentials.createInsecure(),
      tls: this.tls,
      random: this.random,
      backoff: this.backoff,
      queueMessagesMax: this.queueMessagesMax,
      handshakeTimeoutMs: this.handshakeTimeoutMs,
      log: this.opts.onLinkEvent ?? (() => undefined),
    };
  }

  // ----------------------------------------------------------------- inbound

  private caller(call: { getAuthContext(): ReturnType<grpc.ServerUnaryCall<Buffer, Buffer>['getAuthContext']> }): Caller {
    const id: PeerIdentity | undefined = this.tls ? identityOf(call.getAuthContext()) : undefined;
    return { keyId: id?.keyId, publicKeyDer: id?.publicKeyDer };
  }

  /**
   * The admitted member behind a call: with TLS, the one whose key the
   * caller presented; in plaintext, any (each message's `from` is then
   * checked against the admitted set). A string is the refusal.
   */
  private admittedCaller(call: { getAuthContext(): ReturnType<grpc.ServerUnaryCall<Buffer, Buffer>['getAuthContext']> }): PeerAddress | 'plaintext' | string {
    if (!this.tls) return 'plaintext';
    const who = this.caller(call);
    if (who.keyId === undefined) return 'no TLS client certificate';
    const peer = this.peersByKey.get(who.keyId);
    if (peer === undefined) return `key ${who.keyId} is not admitted`;
    return peer;
  }

  private checkFrom(peer: PeerAddress | 'plaintext', m: Message): string | undefined {
    if (m.to !== this.selfId) return `message to ${m.to}, but this member is ${this.selfId}`;
    if (peer === 'plaintext') return this.peersById.has(m.from) ? undefined : `message from ${m.from}, which is not admitted`;
    if (m.from !== peer.id) return `message from ${m.from} on the stream of member ${peer.id}`;
    return undefined;
  }

  private trackInbound(id: NodeId | undefined, cut: () => void): () => void {
    if (id === undefined) return () => undefined;
    let set = this.inbound.get(id);
    if (set === undefined) this.inbound.set(id, (set = new Set()));
    set.add(cut);
    return () => set.delete(cut);
  }

  private serveRaft(call: grpc.ServerDuplexStream<Buffer, Buffer>): void {
    const peer = this.admittedCaller(call);
    if (typeof peer === 'string' && peer !== 'plaintext') {
      call.emit('error', statusError(grpc.status.PERMISSION_DENIED, `Raft refused: ${peer}`));
      return;
    }
    let done = false;
    const finish = (err?: grpc.ServiceError): void => {
      if (done) return;
      done = true;
      untrack();
      if (err === undefined) call.end();
      else call.emit('error', err);
    };
    const untrack = this.trackInbound(peer === 'plaintext' ? undefined : peer.id, () =>
      finish(statusError(grpc.status.PERMISSION_DENIED, 'member removed')),
    );
    call.write(encodeRaftAck({ credits: this.initialCredits }));
    // Credits for the batches taken in one event-loop turn go back in one RaftAck, not one each.
    let creditsOwed = 0;
    const grantCredits = (): void => {
      const credits = creditsOwed;
      creditsOwed = 0;
      if (!done && credits > 0) call.write(encodeRaftAck({ credits }));
    };
    call.on('data', (bytes: Buffer) => {
      if (done) return;
      let messages: Message[];
      try {
        messages = decodeRaftBatch(bytes);
      } catch (e) {
        finish(statusError(grpc.status.INVALID_ARGUMENT, (e as Error).message));
        return;
      }
      for (const m of messages) {
        const wrong = this.checkFrom(peer, m);
        if (wrong !== undefined) {
          finish(statusError(grpc.status.PERMISSION_DENIED, wrong));
          return;
        }
      }
      for (const m of messages) this.events?.onMessage(m);
      if (creditsOwed++ === 0) setImmediate(grantCredits);
    });
    call.on('end', () => finish());
    call.on('error', () => finish());
    call.on('cancelled', () => finish());
  }

  private serveSnapshot(call: grpc.ServerReadableStream<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>): void {
    const peer = this.admittedCaller(call);
    if (typeof peer === 'string' && peer !== 'plaintext') {
      cb(statusError(grpc.status.PERMISSION_DENIED, `Snapshot refused: ${peer}`));
      return;
    }
    let done = false;
    let parts = 0;
    let bytes = 0;
    const finish = (err: grpc.ServiceError | null): void => {
      if (done) return;
      done = true;
      untrack();
      if (err === null) cb(null, encodeSnapshotAck({ parts, bytes }));
      else cb(err);
    };
    const untrack = this.trackInbound(peer === 'plaintext' ? undefined : peer.id, () =>
      finish(statusError(grpc.status.PERMISSION_DENIED, 'member removed')),
    );
    // Tells the sender we accepted its key; it checks ours, then sends.
    call.sendMetadata(new grpc.Metadata());
    call.on('data', (buf: Buffer) => {
      if (done) return;
      let m: Message;
      try {
        m = decodeSnapshotPart(buf);
      } catch (e) {
        finish(statusError(grpc.status.INVALID_ARGUMENT, (e as Error).message));
        return;
      }
      const wrong = this.checkFrom(peer, m);
      if (wrong !== undefined) {
        finish(statusError(grpc.status.PERMISSION_DENIED, wrong));
        return;
      }
      parts++;
      bytes += m.snapshot?.data.length ?? 0;
      this.events?.onMessage(m);
    });
    call.on('end', () => finish(null));
    call.on('error', () => finish(statusError(grpc.status.CANCELLED, 'snapshot stream broke')));
  }

  private async serveNonce(call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>): Promise<void> {
    const handlers = this.opts.handlers?.join;
    if (handlers === undefined) return cb(statusError(grpc.status.UNIMPLEMENTED, 'this member takes no join requests'));
    const caller = this.caller(call);
    if (this.tls && caller.publicKeyDer === undefined) return cb(statusError(grpc.status.UNAUTHENTICATED, 'no TLS client certificate'));
    try {
      const req = decodeNonceRequest(call.request);
      if (caller.publicKeyDer !== undefined && req.nodePublicKey.length > 0 && !Buffer.from(req.nodePublicKey).equals(caller.publicKeyDer)) {
        return cb(statusError(grpc.status.PERMISSION_DENIED, 'nodePublicKey is not the TLS client key'));
      }
      cb(null, encodeNonceResponse(await handlers.nonce(req, caller)));
    } catch (e) {
      cb(handlerError(e));
    }
  }

  private async serveJoin(call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>): Promise<void> {
    const handlers = this.opts.handlers?.join;
    if (handlers === undefined) return cb(statusError(grpc.status.UNIMPLEMENTED, 'this member takes no join requests'));
    const caller = this.caller(call);
    if (this.tls && caller.publicKeyDer === undefined) return cb(statusError(grpc.status.UNAUTHENTICATED, 'no TLS client certificate'));
    try {
      const req = decodeJoinRequest(call.request);
      if (caller.publicKeyDer !== undefined && !Buffer.from(req.nodePublicKey).equals(caller.publicKeyDer)) {
        return cb(
          null,
          encodeJoinResponse({
            admitted: false,
            refusalReason: JoinRefusal.keyMismatch,
            message: `the join names key ${req.nodePublicKey.length}-byte key, not the TLS client key ${caller.keyId ?? ''}`,
            memberId: 0,
            leaderHint: '',
          }),
        );
      }
      cb(null, encodeJoinResponse(await handlers.join(req, caller)));
    } catch (e) {
      cb(handlerError(e));
    }
  }

  private async serveAttest(call: grpc.ServerUnaryCall<Buffer, Buffer>, cb: grpc.sendUnaryData<Buffer>): Promise<void> {
    const handler = this.opts.handlers?.attest;
    if (handler === undefined) return cb(statusError(grpc.status.UNIMPLEMENTED, 'this member does not attest on request'));
    const peer = this.admittedCaller(call);
    if (typeof peer === 'string' && peer !== 'plaintext') return cb(statusError(grpc.status.PERMISSION_DENIED, `Attest refused: ${peer}`));
    try {
      cb(null, encodeAttestResponse(await handler.attest(decodeAttestRequest(call.request), this.caller(call))));
    } catch (e) {
      cb(handlerError(e));
    }
  }
}

function handlerError(e: unknown): grpc.ServiceError {
  if (e instanceof TesseraError) {
    const code = e.code === 'PROTO_MALFORMED' ? grpc.status.INVALID_ARGUMENT : grpc.status.FAILED_PRECONDITION;
    return statusError(code, `${e.code}: ${e.message}`);
  }
  return statusError(grpc.status.INTERNAL, e instanceof Error ? e.message : String(e));
}

/** The outbound side towards one peer: Raft stream, snapshot stream, reconnects. */
class PeerLink {
  private state: LinkState = 'connecting';
  private attempt = 0;
  private client: grpc.Client | undefined;
  private stream: grpc.ClientDuplexStream<Buffer, Buffer> | undefined;
  private credits = 0;
  private writable = true;
  private queue: peerV1.peer.v1.Message.$Properties[] = [];
  private timer: NodeJS.Timeout | undefined;
  private snap: SnapshotSender | undefined;
  private snapsWaiting: { bytes: Buffer; last: boolean }[] = [];
  private readonly ctx: ReturnType<GrpcTransport['linkContext']>;

  constructor(
    transport: GrpcTransport,
    readonly peer: PeerAddress,
  ) {
    this.ctx = transport.linkContext();
  }

  connect(): void {
    if (this.state === 'closed') return;
    this.state = 'connecting';
    this.credits = 0;
    this.writable = true;
    const client = new grpc.Client(this.peer.address, this.ctx.credentials(this.peer.keyId), peerChannelOptions);
    const stream = client.makeBidiStreamRequest<Buffer, Buffer>(
      peerMethods.Raft.path,
      (b) => b,
      (b) => b,
    );
    this.client = client;
    this.stream = stream;
    this.timer = setTimeout(() => this.fail(`no answer within ${this.ctx.handshakeTimeoutMs} ms`), this.ctx.handshakeTimeoutMs);
    stream.on('data', (bytes: Buffer) => {
      if (this.stream !== stream) return;
      let credits: number;
      try {
        credits = decodeRaftAck(bytes).credits;
      } catch (e) {
        this.fail((e as Error).message);
        return;
      }
      if (this.state === 'connecting') {
        const wrong = this.checkServer(stream);
        if (wrong !== undefined) {
          this.fail(wrong);
          return;
        }
        clearTimeout(this.timer);
        this.state = 'ready';
        this.attempt = 0;
        this.ctx.log({ peer: this.peer.id, kind: 'connected', detail: this.peer.address });
        for (const p of this.snapsWaiting.splice(0)) this.pushSnap(p.bytes, p.last);
      }
      this.credits += credits;
      this.flush();
    });
    stream.on('drain', () => {
      if (this.stream !== stream) return;
      this.writable = true;
      this.flush();
    });
    stream.on('error', (e: Error) => {
      if (this.stream === stream) this.fail(e.message);
    });
    stream.on('end', () => {
      if (this.stream === stream) this.fail('stream ended');
    });
  }

  /** The server must present the key this peer was admitted with. */
  checkServer(call: { getAuthContext(): ReturnType<grpc.ClientDuplexStream<Buffer, Buffer>['getAuthContext']> }): string | undefined {
    if (!this.ctx.tls) return undefined;
    const id = identityOf(call.getAuthContext());
    if (id === undefined) return `peer ${this.peer.id} at ${this.peer.address} presented no certificate`;
    if (id.keyId !== this.peer.keyId) {
      return `peer ${this.peer.id} at ${this.peer.address} presented key ${id.keyId}, not its admitted key ${this.peer.keyId}`;
    }
    return undefined;
  }

  get ready(): boolean {
    return this.state === 'ready';
  }

  get grpcClient(): grpc.Client | undefined {
    return this.client;
  }

  enqueue(messages: readonly Message[]): void {
    const wires = messages.map(messageToWire);
    if (this.state === 'closed' || this.state === 'backoff' || this.queue.length + wires.length > this.ctx.queueMessagesMax) {
      this.ctx.events.onUnreachable(this.peer.id);
      return;
    }
    this.queue.push(...wires);
    this.flush();
  }

  private flush(): void {
    const stream = this.stream;
    while (this.state === 'ready' && stream !== undefined && this.writable && this.credits > 0 && this.queue.length > 0) {
      const batch = this.queue.splice(0, batchLength(this.queue));
      this.credits--;
      this.writable = stream.write(asBuffer(wire.RaftBatch.encode(wire.RaftBatch.create({ messages: batch })).finish()));
    }
  }

  sendSnap(m: Message): void {
    const bytes = encodeSnapshotPart(m);
    const last = m.snapshot !== undefined && m.snapshot.offset + m.snapshot.data.length === m.snapshot.totalBytes;
    if (this.state === 'connecting' && this.snapsWaiting.length < snapshotPartsWaitingMax) {
      // Parts wait for the link like Raft messages do (bounded).
      this.snapsWaiting.push({ bytes, last });
      return;
    }
    if (this.state !== 'ready' || this.client === undefined) {
      this.ctx.events.onUnreachable(this.peer.id);
      return;
    }
    this.pushSnap(bytes, last);
  }

  private pushSnap(bytes: Buffer, last: boolean): void {
    if (this.client === undefined) return;
    if (this.snap === undefined || this.snap.finished) this.snap = new SnapshotSender(this, this.client, () => this.ctx.events.onUnreachable(this.peer.id));
    this.snap.push(bytes, last);
  }

  private teardown(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const stream = this.stream;
    this.stream = undefined;
    stream?.cancel();
    this.snap?.abort();
    this.snap = undefined;
    this.client?.close();
    this.client = undefined;
    this.queue = [];
    this.snapsWaiting = [];
    this.credits = 0;
  }

  fail(reason: string): void {
    if (this.state === 'closed' || this.state === 'backoff') return;
    this.ctx.log({ peer: this.peer.id, kind: 'broken', detail: reason });
    const hadQueued = this.queue.length > 0 || this.snapsWaiting.length > 0;
    const wasReady = this.state === 'ready';
    this.teardown();
    this.state = 'backoff';
    if (hadQueued || wasReady) this.ctx.events.onUnreachable(this.peer.id);
    const delay = fullJitterDelay(this.ctx.backoff, this.attempt, this.ctx.random);
    this.attempt++;
    this.timer = setTimeout(() => this.connect(), delay);
  }

  close(): void {
    if (this.state === 'closed') return;
    this.teardown();
    this.state = 'closed';
  }

  /**
   * Closes the link once what was already written to the Raft stream is
   * delivered: half-closes the stream (messages still queued for credits
   * are dropped) and tears down when the call ends, after `lingerMs` at most.
   */
  retire(lingerMs = 2_000): void {
    const stream = this.stream;
    const client = this.client;
    if (this.state !== 'ready' || stream === undefined) {
      this.close();
      return;
    }
    clearTimeout(this.timer);
    this.timer = undefined;
    this.snap?.abort();
    this.snap = undefined;
    this.stream = undefined;
    this.client = undefined;
    this.queue = [];
    this.snapsWaiting = [];
    this.credits = 0;
    this.state = 'closed';
    const done = (): void => {
      clearTimeout(linger);
      stream.cancel();
      client?.close();
    };
    const linger = setTimeout(done, lingerMs);
    linger.unref();
    stream.once('status', done);
    stream.once('error', done);
    stream.end();
  }
}

/** One snapshot's client stream: parts written in order, ended after the last chunk. */
class SnapshotSender {
  finished = false;
  private readonly call: grpc.ClientWritableStream<Buffer>;
  private verified = false;
  private pending: { bytes: Buffer; last: boolean }[] = [];
  private writable = true;

  constructor(
    private readonly link: PeerLink,
    client: grpc.Client,
    private readonly onBroken: () => void,
  ) {
    this.call = client.makeClientStreamRequest<Buffer, Buffer>(
      peerMethods.Snapshot.path,
      (b) => b,
      (b) => b,
      (e, ack) => {
        this.finished = true;
        if (e !== null) this.broken();
        else if (ack !== undefined) {
          try {
            decodeSnapshotAck(ack);
          } catch {
            this.broken();
          }
        }
      },
    );
    this.call.on('metadata', () => {
      const wrong = this.link.checkServer(this.call);
      if (wrong !== undefined) {
        this.abort();
        this.broken();
        return;
      }
      this.verified = true;
      this.flush();
    });
    this.call.on('drain', () => {
      this.writable = true;
      this.flush();
    });
  }

  push(bytes: Buffer, last: boolean): void {
    this.pending.push({ bytes, last });
    this.flush();
  }

  private flush(): void {
    while (this.verified && this.writable && !this.finished && this.pending.length > 0) {
      const { bytes, last } = this.pending.shift() as { bytes: Buffer; last: boolean };
      this.writable = this.call.write(bytes);
      if (last) {
        this.call.end();
        this.finished = true;
      }
    }
  }

  private broken(): void {
    this.pending = [];
    this.onBroken();
  }

  abort(): void {
    if (!this.finished) {
      this.finished = true;
      this.call.cancel();
    }
  }
}
