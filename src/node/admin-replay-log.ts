/**
 * The remote admin replay log: `<data_dir>/admin-replay.log`, one line per
 * accepted signed request (`<timestamp ms> <replay id hex>`), appended and
 * fsynced before the request runs. A restarted seat loads it, so a request
 * captured before the restart is still refused as replayed for the rest of
 * its skew window. It holds only hashes of operator name and nonce, nothing
 * secret. The verifier rewrites it (temp file, fsync, rename) at start and
 * whenever the appended lines outgrow the live ones, so it stays at most a
 * few times the requests of one skew window.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { TesseraError } from '../common/errors.js';
import type { ReplayStore, SeenRequest } from './admin-auth.js';

export const adminReplayLogName = 'admin-replay.log';

const linePattern = /^(\d{1,16}) ([0-9a-f]{64})$/;

export class FileReplayStore implements ReplayStore {
  private fd: number | undefined;

  constructor(readonly path: string) {}

  /**
   * Entries of the file. A torn last line (a crash mid-append: the request
   * it would record never ran) is skipped; any other unreadable line means
   * the file is not ours, and the seat refuses to guess.
   */
  load(): SeenRequest[] {
    if (!existsSync(this.path)) return [];
    const lines = readFileSync(this.path, 'utf8').split('\n');
    const out: SeenRequest[] = [];
    lines.forEach((line, i) => {
      if (line === '') return;
      const m = linePattern.exec(line);
      if (m === null) {
        if (i === lines.length - 1) return; // torn tail: no newline after it
        throw new TesseraError(`${this.path} line ${i + 1} is not "<timestamp ms> <64 hex>": move the file away if it is not the seat's replay log`, 'ADMIN_REPLAY_LOG_FAILED', { path: this.path, line: i + 1 });
      }
      out.push({ timestampMs: Number(m[1]), id: m[2]! });
    });
    return out;
  }

  record(entry: SeenRequest): void {
    const fd = this.open();
    writeSync(fd, `${entry.timestampMs} ${entry.id}\n`);
    fsyncSync(fd);
  }

  rewrite(entries: readonly SeenRequest[]): void {
    this.close();
    const tmp = `${this.path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, entries.map((e) => `${e.timestampMs} ${e.id}\n`).join(''));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.path);
    // The rename is durable once the directory is.
    const dir = openSync(dirname(this.path), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    this.fd ??= openSync(this.path, 'a', 0o600);
    return this.fd;
  }
}
