/**
 * A fuzz target over TypeScript code: the JavaScript counterpart of a
 * libFuzzer LLVMFuzzerTestOneInput. run() returns normally for every input
 * the code handles as designed (a parse, or the clean error it documents)
 * and throws InvariantViolation (or anything unexpected) otherwise.
 */
export interface FuzzTarget {
  readonly name: string;
  /** One line: what every input is checked for. */
  readonly checks: string;
  readonly maxLen: number;
  /** Generated at run time from our own code (never committed corpora). */
  seeds(): Uint8Array[];
  readonly dictionary?: readonly Uint8Array[];
  /** Which loaded scripts feed coverage (the code under test). */
  covers(url: string): boolean;
  run(input: Uint8Array): void;
  /** Releases what the target holds (temporary directories). */
  close?(): void;
}

/** A checked property failed: a finding, as a sanitizer report is for native targets. */
export class InvariantViolation extends Error {
  override readonly name = 'InvariantViolation';
}

export function check(cond: boolean, what: () => string): asserts cond {
  if (!cond) throw new InvariantViolation(what());
}
