// Every history in ../shared/fixtures/linearizability gets its expected
// verdict. Timings are printed, never asserted (docs/contributors/testing.md
// records them).
import { readdirSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

import { describeWithFixtures, fixturePath } from '../helpers/fixtures.js';
import { casRegisterModel, checkOperations, explainResult, kvModel, parseJepsenEtcdLog, parseKvLog, type Verdict } from './index.js';

// Generous: the whole fixture set takes well under a second; this only stops a regression from hanging the suite.
const timeoutMs = 60_000;

describeWithFixtures('lincheck: Jepsen etcd fixtures (expected.txt)', () => {
  const dir = fixturePath('linearizability', 'jepsen-etcd');
  const expected = new Map<string, Verdict>();
  for (const line of readFileSync(`${dir}/expected.txt`, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const [file, verdict] = line.trim().split(/\s+/);
    expected.set(file!, verdict as Verdict);
  }

  it('lists a verdict for every log and a log for every verdict', () => {
    const logs = readdirSync(dir).filter((f) => f.endsWith('.log')).sort();
    expect(logs.length).toBeGreaterThan(0);
    expect([...expected.keys()].sort()).toEqual(logs);
    // Both verdicts occur, so a checker that always says one thing fails.
    expect(new Set(expected.values())).toEqual(new Set(['linearizable', 'not-linearizable']));
  });

  for (const failedCas of ['observe', 'drop'] as const) {
    it(`gives every expected verdict (failed cas: ${failedCas})`, () => {
      let totalMs = 0;
      const wrong: string[] = [];
      for (const [file, verdict] of expected) {
        const ops = parseJepsenEtcdLog(readFileSync(`${dir}/${file}`, 'utf8'), { failedCas });
        const r = checkOperations(casRegisterModel, ops, { timeoutMs });
        totalMs += r.elapsedMs;
        if (r.verdict !== verdict) wrong.push(`${file}: ${r.verdict}, expected ${verdict}`);
        if (r.verdict === 'not-linearizable') expect(explainResult(casRegisterModel, ops, r)).toContain('no linearization');
      }
      console.log(`lincheck: ${expected.size} jepsen-etcd histories (failed cas: ${failedCas}) checked in ${totalMs.toFixed(0)} ms`);
      expect(wrong).toEqual([]);
    });
  }
});

describeWithFixtures('lincheck: kv fixtures', () => {
  const cases: [string, Verdict][] = [
    ['c01-ok.txt', 'linearizable'],
    ['c01-bad.txt', 'not-linearizable'],
    ['c10-ok.txt', 'linearizable'],
    ['c10-bad.txt', 'not-linearizable'],
  ];
  for (const [file, verdict] of cases) {
    it(`${file} is ${verdict}`, () => {
      const ops = parseKvLog(readFileSync(fixturePath('linearizability', 'kv', file), 'utf8'));
      const r = checkOperations(kvModel, ops, { timeoutMs });
      console.log(`lincheck: kv/${file}: ${r.verdict} in ${r.elapsedMs.toFixed(1)} ms (${ops.length} operations, ${r.partitionCount} keys)`);
      expect(r.verdict).toBe(verdict);
      // One partition per key.
      expect(r.partitionCount).toBe(new Set(ops.map((o) => o.input.key)).size);
      if (verdict === 'not-linearizable') {
        const failing = ops.filter((o) => o.input.key === r.failure!.key);
        expect(r.failure!.longestPrefix.length).toBeLessThan(failing.length);
        expect(r.failure!.candidates.length).toBeGreaterThan(0);
      }
    });
  }
});
