/** Hashes for model states: FNV-1a over UTF-16 code units, resumable so an append extends a hash in O(appended). */

export const fnvOffset = 0x811c9dc5;

/** Continues an FNV-1a hash `h` over `s`. fnv1a(a + b) === fnv1a(b, fnv1a(a)). */
export function fnv1a(s: string, h: number = fnvOffset): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
