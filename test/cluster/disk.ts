/**
 * Each seat's data directory on a small filesystem of its own, so the
 * harness can fill it (a full disk) and slow it down (a slow disk):
 *
 * - 'loop': an ext4 image (no reserved blocks: seats run as root) on a loop
 *   device. Full: a ballast file written until ENOSPC. Slow: the seat's
 *   process in a blkio (cgroup v1) group whose write IOPS on that loop
 *   device are throttled, so every WAL fsync waits on the block layer (a
 *   real slow device, not a paused process).
 * - 'tmpfs': a small tmpfs. Full as above; no slow disk.
 * - 'dir': a plain directory (not root): neither fault.
 */
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, join } from 'node:path';

import { isRoot, sh } from './exec.js';

const blkioRoot = '/sys/fs/cgroup/blkio';

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Removes blkio groups left by a harness process that no longer runs. */
export function removeStaleDiskGroups(): void {
  if (!existsSync(blkioRoot)) return;
  for (const name of readdirSync(blkioRoot)) {
    const m = /^tcl-(\d+)-/.exec(name);
    if (m !== null && !existsSync(`/proc/${m[1]}`)) sh('rmdir', [join(blkioRoot, name)], { allowFail: true });
  }
}

export type DiskKind = 'loop' | 'tmpfs' | 'dir';


export class SeatDisk {
  kind: DiskKind = 'dir';
  /** Why the full and slow disk faults are unavailable ('' when they are). */
  fullUnavailable = '';
  slowUnavailable = '';
  private loopDevice: string | undefined;
  private cgroup: string | undefined;
  private mounted = false;

  constructor(
    readonly mountPoint: string,
    readonly sizeMb: number,
  ) {}

  /** Where the seat keeps its state. */
  get dataDir(): string {
    return join(this.mountPoint, 'data');
  }

  private get ballast(): string {
    return join(this.mountPoint, 'ballast');
  }

  setup(): void {
    mkdirSync(this.mountPoint, { recursive: true });
    if (!isRoot()) {
      this.fullUnavailable = this.slowUnavailable = 'mounting a small filesystem needs root';
    } else if (this.tryLoop()) {
      this.kind = 'loop';
    } else if (sh('mount', ['-t', 'tmpfs', '-o', `size=${this.sizeMb}m`, 'tmpfs', this.mountPoint], { allowFail: true }).code === 0) {
      this.kind = 'tmpfs';
      this.mounted = true;
      this.slowUnavailable = 'no loop device or blkio cgroup: the data directory is a tmpfs';
    } else {
      this.fullUnavailable = this.slowUnavailable = 'mount -t tmpfs was refused';
    }
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
  }

  private tryLoop(): boolean {
    if (!existsSync(join(blkioRoot, 'cgroup.procs'))) return false;
    const image = `${this.mountPoint}.img`;
    try {
      writeFileSync(image, '');
      sh('truncate', ['-s', `${this.sizeMb}M`, image]);
      const dev = sh('losetup', ['-f', '--show', image], { allowFail: true });
      if (dev.code !== 0) return false;
      this.loopDevice = dev.stdout.trim();
      sh('mkfs.ext4', ['-q', '-F', '-m', '0', this.loopDevice]);
      sh('mount', [this.loopDevice, this.mountPoint]);
      this.mounted = true;
      const cg = join(blkioRoot, `tcl-${process.pid}-${basename(this.mountPoint)}`);
      mkdirSync(cg, { recursive: true });
      this.cgroup = cg;
      return true;
    } catch {
      this.teardown();
      return false;
    }
  }

  /** Puts a (new) seat process in this disk's blkio group (no-op unless 'loop'). */
  adopt(pid: number): void {
    if (this.cgroup !== undefined) writeFileSync(join(this.cgroup, 'cgroup.procs'), String(pid));
  }

  /** Writes a ballast file until the filesystem is full. */
  fill(): void {
    if (this.fullUnavailable !== '') return;
    const fd = openSync(this.ballast, 'a');
    try {
      for (const chunk of [1 << 20, 1 << 12]) {
        const buf = Buffer.alloc(chunk, 0xa5);
        for (;;) {
          try {
            writeSync(fd, buf);
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code === 'ENOSPC') break;
            throw e;
          }
        }
      }
    } finally {
      closeSync(fd);
    }
  }

  unfill(): void {
    rmSync(this.ballast, { force: true });
  }

  /** Limits the seat's writes to this device to `iops` per second (fsyncs wait accordingly). */
  slow(iops: number): void {
    if (this.cgroup === undefined || this.loopDevice === undefined) return;
    writeFileSync(join(this.cgroup, 'blkio.throttle.write_iops_device'), `${this.deviceNumber()} ${iops}`);
  }

  unslow(): void {
    if (this.cgroup === undefined || this.loopDevice === undefined) return;
    writeFileSync(join(this.cgroup, 'blkio.throttle.write_iops_device'), `${this.deviceNumber()} 0`);
  }

  private deviceNumber(): string {
    return readFileSync(`/sys/block/${basename(this.loopDevice!)}/dev`, 'utf8').trim();
  }

  teardown(): void {
    if (this.mounted) {
      // A seat that was just killed may still hold the filesystem for a moment; lazy unmount as the last resort.
      let unmounted = false;
      for (let k = 0; k < 20 && !unmounted; k++) {
        unmounted = sh('umount', [this.mountPoint], { allowFail: true }).code === 0;
        if (!unmounted) sleepSync(100);
      }
      if (!unmounted) sh('umount', ['-l', this.mountPoint], { allowFail: true });
      this.mounted = false;
    }
    if (this.loopDevice !== undefined) {
      sh('losetup', ['-d', this.loopDevice], { allowFail: true });
      this.loopDevice = undefined;
    }
    if (this.cgroup !== undefined) {
      // A group still holding a process cannot be removed: give exiting seats a moment.
      for (let k = 0; k < 20 && existsSync(this.cgroup); k++) {
        if (sh('rmdir', [this.cgroup], { allowFail: true }).code !== 0) sleepSync(100);
      }
      this.cgroup = undefined;
    }
    rmSync(`${this.mountPoint}.img`, { force: true });
  }
}
