/**
 * The Raft data model, shared by the core (src/raft), durable storage
 * (src/storage), the peer transport (src/peer) and the simulator (test/sim).
 * Shaped like etcd-io/raft's raftpb, reduced to what tessera uses: no joint
 * consensus (one membership change at a time), learners supported.
 *
 * Term, log index and node id are distinct branded number types so that one
 * cannot be passed for another by accident; all are safe integers >= 0.
 */

import { TesseraError } from '../common/errors.js';

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

// ---------------------------------------------------------------------------
// Messages between members (added with the core; the peer transport encodes
// these). Every field is always present so that all messages share one shape.

export enum MessageType {
  /** Leader → follower: entries after (index, logTerm), and the leader's commit. */
  App = 1,
  /** Follower → leader: `index` matched (or, with `reject`, the probe at `index` failed; see rejectHint/logTerm). */
  AppResp = 2,
  /** Candidate → voter: request a vote at `term` for a log ending at (index, logTerm). */
  Vote = 3,
  VoteResp = 4,
  /** Like Vote, but `term` is the term the sender would campaign at; nobody changes term or vote for it. */
  PreVote = 5,
  PreVoteResp = 6,
  /** Leader → follower: one chunk of a snapshot (`snapshot`). */
  Snap = 7,
  /** Follower → leader: bytes of snapshot `index` received so far (`snapshotBytesReceived`); `reject` asks to resend from there. */
  SnapResp = 8,
  /** Leader → follower: liveness, commit = min(follower's match, leader's commit), `context` = the latest pending read. */
  Heartbeat = 9,
  HeartbeatResp = 10,
  /** Follower → leader: forwarded proposal (`entries`, term 0). */
  Prop = 11,
  /** Leader → transfer target: campaign now, skipping pre-vote and the election lease. */
  TimeoutNow = 12,
  /** Follower → leader: forwarded read request (`context`, term 0). */
  ReadIndex = 13,
  /** Leader → follower: the read index (`index`) for the request `context`. */
  ReadIndexResp = 14,
}

export const messageTypeName: Readonly<Record<MessageType, string>> = {
  [MessageType.App]: 'App',
  [MessageType.AppResp]: 'AppResp',
  [MessageType.Vote]: 'Vote',
  [MessageType.VoteResp]: 'VoteResp',
  [MessageType.PreVote]: 'PreVote',
  [MessageType.PreVoteResp]: 'PreVoteResp',
  [MessageType.Snap]: 'Snap',
  [MessageType.SnapResp]: 'SnapResp',
  [MessageType.Heartbeat]: 'Heartbeat',
  [MessageType.HeartbeatResp]: 'HeartbeatResp',
  [MessageType.Prop]: 'Prop',
  [MessageType.TimeoutNow]: 'TimeoutNow',
  [MessageType.ReadIndex]: 'ReadIndex',
  [MessageType.ReadIndexResp]: 'ReadIndexResp',
};

/** Responses: a member steps them only from peers it tracks. */
export function isResponseMessage(t: MessageType): boolean {
  return (
    t === MessageType.AppResp ||
    t === MessageType.VoteResp ||
    t === MessageType.PreVoteResp ||
    t === MessageType.SnapResp ||
    t === MessageType.HeartbeatResp
  );
}

/**
 * One chunk of a snapshot in flight. The leader cuts `snapshot.data` into
 * chunks of at most snapshotChunkBytes; the follower assembles them in order
 * and installs the snapshot when `offset + data.length === totalBytes`.
 */
export interface SnapshotChunk {
  readonly metadata: SnapshotMetadata;
  /** Byte offset of `data` in the snapshot's data. */
  readonly offset: number;
  /** Length of the whole snapshot's data. */
  readonly totalBytes: number;
  readonly data: Uint8Array;
}

export interface Message {
  readonly type: MessageType;
  readonly from: NodeId;
  readonly to: NodeId;
  /** The sender's term (0 for forwarded Prop and ReadIndex, which are not tied to a term). */
  readonly term: Term;
  /**
   * App: term of the entry at `index`. Vote/PreVote: term of the candidate's last entry.
   * AppResp with reject: term of the entry at `rejectHint` in the follower's log (0 if unknown).
   * SnapResp: the snapshot's term.
   */
  readonly logTerm: Term;
  /**
   * App: index of the entry just before `entries`. AppResp: the last index
   * matched or, with reject, the rejected `index`. Vote/PreVote: the
   * candidate's last index. SnapResp: the snapshot's index. ReadIndexResp:
   * the read index.
   */
  readonly index: Index;
  readonly entries: readonly Entry[];
  /** App/Heartbeat: the leader's commit index for this follower. */
  readonly commit: Index;
  /** AppResp/VoteResp/PreVoteResp/SnapResp: refused. */
  readonly reject: boolean;
  /** AppResp with reject: the follower's hint of where its log may match (fast backtracking). */
  readonly rejectHint: Index;
  /** ReadIndex/ReadIndexResp/Heartbeat/HeartbeatResp: the read request's id; empty otherwise. */
  readonly context: Uint8Array;
  /** Vote: the election is a leader transfer, so a member still in its election lease votes anyway. */
  readonly transfer: boolean;
  /** Snap: the chunk. */
  readonly snapshot: SnapshotChunk | undefined;
  /** SnapResp: contiguous bytes of the snapshot the follower holds (resend from there). */
  readonly snapshotBytesReceived: number;
}

const emptyBytes = new Uint8Array(0);
const noEntries: readonly Entry[] = Object.freeze([]) as readonly Entry[];

/** A message with every field present; unspecified fields take their zero value. */
export function message(fields: Partial<Message> & Pick<Message, 'type' | 'from' | 'to'>): Message {
  return {
    type: fields.type,
    from: fields.from,
    to: fields.to,
    term: fields.term ?? (0 as Term),
    logTerm: fields.logTerm ?? (0 as Term),
    index: fields.index ?? (0 as Index),
    entries: fields.entries ?? noEntries,
    commit: fields.commit ?? (0 as Index),
    reject: fields.reject ?? false,
    rejectHint: fields.rejectHint ?? (0 as Index),
    context: fields.context ?? emptyBytes,
    transfer: fields.transfer ?? false,
    snapshot: fields.snapshot,
    snapshotBytesReceived: fields.snapshotBytesReceived ?? 0,
  };
}

// ---------------------------------------------------------------------------
// ConfChange binary encoding (the `data` of an EntryType.ConfChange entry).
//
//   offset 0  u8     version, 1
//   offset 1  u8     type (ConfChangeType)
//   offset 2  u32be  node id, high 21 bits (node ids are safe integers)
//   offset 6  u32be  node id, low 32 bits
//   offset 10 u32be  context length L (<= confChangeContextBytesMax)
//   offset 14 L bytes context
//
// Exactly 14 + L bytes; anything else is refused with RAFT_CONF_CHANGE_INVALID.

export const confChangeEncodingVersion = 1;
export const confChangeHeaderBytes = 14;
/** Large enough for an address, a node key and an attestation record (a TDX quote is ~5 KiB). */
export const confChangeContextBytesMax = 1 << 20;

const twoPow32 = 0x1_0000_0000;

export function encodeConfChange(cc: ConfChange): Uint8Array {
  if (!Number.isSafeInteger(cc.node) || cc.node <= 0) {
    throw new TesseraError(`conf change node id ${cc.node} is not a positive safe integer`, 'RAFT_CONF_CHANGE_INVALID', {
      field: 'node',
    });
  }
  if (cc.type !== ConfChangeType.AddLearner && cc.type !== ConfChangeType.AddVoter && cc.type !== ConfChangeType.Remove) {
    throw new TesseraError(`conf change type ${String(cc.type)} is unknown`, 'RAFT_CONF_CHANGE_INVALID', { field: 'type' });
  }
  if (cc.context.length > confChangeContextBytesMax) {
    throw new TesseraError(
      `conf change context is ${cc.context.length} bytes, more than ${confChangeContextBytesMax}`,
      'RAFT_CONF_CHANGE_INVALID',
      { field: 'context' },
    );
  }
  const out = new Uint8Array(confChangeHeaderBytes + cc.context.length);
  const view = new DataView(out.buffer);
  view.setUint8(0, confChangeEncodingVersion);
  view.setUint8(1, cc.type);
  view.setUint32(2, Math.floor(cc.node / twoPow32));
  view.setUint32(6, cc.node >>> 0);
  view.setUint32(10, cc.context.length);
  out.set(cc.context, confChangeHeaderBytes);
  return out;
}

export function decodeConfChange(data: Uint8Array): ConfChange {
  const bad = (what: string, offset: number): TesseraError =>
    new TesseraError(`conf change: ${what} (offset ${offset})`, 'RAFT_CONF_CHANGE_INVALID', { offset });
  if (data.length < confChangeHeaderBytes) throw bad(`${data.length} bytes, shorter than the ${confChangeHeaderBytes}-byte header`, 0);
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const version = view.getUint8(0);
  if (version !== confChangeEncodingVersion) throw bad(`version ${version}, expected ${confChangeEncodingVersion}`, 0);
  const type = view.getUint8(1);
  if (type !== ConfChangeType.AddLearner && type !== ConfChangeType.AddVoter && type !== ConfChangeType.Remove) {
    throw bad(`unknown type ${type}`, 1);
  }
  const high = view.getUint32(2);
  if (high >= 1 << 21) throw bad(`node id above 2^53`, 2);
  const node = high * twoPow32 + view.getUint32(6);
  if (node === 0) throw bad('node id 0', 2);
  const contextBytes = view.getUint32(10);
  if (contextBytes > confChangeContextBytesMax) throw bad(`context length ${contextBytes} above ${confChangeContextBytesMax}`, 10);
  if (data.length !== confChangeHeaderBytes + contextBytes) {
    throw bad(`length ${data.length}, expected ${confChangeHeaderBytes + contextBytes} for a ${contextBytes}-byte context`, 10);
  }
  return { type: type as ConfChangeType, node: node as NodeId, context: data.slice(confChangeHeaderBytes) };
}
