import { TesseraError } from '../common/errors.js';
import { None, type NodeId } from './types.js';

/**
 * The error codes the core throws (as TesseraError.code). Callers test the
 * code, never the message. Storage codes (RAFT_COMPACTED, ...) are in
 * storage.ts.
 */
export const RaftErrorCode = {
  /** A proposal was refused: no leader, forwarding disabled, or this member left. details: { leader, reason }. */
  ProposalDropped: 'RAFT_PROPOSAL_DROPPED',
  /** The operation needs the leader and this member is not it. details: { leader } (0 when unknown). */
  NotLeader: 'RAFT_NOT_LEADER',
  /** A membership change is not yet applied, or the leader has not committed an entry of its term. */
  ConfChangePending: 'RAFT_CONF_CHANGE_PENDING',
  /** A membership change that cannot apply to the current configuration, or its encoding is bad. */
  ConfChangeInvalid: 'RAFT_CONF_CHANGE_INVALID',
  /** The leader is handing leadership over; proposals wait for the new leader. details: { transferee }. */
  TransferInProgress: 'RAFT_TRANSFER_IN_PROGRESS',
  /** The leader's uncommitted entries would exceed uncommittedBytesMax; retry once some commit. */
  UncommittedBytesExceeded: 'RAFT_UNCOMMITTED_BYTES_EXCEEDED',
  /** More than readIndexPendingMax reads are waiting for confirmation. */
  ReadIndexOverloaded: 'RAFT_READ_INDEX_OVERLOADED',
  /** A RaftConfig field is missing or out of range, or two fields break a relation. details: { field }. */
  ConfigInvalid: 'RAFT_CONFIG_INVALID',
  /** A message that cannot come from a correct peer (wrong recipient, unknown type, no sender). */
  MessageInvalid: 'RAFT_MESSAGE_INVALID',
  /** A bad argument to a RawNode method (empty read context, unknown transfer target, ...). details: { argument }. */
  ArgumentInvalid: 'RAFT_ARGUMENT_INVALID',
  /** What storage returned at start cannot be (commit past the last index, a member both voter and learner). */
  StorageStateInvalid: 'RAFT_STORAGE_STATE_INVALID',
  /** ready() was called again before advance(). */
  ReadyNotAdvanced: 'RAFT_READY_NOT_ADVANCED',
} as const;

export type RaftErrorCode = (typeof RaftErrorCode)[keyof typeof RaftErrorCode];

export function raftError(code: RaftErrorCode, message: string, details?: Record<string, unknown>): TesseraError {
  return new TesseraError(message, code, details);
}

export function proposalDropped(leader: NodeId, reason: string): TesseraError {
  const who = leader === None ? 'no leader is known' : `the leader is ${leader}`;
  return raftError(RaftErrorCode.ProposalDropped, `proposal dropped: ${reason} (${who})`, { leader, reason });
}
