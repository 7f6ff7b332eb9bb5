import { defineConfig } from 'vitest/config';

// The same integration suites run once per database backend; browser flows run in real Chromium.
const shared = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' as const };
// One id per run, so that runs side by side on one machine keep their PGlite templates apart.
const run = process.env.NORTHROUTE_TEST_RUN ?? `${process.pid}`;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'pglite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          env: {
            NORTHROUTE_TEST_BACKEND: 'pglite',
            NORTHROUTE_TEST_PROJECT: 'pglite',
            NORTHROUTE_TEST_RUN: run,
          },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'postgres',
          include: ['test/**/*.test.ts', 'src/**/*.db.test.ts'],
          exclude: ['test/browser/**'],
          env: {
            NORTHROUTE_TEST_BACKEND: 'postgres',
            NORTHROUTE_TEST_PROJECT: 'postgres',
            NORTHROUTE_TEST_RUN: run,
          },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env: {
            NORTHROUTE_TEST_BACKEND: 'pglite',
            NORTHROUTE_TEST_PROJECT: 'browser',
            NORTHROUTE_TEST_RUN: run,
          },
          globalSetup: ['test/support/global-setup.ts', 'test/browser/build-web.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
