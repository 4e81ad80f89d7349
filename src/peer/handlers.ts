/**
 * What the transport asks of the seat for the non-Raft calls. The seat
 * (src/node) implements these; the transport only checks who is calling
 * and that requests are well formed.
 */
import type { AttestRequest, AttestResponse, JoinRequest, JoinResponse, NonceRequest, NonceResponse } from './wire.js';

/** Who made a call, as TLS proved it (undefined key under insecure plaintext). */
export interface Caller {
  /** Key id of the caller's TLS key, or undefined without TLS. */
  readonly keyId: string | undefined;
  /** SubjectPublicKeyInfo DER of the caller's TLS key, or undefined without TLS. */
  readonly publicKeyDer: Uint8Array | undefined;
}

export interface JoinHandlers {
  /** Open to any TLS client. */
  nonce(request: NonceRequest, caller: Caller): Promise<NonceResponse>;
  /**
   * Open to any TLS client; the transport has already checked that
   * request.nodePublicKey is the caller's TLS key (else KEY_MISMATCH).
   */
  join(request: JoinRequest, caller: Caller): Promise<JoinResponse>;
}

export interface AttestHandler {
  /** Only admitted members may ask (the leader re-attesting us). */
  attest(request: AttestRequest, caller: Caller): Promise<AttestResponse>;
}

export interface PeerHandlers {
  readonly join?: JoinHandlers;
  readonly attest?: AttestHandler;
}

/** Refusal codes the transport itself gives in a JoinResponse. */
export const JoinRefusal = {
  /** The Join's node_public_key is not the key the caller's TLS presented. */
  keyMismatch: 'KEY_MISMATCH',
} as const;
