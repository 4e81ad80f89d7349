/**
 * The search's memo: the set of (linearized operations, model state) pairs
 * already explored. Reaching a pair twice means the second path can do no
 * better than the first, which failed (Lowe, "Testing for
 * Linearizability", section 4).
 *
 * The linearized set (OpSet) is a bitset whose hash is kept incrementally
 * (Zobrist: the XOR of one random word per member), so a lookup costs one
 * model.hash() plus the comparisons in one probe run.
 *
 * Memory: a memo entry does not store the whole bitset. Completed
 * operations get bits in the order of their return times, and the search
 * must linearize an operation before going past its return, so the set is
 * nearly a prefix of that order: all-ones words up to `lo`, zero words from
 * `hi`, and a window between that is about as wide as the concurrency. An
 * entry stores `lo` and the window, plus the pending operations' words
 * (return Infinity; few, and linearizable at any point) in full. A long
 * history of n operations so costs O(window) per entry instead of O(n).
 */

/** A 32-bit avalanche (murmur3's finalizer), to spread combined hashes over the slots. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * Hashes and keys are kept to 30 bits: V8 holds such integers unboxed (as
 * small integers), where a full uint32 above 2^30 would be a heap number
 * allocated on every update in the hot loop (etcd_002.log: about 250 ms of
 * CPU per check, against 290 to 310 ms with full uint32 hashes, measured on
 * a loaded machine).
 */
export const smallHashMask = 0x3fffffff;

/** One fixed pseudo-random 30-bit word per operation (deterministic: same history, same table layout). */
export function zobristWords(count: number): Uint32Array {
  const z = new Uint32Array(count);
  let s = 0x9e3779b9;
  for (let i = 0; i < count; i++) {
    // splitmix32
    s = (s + 0x9e3779b9) | 0;
    let t = s ^ (s >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    t ^= t >>> 15;
    z[i] = t & smallHashMask;
  }
  return z;
}

const wordFull = 0xffffffff;

/**
 * The set of linearized operations of one partition. Operations are given
 * as local indices; `slotOf` (bitSlots in checker.ts) places completed
 * operations by return time and pending ones in a region of their own (see
 * the file comment).
 */
export class OpSet {
  readonly words: Uint32Array;
  /** Words holding completed operations: [0, doneWords). Pending operations: [doneWords, words.length). */
  readonly doneWords: number;
  private readonly opWord: Int32Array;
  private readonly opMask: Uint32Array;
  private readonly zobrist: Uint32Array;
  hash = 0;
  /** Invariant: words[0, lo) are all ones, and lo === doneWords or words[lo] is not. */
  lo = 0;
  /** Invariant: words[hi, doneWords) are zero, and hi === 0 or words[hi - 1] is not. */
  hi = 0;

  /** `slotOf[op]` is the op's bit: completed ops 0..doneCount-1 (by return time), pending ops doneCount..n-1. */
  constructor(slotOf: Int32Array, doneCount: number) {
    const n = slotOf.length;
    this.doneWords = Math.ceil(doneCount / 32);
    this.words = new Uint32Array(this.doneWords + Math.ceil((n - doneCount) / 32));
    this.opWord = new Int32Array(n);
    this.opMask = new Uint32Array(n);
    for (let op = 0; op < n; op++) {
      const slot = slotOf[op]!;
      const bit = slot < doneCount ? slot : slot - doneCount;
      this.opWord[op] = (slot < doneCount ? 0 : this.doneWords) + (bit >>> 5);
      this.opMask[op] = (1 << (bit & 31)) >>> 0;
    }
    this.zobrist = zobristWords(n);
  }

  add(op: number): void {
    const w = this.opWord[op]!;
    this.words[w]! |= this.opMask[op]!;
    this.hash ^= this.zobrist[op]!;
    if (w >= this.doneWords) return;
    if (w >= this.hi) this.hi = w + 1;
    if (w === this.lo) {
      let lo = w;
      while (lo < this.doneWords && this.words[lo] === wordFull) lo++;
      this.lo = lo;
    }
  }

  remove(op: number): void {
    const w = this.opWord[op]!;
    this.words[w]! &= ~this.opMask[op]!;
    this.hash ^= this.zobrist[op]!;
    if (w >= this.doneWords) return;
    if (w < this.lo) this.lo = w;
    if (w === this.hi - 1 && this.words[w] === 0) {
      let hi = w;
      while (hi > 0 && this.words[hi - 1] === 0) hi--;
      this.hi = hi;
    }
  }
}

const slotsInitial = 1 << 12;
const entriesInitial = 1 << 10;
const poolWordsInitial = 1 << 12;
/** Pool words before an entry's own: its lo and its window length. */
const entryHeaderWords = 2;
/** Bytes of bookkeeping per entry besides its window and pending words: header, offset, two slots of two words (load <= 1/2), a state pointer. */
const entryOverheadBytes = entryHeaderWords * 4 + 4 + 2 * 8 + 8;

/**
 * The table keeps each slot's key next to its entry index, so a probe that
 * misses costs one cache line; an entry's lo, window length and words sit
 * together in the pool (one more line to confirm a hit).
 */
export class Memo<S> {
  private readonly equal: (a: S, b: S) => boolean;
  private readonly bytesMax: number;
  /** Slot s: table[2s] is the key, table[2s + 1] the entry index + 1 (0: empty). Invariant: count <= slots / 2. */
  private table = new Int32Array(2 * slotsInitial);
  private offsets = new Uint32Array(entriesInitial);
  private pool = new Uint32Array(poolWordsInitial);
  private poolUsed = 0;
  private states: S[] = [];
  count = 0;
  /** Bytes accounted to the entries so far (their words and bookkeeping; not the states' own size). */
  bytes = 0;

  constructor(equal: (a: S, b: S) => boolean, bytesMax: number) {
    this.equal = equal;
    this.bytesMax = bytesMax;
  }

  /**
   * Adds (set, state) unless present; `key` (30 bits, see smallHashMask)
   * combines set.hash and the state's hash. Returns 'added', 'present', or 'full' when adding would
   * pass bytesMax.
   */
  insert(key: number, set: OpSet, state: S): 'added' | 'present' | 'full' {
    const lo = set.lo;
    const doneLen = set.hi > lo ? set.hi - lo : 0;
    const table = this.table;
    const mask = (table.length >>> 1) - 1;
    let slot = mix32(key) & mask;
    for (;;) {
      const e = table[2 * slot + 1]! - 1;
      if (e < 0) break;
      if (table[2 * slot] === key && this.sameWords(this.offsets[e]!, set, lo, doneLen) && this.equal(this.states[e]!, state)) return 'present';
      slot = (slot + 1) & mask;
    }
    const pendingLen = set.words.length - set.doneWords;
    const size = entryHeaderWords + doneLen + pendingLen;
    const entryBytes = (doneLen + pendingLen) * 4 + entryOverheadBytes;
    if (this.bytes + entryBytes > this.bytesMax) return 'full';
    const e = this.count++;
    if (e === this.offsets.length) {
      const offsets = new Uint32Array(this.offsets.length * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    if (this.poolUsed + size > this.pool.length) this.growPool(this.poolUsed + size);
    const offset = this.poolUsed;
    const pool = this.pool;
    const words = set.words;
    pool[offset] = lo;
    pool[offset + 1] = doneLen;
    // Word loops, not set(subarray()): windows are a few words, and a view per insert costs more than the copy.
    let p = offset + entryHeaderWords;
    for (let k = 0; k < doneLen; k++) pool[p++] = words[lo + k]!;
    for (let w = set.doneWords; w < words.length; w++) pool[p++] = words[w]!;
    this.poolUsed += size;
    this.offsets[e] = offset;
    this.states.push(state);
    this.bytes += entryBytes;
    table[2 * slot] = key;
    table[2 * slot + 1] = e + 1;
    if (this.count * 2 > mask + 1) this.growTable();
    return 'added';
  }

  private sameWords(offset: number, set: OpSet, lo: number, doneLen: number): boolean {
    const pool = this.pool;
    if (pool[offset] !== lo || pool[offset + 1] !== doneLen) return false;
    const words = set.words;
    let p = offset + entryHeaderWords;
    for (let k = 0; k < doneLen; k++, p++) if (pool[p] !== words[lo + k]) return false;
    for (let w = set.doneWords; w < words.length; w++, p++) if (pool[p] !== words[w]) return false;
    return true;
  }

  private growPool(needed: number): void {
    let length = this.pool.length * 2;
    while (length < needed) length *= 2;
    const pool = new Uint32Array(length);
    pool.set(this.pool.subarray(0, this.poolUsed));
    this.pool = pool;
  }

  private growTable(): void {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = (table.length >>> 1) - 1;
    for (let s = 0; s < old.length; s += 2) {
      if (old[s + 1] === 0) continue;
      let slot = mix32(old[s]!) & mask;
      while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = old[s]!;
      table[2 * slot + 1] = old[s + 1]!;
    }
    this.table = table;
  }
}
