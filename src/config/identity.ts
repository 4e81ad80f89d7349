/**
 * An organism's identity, as in mosaik: 32-byte BLAKE3 digests derived with
 * domain-separating contexts from the canonical encodings (canonical.ts).
 *
 *   stable id    = derive(ctx.stableId,    u8 1 ‖ bytes(kind) ‖ bytes(name))
 *   content hash = derive(ctx.contentHash, content encoding)
 *   fingerprint  = derive(ctx.fingerprint, u8 1 ‖ stable id ‖ content hash)
 *   coalition    = derive(ctx.coalition,   coalition encoding)
 *
 * Each context is used for nothing else in tessera, so no two of these ids,
 * and no other BLAKE3 use, can ever produce the same digest from the same
 * bytes. docs/contributors/identity.md gives the byte layouts.
 */
import { err, ok, TesseraError, type Result } from '../common/errors.js';
import { blake3DeriveKey } from '../hash/index.js';
import {
  encodeCoalition,
  encodeFingerprintInput,
  encodeOrganismContent,
  encodeStableIdInput,
  hexToBytes,
  type CoalitionContent,
  type OrganismContent,
} from './canonical.js';
import type { OrganismKind } from './seat-schema.js';

/** The BLAKE3 derive-key contexts. Never change one: every id derived from it would change. */
export const identityContexts = {
  stableId: 'tessera 2026-11 organism stable-id v1',
  contentHash: 'tessera 2026-11 organism content-hash v1',
  fingerprint: 'tessera 2026-11 organism fingerprint v1',
  coalition: 'tessera 2026-11 coalition fingerprint v1',
} as const;

export const identityBytes = 32;

export function organismStableId(name: string, kind: OrganismKind): Buffer {
  return blake3DeriveKey(identityContexts.stableId, encodeStableIdInput(name, kind), identityBytes);
}

export function organismContentHash(content: OrganismContent): Buffer {
  return blake3DeriveKey(identityContexts.contentHash, encodeOrganismContent(content), identityBytes);
}

export function organismFingerprint(stableId: Uint8Array, contentHash: Uint8Array): Buffer {
  return blake3DeriveKey(identityContexts.fingerprint, encodeFingerprintInput(stableId, contentHash), identityBytes);
}

export function coalitionFingerprint(coalition: CoalitionContent): Buffer {
  return blake3DeriveKey(identityContexts.coalition, encodeCoalition(coalition), identityBytes);
}

/**
 * The three ids of one organism. Immutable: the byte getters return fresh
 * copies (a Buffer cannot be frozen), the hex fields are the stored form.
 */
export class OrganismIdentity {
  readonly stableIdHex: string;
  readonly contentHashHex: string;
  readonly fingerprintHex: string;

  constructor(stableId: Uint8Array, contentHash: Uint8Array) {
    this.stableIdHex = Buffer.from(stableId).toString('hex');
    this.contentHashHex = Buffer.from(contentHash).toString('hex');
    this.fingerprintHex = organismFingerprint(stableId, contentHash).toString('hex');
    Object.freeze(this);
  }

  static of(organism: { name: string; kind: OrganismKind }, content: OrganismContent): OrganismIdentity {
    return new OrganismIdentity(organismStableId(organism.name, organism.kind), organismContentHash(content));
  }

  get stableId(): Buffer {
    return Buffer.from(this.stableIdHex, 'hex');
  }

  get contentHash(): Buffer {
    return Buffer.from(this.contentHashHex, 'hex');
  }

  get fingerprint(): Buffer {
    return Buffer.from(this.fingerprintHex, 'hex');
  }

  toJSON(): { stable_id: string; content_hash: string; fingerprint: string } {
    return { stable_id: this.stableIdHex, content_hash: this.contentHashHex, fingerprint: this.fingerprintHex };
  }
}

/** What an upstream's Status reports about itself. */
export interface ReportedIdentity {
  stableId: Uint8Array;
  contentHash: Uint8Array;
  fingerprint: Uint8Array;
}

/**
 * The fingerprint a spanned member must present, when the config pins its
 * content hash; undefined when it is learned from the member's Status.
 */
export function expectedUpstreamFingerprint(member: { stableId: string; contentHash: string | undefined }): string | undefined {
  if (member.contentHash === undefined) return undefined;
  return organismFingerprint(hexToBytes(member.stableId, identityBytes, 'stable_id'), hexToBytes(member.contentHash, identityBytes, 'content_hash')).toString('hex');
}

/**
 * The rule for binding to a spanned member (identity.md, "Upstream
 * identity"): its stable id must be the configured one; its fingerprint
 * must be the derivation of its stable id and content hash (checked here,
 * never trusted); and when the config pins a content hash, the reported one
 * must equal it. Without a pin the content hash it reports is accepted and
 * returned, so the driver can record it and report drift when it changes.
 *
 * Codes: UPSTREAM_STABLE_ID_MISMATCH, UPSTREAM_FINGERPRINT_INCONSISTENT,
 * UPSTREAM_CONTENT_HASH_MISMATCH, UPSTREAM_IDENTITY_MALFORMED.
 */
export function checkUpstreamIdentity(
  member: { name: string; stableId: string; contentHash: string | undefined },
  reported: ReportedIdentity,
): Result<{ contentHash: string; fingerprint: string }> {
  for (const [field, v] of Object.entries(reported) as [string, unknown][]) {
    if (!(v instanceof Uint8Array) || v.length !== identityBytes) {
      return err(new TesseraError(`member ${member.name}: reported ${field} is not ${identityBytes} bytes`, 'UPSTREAM_IDENTITY_MALFORMED', { member: member.name, field }));
    }
  }
  const stableId = Buffer.from(reported.stableId).toString('hex');
  const contentHash = Buffer.from(reported.contentHash).toString('hex');
  const fingerprint = Buffer.from(reported.fingerprint).toString('hex');
  const details = { member: member.name, stableId, contentHash, fingerprint };
  if (stableId !== member.stableId) {
    return err(new TesseraError(`member ${member.name}: reports stable id ${stableId}, the config names ${member.stableId}`, 'UPSTREAM_STABLE_ID_MISMATCH', details));
  }
  const derived = organismFingerprint(reported.stableId, reported.contentHash).toString('hex');
  if (derived !== fingerprint) {
    return err(
      new TesseraError(`member ${member.name}: reported fingerprint ${fingerprint} is not derived from its stable id and content hash (expected ${derived})`, 'UPSTREAM_FINGERPRINT_INCONSISTENT', details),
    );
  }
  if (member.contentHash !== undefined && contentHash !== member.contentHash) {
    return err(
      new TesseraError(`member ${member.name}: reports content hash ${contentHash}, the config pins ${member.contentHash}`, 'UPSTREAM_CONTENT_HASH_MISMATCH', details),
    );
  }
  return ok({ contentHash, fingerprint });
}
