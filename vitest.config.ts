import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
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
