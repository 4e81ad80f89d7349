/**
 * A bounded slice of the multi-process fault suite (npm run test:cluster
 * runs it at full size): one kv run of 3 seats and one of 5, and one organism
 * run of 3 seats (upstream processes, resuming subscribers), about 20 s of
 * faults each, every kind of fault the machine allows, histories checked.
 * Needs root and network namespaces; skipped with the reason otherwise.
 *
 * TESSERA_CLUSTER_SECONDS (default 20) and TESSERA_CLUSTER_SEED (default a
 * fixed seed) change the slice, TESSERA_CLUSTER=skip skips it; a failure prints the directory kept and the
 * replay command.
 */
import { describe, expect, it } from 'vitest';

import { OrganismWorkload } from './organism-workload.js';
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

  it(`an organism of 3 seats survives ${seconds} s of faults: every upstream record in exactly one fact, gapless resumes`, async () => {
    const r = await runOnce({ seed: seed + 2, seconds, seats: 3, workload: () => new OrganismWorkload(), workloadName: 'organism', log: (l) => console.log(l) });
    const text = describeRun(r, 2);
    console.log(text);
    expect(r.anomalies, text).toEqual([]);
    expect(r.details.recordsChecked as number).toBeGreaterThan(40);
    expect(r.details.resumes as number).toBeGreaterThan(5);
    expect(Object.values(r.faults).reduce((a, t) => a + t.applied, 0)).toBeGreaterThan(1);
  }, 600_000);
});
