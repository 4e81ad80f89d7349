import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Readable } from 'node:stream';

import { runCli } from '../../src/cli/main.js';
import { repoRoot } from './fixtures.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (fast; for most CLI tests). */
export async function runTessera(args: string[], opts: { stdin?: Buffer | string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (c: string | Uint8Array) => (stdout += typeof c === 'string' ? c : Buffer.from(c).toString()) },
    stderr: { write: (c: string | Uint8Array) => (stderr += typeof c === 'string' ? c : Buffer.from(c).toString()) },
    stdin: Readable.from(opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)]),
    env: opts.env ?? process.env,
    cwd: opts.cwd ?? process.cwd(),
  });
  return { code, stdout, stderr };
}

/** Runs the built `tessera` binary as a real process (needs `npm run build:ts`). */
export function spawnTessera(args: string[], opts: { input?: Buffer | string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [join(repoRoot, 'bin', 'tessera.js'), ...args], {
    input: opts.input,
    env: opts.env ?? process.env,
    cwd: opts.cwd ?? repoRoot,
    encoding: 'utf8',
  });
  return { code: r.status ?? 1, stdout: r.stdout, stderr: r.stderr };
}
