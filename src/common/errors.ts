/**
 * The one error class of tessera. Every failure that crosses a module
 * boundary carries a stable `code` (e.g. `TDX_QUOTE_TRUNCATED`,
 * `WAL_CORRUPT`) that callers test for, and a message for the operator that
 * names the item at fault (file, field, offset, member).
 *
 * The native addon constructs instances of this class too: it is handed to
 * the addon when the addon loads (src/native).
 */
export class TesseraError extends Error {
  readonly code: string;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(message: string, code: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'TesseraError';
    this.code = code;
    this.details = details;
  }
}

export function isTesseraError(e: unknown, code?: string): e is TesseraError {
  return e instanceof TesseraError && (code === undefined || e.code === code);
}

/** Internal results across layers, instead of exceptions (see STYLE.md). */
export type Result<T, E = TesseraError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** An impossible state: stop rather than go on with corrupt state. */
export function assert(cond: unknown, message: string): asserts cond {
  if (!cond) throw new TesseraError(`assertion failed: ${message}`, 'ASSERTION_FAILED');
}
