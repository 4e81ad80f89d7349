/**
 * The replicated state machine as the seat drives it. Implemented by the
 * organism machine (src/organism) and the key-value machine used by
 * conformance tests and benchmarks.
 *
 * Pure and deterministic: the same state and the same command bytes give the
 * same new state and the same result on every member, so no clock,
 * randomness, I/O or process state inside. Time enters only inside commands
 * (the leader stamps them).
 */
export interface ApplyContext {
  /** Raft log index of the command (strictly increasing across calls). */
  readonly index: number;
  /** Raft term of the command. */
  readonly term: number;
}

export interface StateMachine<Result = unknown> {
  /**
   * Applies one committed command. A command that is invalid for the current
   * state (a duplicate, a malformed payload, a fact after retirement) is
   * refused deterministically in the result, never by throwing: a throw means
   * a bug, and the seat stops rather than diverge from its peers.
   */
  apply(command: Uint8Array, ctx: ApplyContext): Result;
  /** The full state, serialized, as of the last applied command. */
  snapshot(): Uint8Array;
  /**
   * Optional: the same bytes as snapshot() would return now, for a large
   * state. The state is captured before the first `pause()`; the encoding
   * may then call `pause()` between chunks (the seat yields to the event
   * loop there, so writes go on while a snapshot is encoded) while apply()
   * keeps changing the live state. The part before the first `pause()`
   * should be cheap whatever the state's size (KvMachine: O(1),
   * copy-on-write), and so should each chunk: that is the point.
   */
  snapshotInChunks?(pause: () => Promise<void>): Promise<Uint8Array>;
  /** Replaces the whole state with a snapshot's (throws a TesseraError on a corrupt snapshot). */
  restore(data: Uint8Array): void;
  /** Index of the last command applied or restored (0 for a fresh machine). */
  appliedIndex(): number;
}
