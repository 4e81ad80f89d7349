/**
 * Folds: how a key's observations become a fact's digest.
 *
 * A fold is a pure function handed to the machine at construction (the
 * built-in Merkle fold, or a JS module loaded and pinned by src/fold), so
 * the machine itself never loads code. The contract for module authors is
 * in docs/contributors/organism.md.
 */
import type { EvidencePointer } from '../common/fact.js';
import { blake3 } from '../hash/index.js';
import { ByteWriter } from './codec.js';

/** What a fold sees. Frozen; arrays in canonical (member stable id) order. */
export interface FoldInput {
  readonly key: string;
  /** Every spanned member's stable id (hex), sorted. */
  readonly members: readonly string[];
  /** One pointer per member that observed the key, sorted by member. */
  readonly evidence: readonly EvidencePointer[];
  /** Spanned members without an observation (non-empty only for a degraded fact). */
  readonly missing: readonly string[];
  readonly status: 'complete' | 'degraded';
}

/** Returns the fact's digest: 1 to foldOutputBytesMax bytes. Must be pure and deterministic. */
export type FoldFunction = (input: FoldInput) => Uint8Array;

export const foldOutputBytesMax = 1024;

/** A fold and its identity: `id` is written into snapshots, so a seat never restores state folded differently. */
export interface Fold {
  /** `merkle-v1`, or `module:<BLAKE3 of the module bytes>`. */
  readonly id: string;
  readonly fn: FoldFunction;
}

const leafTag = 0x00;
const nodeTag = 0x01;

/**
 * The Merkle leaf of one observation:
 * BLAKE3(0x00 ‖ member (32) ‖ str(stream) ‖ u64(sequence) ‖ digest (32)).
 * The member id makes the entry per member; the tag byte separates leaves
 * from interior nodes.
 */
export function merkleLeaf(e: EvidencePointer): Uint8Array {
  // One writer for every leaf (hashing is synchronous, so no two leaves share it at once): a
  // buffer and a copy per leaf were garbage on the apply path of every fact.
  return blake3(leafWriter.reset().u8(leafTag).rawHex(e.member).str(e.stream).u64(e.sequence).raw(e.digest).view());
}

const leafWriter = new ByteWriter(256);

/** An interior node: BLAKE3(0x01 ‖ left (32) ‖ right (32)). */
export function merkleNode(left: Uint8Array, right: Uint8Array): Uint8Array {
  const b = new Uint8Array(65);
  b[0] = nodeTag;
  b.set(left, 1);
  b.set(right, 33);
  return blake3(b);
}

/**
 * The root over leaves in order, shaped as in RFC 6962: n > 1 leaves split
 * at the largest power of two below n; no leaf is ever duplicated, so no
 * two different lists share a root.
 */
export function merkleRootOfLeaves(leaves: readonly Uint8Array[]): Uint8Array {
  if (leaves.length === 0) return blake3(new Uint8Array(0));
  if (leaves.length === 1) return leaves[0]!;
  let split = 1;
  while (split * 2 < leaves.length) split *= 2;
  return merkleNode(merkleRootOfLeaves(leaves.slice(0, split)), merkleRootOfLeaves(leaves.slice(split)));
}

/** The built-in fold: the Merkle root over the evidence in canonical member order. */
export const merkleFold: Fold = Object.freeze({
  id: 'merkle-v1',
  fn: (input: FoldInput): Uint8Array => merkleRootOfLeaves(input.evidence.map(merkleLeaf)),
});
