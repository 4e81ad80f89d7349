import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TesseraError } from '../../src/common/errors.js';
import { demoUpstreamIdentity, SurfaceClient, type SubscribeEvent } from '../../src/surface/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const entry = join(repoRoot, 'dist', 'src', 'surface', 'upstream-main.js');

beforeAll(() => {
  // npm test builds dist first (its typecheck step); a lone vitest run may not have.
  if (!existsSync(entry)) spawnSync('npx', ['tsc', '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'inherit' });
}, 120_000);

const children: ChildProcessWithoutNullStreams[] = [];
const clients: SurfaceClient[] = [];
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
  for (const p of children.splice(0)) if (p.exitCode === null) p.kill('SIGKILL');
});

/** Starts the demo upstream process; `send` writes a command and resolves with its JSON answer. */
async function startUpstream(args: string[]) {
  const child = spawn(process.execPath, [entry, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  const lines = createInterface({ input: child.stdout });
  const queue: Record<string, unknown>[] = [];
  const waiters: ((v: Record<string, unknown>) => void)[] = [];
  lines.on('line', (l) => {
    const v = JSON.parse(l) as Record<string, unknown>;
    const w = waiters.shift();
    if (w) w(v);
    else queue.push(v);
  });
  const next = () => new Promise<Record<string, unknown>>((resolve) => (queue.length > 0 ? resolve(queue.shift()!) : waiters.push(resolve)));
  const ready = await next();
  const send = async (cmd: string) => {
    child.stdin.write(`${cmd}\n`);
    return next();
  };
  return { child, ready, send };
}

async function firstEvents(client: SurfaceClient, from: number, n: number): Promise<SubscribeEvent[]> {
  const out: SubscribeEvent[] = [];
  for await (const ev of client.subscribe(from)) {
    out.push(ev);
    if (out.length === n) break;
  }
  return out;
}

describe('demo upstream process', () => {
  it('publishes slot-clocked records, goes dark, compacts, presents another fingerprint, and stops on SIGTERM', async () => {
    const { child, ready, send } = await startUpstream(['--port', '0', '--fingerprint', 'v1', '--slot-ms', '40', '--name', 'alpha']);
    const id = demoUpstreamIdentity('alpha', 'v1');
    expect(ready).toMatchObject({ ready: true, fingerprint: id.fingerprint, stableId: id.stableId, contentHash: id.contentHash });
    const client = new SurfaceClient(ready.endpoint as string, id.fingerprint, { callTimeoutMs: 2000 });
    clients.push(client);

    // Slot-clocked: consecutive records are consecutive slots (the clock ticks four times a slot).
    const evs = await firstEvents(client, 1, 4);
    const slots = evs.map((e) => (e.kind === 'fact' ? Number(e.fact.key) : -1));
    expect(slots[0]).toBeGreaterThan(0);
    for (let i = 1; i < slots.length; i++) expect(slots[i]! - slots[i - 1]!).toBeGreaterThanOrEqual(1);
    expect(evs.map((e) => (e.kind === 'fact' ? e.fact.sequence : -1))).toEqual([1, 2, 3, 4]);

    expect(await send('dark')).toMatchObject({ ok: true, serving: false });
    const dark = await client.status().catch((e: unknown) => e as TesseraError);
    expect((dark as TesseraError).code).toBe('SURFACE_RPC_UNAVAILABLE');
    expect(await send('resume')).toMatchObject({ ok: true, serving: true });
    // Same port; a fresh channel (the old one sits in grpc's own reconnect backoff).
    client.close();
    const again = new SurfaceClient(ready.endpoint as string, id.fingerprint, { callTimeoutMs: 2000 });
    clients.push(again);
    expect((await again.status()).lastSequence).toBeGreaterThanOrEqual(4);

    expect(await send('compact 3')).toMatchObject({ ok: true, firstSequence: 3 });
    const compacted = await firstEvents(again, 1, 1).catch((e: unknown) => e as TesseraError);
    expect((compacted as TesseraError).code).toBe('SURFACE_SEQUENCE_COMPACTED');
    expect((compacted as TesseraError).details?.firstSequence).toBe(3);

    const v2 = await send('present v2');
    expect(v2).toMatchObject({ ok: true, fingerprint: demoUpstreamIdentity('alpha', 'v2').fingerprint });
    const refused = await again.get('1').catch((e: unknown) => e as TesseraError);
    expect((refused as TesseraError).code).toBe('SURFACE_FINGERPRINT_MISMATCH');

    expect(await send('bogus')).toMatchObject({ ok: false, code: 'DEMO_UPSTREAM_USAGE' });
    expect(await send('compact x')).toMatchObject({ ok: false, code: 'SURFACE_SOURCE_INVALID' });

    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad flag with exit 2', () => {
    const r = spawnSync(process.execPath, [entry, '--slot-ms', 'fast'], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--slot-ms: expected a non-negative integer/);
  });
});
