/**
 * The canonical encoding of an organism's identity inputs: deterministic
 * bytes from which the stable id, content hash and fingerprint are derived
 * (identity.ts). docs/contributors/identity.md describes it byte for byte.
 *
 * It sees only typed values, never TOML text, so key order, whitespace,
 * comments and seat-local keys cannot reach it. Sets (where order means
 * nothing) are sorted by their encoded bytes; ordered lists keep their
 * order. There are no floating-point values; names are lowercase ASCII.
 */
import { TesseraError } from '../common/errors.js';
import type { ApplyPolicy, FoldKind, KeyKind, MachineKind, OrganismKind, TcbStatus, TicketScope } from './seat-schema.js';

/** The first byte of every encoding; a layout change bumps it (and the derivation contexts' "v1"). */
export const identitySchemaVersion = 1;

/** Upper bound on one encoded field, far above any valid config (a guard against misuse, not a tuning knob). */
const fieldBytesMax = 1 << 20;

/**
 * Builds an encoding from the primitives of identity.md:
 * u8, u64 (big-endian), bytes (u32 big-endian length, then the bytes),
 * bool (u8 0 or 1), opt (u8 0, or u8 1 then the value), set (u32 count,
 * then the elements sorted by their encoded bytes), list (u32 count, then
 * the elements in order).
 */
export class CanonicalWriter {
  readonly #parts: Buffer[] = [];

  u8(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xff) throw invalid(`u8 out of range: ${v}`);
    this.#parts.push(Buffer.of(v));
    return this;
  }

  u32(v: number): this {
    if (!Number.isInteger(v) || v < 0 || v > 0xffff_ffff) throw invalid(`u32 out of range: ${v}`);
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v);
    this.#parts.push(b);
    return this;
  }

  u64(v: number | bigint): this {
    const n = BigInt(v);
    if (typeof v === 'number' && !Number.isSafeInteger(v)) throw invalid(`u64 is not a safe integer: ${v}`);
    if (n < 0n || n > 0xffff_ffff_ffff_ffffn) throw invalid(`u64 out of range: ${v}`);
    const b = Buffer.alloc(8);
    b.writeBigUInt64BE(n);
    this.#parts.push(b);
    return this;
  }

  bool(v: boolean): this {
    return this.u8(v ? 1 : 0);
  }

  bytes(b: Uint8Array): this {
    if (b.length > fieldBytesMax) throw invalid(`field of ${b.length} bytes exceeds ${fieldBytesMax}`);
    this.u32(b.length);
    this.#parts.push(Buffer.from(b));
    return this;
  }

  /** A string as `bytes` of its UTF-8; callers pass validated ASCII names and enum values. */
  str(s: string): this {
    return this.bytes(Buffer.from(s, 'utf8'));
  }

  /** Exactly `n` bytes given as hex, as `bytes`. */
  hexBytes(hex: string, n: number, what: string): this {
    return this.bytes(hexToBytes(hex, n, what));
  }

  /** The 32 or 48 raw bytes, without a length (only where the layout fixes the size). */
  raw(b: Uint8Array): this {
    this.#parts.push(Buffer.from(b));
    return this;
  }

  opt<T>(v: T | undefined, write: (w: CanonicalWriter, v: T) => void): this {
    if (v === undefined) return this.u8(0);
    this.u8(1);
    write(this, v);
    return this;
  }

  set<T>(items: readonly T[], write: (w: CanonicalWriter, v: T) => void): this {
    const encoded = items.map((item) => {
      const w = new CanonicalWriter();
      write(w, item);
      return w.finish();
    });
    encoded.sort(Buffer.compare);
    for (let i = 1; i < encoded.length; i++) {
      // Schema validation refuses duplicates; a set with one here is a caller's bug.
      if (encoded[i - 1]!.equals(encoded[i]!)) throw invalid('a set holds the same element twice');
    }
    this.u32(encoded.length);
    this.#parts.push(...encoded);
    return this;
  }

  list<T>(items: readonly T[], write: (w: CanonicalWriter, v: T) => void): this {
    this.u32(items.length);
    for (const item of items) write(this, item);
    return this;
  }

  finish(): Buffer {
    return Buffer.concat(this.#parts);
  }
}

function invalid(message: string): TesseraError {
  return new TesseraError(`canonical encoding: ${message}`, 'IDENTITY_INPUT_INVALID');
}

export function hexToBytes(hex: string, n: number, what: string): Buffer {
  if (typeof hex !== 'string' || hex.length !== n * 2 || !/^[0-9a-fA-F]*$/.test(hex)) {
    throw invalid(`${what} must be ${n * 2} hex digits, got ${JSON.stringify(String(hex).slice(0, 80))}`);
  }
  return Buffer.from(hex, 'hex');
}

/** What the content hash covers: the fingerprinted part of a seat's config (SeatConfig has this shape). */
export interface OrganismContent {
  readonly organism: { readonly machine: MachineKind };
  readonly admission: {
    readonly mrtd: readonly string[];
    readonly rtmr0: readonly string[] | undefined;
    readonly rtmr1: readonly string[] | undefined;
    readonly rtmr2: readonly string[] | undefined;
    readonly rtmr3: readonly string[] | undefined;
    readonly tcbStatus: readonly TcbStatus[];
    readonly allowDebug: boolean;
    readonly allowServiceTd: boolean;
    readonly collateralAgeMaxS: number;
    readonly removeUnattested: boolean;
  };
  readonly members: readonly { readonly stableId: string; readonly contentHash: string | undefined }[];
  readonly apply: {
    readonly policy: ApplyPolicy;
    readonly deadlineMs: number;
    readonly fold: FoldKind;
    readonly foldModuleBlake3: string | undefined;
    readonly keyKind: KeyKind;
  };
  readonly acl: { readonly public: boolean; readonly integrators: readonly string[] };
  readonly ticketIssuers: readonly { readonly publicKey: string; readonly scope: readonly TicketScope[] }[];
}

const mrBytes = 48;
const idBytes = 32;

/** u8 version ‖ bytes(kind) ‖ bytes(name). */
export function encodeStableIdInput(name: string, kind: OrganismKind): Buffer {
  return new CanonicalWriter().u8(identitySchemaVersion).str(kind).str(name).finish();
}

/** The content encoding (identity.md, "Content hash"). */
export function encodeOrganismContent(c: OrganismContent): Buffer {
  const w = new CanonicalWriter().u8(identitySchemaVersion);
  w.str(c.organism.machine);
  w.set(c.members, (e, m) => {
    e.hexBytes(m.stableId, idBytes, 'member stable_id');
    e.opt(m.contentHash, (o, h) => o.hexBytes(h, idBytes, 'member content_hash'));
  });
  const a = c.admission;
  const measurement = (e: CanonicalWriter, v: string) => e.hexBytes(v, mrBytes, 'measurement');
  w.set(a.mrtd, measurement);
  for (const rtmr of [a.rtmr0, a.rtmr1, a.rtmr2, a.rtmr3]) w.opt(rtmr, (o, values) => o.set(values, measurement));
  w.set(a.tcbStatus, (e, s) => e.str(s));
  w.bool(a.allowDebug).bool(a.allowServiceTd).u64(a.collateralAgeMaxS).bool(a.removeUnattested);
  const p = c.apply;
  w.str(p.policy).u64(p.deadlineMs).str(p.fold);
  w.opt(p.foldModuleBlake3, (o, h) => o.hexBytes(h, idBytes, 'apply fold_module_blake3'));
  w.str(p.keyKind);
  w.bool(c.acl.public);
  w.set(c.acl.integrators, (e, k) => e.hexBytes(k, idBytes, 'acl integrator key'));
  w.set(c.ticketIssuers, (e, t) => {
    e.hexBytes(t.publicKey, idBytes, 'ticket_issuer public_key');
    e.set(t.scope, (s, v) => s.str(v));
  });
  return w.finish();
}

/** u8 version ‖ stable id (32 raw bytes) ‖ content hash (32 raw bytes). */
export function encodeFingerprintInput(stableId: Uint8Array, contentHash: Uint8Array): Buffer {
  if (stableId.length !== idBytes || contentHash.length !== idBytes) throw invalid('stable id and content hash are 32 bytes each');
  return new CanonicalWriter().u8(identitySchemaVersion).raw(stableId).raw(contentHash).finish();
}

export type CoalitionMemberKind = 'organism' | 'lattice';

export interface CoalitionContent {
  readonly name: string;
  readonly members: readonly { readonly kind: CoalitionMemberKind; readonly stableId: string }[];
  readonly ticketIssuer: string | undefined;
}

/** u8 version ‖ bytes(name) ‖ list(bytes(kind) ‖ bytes(stable id)) ‖ opt(bytes(ticket issuer key)). */
export function encodeCoalition(c: CoalitionContent): Buffer {
  const w = new CanonicalWriter().u8(identitySchemaVersion).str(c.name);
  w.list(c.members, (e, m) => e.str(m.kind).hexBytes(m.stableId, idBytes, 'coalition member stable_id'));
  w.opt(c.ticketIssuer, (o, k) => o.hexBytes(k, idBytes, 'coalition ticket_issuer'));
  return w.finish();
}
