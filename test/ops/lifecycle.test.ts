import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

import { ok, type Result } from '../../src/common/errors.js';
import { SdNotifier, SeatLifecycle, Watchdog, formatSeatStatus, type Notifier } from '../../src/ops/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Received {
  readonly data: string;
  readonly atMs: number;
}

const stopDatagram = 'TESSERA_TEST_END=1';
const receiverQuietSeconds = 20; // a safety net only: received() ends the receiver with stopDatagram

/**
 * A real AF_UNIX datagram socket (test/helpers/sdnotify_receiver.py).
 * received() (call it once the seat has exited) sends stopDatagram through a
 * real SdNotifier, which ends the receiver, and returns what arrived before it.
 */
async function startReceiver(): Promise<{ address: string; received: () => Promise<Received[]> }> {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-lifecycle-'));
  dirs.push(dir);
  const address = join(dir, 'notify');
  const child = spawn('python3', [join(repoRoot, 'test', 'helpers', 'sdnotify_receiver.py'), address, '100000', String(receiverQuietSeconds), stopDatagram], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const got: Received[] = [];
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line === 'READY') onReady();
    else got.push({ data: JSON.parse(line) as string, atMs: performance.now() });
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await Promise.race([ready, exited]);
  if (child.exitCode !== null) throw new Error('sdnotify_receiver.py exited before binding');
  return {
    address,
    received: async () => {
      const sent = new SdNotifier({ env: { NOTIFY_SOCKET: address } }).notify(stopDatagram);
      if (!sent.ok) throw sent.error;
      await exited;
      return got;
    },
  };
}

const childScript = join(repoRoot, 'dist', 'test', 'helpers', 'lifecycle-child.js');

/** Runs test/helpers/lifecycle-child.ts (built by `npm run build:ts`, which `npm test` runs first). */
function startSeat(env: Record<string, string>): { child: ChildProcess; lines: string[]; waitFor: (line: string) => Promise<void>; exit: Promise<number | null> } {
  const sources = [join(repoRoot, 'test', 'helpers', 'lifecycle-child.ts'), join(repoRoot, 'src', 'ops', 'lifecycle.ts'), join(repoRoot, 'src', 'ops', 'sdnotify.ts')];
  if (!existsSync(childScript) || sources.some((s) => statSync(childScript).mtimeMs < statSync(s).mtimeMs)) {
    throw new Error(`${childScript} is missing or older than its source: run \`npm run build:ts\``);
  }
  const child = spawn(process.execPath, [childScript], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const lines: string[] = [];
  const waiters: { line: string; resolve: () => void }[] = [];
  createInterface({ input: child.stdout! }).on('line', (line) => {
    lines.push(line);
    for (const w of waiters.filter((x) => x.line === line)) w.resolve();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    lines,
    exit,
    waitFor: (line) =>
      lines.includes(line)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiters.push({ line, resolve })),
            exit.then(() => {
              throw new Error(`seat exited before printing ${line}; it printed ${JSON.stringify(lines)}`);
            }),
          ]),
  };
}

const readyStatus = 'READY=1\nSTATUS=role=follower term=2 committed=17 members=3/3 up';
const leaderStatus = 'STATUS=role=leader term=3 committed=18 members=3/3 up';

describe('SeatLifecycle in a real process with NOTIFY_SOCKET', () => {
  it('sends READY=1 (with STATUS) only after storage and listener, then STATUS changes, STOPPING=1 on SIGTERM, drains, exits 0', async () => {
    const rx = await startReceiver();
    const seat = startSeat({ NOTIFY_SOCKET: rx.address });
    await seat.waitFor('ready');
    seat.child.kill('SIGTERM');
    expect(await seat.exit).toBe(0);
    expect(seat.lines).toEqual(['watchdog off', 'ready', 'drain-start', 'drain-done', 'exit 0']);
    expect((await rx.received()).map((r) => r.data)).toEqual([readyStatus, leaderStatus, 'STOPPING=1']);
  });

  it('pings WATCHDOG=1 at half WATCHDOG_USEC, and stops pinging while the event loop is blocked', async () => {
    const rx = await startReceiver();
    const seat = startSeat({ NOTIFY_SOCKET: rx.address, WATCHDOG_USEC: '200000', CHILD_BLOCK_AFTER_MS: '500', CHILD_BLOCK_MS: '1200' });
    await seat.waitFor('block-end');
    await new Promise((r) => setTimeout(r, 400));
    seat.child.kill('SIGTERM');
    expect(await seat.exit).toBe(0);
    const got = await rx.received();
    const data = got.map((r) => r.data);
    expect(seat.lines[0]).toBe('watchdog on');
    // Order: pings may come before READY, but READY precedes the leader STATUS, which precedes STOPPING.
    const nonPing = data.filter((d) => d !== 'WATCHDOG=1');
    expect(nonPing).toEqual([readyStatus, leaderStatus, 'STOPPING=1']);
    const pings = got.filter((r) => r.data === 'WATCHDOG=1').map((r) => r.atMs);
    expect(pings.length).toBeGreaterThanOrEqual(8);
    const gaps = pings.slice(1).map((t, i) => t - pings[i]!);
    // One gap spans the 1.2 s block; with the loop free, pings come about every 100 ms.
    expect(Math.max(...gaps)).toBeGreaterThan(1000);
    expect(gaps.filter((g) => g > 1000)).toHaveLength(1);
    const sorted = [...gaps].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    expect(median).toBeGreaterThan(50);
    expect(median).toBeLessThan(250);
  });

  it('sends no watchdog pings when WATCHDOG_PID names another process', async () => {
    const rx = await startReceiver();
    const seat = startSeat({ NOTIFY_SOCKET: rx.address, WATCHDOG_USEC: '200000', WATCHDOG_PID: '1' });
    await seat.waitFor('ready');
    await new Promise((r) => setTimeout(r, 300));
    seat.child.kill('SIGTERM');
    expect(await seat.exit).toBe(0);
    expect(seat.lines[0]).toBe('watchdog off');
    expect((await rx.received()).map((r) => r.data)).toEqual([readyStatus, leaderStatus, 'STOPPING=1']);
  });

  it('exits 1 when the drain outlasts its timeout, after STOPPING=1', async () => {
    const rx = await startReceiver();
    const seat = startSeat({ NOTIFY_SOCKET: rx.address, CHILD_DRAIN_MS: '10000', CHILD_DRAIN_TIMEOUT_MS: '300' });
    await seat.waitFor('ready');
    const t0 = performance.now();
    seat.child.kill('SIGTERM');
    expect(await seat.exit).toBe(1);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(seat.lines).toContain('drain-start');
    expect(seat.lines).not.toContain('drain-done');
    expect((await rx.received()).map((r) => r.data).at(-1)).toBe('STOPPING=1');
  });
});

/** An in-memory Notifier recording what would be sent. */
class RecordingNotifier implements Notifier {
  readonly sent: string[] = [];
  constructor(private readonly intervalUsec: number | undefined = undefined) {}
  private push(s: string): Result<'sent'> {
    this.sent.push(s);
    return ok('sent');
  }
  ready(status?: string) {
    return this.push(status === undefined ? 'READY=1' : `READY=1\nSTATUS=${status}`);
  }
  status(text: string) {
    return this.push(`STATUS=${text}`);
  }
  watchdog() {
    return this.push('WATCHDOG=1');
  }
  stopping() {
    return this.push('STOPPING=1');
  }
  extendTimeout(usec: number) {
    return this.push(`EXTEND_TIMEOUT_USEC=${usec}`);
  }
  watchdogIntervalUsec() {
    return ok(this.intervalUsec);
  }
}

describe('SeatLifecycle rules', () => {
  const status = { role: 'follower', term: 1, committedIndex: 5, members: 3, membersUp: 2 } as const;

  it('is not ready with storage alone or the listener alone, and sends READY=1 once', () => {
    for (const order of [['storage', 'listener'], ['listener', 'storage']] as const) {
      const n = new RecordingNotifier();
      const l = new SeatLifecycle({ notifier: n, drain: async () => {}, signals: new EventEmitter(), exit: () => {} });
      l.updateStatus(status);
      if (order[0] === 'storage') l.storageRecovered();
      else l.peerListenerUp();
      expect(n.sent).toEqual([]);
      expect(l.phase).toBe('starting');
      if (order[1] === 'storage') l.storageRecovered();
      else l.peerListenerUp();
      l.storageRecovered();
      l.peerListenerUp();
      expect(n.sent).toEqual([`READY=1\nSTATUS=${formatSeatStatus(status)}`]);
      expect(l.phase).toBe('ready');
    }
  });

  it('drains once on repeated SIGTERM, keeps the exit code, and stops listening for signals', async () => {
    const n = new RecordingNotifier();
    const signals = new EventEmitter();
    const exits: number[] = [];
    let drains = 0;
    const l = new SeatLifecycle({
      notifier: n,
      signals,
      exit: (c) => exits.push(c),
      drain: async () => {
        drains += 1;
        await new Promise((r) => setTimeout(r, 20));
      },
    });
    l.start();
    signals.emit('SIGTERM');
    signals.emit('SIGTERM');
    signals.emit('SIGINT');
    expect(await l.shutdown('test')).toBe(0);
    expect(drains).toBe(1);
    expect(exits).toEqual([0]);
    expect(n.sent).toEqual(['STOPPING=1']);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
    expect(l.phase).toBe('stopped');
  });

  it('exits 1 when the drain throws', async () => {
    const exits: number[] = [];
    const l = new SeatLifecycle({ notifier: new RecordingNotifier(), signals: new EventEmitter(), exit: (c) => exits.push(c), drain: () => Promise.reject(new Error('flush failed')) });
    expect(await l.shutdown('test')).toBe(1);
    expect(exits).toEqual([1]);
  });

  // Found by test/cluster (a full disk): a seat that stopped on its own exited 0, so Restart=on-failure left it down.
  it('exits 1 after a clean drain when the seat stops because it failed', async () => {
    const exits: number[] = [];
    const l = new SeatLifecycle({ notifier: new RecordingNotifier(), signals: new EventEmitter(), exit: (c) => exits.push(c), drain: async () => {} });
    expect(await l.shutdown('fatal', true)).toBe(1);
    expect(exits).toEqual([1]);
  });

  it('refuses a bad drain timeout or watchdog interval', () => {
    expect(() => new SeatLifecycle({ notifier: new RecordingNotifier(), drain: async () => {}, drainTimeoutMs: 0 })).toThrow(/drainTimeoutMs/);
    expect(() => new Watchdog({ notifier: new RecordingNotifier(), intervalUsec: 1000 })).toThrow(/at least/);
    expect(new Watchdog({ notifier: new RecordingNotifier(), intervalUsec: 30_000_000 }).pingIntervalMs).toBe(15_000);
  });
});
