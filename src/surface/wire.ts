/**
 * Conversions between src/common facts (hex ids, numbers) and the
 * tessera.surface.v1 wire messages (bytes ids), and the canonical bytes of a
 * served record, whose BLAKE3 is the digest a downstream evidence pointer
 * carries. Incoming wire values are checked: a fact with a wrong-size id or
 * an unknown status is refused with SURFACE_RECORD_INVALID naming the field.
 */
import { TesseraError } from '../common/errors.js';
import type { EvidencePointer, Fact, FactStatus, Retirement } from '../common/fact.js';
import { CanonicalWriter } from '../config/canonical.js';
import { blake3 } from '../hash/index.js';
import { surfaceV1 } from '../proto/index.js';

const pb = surfaceV1.surface.v1;
export type WireFact = surfaceV1.surface.v1.IFact;
export type WireRetirement = surfaceV1.surface.v1.IRetirementMarker;
export type WireFreshness = surfaceV1.surface.v1.IFreshness;

export const idBytes = 32;

function invalid(message: string, field: string): TesseraError {
  return new TesseraError(`surface record: ${message}`, 'SURFACE_RECORD_INVALID', { field });
}

export function hexId(hex: string, field: string): Buffer {
  if (!/^[0-9a-f]{64}$/.test(hex)) throw invalid(`${field} must be 64 lowercase hex digits, got ${JSON.stringify(hex.slice(0, 80))}`, field);
  return Buffer.from(hex, 'hex');
}

export function idHex(bytes: Uint8Array | null | undefined, field: string): string {
  if (!bytes || bytes.length !== idBytes) throw invalid(`${field} must be ${idBytes} bytes, got ${bytes?.length ?? 0}`, field);
  return Buffer.from(bytes).toString('hex');
}

function num(v: number | null | undefined): number {
  return typeof v === 'number' ? v : 0;
}

export function factToWire(fact: Fact): WireFact {
  return {
    sequence: fact.sequence,
    key: fact.key,
    status: fact.status === 'complete' ? pb.FactStatus.FACT_STATUS_COMPLETE : pb.FactStatus.FACT_STATUS_DEGRADED,
    digest: fact.digest,
    evidence: fact.evidence.map((e) => ({ member: hexId(e.member, 'evidence.member'), stream: e.stream, sequence: e.sequence, digest: e.digest })),
    missing: fact.missing.map((m) => hexId(m, 'missing')),
    appliedAtMs: fact.appliedAt,
    index: fact.index,
  };
}

export function factFromWire(w: WireFact): Fact {
  let status: FactStatus;
  if (w.status === pb.FactStatus.FACT_STATUS_COMPLETE) status = 'complete';
  else if (w.status === pb.FactStatus.FACT_STATUS_DEGRADED) status = 'degraded';
  else throw invalid(`fact ${num(w.sequence)} has status ${String(w.status)}`, 'status');
  const sequence = num(w.sequence);
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw invalid(`fact sequence ${sequence} is not a positive integer`, 'sequence');
  const evidence: EvidencePointer[] = (w.evidence ?? []).map((e) => ({
    member: idHex(e.member, 'evidence.member'),
    stream: e.stream ?? '',
    sequence: num(e.sequence),
    digest: Uint8Array.from(e.digest ?? []),
  }));
  return {
    sequence,
    key: w.key ?? '',
    status,
    digest: Uint8Array.from(w.digest ?? []),
    evidence,
    missing: (w.missing ?? []).map((m) => idHex(m, 'missing')),
    appliedAt: num(w.appliedAtMs),
    index: num(w.index),
  };
}

export function retirementToWire(r: Retirement, lastSequence: number): WireRetirement {
  return {
    effectiveAtMs: r.effectiveAt,
    replacement: r.replacement ? { fingerprint: hexId(r.replacement.fingerprint, 'replacement.fingerprint'), endpoints: [...r.replacement.endpoints] } : null,
    lastSequence,
  };
}

export interface RetirementMarker extends Retirement {
  /** The last fact's sequence (0: none); nothing follows it. */
  readonly lastSequence: number;
}

export function retirementFromWire(w: WireRetirement): RetirementMarker {
  const replacement = w.replacement
    ? { fingerprint: idHex(w.replacement.fingerprint, 'replacement.fingerprint'), endpoints: [...(w.replacement.endpoints ?? [])] }
    : undefined;
  return replacement
    ? { effectiveAt: num(w.effectiveAtMs), replacement, lastSequence: num(w.lastSequence) }
    : { effectiveAt: num(w.effectiveAtMs), lastSequence: num(w.lastSequence) };
}

/** Domain tag of the canonical record bytes; never change it (every digest would change). */
export const recordTag = 'tessera.surface.v1 fact record v1';

/**
 * The canonical bytes of a fact as a record of the `facts` stream: every
 * field, in a fixed order, length-prefixed. Independent of protobuf's
 * encoder, so every member and every version computes the same digest.
 */
export function recordCanonicalBytes(fact: Fact): Buffer {
  return new CanonicalWriter()
    .str(recordTag)
    .u64(fact.sequence)
    .str(fact.key)
    .str(fact.status)
    .bytes(fact.digest)
    .list(fact.evidence, (w, e) => w.hexBytes(e.member, idBytes, 'evidence.member').str(e.stream).u64(e.sequence).bytes(e.digest))
    .list(fact.missing, (w, m) => w.hexBytes(m, idBytes, 'missing'))
    .u64(fact.appliedAt)
    .u64(fact.index)
    .finish();
}

/** BLAKE3 of the record's canonical bytes: the digest of a downstream evidence pointer. */
export function recordDigest(fact: Fact): Buffer {
  return blake3(recordCanonicalBytes(fact));
}
