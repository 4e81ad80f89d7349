import { createHash, randomBytes } from 'node:crypto';

import { TesseraError } from '../../common/errors.js';
import { blake3DeriveKey } from '../../hash/blake3.js';

/** The BLAKE3 derive-key context of the binding (TDX.md section 5). */
export const REPORT_DATA_CONTEXT = 'tessera 2026 admission report_data v1';

function lengthPrefixed(parts: Uint8Array[]): Buffer {
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const len = Buffer.alloc(4);
    len.writeUInt32LE(p.length);
    chunks.push(len, Buffer.from(p));
  }
  return Buffer.concat(chunks);
}

/**
 * REPORTDATA a member must put in its quote: [0..32) = domain-tagged BLAKE3
 * over its node public key (SPKI DER), the organism fingerprint (32 bytes)
 * and the verifier's nonce, each length-prefixed; [32..64) = zeros.
 */
export function reportDataFor(nodePublicKeySpki: Uint8Array, fingerprint: Uint8Array, nonce: Uint8Array): Buffer {
  if (!(nodePublicKeySpki instanceof Uint8Array) || nodePublicKeySpki.length === 0) {
    throw new TesseraError('reportDataFor: nodePublicKeySpki must be a non-empty Uint8Array (SPKI DER)', 'ERR_INVALID_ARG_TYPE');
  }
  if (!(fingerprint instanceof Uint8Array) || fingerprint.length !== 32) {
    throw new TesseraError('reportDataFor: fingerprint must be 32 bytes', 'ERR_INVALID_ARG_TYPE');
  }
  if (!(nonce instanceof Uint8Array) || nonce.length < 16 || nonce.length > 64) {
    throw new TesseraError('reportDataFor: nonce must be 16 to 64 bytes', 'ERR_INVALID_ARG_TYPE');
  }
  const out = Buffer.alloc(64);
  blake3DeriveKey(REPORT_DATA_CONTEXT, lengthPrefixed([nodePublicKeySpki, fingerprint, nonce])).copy(out, 0);
  return out;
}

/** SHA-256 of a quote, hex: the admitted record's quote digest and the replay key. */
export function quoteDigest(quote: Uint8Array): string {
  return createHash('sha256').update(quote).digest('hex');
}

export const NONCE_BYTES = 32;
export const newNonceBytes = (): Buffer => randomBytes(NONCE_BYTES);
