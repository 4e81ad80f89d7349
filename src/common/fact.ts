/**
 * A fact as the organism machine commits it and the public surface serves
 * it. Shared by src/organism (which produces facts) and src/surface /
 * src/driver (which serve and consume them), so neither depends on the other.
 */

/** Where an observation came from: one committed record on an upstream member's surface. */
export interface EvidencePointer {
  /** Hex (64 chars) stable id of the spanned member. */
  readonly member: string;
  /** The upstream primitive (stream) the record was read from, e.g. `facts`. */
  readonly stream: string;
  /** The record's public sequence on that stream. */
  readonly sequence: number;
  /** BLAKE3 of the record's canonical bytes (32 bytes). */
  readonly digest: Uint8Array;
}

export type FactStatus = 'complete' | 'degraded';

export interface Fact {
  /** Public sequence: 1-based, gapless, per organism. */
  readonly sequence: number;
  /** The key (slot) the fact is about. */
  readonly key: string;
  readonly status: FactStatus;
  /** The fold's output (the built-in fold: a Merkle root, 32 bytes). */
  readonly digest: Uint8Array;
  /** One pointer per member that observed the key, in canonical (member id) order. */
  readonly evidence: readonly EvidencePointer[];
  /** Stable ids (hex) of spanned members with no observation; empty unless degraded. */
  readonly missing: readonly string[];
  /** The leader's timestamp carried by the Apply command (ms since the epoch). */
  readonly appliedAt: number;
  /** Raft index of the Apply command that committed the fact. */
  readonly index: number;
}

/** Committed by Retire: the final commit of every public primitive. */
export interface Retirement {
  /** ms since the epoch; no fact is committed after it. */
  readonly effectiveAt: number;
  /** The successor integrators should rebind to, if any. */
  readonly replacement?: { readonly fingerprint: string; readonly endpoints: readonly string[] };
}
