#!/usr/bin/env node
// `npm test`: the typecheck, the C++ core's unit tests (release and
// ASan+UBSan), then vitest over test/ (every suite, heavy ones in bounded
// slices). Prints one line per runner and, last, the total
// "N passed, N failed"; writes the same to .test-results/summary.txt.
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseCounts, root, run } from './lib.mjs';

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
