import { TesseraError } from '../../common/errors.js';
import { NONCE_BYTES, newNonceBytes } from './report-data.js';

export interface NonceIssuerOptions {
  /** Seconds a nonce stays usable (default 120). */
  lifetimeSeconds?: number;
  /** Unix seconds (default: the system clock); injectable for tests. */
  clock?: () => number;
  /** At most this many outstanding nonces (default 4096); the oldest go first. */
  outstandingMax?: number;
  /** Random bytes source (default node:crypto). */
  random?: () => Buffer;
  /** Redeemed nonces remembered, so a second use says NONCE_REPLAYED rather than NONCE_UNKNOWN (default 4096). */
  spentMax?: number;
}

export type NonceRedemption = { ok: true } | { ok: false; reason: 'NONCE_UNKNOWN' | 'NONCE_EXPIRED' | 'NONCE_REPLAYED'; message: string };

/**
 * Nonces issued by the verifier for admission: single-use and short-lived.
 * redeem() consumes a nonce whatever its outcome, so a nonce (and any quote
 * bound to it) is accepted at most once.
 */
export class NonceIssuer {
  private readonly lifetime: number;
  private readonly clock: () => number;
  private readonly outstandingMax: number;
  private readonly random: () => Buffer;
  // hex nonce -> expiry (unix seconds); Map keeps insertion order for eviction.
  private readonly outstanding = new Map<string, number>();
  // Redeemed nonces (bounded, oldest dropped first): only to name a replay as such.
  private readonly spent = new Set<string>();
  private readonly spentMax: number;

  constructor(options: NonceIssuerOptions = {}) {
    this.lifetime = options.lifetimeSeconds ?? 120;
    if (!Number.isInteger(this.lifetime) || this.lifetime < 1) {
      throw new TesseraError(`NonceIssuer: lifetimeSeconds must be a positive integer, got ${String(options.lifetimeSeconds)}`, 'ERR_OUT_OF_RANGE');
    }
    this.clock = options.clock ?? (() => Math.floor(Date.now() / 1000));
    this.outstandingMax = options.outstandingMax ?? 4096;
    this.random = options.random ?? newNonceBytes;
    this.spentMax = options.spentMax ?? 4096;
  }

  issue(): Buffer {
    const now = this.clock();
    for (const [k, exp] of this.outstanding) {
      if (exp >= now && this.outstanding.size < this.outstandingMax) break;
      this.outstanding.delete(k);
    }
    const nonce = this.random();
    if (nonce.length !== NONCE_BYTES) throw new TesseraError(`NonceIssuer: random source gave ${nonce.length} bytes, not ${NONCE_BYTES}`, 'ASSERTION_FAILED');
    this.outstanding.set(nonce.toString('hex'), now + this.lifetime);
    return nonce;
  }

  redeem(nonce: Uint8Array): NonceRedemption {
    const key = Buffer.from(nonce).toString('hex');
    const expiry = this.outstanding.get(key);
    if (expiry === undefined) {
      if (this.spent.has(key)) return { ok: false, reason: 'NONCE_REPLAYED', message: 'the nonce was already used (a nonce admits one quote, once)' };
      return { ok: false, reason: 'NONCE_UNKNOWN', message: 'the nonce was not issued by this verifier (or it was dropped before use)' };
    }
    this.outstanding.delete(key);
    this.rememberSpent(key);
    if (this.clock() > expiry) {
      return { ok: false, reason: 'NONCE_EXPIRED', message: `the nonce expired at ${new Date(expiry * 1000).toISOString()}` };
    }
    return { ok: true };
  }

  private rememberSpent(key: string): void {
    if (this.spent.size >= this.spentMax) {
      const oldest = this.spent.values().next().value;
      if (oldest !== undefined) this.spent.delete(oldest);
    }
    this.spent.add(key);
  }

  get outstandingCount(): number {
    return this.outstanding.size;
  }
}
