import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Builds (or confirms from cache) the real-Airflow venvs; fails the run loudly if it cannot.
    globalSetup: ['tests/harness/global-setup.ts'],
    // Real-Airflow and S3 tests spawn Python; give them room without hiding hangs.
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
