/**
 * A real full disk: the store on a small tmpfs. Mounting needs root with
 * CAP_SYS_ADMIN; without it the suite is skipped and says why (injected
 * ENOSPC/EIO on every path is covered in durable.test.ts either way).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import type { Index } from '../../src/raft/types.js';
import { DurableLogStore } from '../../src/storage/index.js';
import { ent, hs } from './conformance.js';

const mountPoint = mkdtempSync(join(tmpdir(), 'tessera-enospc-'));
const mounted = process.getuid?.() === 0 && spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mountPoint]).status === 0;

afterAll(() => {
  if (mounted) spawnSync('umount', [mountPoint]);
  rmSync(mountPoint, { recursive: true, force: true });
});

const title = mounted ? 'a full disk (256 KiB tmpfs)' : `a full disk [skipped: cannot mount a tmpfs at ${mountPoint} (needs root with CAP_SYS_ADMIN)]`;

describe.skipIf(!mounted)(title, () => {
  it('fails the store with ENOSPC named, and every acknowledged entry is there after reopen', async () => {
    const dir = join(mountPoint, 'seat');
    const s = await DurableLogStore.open({ dir, segmentBytes: 32 * 1024 });
    let acknowledged = 0;
    let failure: (Error & { code?: string; details?: { errno?: string } }) | undefined;
    for (let n = 1; n <= 1000 && !failure; n++) {
      try {
        await s.save({ entries: [ent(n, 1, new Uint8Array(1024).fill(n & 0xff))], hardState: hs(1, 1, n) });
        acknowledged = n;
      } catch (e) {
        failure = e as typeof failure;
      }
    }
    expect(failure?.code).toBe('STORAGE_IO_FAILED');
    expect(failure?.details?.errno).toBe('ENOSPC');
    expect(s.failed).toBeDefined();
    expect(acknowledged).toBeGreaterThan(50);
    await s.close();
    const r = await DurableLogStore.open({ dir, segmentBytes: 32 * 1024 });
    expect(r.lastIndex()).toBeGreaterThanOrEqual(acknowledged);
    const got = r.entries(1 as Index, (acknowledged + 1) as Index, Infinity);
    expect(got.map((e) => e.data[0])).toEqual(Array.from({ length: acknowledged }, (_, k) => (k + 1) & 0xff));
    await r.close();
  });
});
