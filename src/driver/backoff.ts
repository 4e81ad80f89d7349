/**
 * Full-jitter exponential backoff (the "Full Jitter" of the AWS
 * architecture blog): after the n-th consecutive failure (n >= 1) wait a
 * uniformly random time in [0, min(cap, base * 2^(n-1))). Once the ceiling
 * reaches the cap it stays there: retries never stop, they only stop
 * growing. Randomness is injected so a test can pin it.
 */
import { TesseraError } from '../common/errors.js';

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly capMs: number;
  /** Consecutive failures after which a member is reported dark. */
  readonly darkAfterAttempts: number;
}

/** DESIGN.md's failure contract: 1 s base, 60 s cap, dark after 100. */
export const backoffDefault: BackoffPolicy = Object.freeze({ baseMs: 1000, capMs: 60_000, darkAfterAttempts: 100 });

export function checkBackoffPolicy(p: BackoffPolicy): void {
  for (const [name, v] of Object.entries(p)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new TesseraError(`backoff ${name} must be a positive integer, got ${String(v)}`, 'DRIVER_CONFIG_INVALID');
  }
  if (p.baseMs > p.capMs) throw new TesseraError(`backoff baseMs ${p.baseMs} exceeds capMs ${p.capMs}`, 'DRIVER_CONFIG_INVALID');
}
checkBackoffPolicy(backoffDefault);

/** The ceiling of the n-th delay: min(cap, base * 2^(n-1)). */
export function backoffCeilingMs(failures: number, p: BackoffPolicy): number {
  if (!Number.isSafeInteger(failures) || failures < 1) throw new TesseraError(`backoff: failures must be >= 1, got ${failures}`, 'DRIVER_CONFIG_INVALID');
  // 2^52 already exceeds any cap; stop there so the product stays exact.
  const factor = 2 ** Math.min(failures - 1, 52);
  return Math.min(p.capMs, p.baseMs * factor);
}

/** `random()` in [0, 1), as Math.random. */
export function backoffDelayMs(failures: number, p: BackoffPolicy, random: () => number): number {
  const r = random();
  if (!(r >= 0 && r < 1)) throw new TesseraError(`backoff: random() returned ${r}, outside [0, 1)`, 'DRIVER_CONFIG_INVALID');
  return Math.floor(r * backoffCeilingMs(failures, p));
}
