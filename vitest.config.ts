import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // CI also writes a JSON summary, from which `.ci/run` prints the plain "N passed, N failed" line.
    reporters: process.env['CI'] ? ['default', ['json', { outputFile: 'node_modules/.cache/test-results.json' }]] : ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Builds the example site once; every browser test reads that build.
          globalSetup: ['tests/helpers/build-site.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
          // Two cores: one Chromium at a time keeps timings honest and memory low.
          fileParallelism: false,
        },
      },
    ],
  },
});
