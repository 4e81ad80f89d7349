import { isTesseraError } from '../../src/common/errors.js';

/**
 * The TesseraError code `fn` throws; 'NO_ERROR' when it returns, and
 * 'NOT_TESSERA_ERROR' for any other exception (so a test sees both).
 */
export function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return isTesseraError(e) ? e.code : 'NOT_TESSERA_ERROR';
  }
  return 'NO_ERROR';
}
