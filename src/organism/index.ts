/**
 * The organism's replicated state machine: Observe, Apply, Retire and
 * attestation commands (versioned canonical encoding), folds (the built-in
 * Merkle fold; modules are loaded by src/fold), facts with a gapless public
 * sequence, snapshots, and the queries the seat, surface and driver use.
 * Pure and deterministic. docs/contributors/organism.md.
 */
export { OrganismMachine, organismParamsFromConfig } from './machine.js';
export type { OrganismResult, OrganismStatus, IgnoredCode, UpstreamCursor } from './machine.js';
export { retainFactsDefault } from './state.js';
export type { OrganismParams, ApplyPolicy } from './state.js';
export {
  encodeCommand,
  decodeCommand,
  observeEvidence,
  commandEncodingVersion,
  commandKinds,
  commandLimits,
} from './commands.js';
export type { OrganismCommand, ObserveCommand, ObserveBatchCommand, ApplyCommand, ApplyBatchCommand, RetireCommand, AttestationCommand, AttestationRecord, SealCommand } from './commands.js';
export { merkleFold, merkleLeaf, merkleNode, merkleRootOfLeaves, foldOutputBytesMax } from './fold.js';
export type { Fold, FoldFunction, FoldInput } from './fold.js';
export { keyProblem, compareKeys, keyBytesMax } from './keys.js';
export type { KeyKind } from './keys.js';
export { snapshotVersion } from './snapshot.js';
export type { Fact, EvidencePointer, Retirement, FactStatus } from '../common/fact.js';
