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
const recordTagBytes = Buffer.from(recordTag, 'utf8');

/**
 * The canonical bytes of a fact as a record of the `facts` stream: every
 * field, in a fixed order, length-prefixed. Independent of protobuf's
 * encoder, so every member and every version computes the same digest.
 */
export function recordCanonicalBytes(fact: Fact): Buffer {
  // One pass into one buffer: every upstream record is digested by the leader's driver and each
  // seat's evidence view, and a writer that allocated a buffer per field showed up in profiles.
  // The layout is CanonicalWriter's (u32 lengths, u64 big-endian); the golden vector test pins it.
  const key = Buffer.byteLength(fact.key, 'utf8');
  const status = Buffer.byteLength(fact.status, 'utf8');
  let size = 4 + recordTagBytes.length + 8 + 4 + key + 4 + status + 4 + fact.digest.length + 4 + 4 + fact.missing.length * (4 + idBytes) + 16;
  const streams: number[] = [];
  for (const e of fact.evidence) {
    const n = Buffer.byteLength(e.stream, 'utf8');
    streams.push(n);
    size += 4 + idBytes + 4 + n + 8 + 4 + e.digest.length;
  }
  const b = Buffer.allocUnsafe(size);
  let o = 0;
  const u32 = (v: number): void => {
    o = b.writeUInt32BE(v, o);
  };
  const u64 = (v: number, field: string): void => {
    if (!Number.isSafeInteger(v) || v < 0) throw invalid(`${field} ${v} is not a non-negative safe integer`, field);
    o = b.writeUInt32BE(Math.floor(v / 0x1_0000_0000), o);
    o = b.writeUInt32BE(v >>> 0, o);
  };
  const id = (hex: string, field: string): void => {
    if (typeof hex !== 'string' || !/^[0-9a-fA-F]{64}$/.test(hex)) throw invalid(`${field} must be 64 hex digits, got ${JSON.stringify(String(hex).slice(0, 80))}`, field);
    u32(idBytes);
    o += b.write(hex, o, 'hex');
  };
  u32(recordTagBytes.length);
  o += recordTagBytes.copy(b, o);
  u64(fact.sequence, 'sequence');
  u32(key);
  o += b.write(fact.key, o, 'utf8');
  u32(status);
  o += b.write(fact.status, o, 'utf8');
  u32(fact.digest.length);
  b.set(fact.digest, o);
  o += fact.digest.length;
  u32(fact.evidence.length);
  fact.evidence.forEach((e, i) => {
    id(e.member, 'evidence.member');
    u32(streams[i]!);
    o += b.write(e.stream, o, 'utf8');
    u64(e.sequence, 'evidence.sequence');
    u32(e.digest.length);
    b.set(e.digest, o);
    o += e.digest.length;
  });
  u32(fact.missing.length);
  for (const m of fact.missing) id(m, 'missing');
  u64(fact.appliedAt, 'appliedAt');
  u64(fact.index, 'index');
  return b;
}

/** The same layout through the general CanonicalWriter: the reference the fast encoder is tested against. */
export function recordCanonicalBytesReference(fact: Fact): Buffer {
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
