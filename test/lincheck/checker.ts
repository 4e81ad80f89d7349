/**
 * The linearizability check: Wing & Gong's search with Lowe's memoization
 * over (linearized set, state), on each partition of the history alone
 * (Horn & Kroening's P-compositionality: a history is linearizable iff each
 * of its partitions is).
 *
 * The search walks a doubly linked list of the partition's call and return
 * events in time order. At a call it tries to linearize that operation next
 * (the model accepts it and the pair is new to the memo): it lifts the call
 * and its return out of the list and starts again at the head. At a return
 * it has reached an operation that must already have been linearized, so it
 * backtracks. The list empty means every operation is linearized.
 *
 * Equal times: calls sort before returns, so an operation that returns at t
 * and one invoked at t count as concurrent (precedence needs
 * `a.return < b.call`). A recorder that knows a strict order must give
 * distinct times; this way equal timestamps never make a correct history
 * look wrong.
 *
 * This is test tooling, not the pure core: the deadline reads the clock.
 * Without timeoutMs the verdict depends on the history alone (the memo's
 * byte bound is counted, not measured), so a simulator run replays exactly.
 */
import { performance } from 'node:perf_hooks';

import { TesseraError } from '../../src/common/errors.js';
import { Memo, OpSet, smallHashMask } from './memo.js';
import type { CheckOptions, CheckResult, Model, Operation, PartitionFailure, PartitionResult, PartitionSpec, Verdict } from './types.js';

/** Default bound on one partition's memo (see CheckOptions.cacheBytesMax). */
export const cacheBytesMaxDefault = 512 * 1024 * 1024;

/** The deadline is read once per this many search iterations (a power of two), to keep the clock off the hot path. */
const clockCheckIterations = 1 << 10;

/**
 * Checks a history against a model. Never throws for a history the model
 * rejects; throws TesseraError LINCHECK_BAD_HISTORY for operations whose
 * times make no sense (naming the operation) and LINCHECK_BAD_PARTITION when
 * the model's partition() does not cover each operation exactly once.
 */
export function checkOperations<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[], options: CheckOptions = {}): CheckResult {
  const started = performance.now();
  validateOperations(ops);
  const timeoutMs = options.timeoutMs ?? Infinity;
  if (!(timeoutMs >= 0)) throw new TesseraError(`timeoutMs must be a non-negative number, got ${String(timeoutMs)}`, 'LINCHECK_BAD_OPTION');
  const cacheBytesMax = options.cacheBytesMax ?? cacheBytesMaxDefault;
  if (!(cacheBytesMax > 0)) throw new TesseraError(`cacheBytesMax must be positive, got ${String(cacheBytesMax)}`, 'LINCHECK_BAD_OPTION');
  const deadline = started + timeoutMs;

  const specs = partitionsOf(model, ops);
  // Smallest first: cheap partitions settle (and may fail) before an expensive one uses up the budget.
  specs.sort((a, b) => a.indices.length - b.indices.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const partitions: PartitionResult[] = [];
  let verdict: Verdict = 'linearizable';
  let failure: PartitionFailure | undefined;
  for (const spec of specs) {
    const r = checkPartition(model, ops, spec, deadline, cacheBytesMax);
    partitions.push(r);
    if (r.verdict === 'not-linearizable') {
      verdict = 'not-linearizable';
      failure = r.failure;
      break;
    }
    if (r.verdict === 'unknown') {
      verdict = 'unknown';
      // Past the deadline nothing more can be decided; a full memo in one partition says nothing about the others.
      if (r.unknownReason === 'timeout') break;
    }
  }
  return {
    verdict,
    elapsedMs: performance.now() - started,
    operations: ops.length,
    partitionCount: specs.length,
    partitions,
    ...(failure ? { failure } : {}),
  };
}

function validateOperations<I, O>(ops: readonly Operation<I, O>[]): void {
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    if (typeof op.call !== 'number' || !Number.isFinite(op.call)) {
      throw new TesseraError(`operation ${i}: call time must be a finite number, got ${String(op.call)}`, 'LINCHECK_BAD_HISTORY', { index: i });
    }
    if (typeof op.return !== 'number' || Number.isNaN(op.return) || op.return < op.call) {
      throw new TesseraError(
        `operation ${i}: return time must be a number >= call time ${op.call} (Infinity when pending), got ${String(op.return)}`,
        'LINCHECK_BAD_HISTORY',
        { index: i },
      );
    }
  }
}

function partitionsOf<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[]): PartitionSpec[] {
  if (!model.partition) return [{ key: '', indices: ops.map((_, i) => i) }];
  const specs = model.partition(ops);
  const seen = new Uint8Array(ops.length);
  for (const spec of specs) {
    for (const i of spec.indices) {
      if (!Number.isInteger(i) || i < 0 || i >= ops.length || seen[i] !== 0) {
        throw new TesseraError(`model ${model.name}: partition '${spec.key}' lists operation ${i} twice or out of range`, 'LINCHECK_BAD_PARTITION');
      }
      seen[i] = 1;
    }
  }
  const missing = seen.indexOf(0);
  if (missing >= 0) throw new TesseraError(`model ${model.name}: operation ${missing} is in no partition`, 'LINCHECK_BAD_PARTITION');
  return specs.filter((s) => s.indices.length > 0);
}

/**
 * The search over one partition. Nodes: 0 is the head sentinel, 1..2n the
 * events in time order, 2n+1 the tail sentinel (so linking needs no null
 * checks). `match[node]` is the return node of a call node and -1 for a
 * return node.
 */
function checkPartition<S, I, O>(
  model: Model<S, I, O>,
  ops: readonly Operation<I, O>[],
  spec: PartitionSpec,
  deadline: number,
  cacheBytesMax: number,
): PartitionResult {
  const started = performance.now();
  const n = spec.indices.length;
  const events = sortedEvents(ops, spec.indices);
  const head = 0;
  const tail = 2 * n + 1;
  const next = new Int32Array(2 * n + 2);
  const prev = new Int32Array(2 * n + 2);
  const match = new Int32Array(2 * n + 2).fill(-1);
  const nodeOp = new Int32Array(2 * n + 2).fill(-1);
  const callNodeOf = new Int32Array(n);
  for (let k = 0; k < 2 * n; k++) {
    const node = k + 1;
    const e = events[k]!;
    const local = e >> 1;
    nodeOp[node] = local;
    if ((e & 1) === 0) callNodeOf[local] = node;
    else match[callNodeOf[local]!] = node;
  }
  for (let node = 0; node <= tail; node++) {
    next[node] = node + 1;
    prev[node] = node - 1;
  }

  const inputs: I[] = new Array<I>(n);
  const outputs: O[] = new Array<O>(n);
  for (let j = 0; j < n; j++) {
    const op = ops[spec.indices[j]!]!;
    inputs[j] = op.input;
    outputs[j] = op.output;
  }

  const linearized = new OpSet(...bitSlots(ops, spec.indices));
  const memo = new Memo<S>((a, b) => model.equal(a, b), cacheBytesMax);

  // The stack of linearized calls and the state before each.
  const stackNode = new Int32Array(n);
  const stackState: S[] = new Array<S>(n);
  let depth = 0;

  // The deepest point reached, for the explanation of a failure.
  // bestNodes[0, bestDepth) is the stack as it was there; stackNode[0, lowWater) has not changed since.
  let bestDepth = -1;
  const bestNodes = new Int32Array(n);
  let lowWater = 0;
  let bestState: S | undefined;
  let bestCandidates: number[] = [];

  let state = model.init();
  let entry = next[head]!;
  let steps = 0;
  let iterations = 0;

  const done = (verdict: Verdict, extra: Partial<PartitionResult> = {}): PartitionResult => ({
    key: spec.key,
    operations: n,
    verdict,
    elapsedMs: performance.now() - started,
    steps,
    cacheEntries: memo.count,
    ...extra,
  });

  while (next[head] !== tail) {
    if ((++iterations & (clockCheckIterations - 1)) === 0 && performance.now() > deadline) {
      return done('unknown', { unknownReason: 'timeout' });
    }
    const ret = match[entry]!;
    if (ret >= 0) {
      // A call: try to linearize its operation here.
      const op = nodeOp[entry]!;
      steps++;
      const r = model.step(state, inputs[op]!, outputs[op]!);
      if (r.ok) {
        linearized.add(op);
        const added = memo.insert((linearized.hash ^ Math.imul(model.hash(r.newState), 0x9e3779b1)) & smallHashMask, linearized, r.newState);
        if (added === 'added') {
          stackNode[depth] = entry;
          stackState[depth] = state;
          depth++;
          state = r.newState;
          // Lift the call and its return out of the list (dancing links: their own pointers stay for unlift).
          next[prev[entry]!] = next[entry]!;
          prev[next[entry]!] = prev[entry]!;
          next[prev[ret]!] = next[ret]!;
          prev[next[ret]!] = prev[ret]!;
          entry = next[head]!;
          continue;
        }
        linearized.remove(op);
        if (added === 'full') return done('unknown', { unknownReason: 'cache-limit' });
      }
      entry = next[entry]!;
    } else {
      // A return whose operation is not linearized yet: every order from here is a dead end.
      if (depth > bestDepth) {
        // Copy only what changed since the last copy: O(backtrack) rather than O(depth) each time.
        bestNodes.set(stackNode.subarray(lowWater, depth), lowWater);
        bestDepth = depth;
        lowWater = depth;
        bestState = state;
        bestCandidates = [];
        for (let node = next[head]!; match[node]! >= 0; node = next[node]!) bestCandidates.push(spec.indices[nodeOp[node]!]!);
      }
      if (depth === 0) {
        return done('not-linearizable', {
          failure: {
            key: spec.key,
            longestPrefix: Array.from(bestNodes.subarray(0, bestDepth), (node) => spec.indices[nodeOp[node]!]!),
            stateAfterPrefix: model.describeState(bestState ?? model.init()),
            candidates: bestCandidates,
          },
        });
      }
      depth--;
      if (depth < lowWater) lowWater = depth;
      entry = stackNode[depth]!;
      state = stackState[depth]!;
      stackState[depth] = undefined as S; // drop the reference for the collector
      linearized.remove(nodeOp[entry]!);
      // Unlift in the reverse order of the lift.
      const r2 = match[entry]!;
      next[prev[r2]!] = r2;
      prev[next[r2]!] = r2;
      next[prev[entry]!] = entry;
      prev[next[entry]!] = entry;
      entry = next[entry]!;
    }
  }
  return done('linearizable');
}

/**
 * The partition's 2n events in time order, each encoded as local op index *
 * 2 + (0 call | 1 return). Ties: calls before returns (see the file
 * comment), then by operation order, so the order is deterministic.
 */
function sortedEvents<I, O>(ops: readonly Operation<I, O>[], indices: readonly number[]): Int32Array {
  const n = indices.length;
  const times = new Float64Array(2 * n);
  const events = new Int32Array(2 * n);
  for (let j = 0; j < n; j++) {
    const op = ops[indices[j]!]!;
    times[2 * j] = op.call;
    times[2 * j + 1] = op.return;
    events[2 * j] = 2 * j;
    events[2 * j + 1] = 2 * j + 1;
  }
  events.sort((a, b) => times[a]! - times[b]! || (a & 1) - (b & 1) || a - b);
  return events;
}

/**
 * Each operation's bit in the linearized set (OpSet): completed operations
 * by return time (then call time, then position), pending ones after them.
 * Returns [slotOf, count of completed operations].
 */
function bitSlots<I, O>(ops: readonly Operation<I, O>[], indices: readonly number[]): [Int32Array, number] {
  const n = indices.length;
  const order = Array.from({ length: n }, (_, j) => j);
  const opAt = (j: number) => ops[indices[j]!]!;
  order.sort((a, b) => {
    const x = opAt(a);
    const y = opAt(b);
    const byReturn = x.return === y.return ? 0 : x.return < y.return ? -1 : 1;
    return byReturn || x.call - y.call || a - b;
  });
  const slotOf = new Int32Array(n);
  let done = 0;
  order.forEach((j, slot) => {
    slotOf[j] = slot;
    if (opAt(j).return !== Infinity) done++;
  });
  return [slotOf, done];
}
