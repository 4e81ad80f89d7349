/**
 * A compare-and-set register (one per key): read, write, cas, as in Jepsen's
 * etcd test. The register starts absent (null); a cas on an absent register
 * fails.
 */
import { TesseraError } from '../../src/common/errors.js';
import { fnv1a } from './hash.js';
import { mix32 } from './memo.js';
import { partitionByKey } from './partition.js';
import type { Model, StepResult } from './types.js';

export type RegisterValue = number | string;

/** `key` is optional: operations without one share the register ''. */
export type CasRegisterInput =
  | { f: 'read'; key?: string }
  | { f: 'write'; key?: string; value: RegisterValue }
  | { f: 'cas'; key?: string; from: RegisterValue; to: RegisterValue };

/**
 * - `ok`: the operation took effect; a read carries the value it returned
 *   (null: the register was absent). A cas that is `ok` swapped.
 * - `fail`: a cas whose comparison failed (it saw a value other than `from`
 *   and changed nothing); a read or write that failed did not take effect.
 * - `unknown`: no response (pending, timed out), so any result is accepted.
 *   Give such an operation return Infinity: it may then take effect at any
 *   time after its call, or never (linearized after everything else).
 */
export type CasRegisterOutput = { type: 'ok'; value?: RegisterValue | null } | { type: 'fail' } | { type: 'unknown' };

export type CasRegisterState = RegisterValue | null;

const nullHash = 0x6e756c6c;

function hashValue(v: CasRegisterState): number {
  if (v === null) return nullHash;
  if (typeof v === 'number') {
    // Integers (Jepsen's values) hash directly; other numbers by their text.
    return Number.isInteger(v) && Math.abs(v) <= 0x7fffffff ? mix32(v | 0) : fnv1a(String(v));
  }
  return fnv1a(v, 0x2f0c8e11);
}

function describeValue(v: CasRegisterState | undefined): string {
  return v === null || v === undefined ? 'nil' : typeof v === 'string' ? JSON.stringify(v) : String(v);
}

function step(state: CasRegisterState, input: CasRegisterInput, output: CasRegisterOutput): StepResult<CasRegisterState> {
  switch (input.f) {
    case 'read': {
      if (output.type !== 'ok') return { ok: true, newState: state };
      if (output.value === undefined) {
        throw new TesseraError('cas-register: an ok read must carry the value it returned (null when absent)', 'LINCHECK_BAD_OPERATION');
      }
      return { ok: output.value === state, newState: state };
    }
    case 'write':
      return { ok: true, newState: output.type === 'fail' ? state : input.value };
    case 'cas': {
      const matches = state === input.from;
      switch (output.type) {
        case 'ok':
          return { ok: matches, newState: input.to };
        case 'fail':
          return { ok: !matches, newState: state };
        case 'unknown':
          return { ok: true, newState: matches ? input.to : state };
      }
    }
  }
}

function describeOutput(output: CasRegisterOutput): string {
  return output.type;
}

export const casRegisterModel: Model<CasRegisterState, CasRegisterInput, CasRegisterOutput> = {
  name: 'cas-register',
  init: () => null,
  step,
  equal: (a, b) => a === b,
  hash: hashValue,
  partition: (ops) => partitionByKey(ops, (input) => input.key ?? ''),
  describeOperation(input, output) {
    const key = input.key === undefined ? '' : `${JSON.stringify(input.key)}, `;
    switch (input.f) {
      case 'read':
        return `read(${key.slice(0, -2)}) -> ${output.type === 'ok' ? describeValue(output.value) : describeOutput(output)}`;
      case 'write':
        return `write(${key}${describeValue(input.value)}) -> ${describeOutput(output)}`;
      case 'cas':
        return `cas(${key}${describeValue(input.from)}, ${describeValue(input.to)}) -> ${describeOutput(output)}`;
    }
  },
  describeState: (state) => describeValue(state),
};
