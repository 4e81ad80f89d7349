/**
 * The Raft data model, shared by the core (src/raft), durable storage
 * (src/storage), the peer transport (src/peer) and the simulator (test/sim).
 * Shaped like etcd-io/raft's raftpb, reduced to what tessera uses: no joint
 * consensus (one membership change at a time), learners supported.
 *
 * Term, log index and node id are distinct branded number types so that one
 * cannot be passed for another by accident; all are safe integers >= 0.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type Term = Brand<number, 'Term'>;
export type Index = Brand<number, 'Index'>;
export type NodeId = Brand<number, 'NodeId'>;

export const term = (n: number): Term => n as Term;
export const index = (n: number): Index => n as Index;
export const nodeId = (n: number): NodeId => n as NodeId;

/** No node: the vote of a member that has not voted in its current term, and "no leader". */
export const None = 0 as NodeId;

export enum EntryType {
  /** An application command (may be empty: the leader's no-op at the start of its term). */
  Normal = 0,
  /** A membership change; `data` is an encoded ConfChange. */
  ConfChange = 1,
}

export interface Entry {
  readonly term: Term;
  readonly index: Index;
  readonly type: EntryType;
  readonly data: Uint8Array;
}

/** What must be durable before any message that depends on it is sent. */
export interface HardState {
  readonly term: Term;
  readonly vote: NodeId;
  readonly commit: Index;
}

export const emptyHardState: HardState = { term: 0 as Term, vote: None, commit: 0 as Index };

export function isEmptyHardState(h: HardState): boolean {
  return h.term === 0 && h.vote === None && h.commit === 0;
}

/** Membership: voters decide elections and commits; learners only receive the log. */
export interface ConfState {
  readonly voters: readonly NodeId[];
  readonly learners: readonly NodeId[];
}

export enum ConfChangeType {
  AddLearner = 0,
  /** Promote a learner (or add directly) as a voter. */
  AddVoter = 1,
  Remove = 2,
}

export interface ConfChange {
  readonly type: ConfChangeType;
  readonly node: NodeId;
  /** Opaque to the core: the seat stores the member's address, key and attestation record here. */
  readonly context: Uint8Array;
}

export interface SnapshotMetadata {
  /** The last log entry the snapshot covers, and its term. */
  readonly index: Index;
  readonly term: Term;
  /** Membership as of `index`. */
  readonly confState: ConfState;
}

export interface Snapshot {
  readonly metadata: SnapshotMetadata;
  /** The state machine's serialized state at `metadata.index`. */
  readonly data: Uint8Array;
}

export function isEmptySnapshot(s: Snapshot | undefined): boolean {
  return s === undefined || s.metadata.index === 0;
}
