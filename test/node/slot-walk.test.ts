/**
 * `tessera slot-walk` over two composed organisms in one process: A (3
 * seats) spans two demo upstreams; B (3 seats) spans A through A's public
 * surface, so B's driver subscribes to A. slot-walk asks A then B for a key
 * and names the last that committed it.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrganismCommittee } from '../../src/demo/committee.js';
import type { NodeId } from '../../src/raft/index.js';
import { DemoUpstream, demoUpstreamIdentity, startSurfaceServer, type RunningSurface } from '../../src/surface/index.js';
import type { WalkResult } from '../../src/cli/commands/slot-walk.js';
import { spanned, until } from '../driver/helpers.js';
import { runTessera } from '../helpers/cli.js';
import { InMemoryNetwork } from './memory-transport.js';

const idA = demoUpstreamIdentity('pipeline-a', 'test');
const idB = demoUpstreamIdentity('pipeline-b', 'test');
const cleanup: (() => Promise<void> | void)[] = [];
let alpha: DemoUpstream;
let beta: DemoUpstream;
let orgA: OrganismCommittee;
let orgB: OrganismCommittee;
let surfaceA: RunningSurface;
let surfaceB: RunningSurface;
/** The seat of B whose surface is served (kept running when B loses its quorum). */
const servedB = 3;

const host = { intervalMs: 20, driver: { backoff: { baseMs: 20, capMs: 100, darkAfterAttempts: 3 }, connectTimeoutMs: 1000 } };

function publish(slot: number): void {
  alpha.publishSlot(slot);
  beta.publishSlot(slot);
}

/** A port nothing listens on. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as { port: number }).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

async function walk(args: string[]): Promise<{ code: number; result: WalkResult; stderr: string }> {
  const r = await runTessera(['slot-walk', '--json', '--timeout-ms', '3000', ...args]);
  return { code: r.code, result: JSON.parse(r.stdout) as WalkResult, stderr: r.stderr };
}

beforeAll(async () => {
  alpha = await DemoUpstream.start({ name: 'alpha', slotMs: 50 });
  cleanup.push(() => alpha.close());
  beta = await DemoUpstream.start({ name: 'beta', slotMs: 50 });
  cleanup.push(() => beta.close());
  const netA = new InMemoryNetwork();
  orgA = await OrganismCommittee.start({
    identity: idA,
    members: [spanned('alpha', alpha.identity, [alpha.endpoint]), spanned('beta', beta.identity, [beta.endpoint])],
    policy: 'stall',
    deadlineMs: 300,
    seats: 3,
    raft: { electionTimeoutTicks: 100, heartbeatIntervalTicks: 1 },
    transport: (id: NodeId) => netA.transport(id),
    host,
  });
  cleanup.push(() => orgA.stop());
  surfaceA = await startSurfaceServer(orgA.seat(1).host);
  cleanup.push(() => surfaceA.close());
  const netB = new InMemoryNetwork();
  orgB = await OrganismCommittee.start({
    identity: idB,
    members: [spanned('pipeline-a', idA, [surfaceA.endpoint])],
    policy: 'stall',
    deadlineMs: 300,
    seats: 3,
    raft: { electionTimeoutTicks: 100, heartbeatIntervalTicks: 1 },
    transport: (id: NodeId) => netB.transport(id),
    host,
  });
  cleanup.push(() => orgB.stop());
  surfaceB = await startSurfaceServer(orgB.seat(servedB).host);
  cleanup.push(() => surfaceB.close());
});

afterAll(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

describe('tessera slot-walk: B spans A', () => {
  it('names the last organism that committed a key, and whether B cites A\'s fact', async () => {
    for (let s = 1000; s < 1004; s++) publish(s);
    await until(() => orgB.seat(servedB).machine.get('1003') !== undefined, 'B to commit slot 1003', 20_000);
    const a = `A=${idA.fingerprint}@${surfaceA.endpoint}`;
    const b = `B=${idB.fingerprint}@${surfaceB.endpoint}`;

    const r = await walk(['--key', '1002', a, b]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.result.lastCommitted).toBe('B');
    const [stepA, stepB] = r.result.steps;
    expect(stepA).toMatchObject({ organism: 'A', state: 'committed', pinned: true, servedName: 'pipeline-a', fact: { sequence: 3, status: 'complete' } });
    expect(stepB).toMatchObject({ organism: 'B', state: 'committed', pinned: true, servedName: 'pipeline-b', fact: { status: 'complete', cites: { organism: 'A', sequence: 3, matches: true } } });
    expect(stepB!.fact!.appliedAtMs).toBeGreaterThanOrEqual(stepA!.fact!.appliedAtMs);

    // The human form names the last too.
    const human = await runTessera(['slot-walk', '--key', '1002', a, b]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^key 1002\n/);
    expect(human.stdout).toMatch(/B .* committed #\d+ complete at .*, cites A #3\n/);
    expect(human.stdout).toMatch(/last committed by: B \(the end of the pipeline\)\n$/);

    // Without fingerprints: discovered with Status, marked not pinned; a dead first endpoint is skipped.
    const dead = `127.0.0.1:${await deadPort()}`;
    const discovered = await walk(['--key', '1002', `A=${dead},${surfaceA.endpoint}`, `B=${surfaceB.endpoint}`]);
    expect(discovered.code).toBe(0);
    expect(discovered.result.steps.map((s) => [s.state, s.pinned, s.endpoint])).toEqual([
      ['committed', false, surfaceA.endpoint],
      ['committed', false, surfaceB.endpoint],
    ]);
    expect(discovered.result.steps[1]!.fingerprint).toBe(idB.fingerprint);

    // A key nobody committed: exit 3, none.
    const none = await walk(['--key', '987654', a, b]);
    expect(none.code).toBe(3);
    expect(none.result.lastCommitted).toBeUndefined();
    expect(none.result.steps.map((s) => s.state)).toEqual(['not-committed', 'not-committed']);

    // Wrong fingerprint: refused (exit 1) naming the mismatch; unreachable: exit 4.
    const wrong = await walk(['--key', '1002', a, `B=${idA.fingerprint}@${surfaceB.endpoint}`]);
    expect(wrong.code).toBe(1);
    expect(wrong.result.steps[1]).toMatchObject({ state: 'refused', error: { code: 'SURFACE_FINGERPRINT_MISMATCH' } });
    const gone = await walk(['--key', '1002', a, `B=${idB.fingerprint}@${dead}`]);
    expect(gone.code).toBe(4);
    expect(gone.result.steps[1]!.state).toBe('unreachable');
    expect(gone.result.lastCommitted).toBe('A');

    // B loses its quorum (two seats stop): A goes on, B's served seat answers stale, without the new slot.
    for (const id of [1, 2, 3]) if (id !== servedB) await orgB.stopSeat(id);
    publish(1004);
    await until(() => orgA.seat(1).machine.get('1004') !== undefined, 'A to commit slot 1004');
    const stuck = await walk(['--key', '1004', a, b]);
    expect(stuck.code).toBe(3);
    expect(stuck.result.lastCommitted).toBe('A');
    expect(stuck.result.steps[1]).toMatchObject({ state: 'not-committed' });
    const stuckHuman = await runTessera(['slot-walk', '--key', '1004', a, b]);
    expect(stuckHuman.stdout).toMatch(/last committed by: A\n$/);
  });

  it('refuses bad arguments with exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['slot-walk', 'A=127.0.0.1:1'], /--key K is required/],
      [['slot-walk', '--key', '1'], /missing argument/],
      [['slot-walk', '--key', '1', 'nohost'], /expected ORGANISM=/],
      [['slot-walk', '--key', '1', 'A=abc@127.0.0.1:1'], /64 lowercase hex digits/],
      [['slot-walk', '--key', '1', 'A=127.0.0.1'], /endpoint must be host:port/],
      [['slot-walk', '--key', '1', 'A=127.0.0.1:1', 'A=127.0.0.1:2'], /listed twice/],
      [['slot-walk', '--key', 'x'.repeat(257), 'A=127.0.0.1:1'], /at most 256/],
    ];
    for (const [args, message] of cases) {
      const r = await runTessera(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });
});
