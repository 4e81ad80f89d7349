export { TesseraError, isTesseraError, assert, ok, err } from './errors.js';
export type { Result } from './errors.js';
export { packageRoot, packageVersion } from './package.js';
export type { ApplyContext, StateMachine } from './state-machine.js';
export type { EvidencePointer, Fact, FactStatus, Retirement } from './fact.js';
