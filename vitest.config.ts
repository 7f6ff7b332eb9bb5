import { defineConfig } from 'vitest/config';

// The same integration suites run once per database backend; browser flows run in real Chromium.
const shared = { testTimeout: 60_000, hookTimeout: 120_000, pool: 'forks' as const };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          ...shared,
          name: 'pglite',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['test/browser/**'],
          env: { NORTHROUTE_TEST_BACKEND: 'pglite', NORTHROUTE_TEST_PROJECT: 'pglite' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'postgres',
          include: ['test/**/*.test.ts', 'src/**/*.db.test.ts'],
          exclude: ['test/browser/**'],
          env: { NORTHROUTE_TEST_BACKEND: 'postgres', NORTHROUTE_TEST_PROJECT: 'postgres' },
          globalSetup: ['test/support/global-setup.ts'],
        },
      },
      {
        test: {
          ...shared,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          env: { NORTHROUTE_TEST_BACKEND: 'pglite', NORTHROUTE_TEST_PROJECT: 'browser' },
          globalSetup: ['test/support/global-setup.ts', 'test/browser/build-web.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
});
