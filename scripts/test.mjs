#!/usr/bin/env node
// `npm test`: the typecheck, the C++ core's unit tests (release and
// ASan+UBSan), a bounded fuzz slice, then vitest over test/ (every suite,
// heavy ones in bounded slices). Prints one line per runner and, last, the total
// "N passed, N failed"; writes the same to .test-results/summary.txt.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { hasCommand, parseCounts, root, run } from './lib.mjs';

const results = join(root, '.test-results');
mkdirSync(results, { recursive: true });
const summary = [];
const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);

if (want('typecheck')) {
  const build = await run('npx', ['tsc', '-p', 'tsconfig.json']);
  const check = build.code === 0 ? await run('npx', ['tsc', '-p', 'tsconfig.test.json']) : build;
  summary.push({ runner: 'typecheck', passed: check.code === 0 ? 1 : 0, failed: check.code === 0 ? 0 : 1 });
}

if (want('native')) {
  const r = await run(process.execPath, [join(root, 'scripts', 'native-tests.mjs')], { capture: true });
  const c = parseCounts(r.out) ?? { passed: 0, failed: 1 };
  summary.push({ runner: 'native (C++)', ...c });
}

// A bounded slice of `npm run fuzz`: every libFuzzer target for a few seconds
// (TESSERA_FUZZ_SECONDS, default 10). Needs clang; under CI=true its absence fails.
if (want('fuzz')) {
  const seconds = process.env.TESSERA_FUZZ_SECONDS ?? '10';
  if (await hasCommand('clang++')) {
    const r = await run(process.execPath, [join(root, 'scripts', 'fuzz.mjs'), '--seconds', seconds, '--json'], { capture: true });
    let c = { passed: 0, failed: 1 };
    try {
      const j = JSON.parse(r.out.trim().split('\n').pop() ?? '');
      c = { passed: j.targets.filter((t) => t.crashes === 0).length, failed: j.targets.filter((t) => t.crashes > 0).length + (j.ok || j.targets.length > 0 ? 0 : 1) };
    } catch {
      console.error('fuzz: no JSON summary from scripts/fuzz.mjs');
    }
    summary.push({ runner: `fuzz (${seconds} s per target)`, ...c });
  } else {
    console.error('fuzz: clang++ not found; skipping the fuzz slice');
    summary.push({ runner: 'fuzz (skipped: no clang++)', passed: 0, failed: process.env.CI === 'true' ? 1 : 0 });
  }
}

if (want('vitest')) {
  const jsonFile = join(results, 'vitest.json');
  const r = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${jsonFile}`]);
  let c = { passed: 0, failed: 1 };
  if (existsSync(jsonFile)) {
    const j = JSON.parse(readFileSync(jsonFile, 'utf8'));
    // A suite that fails to load counts as a failure even with no test in it.
    const brokenSuites = (j.testResults ?? []).filter((s) => s.status === 'failed' && (s.assertionResults ?? []).length === 0).length;
    c = { passed: j.numPassedTests, failed: j.numFailedTests + brokenSuites };
    if (r.code !== 0 && c.failed === 0) c.failed = 1;
  }
  summary.push({ runner: 'vitest', ...c });
}

const passed = summary.reduce((a, s) => a + s.passed, 0);
const failed = summary.reduce((a, s) => a + s.failed, 0);
const lines = [...summary.map((s) => `  ${s.runner}: ${s.passed} passed, ${s.failed} failed`), `${passed} passed, ${failed} failed`];
writeFileSync(join(results, 'summary.txt'), lines.join('\n') + '\n');
console.log('\ntest summary:');
console.log(lines.join('\n'));
process.exit(failed === 0 ? 0 : 1);
