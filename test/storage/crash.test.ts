/**
 * Kills a writing process (SIGKILL) at random moments and checks that a
 * reopened store holds every entry whose save had resolved, with its exact
 * data, and that nothing it holds is damaged. Runs against the compiled
 * store in dist/ (npm test compiles first; the suite compiles if dist is
 * missing or older than src/storage).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Index } from '../../src/raft/types.js';
import { DurableLogStore } from '../../src/storage/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const payload = (index: number): number[] => Array.from({ length: 40 + (index % 60) }, (_, k) => (index * 13 + k) & 0xff);

const root = mkdtempSync(join(tmpdir(), 'tessera-crash-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  const built = join(repoRoot, 'dist', 'src', 'storage', 'durable-log-store.js');
  const srcDir = join(repoRoot, 'src', 'storage');
  const newestSource = Math.max(...readdirSync(srcDir).map((n) => statSync(join(srcDir, n)).mtimeMs));
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource) {
    const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repoRoot, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`tsc failed:\n${r.stdout}${r.stderr}`);
  }
}, 180_000);

/** Runs the writer until it has acknowledged `acks` more entries, then kills it; returns the highest acknowledged index. */
function runAndKill(dir: string, acks: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(repoRoot, 'test', 'storage', 'crash-writer.mjs'), dir, '8'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buf = '';
    let err = '';
    let seen = 0;
    let highest = 0;
    let killed = false;
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buf += chunk;
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 1);
        const m = /^ack (\d+)$/.exec(line);
        if (!m) continue;
        highest = Math.max(highest, Number(m[1]));
        if (++seen >= acks && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(highest);
      else reject(new Error(`writer exited with ${String(code)} before it was killed: ${err}`));
    });
  });
}

describe('crash (SIGKILL) while writing', () => {
  it('every acknowledged entry survives, intact, across repeated kills', async () => {
    const dir = join(root, 'seat');
    let acknowledged = 0;
    for (let round = 0; round < 6; round++) {
      const acks = 50 + Math.floor(Math.random() * 400);
      const highest = await runAndKill(dir, acks);
      acknowledged = Math.max(acknowledged, highest);
      const s = await DurableLogStore.open({ dir, segmentBytes: 64 * 1024 });
      try {
        expect(s.lastIndex(), `round ${round}, killed after ${acks} acknowledgements (highest ${highest})`).toBeGreaterThanOrEqual(acknowledged);
        const got = s.entries(1 as Index, (s.lastIndex() + 1) as Index, Infinity);
        got.forEach((e, k) => {
          expect(e.index).toBe(k + 1);
          expect([...e.data]).toEqual(payload(e.index));
        });
        expect(s.initialState().hardState.term).toBe(round + 1);
        expect(s.initialState().hardState.commit).toBeLessThanOrEqual(s.lastIndex());
      } finally {
        await s.close();
      }
    }
  }, 120_000);
});
