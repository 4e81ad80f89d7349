import { assert } from '../common/errors.js';
import type { Index } from './types.js';

/**
 * The MsgApp a leader has sent to one follower and not yet seen
 * acknowledged, as (last index, payload bytes) in a ring buffer. Sending
 * pauses when either bound is reached; an acknowledgement of index i frees
 * every message up to i.
 */
export class Inflights {
  private start = 0;
  /** Invariant: 0 <= count <= countMax. */
  private count_ = 0;
  /** Invariant: bytes_ === sum of sizes[] over the live slots. */
  private bytes_ = 0;
  private readonly indexes: number[] = [];
  private readonly sizes: number[] = [];

  constructor(
    readonly countMax: number,
    readonly bytesMax: number,
  ) {
    assert(countMax > 0 && bytesMax > 0, 'inflight bounds must be positive');
  }

  get count(): number {
    return this.count_;
  }

  get bytes(): number {
    return this.bytes_;
  }

  /** Records a message whose last entry is `last` (indexes only grow). */
  add(last: Index, bytes: number): void {
    assert(!this.full(), 'inflights: add while full');
    // The buffer grows lazily to countMax (most followers never need it all).
    let slot = this.start + this.count_;
    if (slot >= this.countMax) slot -= this.countMax;
    if (slot === this.indexes.length) {
      this.indexes.push(last);
      this.sizes.push(bytes);
    } else {
      this.indexes[slot] = last;
      this.sizes[slot] = bytes;
    }
    if (this.count_ > 0) {
      const prevSlot = slot === 0 ? this.countMax - 1 : slot - 1;
      assert(this.indexes[prevSlot]! < last, `inflights: ${last} added after ${this.indexes[prevSlot]}`);
    }
    this.count_++;
    this.bytes_ += bytes;
  }

  /** Frees every message whose last index is <= to. */
  freeLE(to: Index): void {
    while (this.count_ > 0 && this.indexes[this.start]! <= to) {
      this.bytes_ -= this.sizes[this.start]!;
      this.count_--;
      this.start++;
      if (this.start === this.countMax) this.start = 0;
    }
    if (this.count_ === 0) this.start = 0;
  }

  /** Frees the oldest message (a heartbeat response showed the follower alive while the window was full). */
  freeFirstOne(): void {
    const first = this.count_ > 0 ? this.indexes[this.start]! : 0;
    if (this.count_ > 0) this.freeLE(first as Index);
  }

  full(): boolean {
    return this.count_ === this.countMax || this.bytes_ >= this.bytesMax;
  }

  reset(): void {
    this.start = 0;
    this.count_ = 0;
    this.bytes_ = 0;
  }

  /** The last index of the newest message in flight, or undefined. */
  newest(): number | undefined {
    if (this.count_ === 0) return undefined;
    let slot = this.start + this.count_ - 1;
    if (slot >= this.countMax) slot -= this.countMax;
    return this.indexes[slot];
  }

  checkInvariants(): void {
    assert(this.count_ >= 0 && this.count_ <= this.countMax, `inflights count ${this.count_} outside [0, ${this.countMax}]`);
    let bytes = 0;
    for (let k = 0; k < this.count_; k++) bytes += this.sizes[(this.start + k) % this.countMax]!;
    assert(bytes === this.bytes_, `inflights bytes ${this.bytes_} but slots hold ${bytes}`);
  }
}
