import { defineConfig } from 'vitest/config';

const everywhere = ['src', 'ingest', 'test', 'bench'].map((folder) => `${folder}/**/*.test.ts`);
const integration = ['src', 'ingest', 'test', 'bench'].map((folder) => `${folder}/**/*.int.test.ts`);
// Setting `exclude` replaces vitest's default, which kept packages' own tests out (bench/langchain-stack
// installs its packages under bench/).
const packages = '**/node_modules/**';

// Two projects: `unit` needs no server and no child process (npm run test:unit, seconds); `integration`
// (*.int.test.ts) starts PostgreSQL + pgvector once (scripts/start-postgres.sh) and may spawn the CLIs.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: everywhere, exclude: [...integration, packages] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: integration,
          exclude: [packages],
          globalSetup: ['test/support/start-postgres.ts'],
        },
      },
    ],
  },
});
