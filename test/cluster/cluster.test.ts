/**
 * A bounded slice of the multi-process fault suite (npm run test:cluster
 * runs it at full size): one run of 3 seats and one of 5, about 20 s of
 * faults each, every kind of fault the machine allows, histories checked.
 * Needs root and network namespaces; skipped with the reason otherwise.
 *
 * TESSERA_CLUSTER_SECONDS (default 20) and TESSERA_CLUSTER_SEED (default a
 * fixed seed) change the slice, TESSERA_CLUSTER=skip skips it; a failure prints the directory kept and the
 * replay command.
 */
import { describe, expect, it } from 'vitest';

import { describeRun } from './report.js';
import { clusterUnavailable, runOnce } from './run.js';

const unavailable = process.env.TESSERA_CLUSTER === 'skip' ? 'TESSERA_CLUSTER=skip' : clusterUnavailable();
if (unavailable !== undefined) console.warn(`test/cluster skipped: ${unavailable}`);
const seconds = Number(process.env.TESSERA_CLUSTER_SECONDS ?? 20);
const seed = Number(process.env.TESSERA_CLUSTER_SEED ?? 20261207);

describe.skipIf(unavailable !== undefined)('multi-process fault suite (slice)', () => {
  for (const [k, seats] of [3, 5].entries()) {
    it(`${seats} seats survive ${seconds} s of faults with a linearizable history and no lost write`, async () => {
      const r = await runOnce({ seed: seed + k, seconds, seats, log: (l) => console.log(l) });
      const text = describeRun(r, k);
      console.log(text);
      expect(r.anomalies, text).toEqual([]);
      expect(r.operations.ok).toBeGreaterThan(100);
      expect(Object.values(r.faults).reduce((a, t) => a + t.applied, 0)).toBeGreaterThan(1);
      expect((r.details.linearizability as Record<string, { verdict: string }>)['cas-register']?.verdict).toBe('linearizable');
    }, 600_000);
  }
});
