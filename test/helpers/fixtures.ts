import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

/** The repository root (this file is test/helpers/fixtures.ts). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * ../shared/fixtures, read in place (never copied into the repository). A
 * clone outside the workplace has no ../shared: suites that need it skip with
 * a message naming the folder, except under CI=true, where its absence fails.
 */
export const fixturesDir = resolve(repoRoot, '..', 'shared', 'fixtures');
export const haveFixtures = existsSync(fixturesDir);

if (!haveFixtures && process.env.CI === 'true') {
  throw new Error(`fixtures folder ${fixturesDir} (../shared/fixtures) is missing; CI=true requires it`);
}

export function fixturePath(...parts: string[]): string {
  return join(fixturesDir, ...parts);
}

export function readFixture(...parts: string[]): Buffer {
  return readFileSync(fixturePath(...parts));
}

/** describe() that runs only when ../shared/fixtures exists, and says why it skipped otherwise. */
export function describeWithFixtures(name: string, fn: () => void): void {
  if (haveFixtures) {
    describe(name, fn);
  } else {
    // Skipped because the fixtures folder is absent (only outside CI; see above).
    describe.skip(`${name} [skipped: ${fixturesDir} (../shared/fixtures) not found]`, fn);
  }
}
