/**
 * LoopbackNetwork: in-process PeerTransports for tests of the seat, with
 * the semantics of GrpcTransport minus the sockets: messages are delivered
 * asynchronously and in order per pair, and dropped (onUnreachable on the
 * sender) when the destination is unknown to the sender, not started,
 * closed, cut off (cut()), or does not admit the sender; Snap messages
 * travel like the others. Join and Nonce reach an endpoint's handlers
 * through joinChannel(), with the transport's key check.
 */
import { TesseraError } from '../common/errors.js';
import type { PeerAddress, PeerTransport, PeerTransportEvents } from '../node/ports.js';
import type { Message, NodeId } from '../raft/index.js';
import { JoinRefusal, type Caller, type PeerHandlers } from './handlers.js';
import { keyIdOf } from './node-key.js';
import type { JoinChannel } from './peer-client.js';
import { messageToWire } from './raft-codec.js';

export class LoopbackNetwork {
  private readonly endpoints = new Map<NodeId, LoopbackTransport>();
  private readonly cuts = new Set<string>();

  /** A transport for member `id` (one per id; a closed one may be replaced, as after a restart). */
  endpoint(id: NodeId, opts: { handlers?: PeerHandlers; address?: string } = {}): LoopbackTransport {
    const existing = this.endpoints.get(id);
    if (existing !== undefined && !existing.isClosed) throw new TesseraError(`loopback member ${id} already has an open transport`, 'PEER_STATE');
    const t = new LoopbackTransport(this, id, opts.handlers ?? {}, opts.address ?? `loopback:${id}`);
    this.endpoints.set(id, t);
    return t;
  }

  /** Drops everything between a and b (both ways) until heal(). */
  cut(a: NodeId, b: NodeId): void {
    this.cuts.add(pairKey(a, b));
  }

  heal(a?: NodeId, b?: NodeId): void {
    if (a === undefined || b === undefined) this.cuts.clear();
    else this.cuts.delete(pairKey(a, b));
  }

  /** @internal */
  deliverable(from: LoopbackTransport, to: NodeId): LoopbackTransport | undefined {
    const target = this.endpoints.get(to);
    if (target === undefined || !target.isStarted || target.isClosed) return undefined;
    if (this.cuts.has(pairKey(from.id, to))) return undefined;
    if (!target.admits(from.id)) return undefined;
    return target;
  }

  /**
   * A JoinChannel to the member listening at `address`, as a host whose
   * TLS key is `callerPublicKey` (SPKI DER).
   */
  joinChannel(address: string, callerPublicKey: Uint8Array): JoinChannel {
    const target = [...this.endpoints.values()].find((e) => e.address === address && e.isStarted && !e.isClosed);
    const caller: Caller = { keyId: keyIdOf(callerPublicKey), publicKeyDer: callerPublicKey };
    const handlers = target?.handlers.join;
    const unavailable = (): Promise<never> =>
      Promise.reject(new TesseraError(`no member listens at ${address}`, 'PEER_UNAVAILABLE', { address }));
    return {
      nonce: (req) => (handlers === undefined ? unavailable() : handlers.nonce(req, caller)),
      join: (req) => {
        if (handlers === undefined) return unavailable();
        if (!Buffer.from(req.nodePublicKey).equals(Buffer.from(callerPublicKey))) {
          return Promise.resolve({ admitted: false, refusalReason: JoinRefusal.keyMismatch, message: 'not the caller key', memberId: 0, leaderHint: '' });
        }
        return handlers.join(req, caller);
      },
      close: () => undefined,
    };
  }
}

function pairKey(a: NodeId, b: NodeId): string {
  return a < b ? `${a}-${b}` : `${b}-${a}`;
}

export class LoopbackTransport implements PeerTransport {
  private events: PeerTransportEvents | undefined;
  private peers = new Map<NodeId, PeerAddress>();
  private closed = false;

  constructor(
    private readonly network: LoopbackNetwork,
    readonly id: NodeId,
    readonly handlers: PeerHandlers,
    readonly address: string,
  ) {}

  get isStarted(): boolean {
    return this.events !== undefined;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  admits(id: NodeId): boolean {
    return this.peers.has(id);
  }

  start(events: PeerTransportEvents): Promise<void> {
    if (this.events !== undefined) return Promise.reject(new TesseraError('loopback transport already started', 'PEER_STATE'));
    this.events = events;
    return Promise.resolve();
  }

  setPeers(peers: readonly PeerAddress[]): void {
    this.peers = new Map(peers.filter((p) => p.id !== this.id).map((p) => [p.id, p]));
  }

  send(messages: readonly Message[]): void {
    const events = this.events;
    if (events === undefined || this.closed) return;
    const unreachable = new Set<NodeId>();
    for (const m of messages) {
      messageToWire(m); // the same check as the wire: never carry what a peer must refuse
      const target = this.peers.has(m.to) ? this.network.deliverable(this, m.to) : undefined;
      if (target === undefined || m.from !== this.id) {
        unreachable.add(m.to);
        continue;
      }
      // Asynchronous, in order: like a network, never re-entrant into the sender's step.
      queueMicrotask(() => target.receive(m));
    }
    for (const id of unreachable) events.onUnreachable(id);
  }

  /** @internal */
  receive(m: Message): void {
    if (this.closed || this.events === undefined || !this.peers.has(m.from)) return;
    this.events.onMessage(m);
  }

  close(): Promise<void> {
    this.closed = true;
    return Promise.resolve();
  }
}
