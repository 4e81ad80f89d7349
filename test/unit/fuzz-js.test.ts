import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import { ByteMutator } from '../fuzz/mutator.js';
import { Rng } from '../sim/rng.js';
import { configTarget } from '../fuzz/targets/seat-config.js';
import { encodeDataDir, walRecoveryTarget } from '../fuzz/targets/wal-recovery.js';
import { walSegmentTarget } from '../fuzz/targets/wal-segment.js';
import { buildHardState, buildSegment, entryOp, hardStateOp, withValidChecksums } from '../fuzz/targets/wal-build.js';
import { repoRoot } from '../helpers/fixtures.js';

// The TypeScript fuzz targets (scripts/fuzz.mjs runs them with the native
// ones; npm test runs a 10 s slice of each). These check the engine finds
// what it should, and that each target's checks pass on good input and fail
// on the defects they exist to catch.

const cli = join(repoRoot, 'dist', 'test', 'fuzz', 'cli.js');
const scratch = mkdtempSync(join(tmpdir(), 'tessera-fuzz-js-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// Asynchronous: a blocking spawnSync of a minute would starve vitest's worker RPC.
function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

describe('the TypeScript fuzzing engine', () => {
  it('mutates deterministically for a seed and keeps to the length bound', () => {
    const input = Buffer.from('0123456789abcdef');
    const a = new ByteMutator(new Rng(42), 24);
    const b = new ByteMutator(new Rng(42), 24);
    const c = new ByteMutator(new Rng(43), 24);
    const fromA = Array.from({ length: 200 }, () => Buffer.from(a.mutate(input, input)).toString('hex'));
    const fromB = Array.from({ length: 200 }, () => Buffer.from(b.mutate(input, input)).toString('hex'));
    const fromC = Array.from({ length: 200 }, () => Buffer.from(c.mutate(input, input)).toString('hex'));
    expect(fromA).toEqual(fromB);
    expect(fromA).not.toEqual(fromC);
    expect(new Set(fromA).size).toBeGreaterThan(150);
    for (const m of fromA) expect(m.length / 2).toBeLessThanOrEqual(24);
  });

  it('finds a planted three-byte condition by coverage, keeps the input, and replays it', async () => {
    const r = await runCli(['--target', 'js_selftest_magic', '--seconds', '120', '--seed', '5', '--fresh', '--json'], { TESSERA_FUZZ_SELFTEST: '1' });
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as { targets: { crashes: number; artifacts: string[]; replay: string; message: string }[] };
    const t = report.targets[0]!;
    expect(t.crashes).toBe(1);
    expect(t.message).toContain('planted defect reached');
    const input = readFileSync(join(repoRoot, t.artifacts[0]!));
    expect(input.subarray(0, 3).toString('latin1')).toBe('FUZ');
    const replay = await runCli(['--target', 'js_selftest_magic', '--replay', join(repoRoot, t.artifacts[0]!)], { TESSERA_FUZZ_SELFTEST: '1' });
    expect(replay.code).toBe(1);
    expect(replay.stdout).toContain('planted defect reached');
  }, 300_000);

  it('stops an input that hangs and reports it as a timeout', async () => {
    const r = await runCli(['--target', 'js_selftest_hang', '--seconds', '30', '--json'], { TESSERA_FUZZ_SELFTEST: '1', TESSERA_FUZZ_UNIT_TIMEOUT_MS: '1500' });
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout.trim().split('\n').pop()!) as { targets: { crashes: number; message: string; seconds: number }[] };
    expect(report.targets[0]!.message).toMatch(/timeout: one input ran over 1.5 s/);
    expect(report.targets[0]!.seconds).toBeLessThan(20);
  }, 120_000);

  it('refuses unknown targets and bad arguments with exit 2', async () => {
    expect((await runCli(['--target', 'js_nope'])).code).toBe(2);
    expect((await runCli(['--seconds', '0'])).code).toBe(2);
    expect((await runCli(['--replay', '/nonexistent'])).code).toBe(2);
  });
});

describe('js_wal_segment', () => {
  const ops = [entryOp(1, 1, 'a'), hardStateOp(1, 1, 1), entryOp(2, 2, 'bb')];

  it('passes every seed', () => {
    for (const s of walSegmentTarget.seeds()) walSegmentTarget.run(s);
  });

  it('passes damaged segments that recovery refuses cleanly', () => {
    const seg = buildSegment({ seq: 1, firstIndex: 1, prevTerm: 0, segmentBytes: 256, ops });
    for (let i = 0; i < seg.length; i += 7) {
      const d = Buffer.from(seg);
      d[i]! ^= 0x40;
      walSegmentTarget.run(d);
      walSegmentTarget.run(withValidChecksums(d));
    }
  });

  it('recomputes checksums so mutants reach the field checks', () => {
    const seg = buildSegment({ seq: 1, firstIndex: 1, prevTerm: 0, segmentBytes: 256, ops });
    const d = Buffer.from(seg);
    d[48] = 9; // the first record's type byte: unknown type
    const fixed = withValidChecksums(d);
    expect(fixed.readUInt32LE(36)).toBe(seg.readUInt32LE(36)); // header untouched
    expect(fixed.readUInt32LE(44)).not.toBe(seg.readUInt32LE(44)); // the damaged record's crc was redone
  });
});

describe('js_wal_recovery', () => {
  it('passes every seed and a directory cut at every length', () => {
    for (const s of walRecoveryTarget.seeds()) walRecoveryTarget.run(s);
    const dir = encodeDataDir([
      { kind: 0, bytes: buildSegment({ seq: 1, firstIndex: 1, prevTerm: 0, segmentBytes: 256, ops: [entryOp(1, 1, 'a'), hardStateOp(1, 1, 1)] }) },
      { kind: 1, bytes: buildHardState(1, 1, 1) },
    ]);
    for (let n = 0; n <= dir.length; n += 5) walRecoveryTarget.run(dir.subarray(0, n));
    walRecoveryTarget.close?.();
  });
});

describe('js_config', () => {
  it('passes every seed (the test configs and the example config)', () => {
    const seeds = configTarget.seeds();
    expect(seeds.length).toBeGreaterThanOrEqual(3);
    for (const s of seeds) configTarget.run(s);
  });

  it('checks that syntax errors carry a line of the file', () => {
    configTarget.run(Buffer.from('[organism]\nname = \n'));
    configTarget.run(Buffer.from('\u0001'));
  });

  it('is exercised through the CLI on a kept input', async () => {
    const file = join(scratch, 'config-input');
    writeFileSync(file, configTarget.seeds()[0]!);
    const r = await runCli(['--target', 'js_config', '--replay', file]);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('passes');
  });
});
