/**
 * The linearizability checker's data model: operations recorded by clients,
 * the sequential models they are checked against, and the verdicts.
 *
 * Time is any number that orders events (wall-clock ns, simulator ticks, a
 * log's line number). Operation A precedes B in real time iff
 * `A.return < B.call`; equal times mean the two overlapped (see checker.ts).
 */

/** One completed or pending operation of one client. */
export interface Operation<I, O> {
  /** Who issued it (a Jepsen process, a simulated client); informational only. */
  clientId: number;
  /** What was asked (model specific). */
  input: I;
  /** What came back (model specific). A pending operation carries the model's "unknown" output. */
  output: O;
  /** When it was invoked. */
  call: number;
  /** When its response arrived; `Infinity` when none did (timed out, crashed): it may or may not take effect, at any time after `call`. */
  return: number;
}

export interface StepResult<S> {
  /** Whether `output` is what the sequential specification answers to `input` in the given state. */
  ok: boolean;
  /** The state after the operation (meaningful only when `ok`). */
  newState: S;
}

/** A subset of a history that can be checked alone (P-compositionality), e.g. the operations on one key. */
export interface PartitionSpec {
  /** Names the partition in results and messages (the key; '' when there is one partition). */
  key: string;
  /** Indices into the history passed to partition(), in any order. */
  indices: number[];
}

/**
 * A sequential specification. States must be immutable values: step()
 * returns a new state and never changes the one it is given.
 */
export interface Model<S, I, O> {
  readonly name: string;
  init(): S;
  step(state: S, input: I, output: O): StepResult<S>;
  equal(a: S, b: S): boolean;
  /** A 32-bit hash consistent with equal(); called once per step on the hot path, so keep it O(1) or near. */
  hash(state: S): number;
  /** Splits a history into independently checkable parts; absent means the whole history is one partition with key ''. */
  partition?(ops: readonly Operation<I, O>[]): PartitionSpec[];
  /** One operation for messages, e.g. `cas(1, 2) -> fail`. */
  describeOperation(input: I, output: O): string;
  describeState(state: S): string;
}

export type Verdict = 'linearizable' | 'not-linearizable' | 'unknown';

export interface CheckOptions {
  /** Wall-clock budget for the whole check; past it the verdict is 'unknown' (unless a partition already failed). Default: no limit. */
  timeoutMs?: number;
  /**
   * Bound on one partition's memo cache (bitsets and index, not the states
   * they point to). Reaching it makes that partition 'unknown' instead of
   * exhausting memory. Default: cacheBytesMaxDefault (checker.ts).
   */
  cacheBytesMax?: number;
}

/** Why a partition has no linearization: what the search got furthest with. */
export interface PartitionFailure {
  /** The partition's key. */
  key: string;
  /**
   * The longest sequence of operations (indices into the checked history, in
   * linearization order) that the search found consistent with the model and
   * the real-time order.
   */
  longestPrefix: number[];
  /** The model state after longestPrefix, described. */
  stateAfterPrefix: string;
  /**
   * The operations that could come next after longestPrefix (invoked before
   * the earliest return among the operations left) and none of which the
   * model accepts there, or which lead only to dead ends. Indices into the
   * checked history.
   */
  candidates: number[];
}

export interface PartitionResult {
  key: string;
  /** Operations in the partition. */
  operations: number;
  verdict: Verdict;
  elapsedMs: number;
  /** Search steps (model.step calls). */
  steps: number;
  /** Memo cache entries created. */
  cacheEntries: number;
  /** Set when verdict is 'unknown': the budget that ran out. */
  unknownReason?: 'timeout' | 'cache-limit';
  /** Set when verdict is 'not-linearizable'. */
  failure?: PartitionFailure;
}

export interface CheckResult {
  verdict: Verdict;
  /** Wall-clock time of the whole check. */
  elapsedMs: number;
  /** Operations in the history. */
  operations: number;
  /** Partitions the model split the history into (with at least one operation). */
  partitionCount: number;
  /**
   * The partitions checked, in the order they were checked (fewest
   * operations first). The check stops at the first 'not-linearizable'
   * partition and at the deadline, so later partitions may be absent.
   */
  partitions: PartitionResult[];
  /** The first failing partition's explanation, when verdict is 'not-linearizable'. */
  failure?: PartitionFailure;
}
