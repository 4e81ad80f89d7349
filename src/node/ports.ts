/**
 * The seat's ports: what src/node needs from the adapters around it. The
 * seat owns these interfaces; src/peer (GrpcTransport, LoopbackNetwork)
 * implements PeerTransport.
 */
import type { Message, NodeId } from '../raft/index.js';

/** Where a committee member listens and which node key it must present. */
export interface PeerAddress {
  readonly id: NodeId;
  /** host:port of its peer listener. */
  readonly address: string;
  /** Hex key id of its node key (see src/peer/node-key.ts); TLS must present exactly this key. */
  readonly keyId: string;
}

export interface PeerTransportEvents {
  /** A Raft message from an admitted peer, already decoded and checked (`to` is us). */
  onMessage(message: Message): void;
  /** Sending to `id` failed or its stream broke: the seat calls RawNode.reportUnreachable. */
  onUnreachable(id: NodeId): void;
}

/**
 * Carries Raft messages between members. send() never blocks and never
 * throws for a peer that is down: Raft retries, so a message that cannot be
 * delivered is dropped (and onUnreachable fires). Snapshot chunks (MsgSnap)
 * travel on their own stream so a large snapshot never delays heartbeats.
 */
export interface PeerTransport {
  start(events: PeerTransportEvents): Promise<void>;
  /** Messages from one Ready, in order; batched per destination. */
  send(messages: readonly Message[]): void;
  /** Replaces the set of peers this member talks to and accepts traffic from. */
  setPeers(peers: readonly PeerAddress[]): void;
  close(): Promise<void>;
}
