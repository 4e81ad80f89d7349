import { assert } from '../common/errors.js';
import { RaftErrorCode, raftError } from './errors.js';
import type { Index, NodeId } from './types.js';

/**
 * Everything the core is told: who it is, how to draw randomness, and a
 * bound for every queue and batch. Times are in ticks (the caller decides
 * how long a tick is; the seat uses 100 ms).
 */
export interface RaftConfig {
  /** This member's id (> 0). */
  readonly id: NodeId;
  /**
   * A follower that hears nothing from a leader for a random number of
   * ticks in [electionTimeoutTicks, 2 * electionTimeoutTicks) campaigns.
   * A leader with check-quorum steps down after this many ticks without a
   * quorum of responses. Must exceed heartbeatIntervalTicks.
   */
  readonly electionTimeoutTicks: number;
  /** A leader sends heartbeats every this many ticks. */
  readonly heartbeatIntervalTicks: number;
  /**
   * The only randomness: returns an integer in [0, n). The simulator and the
   * seat pass a seeded generator; it is used only for election timeouts.
   */
  readonly rand: (n: number) => number;
  /**
   * The last index the state machine had applied when this node started;
   * committed entries after it are handed out again. 0 (the default): the
   * storage's snapshot index, for a state machine restored from it.
   */
  readonly appliedIndex: Index;
  /** Entries per MsgApp are cut at this many payload bytes (at least one entry is always sent). */
  readonly msgAppBytesMax: number;
  /** Unacknowledged MsgApp per follower in the replicate state. */
  readonly inflightMsgsMax: number;
  /** Unacknowledged entry payload bytes per follower; sending pauses at this many. */
  readonly inflightBytesMax: number;
  /** The leader refuses proposals while its uncommitted entries hold this many payload bytes. */
  readonly uncommittedBytesMax: number;
  /** Committed entries handed to the application in one Ready stop after this many bytes (at least one). */
  readonly committedBytesPerReadyMax: number;
  /**
   * Committed entries handed to the application but not yet applied
   * (advance(appliedIndex) / reportApplied()) are at most this many: an
   * application that holds apply back gets no more until it applies some,
   * and the rest stay in the log (storage) instead of its memory.
   */
  readonly unappliedEntriesMax: number;
  /** Snapshots are sent in chunks of this many bytes. */
  readonly snapshotChunkBytes: number;
  /** Chunks of one snapshot sent ahead of the follower's acknowledgement. */
  readonly snapshotChunksInflightMax: number;
  /** A follower refuses to assemble a snapshot larger than this. */
  readonly snapshotBytesMax: number;
  /** ReadIndex requests waiting at the leader (for confirmation or for its first commit). */
  readonly readIndexPendingMax: number;
  /** Ask for votes in a pre-election first, so a member that was cut off does not disrupt a working leader. */
  readonly preVote: boolean;
  /** A leader steps down when it has not heard from a quorum for an election timeout; followers ignore votes while they hear a leader. */
  readonly checkQuorum: boolean;
  /** Refuse proposals on followers (RAFT_PROPOSAL_DROPPED with the leader id) instead of forwarding them to the leader. */
  readonly disableProposalForwarding: boolean;
}

export type RaftConfigInput = Partial<RaftConfig> & Pick<RaftConfig, 'id' | 'rand'>;

const MiB = 1024 * 1024;

export const raftConfigDefaults = {
  electionTimeoutTicks: 10,
  heartbeatIntervalTicks: 1,
  appliedIndex: 0 as Index,
  msgAppBytesMax: 1 * MiB,
  inflightMsgsMax: 256,
  inflightBytesMax: 32 * MiB,
  uncommittedBytesMax: 64 * MiB,
  committedBytesPerReadyMax: 64 * MiB,
  unappliedEntriesMax: Number.MAX_SAFE_INTEGER,
  snapshotChunkBytes: 1 * MiB,
  snapshotChunksInflightMax: 4,
  snapshotBytesMax: 1024 * MiB,
  readIndexPendingMax: 4096,
  preVote: true,
  checkQuorum: true,
  disableProposalForwarding: false,
} as const satisfies Omit<RaftConfig, 'id' | 'rand'>;

const integerFields = [
  'electionTimeoutTicks',
  'heartbeatIntervalTicks',
  'appliedIndex',
  'msgAppBytesMax',
  'inflightMsgsMax',
  'inflightBytesMax',
  'uncommittedBytesMax',
  'committedBytesPerReadyMax',
  'unappliedEntriesMax',
  'snapshotChunkBytes',
  'snapshotChunksInflightMax',
  'snapshotBytesMax',
  'readIndexPendingMax',
] as const;
const booleanFields = ['preVote', 'checkQuorum', 'disableProposalForwarding'] as const;
const knownFields = new Set<string>(['id', 'rand', ...integerFields, ...booleanFields]);

function invalid(field: string, why: string): never {
  throw raftError(RaftErrorCode.ConfigInvalid, `raft config: ${field} ${why}`, { field });
}

/** Fills defaults, refuses unknown (misspelled) fields and checks every bound and relation. */
export function resolveRaftConfig(input: RaftConfigInput): RaftConfig {
  for (const key of Object.keys(input)) if (!knownFields.has(key)) invalid(key, 'is not a raft config field');
  const c: RaftConfig = { ...raftConfigDefaults, ...input };
  if (!Number.isSafeInteger(c.id) || c.id <= 0) invalid('id', `must be a positive safe integer, got ${String(c.id)}`);
  if (typeof c.rand !== 'function') invalid('rand', 'must be a function (n) => integer in [0, n)');
  for (const f of integerFields) {
    const v: unknown = c[f];
    const min = f === 'appliedIndex' ? 0 : 1;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) invalid(f, `must be an integer >= ${min}, got ${String(v)}`);
  }
  for (const f of booleanFields) if (typeof c[f] !== 'boolean') invalid(f, `must be a boolean, got ${String(c[f])}`);
  checkRelations(c, invalid);
  return c;
}

function checkRelations(c: Omit<RaftConfig, 'id' | 'rand'>, fail: (field: string, why: string) => never): void {
  if (c.electionTimeoutTicks <= c.heartbeatIntervalTicks) {
    fail('electionTimeoutTicks', `(${c.electionTimeoutTicks}) must exceed heartbeatIntervalTicks (${c.heartbeatIntervalTicks})`);
  }
  // One full message must fit in the byte window, or replication could stall.
  if (c.inflightBytesMax < c.msgAppBytesMax) {
    fail('inflightBytesMax', `(${c.inflightBytesMax}) must be at least msgAppBytesMax (${c.msgAppBytesMax})`);
  }
  if (c.snapshotChunkBytes > c.snapshotBytesMax) {
    fail('snapshotChunkBytes', `(${c.snapshotChunkBytes}) must not exceed snapshotBytesMax (${c.snapshotBytesMax})`);
  }
}

// The defaults themselves obey the relations (checked when the module loads).
checkRelations(raftConfigDefaults, (field, why) => {
  assert(false, `raft config defaults: ${field} ${why}`);
});
