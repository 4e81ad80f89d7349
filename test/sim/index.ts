/**
 * The deterministic Raft simulator (issue C). See docs/contributors/testing.md.
 */
export { runSeed, plantedBugs, stepsDefault, type PlantedBug, type SimFailure, type SimOptions, type SimResult, type SimStats } from './simulator.js';
export { runSim, replayCommand, type SimIO } from './cli.js';
export { Rng } from './rng.js';
export { SimDisk, copyStorage, type TornWrite } from './disk.js';
export { KvStateMachine, encodeCommand, decodeCommand, type Command } from './state-machine.js';
