#!/usr/bin/env node
// Builds the C++ core without N-API (native/CMakeLists.txt) and runs its unit
// tests: a release build with gcc, then an ASan+UBSan build with clang when
// clang is installed (CI installs it; under CI=true its absence fails).
// Prints "N passed, N failed" over both builds as its last line.
import { join } from 'node:path';
import { hasCommand, parseCounts, root, run } from './lib.mjs';

const jobs = String(Math.max(1, (await import('node:os')).availableParallelism()));
const builds = [{ name: 'release', dir: 'native/out/release', args: ['-DCMAKE_BUILD_TYPE=Release'] }];
if (await hasCommand('clang++')) {
  builds.push({
    name: 'asan+ubsan',
    dir: 'native/out/asan',
    args: ['-DCMAKE_BUILD_TYPE=RelWithDebInfo', '-DCMAKE_CXX_COMPILER=clang++', '-DTESSERA_SANITIZE=ON'],
  });
} else if (process.env.CI === 'true') {
  console.error('native-tests: clang++ is required under CI=true (apt-get install clang libclang-rt-14-dev)');
  console.log('0 passed, 1 failed');
  process.exit(1);
} else {
  console.error('native-tests: clang++ not found; skipping the ASan+UBSan build');
}

let passed = 0;
let failed = 0;
for (const b of builds) {
  const dir = join(root, b.dir);
  console.log(`native-tests: ${b.name} build in ${b.dir}`);
  let r = await run('cmake', ['-S', 'native', '-B', dir, ...b.args]);
  if (r.code === 0) r = await run('cmake', ['--build', dir, '-j', jobs]);
  if (r.code !== 0) {
    console.error(`native-tests: ${b.name} build failed`);
    failed += 1;
    continue;
  }
  const env = { ...process.env, ASAN_OPTIONS: 'detect_leaks=1:abort_on_error=0', UBSAN_OPTIONS: 'print_stacktrace=1:halt_on_error=1' };
  const t = await run(join(dir, 'tessera_native_tests'), process.argv.slice(2), { capture: true, env });
  const counts = parseCounts(t.out);
  if (!counts) {
    console.error(`native-tests: ${b.name} test binary exited ${t.code} without a summary`);
    failed += 1;
    continue;
  }
  passed += counts.passed;
  failed += counts.failed + (t.code !== 0 && counts.failed === 0 ? 1 : 0);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
