/**
 * A key-value store of string values: get, put, append. Keys are
 * independent, so the model partitions by key and its state is the value of
 * one key. A key never written reads as '' (as in the kv fixtures; a
 * recorder whose store answers "absent" records '').
 */
import { TesseraError } from '../../src/common/errors.js';
import { fnv1a, fnvOffset } from './hash.js';
import { partitionByKey } from './partition.js';
import type { Model, StepResult } from './types.js';

export type KvInput = { f: 'get'; key: string } | { f: 'put'; key: string; value: string } | { f: 'append'; key: string; value: string };

/**
 * - `ok`: took effect; a get carries the value it returned.
 * - `fail`: did not take effect (and observed nothing).
 * - `unknown`: no response, so any result is accepted. Give such an
 *   operation return Infinity: it may then take effect at any time after its
 *   call, or never (linearized after everything else).
 */
export type KvOutput = { type: 'ok'; value?: string } | { type: 'fail' } | { type: 'unknown' };

/** One key's value with its hash, kept so hash() is O(1) and an append extends it incrementally. */
export interface KvState {
  readonly value: string;
  readonly hash: number;
}

const empty: KvState = { value: '', hash: fnvOffset };

function step(state: KvState, input: KvInput, output: KvOutput): StepResult<KvState> {
  if (output.type === 'fail') return { ok: true, newState: state };
  switch (input.f) {
    case 'get':
      if (output.type === 'unknown') return { ok: true, newState: state };
      if (output.value === undefined) throw new TesseraError('kv: an ok get must carry the value it returned', 'LINCHECK_BAD_OPERATION');
      return { ok: output.value === state.value, newState: state };
    case 'put':
      return { ok: true, newState: { value: input.value, hash: fnv1a(input.value) } };
    case 'append':
      return { ok: true, newState: { value: state.value + input.value, hash: fnv1a(input.value, state.hash) } };
  }
}

export const kvModel: Model<KvState, KvInput, KvOutput> = {
  name: 'kv',
  init: () => empty,
  step,
  equal: (a, b) => a === b || (a.hash === b.hash && a.value === b.value),
  hash: (s) => s.hash,
  partition: (ops) => partitionByKey(ops, (input) => input.key),
  describeOperation(input, output) {
    const result = output.type === 'ok' ? (input.f === 'get' ? JSON.stringify(output.value) : 'ok') : output.type;
    return input.f === 'get'
      ? `get(${JSON.stringify(input.key)}) -> ${result}`
      : `${input.f}(${JSON.stringify(input.key)}, ${JSON.stringify(input.value)}) -> ${result}`;
  },
  describeState: (s) => JSON.stringify(s.value),
};
