/**
 * What the public surface serves from: the committed state of one organism
 * (src/organism on a seat, MemoryFactSource in tests and the demo upstream).
 * The surface only reads; it never writes, and it never blocks the source.
 *
 * Ranges and conventions:
 * - sequences are 1-based and gapless; `factsFrom(s, n)` returns up to n facts
 *   with sequence >= s, ascending, starting exactly at max(s, firstSequence());
 * - `scan(from, to, n)` returns facts with keys in [from, to) in the
 *   source's key order (undefined bounds are open);
 * - `firstSequence()` is the oldest sequence still held (> 1 after
 *   compaction); 0 with `lastSequence()` 0 when there is no fact at all.
 * Returned facts are immutable and owned by the source.
 */
import type { Fact, Retirement } from '../common/fact.js';

export type FactListener = (fact: Fact) => void;
export type RetirementListener = (retirement: Retirement) => void;

/** Whether what a member serves has a quorum behind it (DESIGN.md: reads without quorum are marked stale). */
export interface SourceFreshness {
  readonly stale: boolean;
  /** ms since the epoch when quorum was lost; 0 when not stale. */
  readonly staleSinceMs: number;
  readonly appliedIndex: number;
}

export interface CommitteeMemberInfo {
  readonly id: string;
  readonly endpoint: string;
  readonly up: boolean;
}

/** What Status reports besides sequences and retirement. Ids are lowercase hex (64 digits). */
export interface SourceStatusInfo {
  readonly organism: string;
  readonly stableId: string;
  readonly contentHash: string;
  readonly fingerprint: string;
  readonly committee: readonly CommitteeMemberInfo[];
  /** Committee member id of the leader; empty when none is known. */
  readonly leader: string;
}

export interface FactSource {
  get(key: string): Fact | undefined;
  scan(fromKey: string | undefined, toKey: string | undefined, limit: number): readonly Fact[];
  factsFrom(sequence: number, limit: number): readonly Fact[];
  firstSequence(): number;
  lastSequence(): number;
  retirement(): Retirement | undefined;
  /** Called synchronously, in sequence order, for every fact committed after registration. Returns the unregister function. */
  onFact(listener: FactListener): () => void;
  /** Called once when the organism retires (after its last fact). Returns the unregister function. */
  onRetire(listener: RetirementListener): () => void;
  freshness(): SourceFreshness;
  statusInfo(): SourceStatusInfo;
}

/** The stream name the surface serves facts on (an evidence pointer's `stream`). */
export const factsStream = 'facts';
