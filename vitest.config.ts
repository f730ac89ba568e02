import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'ingest/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One PostgreSQL + pgvector server for the store tests (scripts/start-postgres.sh; quick once running).
    globalSetup: ['test/support/start-postgres.ts'],
  },
});
