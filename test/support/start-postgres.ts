import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-server.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The first start on a fresh machine installs packages and builds pgvector: minutes, not seconds. */
export const startTimeout = 15 * 60_000;

/** As a vitest globalSetup file: starts the server once and provides its URL to every test as `databaseUrl`. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('databaseUrl', await startPostgres());
}

/** The server's URL: the one globalSetup provided, else started here (the script is idempotent and quick once up). */
export async function serverUrl(): Promise<string> {
  return inject('databaseUrl') ?? (await startPostgres());
}

export type TestDatabase = Pick<ThrowawayDatabase, 'url' | 'drop'>;

/** A fresh database with pgvector on the test server, for one test file; drop() removes it, connections and all. */
export async function createTestDatabase(server?: string): Promise<TestDatabase> {
  return createThrowawayDatabase(server ?? (await serverUrl()), `quorum_test_${randomBytes(6).toString('hex')}`);
}

/**
 * A fresh database for the calling test file: created before its tests, dropped after them.
 * Returns a getter, as the URL exists only once beforeAll has run.
 */
export function useTestDatabase(): () => string {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
  }, startTimeout);
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error('useTestDatabase: the database exists only inside tests');
    return database.url;
  };
}
