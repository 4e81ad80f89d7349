/**
 * The key-value machine (conformance and benchmarks) and its gRPC service
 * (docs/operators/kv.md). machine.ts and codec.ts are pure.
 */
export { KvMachine, type KvEntry, type KvMachineOptions, type KvResult } from './machine.js';
export { encodeKvCommand, decodeKvCommand, kvLimits, type KvCommand } from './codec.js';
export { addKvService, kvMethods, KvClient, type KvServiceOptions } from './service.js';
