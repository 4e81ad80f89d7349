import type { CheckResult, Model, Operation } from './types.js';

/** Bounds on an explanation's length: the end of the prefix matters most, and the candidates are few in practice. */
const prefixLinesMax = 10;
const candidateLinesMax = 10;

function describeOp<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[], index: number): string {
  const op = ops[index]!;
  const ret = op.return === Infinity ? 'pending' : String(op.return);
  return `#${index} client ${op.clientId} [${op.call}, ${ret}] ${model.describeOperation(op.input, op.output)}`;
}

/**
 * A few lines saying why a history is not linearizable: the partition, the
 * end of the longest linearizable prefix, the state it leaves, and the
 * operations none of which can come next. Empty for other verdicts.
 */
export function explainResult<S, I, O>(model: Model<S, I, O>, ops: readonly Operation<I, O>[], result: CheckResult): string {
  const f = result.failure;
  if (result.verdict !== 'not-linearizable' || !f) return '';
  const partition = result.partitions.find((p) => p.key === f.key);
  const lines: string[] = [];
  const where = f.key === '' ? 'the history' : `key ${JSON.stringify(f.key)}`;
  lines.push(`${where}: no linearization; the longest linearizable prefix has ${f.longestPrefix.length} of ${partition?.operations ?? '?'} operations`);
  const shown = f.longestPrefix.slice(-prefixLinesMax);
  if (shown.length < f.longestPrefix.length) lines.push(`  ... ${f.longestPrefix.length - shown.length} earlier`);
  const first = f.longestPrefix.length - shown.length;
  shown.forEach((index, k) => lines.push(`  ${first + k + 1}. ${describeOp(model, ops, index)}`));
  lines.push(`state after it: ${f.stateAfterPrefix}`);
  lines.push('none of these can come next:');
  for (const index of f.candidates.slice(0, candidateLinesMax)) lines.push(`  ${describeOp(model, ops, index)}`);
  if (f.candidates.length > candidateLinesMax) lines.push(`  ... ${f.candidates.length - candidateLinesMax} more`);
  return lines.join('\n') + '\n';
}
