// A bounded smoke of `npm run bench:replication` (bench/replication.ts):
// --smoke drives one client for one second against a 3-seat committee of
// real `tessera run` processes (and against etcd only if it is installed;
// the smoke installs nothing). It checks the harness end to end (cluster
// up, writes acknowledged, RSS read, JSON last line, processes and temp
// directory cleaned up) and asserts nothing about speed. Needs dist/ (npm
// test builds it first). About 10 s on an idle 2-core machine.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const benchJs = join(repoRoot, 'dist', 'bench', 'replication.js');

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [benchJs, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('bench:replication --smoke', () => {
  it('writes through a real committee, reports RSS and a JSON line last, and leaves nothing behind', async () => {
    expect(existsSync(benchJs), 'dist/bench/replication.js (run `npx tsc -p tsconfig.json`)').toBe(true);
    const r = await run(['--smoke', '--json']);
    expect(r.code, `${r.stdout}\n${r.stderr}`).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const last = JSON.parse(lines.at(-1)!) as {
      results: { tessera: Record<string, { writesPerSec: number; errors: number }>; etcd: Record<string, { errors: number }> | null; peakRssMb: { tessera: Record<string, number> } };
      ratios: Record<string, number | null>;
      targets: Record<string, { target: number; measured: number | null; met: boolean }>;
    };
    const one = last.results.tessera['1']!;
    expect(one.errors).toBe(0);
    expect(one.writesPerSec).toBeGreaterThan(0);
    const rss = Object.values(last.results.peakRssMb.tessera);
    expect(rss).toHaveLength(3);
    for (const mb of rss) expect(mb).toBeGreaterThan(0);
    expect(last.targets['seat_peak_rss_mb']).toBeDefined();
    if (last.results.etcd !== null) expect(last.results.etcd['1']!.errors).toBe(0);
    // The temporary directory (and with it every data dir) is gone.
    const dir = /tessera: starting 3 seats under (\S+)\/tessera/.exec(r.stdout)?.[1];
    expect(dir).toBeDefined();
    expect(existsSync(dir!)).toBe(false);
    // No process started for the run is still alive (each had the directory in its command line).
    const leftover = readdirSync('/proc')
      .filter((p) => /^\d+$/.test(p))
      .filter((p) => {
        try {
          return readFileSync(`/proc/${p}/cmdline`, 'utf8').includes(dir!);
        } catch {
          return false;
        }
      });
    expect(leftover).toEqual([]);
  }, 240_000);
});
