/**
 * `tessera run` as a real process (bounded slice of npm test): one founding
 * seat serves kv writes, `tessera status --json` reads it over the admin
 * socket, SIGTERM exits 0, a restart recovers from the WAL, a second process
 * on the same data directory is refused, and the sd_notify messages arrive
 * in order (READY, STATUS, STOPPING) on a real NOTIFY_SOCKET.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { Cluster, kvCall, kvClient, repoRoot, waitUntil, type SeatHandle } from './harness.js';

const enc = (s: string) => Buffer.from(s);

describe('tessera run: one founding seat', () => {
  let cluster: Cluster;
  let seat: SeatHandle;

  beforeAll(async () => {
    cluster = new Cluster();
    seat = await cluster.add({ name: 'solo', bootstrap: true });
  });
  afterAll(async () => {
    await cluster?.close();
  });

  it('serves kv writes once elected, reports itself in status --json and /readyz, and exits 0 on SIGTERM', async () => {
    seat.start();
    await seat.waitServing();
    const client = kvClient(seat.clientPort);
    const put = await waitUntil(async () => {
      const r = await kvCall(client, 'Put', { key: enc('k1'), value: enc('v1') });
      return r.ok ? r : undefined;
    }, 10_000, 'a put to succeed');
    expect(Number(put.value?.index)).toBeGreaterThan(1);
    const got = await kvCall(client, 'Get', { key: enc('k1') });
    expect(got.ok).toBe(true);
    expect(Buffer.from(got.value?.value as Uint8Array).toString()).toBe('v1');
    client.close();

    const st = seat.status();
    expect(st.code, st.stderr).toBe(0);
    expect(st.json?.role).toBe('Leader');
    expect(st.json?.leader).toBe(st.json?.id);
    expect(st.json?.members).toHaveLength(1);
    expect(st.json?.members[0]?.address).toBe(seat.peerAddress);
    expect(st.json?.members[0]?.keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(st.json!.committedIndex).toBeGreaterThanOrEqual(Number(put.value?.index));

    const table = seat.cli(['status', '--socket', seat.adminSocket]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/MEMBER\s+ROLE\s+ADDRESS/);
    expect(table.stdout).toContain('voter*');

    const ready = await fetch(`http://127.0.0.1:${seat.metricsPort}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${seat.metricsPort}/metrics`)).text();
    expect(metrics).toMatch(/^ittest_up\{[^}]*\} 1$/m);
    expect(metrics).toMatch(/^ittest_raft_leader_is_local\{[^}]*\} 1$/m);

    const exit = await seat.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(seat.lines.some((l) => l.msg === 'drained; exiting')).toBe(true);
  });

  it('recovers its writes from the WAL after kill -9 and a restart', async () => {
    seat.start();
    await seat.waitServing();
    const client = kvClient(seat.clientPort);
    await waitUntil(async () => ((await kvCall(client, 'Put', { key: enc('k2'), value: enc('v2') })).ok ? true : undefined), 10_000, 'a put');
    client.close();
    seat.kill('SIGKILL');
    expect((await seat.exit)?.signal).toBe('SIGKILL');

    seat.start();
    await seat.waitServing();
    const recovered = seat.lines.find((l) => l.msg === 'storage recovered');
    expect(recovered?.newSeat).toBe(false);
    const again = kvClient(seat.clientPort);
    for (const [k, v] of [['k1', 'v1'], ['k2', 'v2']] as const) {
      const r = await waitUntil(async () => {
        const g = await kvCall(again, 'Get', { key: enc(k) });
        return g.ok ? g : undefined;
      }, 10_000, `a read of ${k}`);
      expect(Buffer.from(r.value?.value as Uint8Array).toString()).toBe(v);
    }
    again.close();
  });

  it('refuses a second process on the same data directory', async () => {
    const second = seat.cli(['run', '--config', seat.configFile, '--no-env-files']);
    expect(second.code).toBe(1);
    expect(second.stdout + second.stderr).toMatch(/STORAGE_LOCKED|locked by process/);
    await seat.stop();
  });
});

describe('tessera run: failures an operator sees', () => {
  it('exits 5 naming file, line and key for an invalid config, and for a missing one', async () => {
    const cluster = new Cluster();
    try {
      const s = await cluster.add({ name: 'bad', bootstrap: true, extra: 'quote_timeout_ms = "soon"' });
      const r = s.cli(['run', '--config', s.configFile, '--no-env-files']);
      expect(r.code).toBe(5);
      expect(r.stderr).toMatch(new RegExp(`${s.configFile.replace(/[.]/g, '\\.')}:\\d+: 'attestation.quote_timeout_ms'`));
      const missing = s.cli(['run', '--instance', 'no-such-instance', '--config', join(cluster.root, 'absent.toml'), '--no-env-files']);
      expect(missing.code).toBe(5);
      expect(missing.stderr).toContain('absent.toml');
    } finally {
      await cluster.close();
    }
  });

  it('status exits 4 when the seat is not running', async () => {
    const cluster = new Cluster();
    try {
      const s = await cluster.add({ name: 'down', bootstrap: true });
      const r = s.cli(['status', '--config', s.configFile]);
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(`seat not running: no admin socket at ${s.adminSocket}`);
      const usage = s.cli(['status']);
      expect(usage.code).toBe(2);
    } finally {
      await cluster.close();
    }
  });

  it('reads PROMETHEUS_ADDR from the environment files outside systemd, the shell winning', async () => {
    const cluster = new Cluster();
    try {
      const s = await cluster.add({ name: 'envseat', bootstrap: true });
      const envDir = join(cluster.root, 'etc');
      const { mkdirSync } = await import('node:fs');
      mkdirSync(envDir);
      writeFileSync(join(envDir, 'common.env'), `# shared\nPROMETHEUS_ADDR=127.0.0.1:1\nTESSERA_LOG_LEVEL=info\n`);
      writeFileSync(join(envDir, 'envseat.env'), `PROMETHEUS_ADDR="127.0.0.1:${s.metricsPort + 0}"\n`);
      // Not valid TOML host for metrics otherwise: the env file's address is used (instance file over common).
      const child = spawn(process.execPath, [join(repoRoot, 'bin/tessera.js'), 'run', '--instance', 'envseat', '--config', s.configFile, '--env-dir', envDir], {
        env: { ...process.env, INVOCATION_ID: '', PROMETHEUS_ADDR: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      // PROMETHEUS_ADDR='' in the environment counts as set: the shell wins, so the config's metrics_listen applies.
      const lines: string[] = [];
      const rl = createInterface({ input: child.stdout! });
      rl.on('line', (l) => lines.push(l));
      await waitUntil(() => (lines.some((l) => l.includes('"serving"')) ? true : undefined), 20_000, 'serving');
      const starting = JSON.parse(lines.find((l) => l.includes('"starting"'))!) as { envFiles: { filesRead: string[]; applied: string[] } };
      expect(starting.envFiles.filesRead).toEqual([join(envDir, 'common.env'), join(envDir, 'envseat.env')]);
      expect(starting.envFiles.applied).not.toContain('PROMETHEUS_ADDR');
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    } finally {
      await cluster.close();
    }
  });
});

describe('tessera run under a real NOTIFY_SOCKET', () => {
  it('sends READY=1, then STATUS=, then STOPPING=1, in that order', async () => {
    const cluster = new Cluster();
    try {
      const s = await cluster.add({ name: 'notified', bootstrap: true });
      const sock = join(cluster.root, 'notify.sock');
      const receiver = spawn('python3', [join(repoRoot, 'test/helpers/sdnotify_receiver.py'), sock, '50', '20'], { stdio: ['ignore', 'pipe', 'inherit'] });
      const messages: string[] = [];
      const rl = createInterface({ input: receiver.stdout! });
      let readyResolve: () => void = () => undefined;
      const listening = new Promise<void>((r) => (readyResolve = r));
      rl.on('line', (l) => {
        if (l === 'READY') readyResolve();
        else messages.push(JSON.parse(l) as string);
      });
      await listening;
      s.start({ NOTIFY_SOCKET: sock });
      await s.waitServing();
      await waitUntil(() => (messages.some((m) => m.startsWith('STATUS=') && m.includes('role=leader')) ? true : undefined), 10_000, 'a STATUS= with role=leader');
      const exit = await s.stop();
      expect(exit?.code).toBe(0);
      await waitUntil(() => (messages.some((m) => m.includes('STOPPING=1')) ? true : undefined), 5_000, 'STOPPING=1');
      receiver.kill('SIGTERM');
      const ready = messages.findIndex((m) => m.split('\n').includes('READY=1'));
      const status = messages.findIndex((m, i) => i > ready && m.startsWith('STATUS='));
      const stopping = messages.findIndex((m) => m.split('\n').includes('STOPPING=1'));
      expect(ready, messages.join(' | ')).toBeGreaterThanOrEqual(0);
      expect(status).toBeGreaterThan(ready);
      expect(stopping).toBeGreaterThan(status);
      // READY=1 carried the status of a recovered seat with its listener up.
      expect(messages[ready]).toMatch(/STATUS=role=\w+ term=\d+ committed=\d+ members=\d+\/\d+ up/);
    } finally {
      await cluster.close();
    }
  });
});
