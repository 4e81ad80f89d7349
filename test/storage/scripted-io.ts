/**
 * A StorageIo over node:fs that tests can script: fail the n-th call of an
 * operation with an errno (ENOSPC, EIO), hold fdatasync until released, and
 * count calls.
 */
import { nodeStorageIo, type StorageIo } from '../../src/storage/index.js';

type Op = keyof StorageIo;

export class ScriptedIo implements StorageIo {
  readonly calls: Record<Op, number> = { open: 0, write: 0, fdatasync: 0, fsync: 0, close: 0, rename: 0, unlink: 0, syncDirectory: 0 };
  private failures: { op: Op; after: number; errno: string; pathIncludes: string | undefined }[] = [];
  private gate: { promise: Promise<void>; release: () => void } | undefined;
  private readonly fdPaths = new Map<number, string>();

  constructor(private readonly inner: StorageIo = nodeStorageIo) {}

  /** The next call of `op` after `after` more successful ones fails with `errno` (on a path containing `pathIncludes`, if given). */
  failNext(op: Op, errno: string, opts: { after?: number; pathIncludes?: string } = {}): void {
    this.failures.push({ op, after: opts.after ?? 0, errno, pathIncludes: opts.pathIncludes });
  }

  /** fdatasync calls wait until release() is called. */
  holdSyncs(): () => void {
    let release!: () => void;
    const promise = new Promise<void>((r) => (release = r));
    this.gate = { promise, release };
    return () => {
      this.gate = undefined;
      release();
    };
  }

  private check(op: Op, path: string | undefined): void {
    this.calls[op]++;
    const f = this.failures.find((x) => x.op === op && (x.pathIncludes === undefined || (path ?? '').includes(x.pathIncludes)));
    if (!f) return;
    if (f.after > 0) {
      f.after--;
      return;
    }
    this.failures.splice(this.failures.indexOf(f), 1);
    throw Object.assign(new Error(`${f.errno}: injected failure of ${op}`), { code: f.errno });
  }

  async open(path: string, flags: string): Promise<number> {
    this.check('open', path);
    const fd = await this.inner.open(path, flags);
    this.fdPaths.set(fd, path);
    return fd;
  }
  async write(fd: number, data: Uint8Array, position: number): Promise<void> {
    this.check('write', this.fdPaths.get(fd));
    await this.inner.write(fd, data, position);
  }
  async fdatasync(fd: number): Promise<void> {
    if (this.gate) await this.gate.promise;
    this.check('fdatasync', this.fdPaths.get(fd));
    await this.inner.fdatasync(fd);
  }
  async fsync(fd: number): Promise<void> {
    this.check('fsync', this.fdPaths.get(fd));
    await this.inner.fsync(fd);
  }
  async close(fd: number): Promise<void> {
    this.calls.close++;
    this.fdPaths.delete(fd);
    await this.inner.close(fd);
  }
  async rename(from: string, to: string): Promise<void> {
    this.check('rename', to);
    await this.inner.rename(from, to);
  }
  async unlink(path: string): Promise<void> {
    this.check('unlink', path);
    await this.inner.unlink(path);
  }
  async syncDirectory(path: string): Promise<void> {
    this.check('syncDirectory', path);
    await this.inner.syncDirectory(path);
  }
}
