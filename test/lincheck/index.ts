/**
 * The linearizability checker (issue C): check a recorded history against a
 * sequential model. Used by the CLI (cli.ts, `npm run lincheck`), the
 * deterministic simulator (test/sim) and the multi-process suite
 * (test/cluster). See docs/contributors/testing.md.
 */
export type {
  CheckOptions,
  CheckResult,
  Model,
  Operation,
  PartitionFailure,
  PartitionResult,
  PartitionSpec,
  StepResult,
  Verdict,
} from './types.js';
export { checkOperations, cacheBytesMaxDefault } from './checker.js';
export { explainResult } from './explain.js';
export { partitionByKey } from './partition.js';
export { casRegisterModel } from './cas-register.js';
export type { CasRegisterInput, CasRegisterOutput, CasRegisterState, RegisterValue } from './cas-register.js';
export { kvModel } from './kv.js';
export type { KvInput, KvOutput, KvState } from './kv.js';
export { parseJepsenEtcdLog } from './parse-jepsen.js';
export type { JepsenParseOptions } from './parse-jepsen.js';
export { parseKvLog } from './parse-kv.js';
