import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/** The first start on a fresh machine installs packages and builds pgvector: minutes, not seconds. */
export const startTimeout = 15 * 60_000;

const script = join(import.meta.dirname, '../../scripts/start-postgres.sh');

/** Runs scripts/start-postgres.sh (installs and starts a throwaway server when needed) and returns its DATABASE_URL. */
export async function startPostgres(): Promise<string> {
  const { stdout } = await promisify(execFile)('bash', [script], { maxBuffer: 16 * 2 ** 20, timeout: startTimeout });
  const url = stdout.trim().split('\n').at(-1) ?? '';
  if (!url.startsWith('postgres')) throw new Error(`scripts/start-postgres.sh printed no DATABASE_URL (${stdout})`);
  return url;
}

/** As a vitest globalSetup file: starts the server once and provides its URL to every test as `databaseUrl`. */
export default async function setup(project: TestProject): Promise<void> {
  project.provide('databaseUrl', await startPostgres());
}

/** The server's URL: the one globalSetup provided, else started here (the script is idempotent and quick once up). */
export async function serverUrl(): Promise<string> {
  return inject('databaseUrl') ?? (await startPostgres());
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh database with pgvector on the test server, for one test file; drop() removes it, connections and all. */
export async function createTestDatabase(server?: string): Promise<TestDatabase> {
  const base = server ?? (await serverUrl());
  const name = `quorum_test_${randomBytes(6).toString('hex')}`;
  await withClient(base, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(base);
  url.pathname = `/${name}`;
  const drop = () => withClient(base, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  try {
    await withClient(url.toString(), (client) => client.query('CREATE EXTENSION IF NOT EXISTS vector'));
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: url.toString(), drop: async () => void (await drop()) };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
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
