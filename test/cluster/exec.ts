/** Runs a system command (ip, mount, losetup) synchronously; throws naming the command and its stderr. */
import { spawnSync } from 'node:child_process';

export function sh(cmd: string, args: readonly string[], opts: { allowFail?: boolean; input?: string } = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 30_000, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  const code = r.status ?? -1;
  if (code !== 0 && opts.allowFail !== true) {
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${code}`}): ${(r.stderr ?? '').trim()}`);
  }
  return { code, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

export function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}
