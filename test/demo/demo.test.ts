/**
 * `npm run demo` headless: the real entry (dist/src/demo/main.js) as a
 * process for ~8 s, with the leader stopped half way; its last stdout line
 * is the JSON summary.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../helpers/fixtures.js';

const entry = join(repoRoot, 'dist', 'src', 'demo', 'main.js');

beforeAll(() => {
  // npm test builds dist first (its typecheck step); a lone vitest run may not have.
  if (!existsSync(entry)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'inherit' });
}, 120_000);

function runDemo(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const kill = setTimeout(() => child.kill('SIGKILL'), 40_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('npm run demo (headless)', () => {
  it('runs the committee for 8 s, survives a leader stop, and prints a JSON summary last', async () => {
    const r = await runDemo(['--duration', '8', '--json', '--slot-ms', '200', '--stop-leader-after', '4']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const last = r.stdout.trim().split('\n').pop()!;
    const s = JSON.parse(last) as {
      facts: { total: number; complete: number; degraded: number };
      slots: { alpha: number; beta: number };
      leader: number;
      leaderChanges: number;
      members: { name: string; lagSeconds: number | null; lagEvents: number }[];
      seats: { id: number; running: boolean }[];
      attestation: { seat: number; verified: boolean; simulated: boolean }[];
    };
    expect(s.facts.total).toBeGreaterThan(0);
    expect(s.facts.complete).toBeGreaterThan(0);
    expect(s.facts.complete + s.facts.degraded).toBe(s.facts.total);
    expect(s.slots.alpha).toBeGreaterThan(10);
    expect(s.slots.beta).toBeGreaterThan(10);
    // The leader was stopped at 4 s: a new one took over and facts went on.
    expect(s.leaderChanges).toBeGreaterThanOrEqual(1);
    expect(s.leader).toBeGreaterThan(0);
    expect(s.seats.filter((x) => !x.running)).toHaveLength(1);
    expect(s.members.map((m) => m.name)).toEqual(['alpha', 'beta']);
    for (const m of s.members) expect(m.lagSeconds).not.toBeNull();
    expect(s.attestation).toHaveLength(3);
    for (const a of s.attestation) expect(a).toMatchObject({ verified: true, simulated: true });
  }, 60_000);

  it('refuses a bad flag with exit code 2 and the usage', async () => {
    const r = await runDemo(['--policy', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--policy: expected degrade or stall/);
  });
});
