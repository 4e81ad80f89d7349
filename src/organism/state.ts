/**
 * The organism machine's whole state, and its parameters. Everything here
 * is plain data so that snapshot.ts can write it in one canonical order.
 */
import type { EvidencePointer, Fact, FactStatus, Retirement } from '../common/fact.js';
import { bytesToLatin1, latin1ToBytes } from './codec.js';
import type { AttestationRecord } from './commands.js';
import type { Fold } from './fold.js';
import type { KeyKind } from './keys.js';

export type ApplyPolicy = 'stall' | 'degrade';

/** Default of OrganismParams.retainFacts: facts kept in memory (and snapshots) for get/scan/factsFrom. */
export const retainFactsDefault = 100_000;

export interface OrganismParams {
  /** Spanned members' stable ids (hex, 64 digits); any order, no duplicates, at least one. */
  readonly members: readonly string[];
  readonly policy: ApplyPolicy;
  /** Time from a key's first observation (leader's timestamp) until a degraded fact may be committed. */
  readonly deadlineMs: number;
  readonly keyKind: KeyKind;
  readonly fold: Fold;
  /**
   * Facts kept in the in-memory index (the newest ones; default
   * retainFactsDefault). Must be equal on every seat: it is part of the
   * snapshot's parameter digest, because pruning decides how a late
   * observation of a pruned key is treated.
   */
  readonly retainFacts?: number;
}

/**
 * An evidence pointer as held in memory: the digest as a binary string (one
 * char per byte). A Uint8Array per digest costs an ArrayBuffer and a
 * backing store each; with hundreds of thousands of facts held, strings
 * keep the heap (and the garbage collector's work) several times smaller.
 * Queries convert back (heldToEvidence), which also makes them copies.
 */
export interface HeldEvidence {
  readonly member: string;
  readonly stream: string;
  readonly sequence: number;
  readonly digest: string;
}

export interface HeldFact {
  readonly sequence: number;
  readonly key: string;
  readonly status: FactStatus;
  /** The fold's output as a binary string. */
  readonly digest: string;
  readonly evidence: readonly HeldEvidence[];
  readonly missing: readonly string[];
  readonly appliedAt: number;
  readonly index: number;
}

export function evidenceToHeld(e: EvidencePointer): HeldEvidence {
  return { member: e.member, stream: e.stream, sequence: e.sequence, digest: bytesToLatin1(e.digest) };
}

export function heldToEvidence(h: HeldEvidence): EvidencePointer {
  return { member: h.member, stream: h.stream, sequence: h.sequence, digest: latin1ToBytes(h.digest) };
}

export function heldToFact(h: HeldFact): Fact {
  return {
    sequence: h.sequence,
    key: h.key,
    status: h.status,
    digest: latin1ToBytes(h.digest),
    evidence: h.evidence.map(heldToEvidence),
    missing: [...h.missing],
    appliedAt: h.appliedAt,
    index: h.index,
  };
}

/** An observation waiting in a pending slot. */
export interface Observation {
  readonly evidence: HeldEvidence;
  readonly observedAt: number;
}

export interface PendingSlot {
  readonly key: string;
  /** The leader's timestamp of the slot's first observation: the deadline runs from it. */
  readonly firstObservedAt: number;
  /** By member stable id. */
  readonly observations: Map<string, Observation>;
}

export interface OrganismState {
  appliedIndex: number;
  /** The largest leader timestamp of any accepted command: the machine's notion of "now". */
  clockMs: number;
  lastSequence: number;
  factsComplete: number;
  factsDegraded: number;
  /** Retained facts by sequence: facts[i].sequence === firstRetained + i. */
  facts: HeldFact[];
  factByKey: Map<string, HeldFact>;
  /** Keys of retained facts in canonical key order (scan). */
  sortedFactKeys: string[];
  /** The greatest key (canonical order) among pruned facts; observations at or below it open no new slot. */
  prunedThroughKey: string | undefined;
  pending: Map<string, PendingSlot>;
  /** Last upstream sequence observed, by cursorId(member, stream). */
  cursors: Map<string, number>;
  /** Latest attestation record by node id. */
  attestations: Map<string, AttestationRecord>;
  retirement: Retirement | undefined;
}

export function emptyState(): OrganismState {
  return {
    appliedIndex: 0,
    clockMs: 0,
    lastSequence: 0,
    factsComplete: 0,
    factsDegraded: 0,
    facts: [],
    factByKey: new Map(),
    sortedFactKeys: [],
    prunedThroughKey: undefined,
    pending: new Map(),
    cursors: new Map(),
    attestations: new Map(),
    retirement: undefined,
  };
}

/** Member ids are 64 hex digits, so concatenation cannot make two pairs collide. */
export function cursorId(member: string, stream: string): string {
  return member + stream;
}

export function splitCursorId(id: string): { member: string; stream: string } {
  return { member: id.slice(0, 64), stream: id.slice(64) };
}
