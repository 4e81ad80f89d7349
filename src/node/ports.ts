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

// ---------------------------------------------------------------------------
// The other ports of the seat: time, admission, attestation and metrics.

/**
 * Logical time for the seat: it calls `onTick` once per Raft tick. The seat
 * core never reads a clock or arms a timer itself; production injects
 * intervalTicker (src/node/ticker.ts), tests a ManualTicker.
 */
export interface Ticker {
  start(onTick: () => void): void;
  stop(): void;
}

/**
 * What the leader records about a member when it admits it; carried in the
 * AddLearner conf change's context, so every member (and every snapshot)
 * holds the same record.
 */
export interface AttestationRecord {
  /** Hex MR_TD of the member's quote. */
  readonly mrTd: string;
  /** TCB status the verifier reported (e.g. "UpToDate"). */
  readonly tcbStatus: string;
  /** Hex SHA-256 digest of the quote that was verified. */
  readonly quoteDigest: string;
  /** When the leader verified it, ms since the Unix epoch (stamped by the leader, outside the state machine). */
  readonly verifiedAtMs: number;
  /** The quote came from the simulated provider (development only). */
  readonly simulated: boolean;
}

/**
 * The latest re-attestation outcome the leader committed for a member
 * (reattestation-service.ts proposes it; records.ts encodes it).
 */
export interface ReattestationRecord {
  /** When the leader decided, ms since the Unix epoch (the leader's clock, outside the machine). */
  readonly atMs: number;
  readonly verdict: 'verified' | 'refused' | 'unreachable';
  /** member_tdx_attested after this outcome. */
  readonly attested: boolean;
  /** The refusal reason; absent when verified. */
  readonly reason?: string;
  /** From the verified quote. */
  readonly mrTd?: string;
  readonly tcbStatus?: string;
}

/** A member as the committee knows it: peer address, node key, attestation. */
export interface MemberRecord extends PeerAddress {
  /** host:port where the member serves clients (the kv service); absent when unknown. Leader redirects give clients this, never the peer address. */
  readonly clientAddress?: string;
  /** Absent for founding members bootstrapped without a record. */
  readonly attestation?: AttestationRecord;
  /** The latest committed re-attestation; absent until the first one. */
  readonly reattestation?: ReattestationRecord;
}

/** What a joining member presents: who it is and the evidence for its quote and tickets. */
export interface JoinRequest {
  readonly member: Omit<MemberRecord, 'attestation'>;
  /** SPKI DER of the member's node key (member.keyId is its digest); what the quote's report_data binds. */
  readonly nodePublicKey?: Uint8Array;
  /** The nonce the leader handed out (binds the quote to this join). */
  readonly nonce: Uint8Array;
  /** The quote whose report_data binds node key, organism fingerprint and nonce. */
  readonly quote: Uint8Array;
  /** Tickets, opaque to the seat. */
  readonly tickets: readonly Uint8Array[];
}

export type AdmissionVerdict =
  | { readonly admitted: true; readonly record: AttestationRecord }
  | { readonly admitted: false; readonly reason: string; readonly message: string };

/** Verifies joins on the leader (src/attest implements it: DCAP chain, MR_TD, TCB policy, tickets, nonce). */
export interface SeatAdmission {
  /** A fresh nonce for a joining member (single use). */
  issueNonce(member: PeerAddress): Uint8Array;
  verifyJoin(request: JoinRequest): Promise<AdmissionVerdict>;
}

/** Makes this seat's own quote (configfs-tsm or simulated) when it joins or re-attests. */
export interface SeatAttestor {
  /** A quote whose report_data binds this seat's node key, the organism fingerprint and `nonce`. */
  quote(nonce: Uint8Array): Promise<Uint8Array>;
}

/** Where the seat reports what the metrics page shows (src/ops implements it with prom-client). */
export interface SeatMetricsSink {
  /** After every Ready: role, term, leader and indices. */
  onStatus(status: {
    readonly role: string;
    readonly term: number;
    readonly leader: number;
    readonly committedIndex: number;
    readonly appliedIndex: number;
    readonly members: number;
  }): void;
  /** The leader this seat knows changed (0: none known); counted as leader changes. */
  onLeaderChange(leader: number): void;
  /** A join was refused, with the admission's reason code. */
  onAdmissionRefused(reason: string): void;
  /** A Ready was persisted: how long the save took, in seconds, and whether it had to sync. */
  onPersist(seconds: number, mustSync: boolean): void;
}
