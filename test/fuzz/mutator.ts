/**
 * Byte-level mutations in the manner of libFuzzer's MutationDispatcher: bit
 * flips, interesting integers at random offsets (both endiannesses), range
 * erase / insert / duplicate / copy, dictionary words, and splicing with
 * another corpus entry. A mutation stacks one to four of them.
 */
import type { Rng } from '../sim/rng.js';

const interesting8 = [0, 1, 0x7f, 0x80, 0xff];
const interesting32 = [0, 1, 2, 8, 16, 40, 0x7f, 0x80, 0xff, 0x100, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xffffffff];

export class ByteMutator {
  constructor(
    private readonly rng: Rng,
    private readonly maxLen: number,
    private readonly dictionary: readonly Uint8Array[] = [],
  ) {}

  /** A mutated copy of `input`; `other` (another corpus entry) feeds splicing. */
  mutate(input: Uint8Array, other: Uint8Array | undefined): Uint8Array {
    let out: Uint8Array = Uint8Array.from(input);
    const n = 1 + this.rng.int(4);
    for (let i = 0; i < n; i++) out = this.once(out, other);
    return out.length > this.maxLen ? out.subarray(0, this.maxLen) : out;
  }

  private once(b: Uint8Array, other: Uint8Array | undefined): Uint8Array {
    const r = this.rng;
    const at = (len: number): number => r.int(len + 1);
    switch (r.int(11)) {
      case 0: // flip one bit
        if (b.length === 0) return this.insert(b, 0, Uint8Array.of(r.int(256)));
        b[r.int(b.length)]! ^= 1 << r.int(8);
        return b;
      case 1: // a random or interesting byte
        if (b.length === 0) return b;
        b[r.int(b.length)] = r.chance(0.5) ? r.int(256) : r.pick(interesting8);
        return b;
      case 2: // an interesting 32-bit integer (or its low bytes), either endianness
      case 3: {
        if (b.length === 0) return b;
        const width = r.pick([1, 2, 4, 8]);
        const v = r.chance(0.3) ? b.length + r.int(16) - 8 : r.pick(interesting32);
        const o = r.int(Math.max(1, b.length - width + 1));
        const le = r.chance(0.7);
        for (let k = 0; k < width && o + k < b.length; k++) {
          const shift = 8 * (le ? k : width - 1 - k);
          b[o + k] = shift >= 32 ? 0 : (v >>> shift) & 0xff;
        }
        return b;
      }
      case 4: { // erase a range
        if (b.length === 0) return b;
        const o = r.int(b.length);
        const len = 1 + r.int(Math.min(b.length - o, 64));
        return concat(b.subarray(0, o), b.subarray(o + len));
      }
      case 5: { // insert random bytes
        const len = 1 + r.int(16);
        const ins = new Uint8Array(len);
        for (let k = 0; k < len; k++) ins[k] = r.chance(0.5) ? 0 : r.int(256);
        return this.insert(b, at(b.length), ins);
      }
      case 6: { // duplicate a range
        if (b.length === 0) return b;
        const o = r.int(b.length);
        const len = 1 + r.int(Math.min(b.length - o, 128));
        return this.insert(b, at(b.length), b.slice(o, o + len));
      }
      case 7: { // copy a range over another place
        if (b.length < 2) return b;
        const from = r.int(b.length);
        const to = r.int(b.length);
        const len = 1 + r.int(Math.min(b.length - from, b.length - to, 64));
        b.copyWithin(to, from, from + len);
        return b;
      }
      case 8: // a dictionary word, inserted or overwritten
        if (this.dictionary.length === 0) return b;
        {
          const w = r.pick(this.dictionary);
          if (r.chance(0.5) || b.length < w.length) return this.insert(b, at(b.length), w);
          b.set(w, r.int(b.length - w.length + 1));
          return b;
        }
      case 9: { // splice: our head, the other's tail
        if (!other || other.length === 0) return b;
        return concat(b.subarray(0, at(b.length)), other.subarray(r.int(other.length)));
      }
      default: // truncate
        return b.subarray(0, r.int(b.length + 1));
    }
  }

  private insert(b: Uint8Array, o: number, ins: Uint8Array): Uint8Array {
    return concat(b.subarray(0, o), ins, b.subarray(o));
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const n = parts.reduce((s, p) => s + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
