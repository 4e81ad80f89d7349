/**
 * examples/integrator-client.ts, the client docs/integrators points to:
 *  - built by tsc and run as a process against `npm run demo` (headless, a
 *    real process, surface on a fixed free port): it binds, receives facts,
 *    and a second run resumes by sequence from its checkpoint;
 *  - in-process against an organism committee: the retirement marker ends
 *    it with the successor named; a wrong fingerprint is refused (exit 3).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runIntegratorClient } from '../../examples/integrator-client.js';
import { OrganismCommittee } from '../../src/demo/committee.js';
import type { NodeId } from '../../src/raft/index.js';
import { DemoUpstream, SurfaceClient, demoUpstreamIdentity, startSurfaceServer } from '../../src/surface/index.js';
import { spanned, until } from '../driver/helpers.js';
import { repoRoot } from '../helpers/fixtures.js';
import { InMemoryNetwork } from '../node/memory-transport.js';

const example = join(repoRoot, 'dist', 'examples', 'integrator-client.js');
const demo = join(repoRoot, 'dist', 'src', 'demo', 'main.js');
const cleanup: (() => Promise<void> | void)[] = [];
let dir: string;

beforeAll(() => {
  // npm test builds dist first (its typecheck step); a lone vitest run may not have.
  if (!existsSync(example) || !existsSync(demo)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'tessera-client-'));
}, 120_000);

afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
  rmSync(dir, { recursive: true, force: true });
});

async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

interface Event {
  event: string;
  sequence?: number;
  resumeFrom?: number;
  nextSequence?: number;
  lastSequence?: number;
  replacement?: { fingerprint: string; endpoints: string[] } | null;
}

function runExample(args: string[]): Promise<{ code: number | null; events: Event[]; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [example, ...args, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const kill = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('close', (code) => {
      clearTimeout(kill);
      resolve({ code, events: stdout.trim().split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as Event), stderr });
    });
  });
}

const sequences = (events: Event[]) => events.filter((e) => e.event === 'fact').map((e) => e.sequence);

describe('the integrator client example', () => {
  it('runs against npm run demo (headless): binds, receives facts, and resumes by sequence from its checkpoint', async () => {
    const port = await freePort();
    const endpoint = `127.0.0.1:${port}`;
    const fingerprint = demoUpstreamIdentity('demo-pipeline', 'v1').fingerprint;
    const child: ChildProcess = spawn(process.execPath, [demo, '--duration', '40', '--json', '--slot-ms', '100', '--surface', endpoint], { stdio: ['ignore', 'pipe', 'pipe'] });
    let demoErr = '';
    child.stderr!.on('data', (d: Buffer) => (demoErr += d.toString()));
    cleanup.push(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    // Wait until the demo's surface answers and has a few facts.
    const probe = new SurfaceClient(endpoint, fingerprint, { callTimeoutMs: 1000 });
    try {
      const deadline = Date.now() + 30_000;
      for (;;) {
        const last = await probe.status().then((s) => s.lastSequence, () => 0);
        if (last >= 3) break;
        if (Date.now() > deadline) throw new Error(`the demo's surface at ${endpoint} did not serve 3 facts in 30 s; stderr: ${demoErr}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    } finally {
      probe.close();
    }
    const checkpoint = join(dir, 'demo.seq');

    const first = await runExample(['--endpoint', endpoint, '--fingerprint', fingerprint, '--checkpoint', checkpoint, '--count', '5']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.events[0]).toMatchObject({ event: 'bound', resumeFrom: 1 });
    expect(sequences(first.events)).toEqual([1, 2, 3, 4, 5]);
    expect(first.events[first.events.length - 1]).toMatchObject({ event: 'stopped', nextSequence: 6 });
    expect(readFileSync(checkpoint, 'utf8').trim()).toBe('5');

    const second = await runExample(['--endpoint', endpoint, '--fingerprint', fingerprint, '--checkpoint', checkpoint, '--count', '3']);
    expect(second.code).toBe(0);
    expect(second.events[0]).toMatchObject({ event: 'bound', resumeFrom: 6 });
    expect(sequences(second.events)).toEqual([6, 7, 8]);
    expect(readFileSync(checkpoint, 'utf8').trim()).toBe('8');

    // Another organism's fingerprint is refused by the demo: exit 3, nothing read.
    const wrong = await runExample(['--endpoint', endpoint, '--fingerprint', demoUpstreamIdentity('demo-pipeline', 'v2').fingerprint, '--count', '1']);
    expect(wrong.code).toBe(3);
    expect(wrong.events).toEqual([expect.objectContaining({ event: 'wrong-organism' })]);
    child.kill('SIGTERM');
  });

  it('ends with the retirement marker and names the successor (in-process committee)', async () => {
    const identity = demoUpstreamIdentity('example-org', 'v1');
    const successor = demoUpstreamIdentity('example-org-2', 'v1').fingerprint;
    const a = await DemoUpstream.start({ name: 'alpha', slotMs: 50 });
    cleanup.push(() => a.close());
    const b = await DemoUpstream.start({ name: 'beta', slotMs: 50 });
    cleanup.push(() => b.close());
    const network = new InMemoryNetwork();
    const committee = await OrganismCommittee.start({
      identity,
      members: [spanned('alpha', a.identity, [a.endpoint]), spanned('beta', b.identity, [b.endpoint])],
      policy: 'stall',
      deadlineMs: 300,
      seats: 3,
    raft: { electionTimeoutTicks: 100, heartbeatIntervalTicks: 1 },
      transport: (id: NodeId) => network.transport(id),
      host: { intervalMs: 20 },
    });
    cleanup.push(() => committee.stop());
    const surface = await startSurfaceServer(committee.seat(2).host);
    cleanup.push(() => surface.close());
    for (let s = 100; s < 110; s++) {
      a.publishSlot(s);
      b.publishSlot(s);
    }
    await until(() => committee.seat(2).machine.lastSequence() === 10, '10 facts on the served seat', 20_000);
    const checkpoint = join(dir, 'org.seq');
    const lines: string[] = [];
    const out = { write: (l: string) => void lines.push(l) };
    const args = ['--endpoint', surface.endpoint, '--fingerprint', identity.fingerprint, '--checkpoint', checkpoint, '--json'];
    expect(await runIntegratorClient([...args, '--count', '4'], out)).toBe(0);
    await committee.leader()!.host.retire({ effectiveAt: Date.now(), replacement: { fingerprint: successor, endpoints: ['127.0.0.1:7402'] } });
    lines.length = 0;
    expect(await runIntegratorClient(args, out)).toBe(0);
    const events = lines.map((l) => JSON.parse(l) as Event);
    expect(events[0]).toMatchObject({ event: 'bound', resumeFrom: 5 });
    expect(sequences(events)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(events[events.length - 1]).toEqual({ event: 'retired', effectiveAt: expect.any(Number), lastSequence: 10, replacement: { fingerprint: successor, endpoints: ['127.0.0.1:7402'] } });
    // Usage errors: exit 2.
    expect(await runIntegratorClient(['--endpoint', surface.endpoint], out)).toBe(2);
  });
});
