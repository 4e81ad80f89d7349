import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, describe, expect, it } from 'vitest';

import { TesseraError } from '../../src/common/errors.js';
import { loadAddon } from '../../src/native/index.js';
import { SdNotifier, sdNotifyStateBytesMax } from '../../src/ops/index.js';
import { repoRoot } from '../helpers/fixtures.js';

const RECEIVE_TIMEOUT_SECONDS = 5;

/**
 * A real unix datagram socket bound by test/helpers/sdnotify_receiver.py.
 * `datagrams()` resolves with everything received, in order, once `count`
 * have arrived (or the receiver timed out).
 */
async function startReceiver(address: string, count: number): Promise<{ datagrams: () => Promise<string[]>; child: ChildProcess }> {
  const child = spawn('python3', [join(repoRoot, 'test', 'helpers', 'sdnotify_receiver.py'), address, String(count), String(RECEIVE_TIMEOUT_SECONDS)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines: string[] = [];
  const rl = createInterface({ input: child.stdout! });
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  rl.on('line', (line) => {
    if (line === 'READY') onReady();
    else lines.push(JSON.parse(line) as string);
  });
  const exited = new Promise<void>((resolve) => child.on('close', () => resolve()));
  await Promise.race([ready, exited]);
  if (child.exitCode !== null) throw new Error(`sdnotify_receiver.py exited ${child.exitCode} before binding ${address}`);
  return {
    child,
    datagrams: async () => {
      await exited;
      return lines;
    },
  };
}

const children: ChildProcess[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null) c.kill();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempSocketPath(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tessera-sdnotify-'));
  dirs.push(dir);
  return join(dir, 'notify');
}

const monotonicUsecNow = (): bigint => process.hrtime.bigint() / 1000n; // CLOCK_MONOTONIC on Linux

describe('SdNotifier against a real unix datagram socket', () => {
  for (const kind of ['path', 'abstract'] as const) {
    it(`sends each notification as one datagram, in order, to a ${kind} NOTIFY_SOCKET`, async () => {
      const address = kind === 'path' ? tempSocketPath() : `@tessera-test-${process.pid}-${Date.now()}`;
      const rx = await startReceiver(address, 7);
      const errors: TesseraError[] = [];
      const n = new SdNotifier({ env: { NOTIFY_SOCKET: address }, onError: (e) => errors.push(e) });
      expect(n.enabled).toBe(true);
      expect(n.ready()).toEqual({ ok: true, value: 'sent' });
      expect(n.status('catching up\nfrom snapshot').ok).toBe(true);
      expect(n.watchdog().ok).toBe(true);
      const before = monotonicUsecNow();
      expect(n.reloading().ok).toBe(true);
      const after = monotonicUsecNow();
      expect(n.extendTimeout(5_000_000).ok).toBe(true);
      expect(n.ready('serving').ok).toBe(true);
      expect(n.stopping().ok).toBe(true);
      const got = await rx.datagrams();
      expect(errors).toEqual([]);
      expect(got).toHaveLength(7);
      expect(got[0]).toBe('READY=1');
      expect(got[1]).toBe('STATUS=catching up from snapshot');
      expect(got[2]).toBe('WATCHDOG=1');
      const m = /^RELOADING=1\nMONOTONIC_USEC=(\d+)$/.exec(got[3] ?? '');
      expect(m, got[3]).not.toBeNull();
      const usec = BigInt(m?.[1] ?? '0');
      expect(usec >= before && usec <= after, `${usec} in [${before}, ${after}]`).toBe(true);
      expect(got.slice(4)).toEqual(['EXTEND_TIMEOUT_USEC=5000000', 'READY=1\nSTATUS=serving', 'STOPPING=1']);
    });
  }

  it('sends a raw multi-line state as given', async () => {
    const address = tempSocketPath();
    const rx = await startReceiver(address, 1);
    const n = new SdNotifier({ env: { NOTIFY_SOCKET: address } });
    expect(n.notify('STATUS=x\nMAINPID=1\n').ok).toBe(true);
    expect(await rx.datagrams()).toEqual(['STATUS=x\nMAINPID=1\n']);
  });
});

describe('SdNotifier without systemd and on failures', () => {
  it('is a silent no-op when NOTIFY_SOCKET is unset', () => {
    const errors: unknown[] = [];
    const n = new SdNotifier({ env: {}, onError: (e) => errors.push(e) });
    expect(n.enabled).toBe(false);
    for (const r of [n.ready(), n.status('x'), n.watchdog(), n.stopping(), n.reloading(), n.extendTimeout(1), n.notify('anything')]) {
      expect(r).toEqual({ ok: true, value: 'disabled' });
    }
    expect(errors).toEqual([]);
  });

  it('returns send failures and reports them to onError, never throwing', () => {
    const errors: [TesseraError, string][] = [];
    const n = new SdNotifier({ env: { NOTIFY_SOCKET: '/nonexistent-tessera/notify' }, onError: (e, s) => errors.push([e, s]) });
    const r = n.ready();
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(TesseraError);
    expect(r.error.code).toBe('SDNOTIFY_SEND_FAILED');
    expect(r.error.message).toMatch(/\/nonexistent-tessera\/notify.*ENOENT/);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.[1]).toBe('READY=1');
    // Nobody bound to this abstract name.
    const r2 = new SdNotifier({ env: { NOTIFY_SOCKET: `@tessera-nobody-${process.pid}` } }).watchdog();
    expect(!r2.ok && r2.error.message).toMatch(/ECONNREFUSED/);
  });

  it('refuses bad addresses and states with coded errors', () => {
    const code = (r: ReturnType<SdNotifier['notify']>): string => (r.ok ? 'ok' : r.error.code);
    expect(code(new SdNotifier({ env: { NOTIFY_SOCKET: 'vsock:2:1234' } }).ready())).toBe('SDNOTIFY_BAD_SOCKET');
    expect(code(new SdNotifier({ env: { NOTIFY_SOCKET: '' } }).ready())).toBe('SDNOTIFY_BAD_SOCKET');
    expect(code(new SdNotifier({ env: { NOTIFY_SOCKET: '/' + 'x'.repeat(200) } }).ready())).toBe('SDNOTIFY_BAD_SOCKET');
    const n = new SdNotifier({ env: { NOTIFY_SOCKET: '/tmp/unused' } });
    expect(code(n.notify('READY'))).toBe('SDNOTIFY_BAD_STATE');
    expect(code(n.notify(''))).toBe('SDNOTIFY_BAD_STATE');
    expect(code(n.status('a\0b'))).toBe('SDNOTIFY_BAD_STATE');
    const big = n.status('x'.repeat(sdNotifyStateBytesMax));
    expect(!big.ok && big.error.message).toMatch(/over the limit of 4096/);
    expect(code(n.extendTimeout(-1))).toBe('ERR_OUT_OF_RANGE');
    expect(code(n.extendTimeout(1.5))).toBe('ERR_OUT_OF_RANGE');
    expect(code(n.extendTimeout(Number.NaN))).toBe('ERR_OUT_OF_RANGE');
  });

  it('survives an onError handler that throws', () => {
    const n = new SdNotifier({
      env: { NOTIFY_SOCKET: '/nonexistent-tessera/notify' },
      onError: () => {
        throw new Error('handler bug');
      },
    });
    expect(n.watchdog().ok).toBe(false);
  });

  it('raises clear errors for wrong argument types at the binding', () => {
    const native = loadAddon() as { sdNotify: (a: unknown, b: unknown) => void };
    expect(() => native.sdNotify(1, 'READY=1')).toThrow("sdNotify: argument 'socket' must be a string");
    expect(() => native.sdNotify('/tmp/x', undefined)).toThrow("sdNotify: argument 'state' must be a string");
  });
});

describe('SdNotifier.watchdogIntervalUsec (sd_watchdog_enabled semantics)', () => {
  const interval = (env: NodeJS.ProcessEnv, pid = 4242) => new SdNotifier({ env, pid }).watchdogIntervalUsec();

  it('reads WATCHDOG_USEC, honouring WATCHDOG_PID', () => {
    expect(interval({})).toEqual({ ok: true, value: undefined });
    expect(interval({ WATCHDOG_USEC: '30000000' })).toEqual({ ok: true, value: 30_000_000 });
    expect(interval({ WATCHDOG_USEC: '30000000', WATCHDOG_PID: '4242' })).toEqual({ ok: true, value: 30_000_000 });
    expect(interval({ WATCHDOG_USEC: '30000000', WATCHDOG_PID: '4243' })).toEqual({ ok: true, value: undefined });
  });

  it('reports malformed values', () => {
    for (const env of [{ WATCHDOG_USEC: '0' }, { WATCHDOG_USEC: 'abc' }, { WATCHDOG_USEC: '-5' }, { WATCHDOG_USEC: '99999999999999999999' }, { WATCHDOG_USEC: '10', WATCHDOG_PID: 'x' }, { WATCHDOG_USEC: '10', WATCHDOG_PID: '0' }]) {
      const r = interval(env);
      expect(r.ok, JSON.stringify(env)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('SDNOTIFY_BAD_WATCHDOG_ENV');
    }
  });
});
