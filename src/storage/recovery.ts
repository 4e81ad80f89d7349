/**
 * Recovery: rebuilds a seat's durable state from its data directory, read
 * only (the store applies the repairs it reports). Order: the newest
 * snapshot, the hard state file, then every WAL segment in sequence.
 *
 * A torn tail in the last segment is reported for truncation; any other
 * damage throws (WAL_CORRUPT, HARDSTATE_CORRUPT, SNAPSHOT_CORRUPT,
 * SNAPSHOT_MISSING) naming the file and byte offset. Nothing is skipped and
 * existing data is never treated as a new seat.
 */
import fs from 'node:fs';
import { join } from 'node:path';

import { TesseraError } from '../common/errors.js';
import { emptyHardState, type Entry, type HardState, type Index, type Snapshot, type Term } from '../raft/types.js';
import { StorageErrorCodes, hardStateCorrupt, ioFailed, walCorrupt } from './errors.js';
import { hardStateFileName, hardStateTempName, readHardStateFile } from './hard-state-file.js';
import type { StorageLimits } from './limits.js';
import { listSnapshotFiles, readSnapshotFile, snapshotTempSuffix } from './snapshot-file.js';
import { parseSegmentFileName, type SegmentHeader, type WalOp } from './wal-format.js';
import { scanSegment, type TornTail } from './wal-scan.js';

export const walDirName = 'wal';
export const snapDirName = 'snap';

export interface SegmentInfo {
  readonly seq: number;
  readonly firstIndex: Index;
  readonly path: string;
}

export interface RecoveredState {
  /** Nothing was found: a new seat (the store creates the layout). */
  readonly isNew: boolean;
  readonly snapshot: Snapshot | undefined;
  readonly hardState: HardState;
  /** What the hard state file alone holds (undefined without one). */
  readonly fileHardState: HardState | undefined;
  /** The log: entries (compactedIndex, compactedIndex + entries.length], compactedIndex = the snapshot's index (0 without one). */
  readonly compactedIndex: Index;
  readonly compactedTerm: Term;
  readonly entries: Entry[];
  /** Segments, oldest first; the last is where appends continue. */
  readonly segments: SegmentInfo[];
  /** Where appends continue in the last segment. */
  readonly tail: { readonly header: SegmentHeader; readonly writeOffset: number; readonly chainCrc: number } | undefined;
  /** The WAL's own view (what replaying it gives), which the writer continues from. */
  readonly walLastIndex: Index;
  readonly walLastTerm: Term;
  readonly walHardState: HardState | undefined;
  /** The last segment ended in a torn record: zero bytes [offset, zeroTo) of `file`. */
  readonly tornTail: (TornTail & { readonly file: string }) | undefined;
  /**
   * The newest snapshot is ahead of the WAL (or its term differs there): the
   * log restarts after the snapshot and a snapshot record must be appended
   * so that the WAL says so too.
   */
  readonly logResetToSnapshot: boolean;
  /** Leftovers of interrupted writes (*.tmp), to remove. */
  readonly tempFiles: string[];
  readonly stats: { readonly segmentsRead: number; readonly recordsRead: number; readonly bytesRead: number };
}

/** Replays WAL ops into a log, checking that each follows from the ones before. */
class LogReplay {
  base = 0;
  baseTerm = 0;
  entries: Entry[] = [];
  hardState: { value: HardState; file: string; offset: number } | undefined;
  marker: { index: number; term: number; file: string; offset: number } | undefined;
  started = false;

  get lastIndex(): number {
    return this.base + this.entries.length;
  }

  termAt(i: number): number | undefined {
    if (i === this.base) return this.baseTerm;
    if (i > this.base && i <= this.lastIndex) return this.entries[i - this.base - 1]!.term;
    return undefined;
  }

  startSegment(h: SegmentHeader, file: string): void {
    if (!this.started) {
      this.started = true;
      this.base = h.firstIndex - 1;
      this.baseTerm = h.prevTerm;
      return;
    }
    if (h.firstIndex !== this.lastIndex + 1) {
      throw walCorrupt(file, 16, `segment starts at index ${h.firstIndex} but the segments before it end at index ${this.lastIndex}`);
    }
    if (h.prevTerm !== this.termAt(this.lastIndex)) {
      throw walCorrupt(file, 24, `segment header says entry ${this.lastIndex} has term ${h.prevTerm}, the segments before it say ${String(this.termAt(this.lastIndex))}`);
    }
  }

  apply(op: WalOp, file: string, offset: number): void {
    switch (op.kind) {
      case 'entry': {
        const e = op.entry;
        if (e.index !== this.lastIndex + 1) throw walCorrupt(file, offset, `entry index ${e.index} does not follow the last index ${this.lastIndex}`);
        const prev = this.termAt(this.lastIndex)!;
        if (e.term < prev) throw walCorrupt(file, offset, `entry ${e.index} has term ${e.term}, lower than the term ${prev} of the entry before it`);
        this.entries.push(e);
        return;
      }
      case 'truncate': {
        const k = op.lastKeptIndex;
        if (k < this.base || k >= this.lastIndex) throw walCorrupt(file, offset, `truncation after index ${k} is outside the log (${this.base}, ${this.lastIndex}]`);
        if (this.termAt(k) !== op.lastKeptTerm) throw walCorrupt(file, offset, `truncation says entry ${k} has term ${op.lastKeptTerm}, the log says ${String(this.termAt(k))}`);
        this.entries.length = k - this.base;
        return;
      }
      case 'snapshot': {
        if (this.marker && op.index <= this.marker.index) throw walCorrupt(file, offset, `snapshot record at index ${op.index} is not after the previous one at ${this.marker.index}`);
        this.marker = { index: op.index, term: op.term, file, offset };
        this.base = op.index;
        this.baseTerm = op.term;
        this.entries = [];
        return;
      }
      case 'hardState': {
        const prev = this.hardState?.value;
        const h = op.hardState;
        if (prev) {
          if (h.term < prev.term || (h.term === prev.term && prev.vote !== 0 && h.vote !== prev.vote) || h.commit < prev.commit) {
            throw walCorrupt(file, offset, `hard state (term ${h.term}, vote ${h.vote}, commit ${h.commit}) goes back from (term ${prev.term}, vote ${prev.vote}, commit ${prev.commit})`);
          }
        }
        this.hardState = { value: h, file, offset };
        return;
      }
    }
  }
}

/** True when the directory holds nothing of a seat (absent, or only empty wal/ and snap/ and temp files). */
function listDir(dir: string): string[] {
  try {
    return fs.readdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw ioFailed('list', dir, e);
  }
}

function readWhole(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw ioFailed('read', file, e);
  }
}

/** The later of two hard states (term, then vote set, then commit all only grow); throws if they contradict. */
function laterHardState(a: HardState, b: HardState, describe: () => string): HardState {
  if (a.term === b.term && a.vote !== 0 && b.vote !== 0 && a.vote !== b.vote) {
    throw new TesseraError(`hard state corrupt: ${describe()}: vote ${a.vote} and vote ${b.vote} in the same term ${a.term}`, StorageErrorCodes.HardStateCorrupt);
  }
  const key = (h: HardState): [number, number, number] => [h.term, h.vote !== 0 ? 1 : 0, h.commit];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i]! > kb[i]! ? a : b;
  return a;
}

export function recoverDataDir(dir: string, limits: StorageLimits): RecoveredState {
  const walDir = join(dir, walDirName);
  const snapDir = join(dir, snapDirName);
  const top = listDir(dir);
  const walNames = listDir(walDir);
  const snapNames = listDir(snapDir);
  const tempFiles = [
    ...(top.includes(hardStateTempName) ? [join(dir, hardStateTempName)] : []),
    ...walNames.filter((n) => n.endsWith('.tmp')).map((n) => join(walDir, n)),
    ...snapNames.filter((n) => n.endsWith(snapshotTempSuffix)).map((n) => join(snapDir, n)),
  ];

  const segmentNames = walNames.flatMap((name) => {
    const p = parseSegmentFileName(name);
    return p ? [{ ...p, name }] : [];
  });
  segmentNames.sort((a, b) => a.seq - b.seq);
  const snapFiles = snapNames.length > 0 ? listSnapshotFiles(snapDir) : [];
  const hasHardStateFile = top.includes(hardStateFileName);

  if (segmentNames.length === 0) {
    if (snapFiles.length > 0 || hasHardStateFile) {
      throw walCorrupt(walDir, 0, `no WAL segment, but ${hasHardStateFile ? join(dir, hardStateFileName) : join(snapDir, snapFiles[0]!.name)} exists: refusing to start a new log over existing data`);
    }
    return {
      isNew: true,
      snapshot: undefined,
      hardState: emptyHardState,
      fileHardState: undefined,
      compactedIndex: 0 as Index,
      compactedTerm: 0 as Term,
      entries: [],
      segments: [],
      tail: undefined,
      walLastIndex: 0 as Index,
      walLastTerm: 0 as Term,
      walHardState: undefined,
      tornTail: undefined,
      logResetToSnapshot: false,
      tempFiles,
      stats: { segmentsRead: 0, recordsRead: 0, bytesRead: 0 },
    };
  }

  // 1. The newest snapshot (a damaged one stops recovery: segments it covers may be gone).
  const newestSnap = snapFiles.at(-1);
  const snapshot = newestSnap ? readSnapshotFile(snapDir, newestSnap, limits) : undefined;
  const s = snapshot?.metadata.index ?? 0;
  const t = snapshot?.metadata.term ?? 0;

  // 2. The hard state file.
  const fileHardState = readHardStateFile(dir);

  // 3. The segments, in sequence.
  const replay = new LogReplay();
  const segments: SegmentInfo[] = [];
  let recordsRead = 0;
  let bytesRead = 0;
  let tail: RecoveredState['tail'];
  let tornTail: RecoveredState['tornTail'];
  for (let i = 0; i < segmentNames.length; i++) {
    const seg = segmentNames[i]!;
    const file = join(walDir, seg.name);
    const prev = segmentNames[i - 1];
    if (prev && seg.seq !== prev.seq + 1) {
      throw walCorrupt(file, 0, `segment sequence ${seg.seq} follows ${prev.seq} (${join(walDir, prev.name)}): segments are missing`);
    }
    const bytes = readWhole(file);
    bytesRead += bytes.length;
    const isLast = i === segmentNames.length - 1;
    let started = false;
    const scan = scanSegment(file, bytes, isLast, (op, offset) => {
      if (!started) throw new Error('unreachable: records before the header');
      replay.apply(op, file, offset);
      recordsRead++;
    }, (header) => {
      if (header.seq !== seg.seq || header.firstIndex !== seg.firstIndex) {
        throw walCorrupt(file, 8, `header says seq ${header.seq}, first index ${header.firstIndex}; the file name says seq ${seg.seq}, first index ${seg.firstIndex}`);
      }
      replay.startSegment(header, file);
      started = true;
    });
    segments.push({ seq: seg.seq, firstIndex: seg.firstIndex as Index, path: file });
    if (isLast) {
      tail = { header: scan.header, writeOffset: scan.end, chainCrc: scan.lastCrc };
      if (scan.torn) tornTail = { ...scan.torn, file };
    }
  }

  // 4. Snapshot and log together.
  const firstFile = segments[0]!.path;
  if (replay.marker && replay.marker.index > s) {
    throw new TesseraError(
      `snapshot missing: ${replay.marker.file} at byte offset ${replay.marker.offset} records a snapshot at index ${replay.marker.index} (term ${replay.marker.term}), ` +
        `but the newest snapshot in ${snapDir} is at index ${s}`,
      StorageErrorCodes.SnapshotMissing,
      { file: replay.marker.file, offset: replay.marker.offset },
    );
  }
  if (replay.base > s) {
    throw walCorrupt(firstFile, 0, `the WAL starts after index ${replay.base} but the newest snapshot covers only up to index ${s}: entries ${s + 1}..${replay.base} are missing`);
  }
  const walLastIndex = replay.lastIndex;
  const walLastTerm = replay.termAt(walLastIndex)!;
  // The log continues after the snapshot if the WAL holds the snapshot's
  // last entry with the same term (log matching); otherwise the snapshot is
  // newer than the WAL (one received from the leader, durable just before a
  // crash) and, as when Raft installs it, the log restarts after it.
  const logMatches = walLastIndex >= s && replay.termAt(s) === t;
  const entries = logMatches ? replay.entries.slice(s - replay.base) : [];

  // 5. The hard state: the later of the file and the WAL's last record.
  let hardState = emptyHardState;
  const hardStateFile = join(dir, hardStateFileName);
  if (fileHardState) hardState = fileHardState;
  if (replay.hardState) {
    const w = replay.hardState;
    hardState = laterHardState(hardState, w.value, () => `${hardStateFile} and ${w.file} at byte offset ${w.offset}`);
  }
  // A snapshot holds only committed entries: its index is committed.
  if (hardState.commit < s) hardState = { ...hardState, commit: s as Index };
  const lastIndex = s + entries.length;
  if (hardState.commit > lastIndex) {
    const from = replay.hardState && replay.hardState.value.commit === hardState.commit ? `${replay.hardState.file} at byte offset ${replay.hardState.offset}` : hardStateFile;
    throw hardStateCorrupt(from, undefined, `commit index ${hardState.commit} is beyond the last log index ${lastIndex}`);
  }

  return {
    isNew: false,
    snapshot,
    hardState,
    fileHardState,
    compactedIndex: s as Index,
    compactedTerm: t as Term,
    entries,
    segments,
    tail,
    walLastIndex: walLastIndex as Index,
    walLastTerm: walLastTerm as Term,
    walHardState: replay.hardState?.value,
    tornTail,
    logResetToSnapshot: !logMatches,
    tempFiles,
    stats: { segmentsRead: segments.length, recordsRead, bytesRead },
  };
}
