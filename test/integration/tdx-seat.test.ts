/**
 * `tessera run` with attestation.provider = "tdx" as a real process: quotes
 * come from configfs-tsm (a fake tree served by test/helpers/fake-tsm.mjs)
 * and collateral from collateral_dir (the real fixture collateral of
 * ../shared/fixtures/tdx). A running seat exports the collateral horizon
 * that the alert rules and the dashboard read from the start (the one series
 * a simulated seat has no input for; test/integration/organism.test.ts
 * scrapes every other series they name).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, expect, it } from 'vitest';

import { describeWithFixtures, fixturePath } from '../helpers/fixtures.js';
import { Cluster, metricValue, repoRoot, waitUntil, type SeatHandle } from './harness.js';

describeWithFixtures('tessera run under provider "tdx" (fake configfs-tsm, fixture collateral)', () => {
  let cluster: Cluster;
  let seat: SeatHandle;
  let tsm: ChildProcess | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'tessera-tdx-seat-'));

  beforeAll(async () => {
    const tree = join(dir, 'tsm');
    const collateral = join(dir, 'collateral');
    mkdirSync(tree);
    mkdirSync(collateral);
    copyFileSync(fixturePath('tdx', 'tdx_quote_collateral.json'), join(collateral, 'platform.json'));
    writeFileSync(join(collateral, 'broken.json'), '{not json');
    tsm = spawn(process.execPath, [join(repoRoot, 'test', 'helpers', 'fake-tsm.mjs'), tree, 'ok'], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      createInterface({ input: tsm!.stdout! }).on('line', (l) => l === 'ready' && resolve());
      tsm!.once('exit', (code) => reject(new Error(`fake-tsm exited ${code}`)));
    });
    cluster = new Cluster();
    seat = await cluster.add({ name: 'tdx1', bootstrap: true, attestation: `provider = "tdx"\ntsm_root = "${tree}"\ncollateral_dir = "${collateral}"` });
    seat.start();
    await seat.waitServing();
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
    tsm?.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the seconds left on its collateral from the start (negative: the fixture has expired) and names a bad file', async () => {
    const value = await waitUntil(async () => {
      try {
        const text = await (await fetch(`http://127.0.0.1:${seat.metricsPort}/metrics`, { signal: AbortSignal.timeout(2000) })).text();
        return metricValue(text, 'ittest_collateral_seconds_to_expiry');
      } catch {
        return undefined;
      }
    }, 20_000, 'ittest_collateral_seconds_to_expiry on /metrics');
    // The fixture's earliest nextUpdate lies in the past: the gauge says by how much.
    expect(value).toBeLessThan(0);
    expect(value).toBeGreaterThan(-10 * 365 * 86_400);
    const bad = await seat.waitForLog((l) => l.msg === 'collateral file not loaded', 10_000, 'the bad collateral file logged');
    expect(String(bad.path)).toMatch(/broken\.json$/);
  });
});
