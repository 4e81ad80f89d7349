/**
 * Appends records to the WAL's current segment and rolls to a new one when
 * it is full. Segments are preallocated by writing zeros (not fallocate:
 * blocks that were written once need no extent conversion on overwrite, so
 * fdatasync has no metadata to flush; see docs/contributors/storage.md);
 * the next one is prepared in the background while the current one fills.
 *
 * One caller at a time (the store's commit loop and its segment release are
 * serialized by the store).
 */
import { join } from 'node:path';

import type { HardState, Index, Term } from '../raft/types.js';
import { ioFailed } from './errors.js';
import type { StorageIo } from './io.js';
import type { SegmentInfo } from './recovery.js';
import { encodeRecord, encodeSegmentHeader, recordBytes, segmentFileName, type SegmentHeader, type WalOp } from './wal-format.js';

export type SyncTarget = 'wal' | 'segment' | 'directory' | 'hardState' | 'snapshot';
export type TimedSync = (target: SyncTarget, p: Promise<void>) => Promise<void>;

/** Zero-fill writes while preparing a segment are this large. */
const zeroFillChunkBytes = 1024 * 1024;

interface CurrentSegment {
  readonly fd: number;
  readonly path: string;
  readonly header: SegmentHeader;
  /** Where the next record goes. */
  offset: number;
  /** CRC of the last record (the header's if none): the next record's seed. */
  chainCrc: number;
}

export interface WalPosition {
  readonly walLastIndex: Index;
  readonly walLastTerm: Term;
  readonly walHardState: HardState | undefined;
}

export class WalWriter {
  private readonly segments: SegmentInfo[];
  private current: CurrentSegment;
  // Invariant: the last index, its term, and the last hard state that
  // replaying every record written so far gives.
  private lastIndex: number;
  private lastTerm: number;
  private hardState: HardState | undefined;
  /** Records written to the current segment since its last fdatasync. */
  private dirty = false;
  private spare: Promise<string> | undefined;
  private spareSeq = 0;

  private constructor(
    private readonly io: StorageIo,
    private readonly walDir: string,
    private readonly segmentBytes: number,
    private readonly timedSync: TimedSync,
    private readonly counters: { segmentsCreated: number; segmentsDeleted: number },
    segments: SegmentInfo[],
    current: CurrentSegment,
    pos: WalPosition,
  ) {
    this.segments = segments;
    this.current = current;
    this.lastIndex = pos.walLastIndex;
    this.lastTerm = pos.walLastTerm;
    this.hardState = pos.walHardState;
  }

  /** Continues the last of `segments` at `writeOffset`. */
  static async resume(
    io: StorageIo,
    walDir: string,
    segmentBytes: number,
    timedSync: TimedSync,
    counters: { segmentsCreated: number; segmentsDeleted: number },
    segments: SegmentInfo[],
    tail: { header: SegmentHeader; writeOffset: number; chainCrc: number },
    pos: WalPosition,
  ): Promise<WalWriter> {
    const last = segments.at(-1)!;
    let fd: number;
    try {
      fd = await io.open(last.path, 'r+');
    } catch (e) {
      throw ioFailed('open', last.path, e);
    }
    const current = { fd, path: last.path, header: tail.header, offset: tail.writeOffset, chainCrc: tail.chainCrc };
    return new WalWriter(io, walDir, segmentBytes, timedSync, counters, [...segments], current, pos);
  }

  /** A new WAL: the first segment, for entries from index 1. */
  static async create(
    io: StorageIo,
    walDir: string,
    segmentBytes: number,
    timedSync: TimedSync,
    counters: { segmentsCreated: number; segmentsDeleted: number },
  ): Promise<WalWriter> {
    const placeholder = { fd: -1, path: '', header: { seq: 0, firstIndex: 1 as Index, prevTerm: 0 as Term, segmentBytes }, offset: 0, chainCrc: 0 };
    const w = new WalWriter(io, walDir, segmentBytes, timedSync, counters, [], placeholder, { walLastIndex: 0 as Index, walLastTerm: 0 as Term, walHardState: undefined });
    await w.installSegment(1);
    return w;
  }

  position(): WalPosition {
    return { walLastIndex: this.lastIndex as Index, walLastTerm: this.lastTerm as Term, walHardState: this.hardState };
  }

  segmentList(): readonly SegmentInfo[] {
    return this.segments;
  }

  /** Starts preparing the next segment in the background (errors surface when it is needed). */
  prepareNext(): void {
    if (this.spare) return;
    const p = this.prepareSpare();
    p.catch(() => undefined); // observed when taken
    this.spare = p;
  }

  /** Resolves when the next segment's preparation (if any) has finished. */
  async spareSettled(): Promise<void> {
    if (this.spare) await this.spare.catch(() => undefined);
  }

  /**
   * Writes the records for `ops`, rolling to new segments as they fill, and
   * returns once all of them are durable (fdatasync). Returns the bytes written.
   */
  async appendAndSync(ops: readonly WalOp[]): Promise<number> {
    let written = 0;
    let i = 0;
    while (i < ops.length) {
      const room = this.current.header.segmentBytes - this.current.offset;
      let bytes = 0;
      let j = i;
      while (j < ops.length) {
        const n = recordBytes(ops[j]!);
        if (bytes + n > room) break;
        bytes += n;
        j++;
      }
      if (j === i) {
        await this.roll();
        continue;
      }
      const buf = Buffer.allocUnsafe(bytes);
      let o = 0;
      let crc = this.current.chainCrc;
      for (let k = i; k < j; k++) {
        const op = ops[k]!;
        crc = encodeRecord(buf, o, op, crc);
        o += recordBytes(op);
        this.track(op);
      }
      const at = this.current.offset;
      try {
        await this.io.write(this.current.fd, buf, at);
      } catch (e) {
        throw ioFailed('write', this.current.path, e, at);
      }
      this.current.offset += bytes;
      this.current.chainCrc = crc;
      this.dirty = true;
      written += bytes;
      i = j;
    }
    await this.syncCurrent();
    return written;
  }

  /**
   * Deletes the segments whose every entry is at or below `index` (covered
   * by a durable snapshot), oldest first so that what remains is always a
   * contiguous run; never the current one. Returns how many were deleted.
   */
  async releaseThrough(index: number): Promise<number> {
    let deleted = 0;
    // Segment k's entries all precede segment k+1's first index.
    while (this.segments.length > 1 && this.segments[1]!.firstIndex - 1 <= index) {
      const victim = this.segments[0]!;
      try {
        await this.io.unlink(victim.path);
        await this.timedSync('directory', this.io.syncDirectory(this.walDir));
      } catch (e) {
        throw ioFailed('unlink', victim.path, e);
      }
      this.segments.shift();
      this.counters.segmentsDeleted++;
      deleted++;
    }
    return deleted;
  }

  async close(): Promise<void> {
    const spare = this.spare;
    this.spare = undefined;
    const sparePath = spare ? await spare.catch(() => undefined) : undefined;
    if (sparePath) await this.io.unlink(sparePath).catch(() => undefined);
    if (this.current.fd >= 0) {
      const fd = this.current.fd;
      this.current = { ...this.current, fd: -1 };
      await this.io.close(fd).catch(() => undefined);
    }
  }

  private track(op: WalOp): void {
    switch (op.kind) {
      case 'entry':
        this.lastIndex = op.entry.index;
        this.lastTerm = op.entry.term;
        break;
      case 'truncate':
        this.lastIndex = op.lastKeptIndex;
        this.lastTerm = op.lastKeptTerm;
        break;
      case 'snapshot':
        this.lastIndex = op.index;
        this.lastTerm = op.term;
        break;
      case 'hardState':
        this.hardState = op.hardState;
        break;
    }
  }

  private async syncCurrent(): Promise<void> {
    if (!this.dirty) return;
    try {
      await this.timedSync('wal', this.io.fdatasync(this.current.fd));
    } catch (e) {
      throw ioFailed('fdatasync', this.current.path, e);
    }
    this.dirty = false;
  }

  /**
   * Closes the current segment (durable first: a torn record may only ever
   * be in the last segment) and continues in a new one.
   */
  private async roll(): Promise<void> {
    await this.syncCurrent();
    const old = this.current;
    await this.installSegment(old.header.seq + 1);
    await this.io.close(old.fd).catch(() => undefined);
  }

  /**
   * Makes segment `seq` the current one: a prepared zero-filled file gets its
   * header (and the current hard state as its first record, so the newest
   * segments always say the hard state even after older ones are deleted),
   * is made durable, then renamed into place, then the directory is synced.
   */
  private async installSegment(seq: number): Promise<void> {
    const tmp = await this.takeSpare();
    const header: SegmentHeader = { seq, firstIndex: (this.lastIndex + 1) as Index, prevTerm: this.lastTerm as Term, segmentBytes: this.segmentBytes };
    const h = encodeSegmentHeader(header);
    let bytes = h.bytes;
    let chainCrc = h.crc;
    if (this.hardState) {
      const op: WalOp = { kind: 'hardState', hardState: this.hardState };
      const rec = Buffer.alloc(recordBytes(op));
      chainCrc = encodeRecord(rec, 0, op, chainCrc);
      bytes = Buffer.concat([h.bytes, rec]);
    }
    const path = join(this.walDir, segmentFileName(seq, header.firstIndex));
    let fd: number;
    try {
      fd = await this.io.open(tmp, 'r+');
    } catch (e) {
      throw ioFailed('open', tmp, e);
    }
    try {
      await this.io.write(fd, bytes, 0);
      await this.timedSync('segment', this.io.fdatasync(fd));
      await this.io.rename(tmp, path);
      await this.timedSync('directory', this.io.syncDirectory(this.walDir));
    } catch (e) {
      await this.io.close(fd).catch(() => undefined);
      throw ioFailed('create segment', path, e);
    }
    this.current = { fd, path, header, offset: bytes.length, chainCrc };
    this.segments.push({ seq, firstIndex: header.firstIndex, path });
    this.counters.segmentsCreated++;
    this.prepareNext();
  }

  private async takeSpare(): Promise<string> {
    const pending = this.spare ?? this.prepareSpare();
    this.spare = undefined;
    try {
      return await pending;
    } catch {
      // The background attempt failed (perhaps transiently); one more, in line.
      return this.prepareSpare();
    }
  }

  /** A zero-filled file of segmentBytes, durable, under a temporary name (removed by recovery if left over). */
  private async prepareSpare(): Promise<string> {
    const path = join(this.walDir, `spare-${++this.spareSeq}.wal.tmp`);
    let fd: number;
    try {
      fd = await this.io.open(path, 'w');
    } catch (e) {
      throw ioFailed('create', path, e);
    }
    try {
      const zeros = Buffer.alloc(Math.min(zeroFillChunkBytes, this.segmentBytes));
      for (let o = 0; o < this.segmentBytes; o += zeros.length) {
        await this.io.write(fd, zeros.subarray(0, Math.min(zeros.length, this.segmentBytes - o)), o);
      }
      await this.timedSync('segment', this.io.fsync(fd));
    } catch (e) {
      await this.io.close(fd).catch(() => undefined);
      await this.io.unlink(path).catch(() => undefined);
      throw ioFailed('preallocate', path, e);
    }
    await this.io.close(fd);
    return path;
  }
}
