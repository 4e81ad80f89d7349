import { afterEach, describe, expect, it } from 'vitest';

import { isTesseraError } from '../../src/common/errors.js';
import { OpsServer, SeatMetrics, parseListenAddress, type SeatHealth } from '../../src/ops/index.js';

const healthy: SeatHealth = { storageOk: true, storageRecovered: true, peerListenerUp: true, quorumKnown: true, leaderKnown: true };

const servers: OpsServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start(health: () => SeatHealth): Promise<{ base: string; metrics: SeatMetrics; errors: unknown[] }> {
  const metrics = new SeatMetrics({ organism: 'tally', member: 'seat-a', admissionRefusalReasons: ['debug_td'] });
  const errors: unknown[] = [];
  const server = new OpsServer({ metrics, health: { health }, listen: '127.0.0.1:0', onError: (e) => errors.push(e) });
  servers.push(server);
  const { port } = await server.start();
  return { base: `http://127.0.0.1:${port}`, metrics, errors };
}

describe('OpsServer', () => {
  it('serves the registry on /metrics as Prometheus text', async () => {
    const { base, metrics } = await start(() => healthy);
    metrics.setRaft({ term: 4, leaderIsLocal: false, leaderKnown: true, committedIndex: 9, appliedIndex: 9 });
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await res.text();
    expect(text).toContain('tally_raft_term{member="seat-a",organism="tally"} 4');
    expect(text).toContain('tally_up{member="seat-a",organism="tally"} 1');
  });

  it('answers /healthz and /readyz from the health source, 503 naming what fails', async () => {
    let h: SeatHealth = { storageOk: true, storageRecovered: false, peerListenerUp: false, quorumKnown: false, leaderKnown: false };
    const { base } = await start(() => h);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    let res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ready', failing: ['storage_recovered', 'peer_listener_up', 'quorum_known', 'leader_known'] });

    h = { ...healthy, leaderKnown: false };
    res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'not ready', failing: ['leader_known'] });

    h = healthy;
    res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ready' });

    h = { ...healthy, storageOk: false };
    res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'unhealthy', failing: ['storage_ok'] });
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
  });

  it('is not ready when the health source throws, and reports the error', async () => {
    const { base, errors } = await start(() => {
      throw new Error('raft state unavailable');
    });
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'error', error: 'raft state unavailable' });
    expect(errors).toHaveLength(1);
  });

  it('refuses unknown paths and methods', async () => {
    const { base } = await start(() => healthy);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
    const post = await fetch(`${base}/metrics`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('validates the listen address and reports a busy port', async () => {
    for (const bad of ['localhost', ':9100', '127.0.0.1:70000', 'a b:1', '[::1]9100']) {
      let caught: unknown;
      try {
        parseListenAddress(bad);
      } catch (e) {
        caught = e;
      }
      expect(isTesseraError(caught, 'OPS_BAD_LISTEN_ADDRESS'), bad).toBe(true);
    }
    expect(parseListenAddress('[::1]:9100')).toEqual({ host: '::1', port: 9100 });
    expect(parseListenAddress('0.0.0.0:9100')).toEqual({ host: '0.0.0.0', port: 9100 });
    const { base } = await start(() => healthy);
    const port = new URL(base).port;
    const metrics = new SeatMetrics({ organism: 'tally', member: 'seat-b', admissionRefusalReasons: ['x'] });
    const second = new OpsServer({ metrics, health: { health: () => healthy }, listen: `127.0.0.1:${port}` });
    await expect(second.start()).rejects.toMatchObject({ code: 'OPS_LISTEN_FAILED' });
  });
});
