import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
    // Real-Airflow and S3 tests spawn Python; give them room without hiding hangs.
    testTimeout: 120_000,
    hookTimeout: 900_000,
  },
});
