import type { Operation, PartitionSpec } from './types.js';

/** Groups operations by a key (P-compositionality for models whose keys are independent), keys in first-seen order. */
export function partitionByKey<I, O>(ops: readonly Operation<I, O>[], keyOf: (input: I) => string): PartitionSpec[] {
  const byKey = new Map<string, number[]>();
  for (let i = 0; i < ops.length; i++) {
    const key = keyOf(ops[i]!.input);
    let indices = byKey.get(key);
    if (!indices) byKey.set(key, (indices = []));
    indices.push(i);
  }
  return Array.from(byKey, ([key, indices]) => ({ key, indices }));
}
