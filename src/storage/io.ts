/**
 * The asynchronous file operations the running store performs (appends,
 * syncs, renames, unlinks), behind one small interface so that tests can
 * inject failures (ENOSPC, EIO) at any of them. Recovery at startup reads
 * with synchronous node:fs calls directly: nothing else runs then.
 */
import fs from 'node:fs';
import { promisify } from 'node:util';

export interface StorageIo {
  /** Opens `path`; flags as node's fs.open ('r+', 'w', 'wx'). Returns a file descriptor. */
  open(path: string, flags: string): Promise<number>;
  /** Writes all of `data` at `position`. */
  write(fd: number, data: Uint8Array, position: number): Promise<void>;
  fdatasync(fd: number): Promise<void>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** fsync of a directory, so that entries created, renamed or removed in it are durable. */
  syncDirectory(path: string): Promise<void>;
}

const open = promisify(fs.open);
function write(fd: number, buf: Uint8Array, off: number, len: number, pos: number): Promise<number> {
  return new Promise((resolve, reject) => fs.write(fd, buf, off, len, pos, (e, n) => (e ? reject(e) : resolve(n))));
}
const fdatasync = promisify(fs.fdatasync);
const fsync = promisify(fs.fsync);
const close = promisify(fs.close);

export const nodeStorageIo: StorageIo = {
  open: (path, flags) => open(path, flags, 0o600),
  async write(fd, data, position) {
    let done = 0;
    while (done < data.length) {
      const n = await write(fd, data, done, data.length - done, position + done);
      // A zero-byte write would loop forever; the kernel only does that on a full device without an errno.
      if (n <= 0) throw Object.assign(new Error('write returned 0 bytes'), { code: 'ENOSPC' });
      done += n;
    }
  },
  fdatasync: (fd) => fdatasync(fd),
  fsync: (fd) => fsync(fd),
  close: (fd) => close(fd),
  rename: (from, to) => fs.promises.rename(from, to),
  unlink: (path) => fs.promises.unlink(path),
  async syncDirectory(path) {
    const fd = await open(path, 'r');
    try {
      await fsync(fd);
    } finally {
      await close(fd);
    }
  },
};
