import { defineConfig } from 'vitest/config';

// `npm test` runs this configuration: every suite, each heavy one in a bounded
// slice (their own npm scripts run them at full size).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Forks, not worker threads: the addon and the seat processes we spawn
    // behave as in production only in a real process.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['default'],
  },
});
