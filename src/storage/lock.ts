/**
 * One store per data directory: a LOCK file holding the owner's pid,
 * created exclusively. A lock left by a process that is gone is taken over;
 * within one process a registry refuses a second open of the same directory
 * (a pid check alone cannot tell, e.g. a seat running as pid 1 in a
 * container finds its own pid in a lock left by its previous life).
 */
import fs from 'node:fs';
import { join, resolve } from 'node:path';

import { TesseraError } from '../common/errors.js';
import { StorageErrorCodes, ioFailed } from './errors.js';

export const lockFileName = 'LOCK';

const heldHere = new Set<string>();

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DirectoryLock {
  private released = false;

  private constructor(readonly dir: string) {}

  static acquire(dir: string): DirectoryLock {
    const key = resolve(dir);
    if (heldHere.has(key)) throw new TesseraError(`data directory ${dir} is already open in this process`, StorageErrorCodes.Locked, { dir });
    const file = join(dir, lockFileName);
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = fs.openSync(file, 'wx', 0o600);
        try {
          fs.writeSync(fd, `${process.pid}\n`);
        } finally {
          fs.closeSync(fd);
        }
        heldHere.add(key);
        return new DirectoryLock(key);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw ioFailed('create', file, e);
      }
      let owner = Number.NaN;
      try {
        owner = Number.parseInt(fs.readFileSync(file, 'utf8').trim(), 10);
      } catch {
        // Unreadable or vanished: treat as stale.
      }
      if (Number.isSafeInteger(owner) && owner > 0 && owner !== process.pid && processAlive(owner)) {
        throw new TesseraError(`data directory ${dir} is locked by process ${owner} (${file})`, StorageErrorCodes.Locked, { dir, pid: owner });
      }
      try {
        fs.unlinkSync(file);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw ioFailed('unlink', file, e);
      }
    }
    throw new TesseraError(`data directory ${dir}: could not take ${file}`, StorageErrorCodes.Locked, { dir });
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    heldHere.delete(this.dir);
    try {
      fs.unlinkSync(join(this.dir, lockFileName));
    } catch {
      // Already gone: nothing to release.
    }
  }
}
