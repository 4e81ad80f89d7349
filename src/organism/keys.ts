/**
 * Keys (slots) of the organism. A key is a string in commands and facts;
 * the config's apply.key_kind says which strings are valid and how they
 * order:
 * - `slot`: an unsigned 64-bit integer in canonical decimal ("0", "17";
 *   never "017" or "+1"), ordered numerically;
 * - `string`: 1 to 256 bytes of well-formed UTF-8, ordered by those bytes.
 */
import { isWellFormedString, utf8Length } from './codec.js';

export type KeyKind = 'slot' | 'string';

export const keyBytesMax = 256;
const slotPattern = /^(?:0|[1-9][0-9]{0,19})$/;
const u64MaxDecimal = '18446744073709551615';

/** Why `key` is not a valid key of `kind`, or undefined when it is. */
export function keyProblem(key: string, kind: KeyKind): string | undefined {
  if (typeof key !== 'string') return 'a key must be a string';
  if (kind === 'slot') {
    if (!slotPattern.test(key)) return `slot key ${JSON.stringify(key.slice(0, 40))} is not a canonical unsigned decimal`;
    if (key.length === 20 && key > u64MaxDecimal) return `slot key ${key} is above 2^64 - 1`;
    return undefined;
  }
  const n = utf8Length(key);
  if (n === 0) return 'a string key must not be empty';
  if (n > keyBytesMax) return `string key is ${n} bytes, at most ${keyBytesMax}`;
  if (!isWellFormedString(key)) return 'string key is not well-formed UTF-16 (lone surrogate)';
  return undefined;
}

/** The canonical order of keys of `kind` (negative, zero, positive). Both keys must be valid. */
export function compareKeys(a: string, b: string, kind: KeyKind): number {
  if (a === b) return 0;
  if (kind === 'slot') {
    // Canonical decimals: a shorter one is smaller; equal lengths compare as text.
    if (a.length !== b.length) return a.length - b.length;
    return a < b ? -1 : 1;
  }
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** Index of the first element of sorted `keys` not below `key` (binary search). */
export function lowerBound(keys: readonly string[], key: string, kind: KeyKind): number {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareKeys(keys[mid]!, key, kind) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
