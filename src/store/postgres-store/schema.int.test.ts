import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryDatabase } from '../../../test/support/query-database.js';
import {
  createTestDatabase,
  serverUrl,
  startTimeout,
  type TestDatabase,
} from '../../../test/support/start-postgres.js';
import { isQuorumError } from '../../core/errors.js';
import { schemaVersion } from './migrations.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: 'local-hash-v1', dimensions: 256 };
const databases: TestDatabase[] = [];

async function freshDatabase(): Promise<string> {
  const database = await createTestDatabase();
  databases.push(database);
  return database.url;
}

async function failure(opening: Promise<{ close(): Promise<void> }>): Promise<Error & { code?: string }> {
  const result = await opening.then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (error: unknown) => error as Error & { code?: string },
  );
  if (!result) throw new Error('expected the store to refuse to open');
  return result;
}

beforeAll(async () => {
  await serverUrl();
}, startTimeout);

afterEach(async () => {
  await Promise.all(databases.splice(0).map((database) => database.drop()));
});

describe('schema and manifest', () => {
  it('tells a reader of an empty database to ingest first, and creates nothing', async () => {
    const url = await freshDatabase();
    const error = await failure(openPostgresStore({ url, embedder }));
    expect(isQuorumError(error, 'index_missing')).toBe(true);
    expect(error.message).toMatch(
      /^No index in postgres:\/\/127\.0\.0\.1:\d+\/quorum_test_\w+: run "npm run ingest" first$/,
    );
    const tables = await queryDatabase(url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'");
    expect(tables).toHaveLength(0);
  });

  it('creates and records the schema once, even when several processes open at the same moment', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore({ url, embedder, create: true })));
    await Promise.all(stores.map((store) => store.close()));
    const rows = await queryDatabase(url, "SELECT value FROM quorum_meta WHERE key = 'schema_version'");
    expect(rows).toEqual([{ value: String(schemaVersion) }]);
    const reopened = await openPostgresStore({ url, embedder });
    expect(reopened.manifest).toMatchObject({ schemaVersion, embedder: embedder.name, dimensions: 256 });
    await reopened.close();
    const column = await queryDatabase(
      url,
      "SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'chunks'::regclass AND attname = 'embedding'",
    );
    expect(column).toEqual([{ type: 'vector(256)' }]);
  });

  it('refuses a schema newer than this Quorum knows', async () => {
    const url = await freshDatabase();
    await (await openPostgresStore({ url, embedder, create: true })).close();
    await queryDatabase(url, `UPDATE quorum_meta SET value = '${schemaVersion + 1}' WHERE key = 'schema_version'`);
    for (const create of [false, true]) {
      const error = await failure(openPostgresStore({ url, embedder, create }));
      expect(isQuorumError(error, 'index_incompatible')).toBe(true);
      expect(error.message).toContain(`schema version ${schemaVersion + 1}, newer than this Quorum's ${schemaVersion}`);
    }
  });

  it('refuses another embedder with advice to re-ingest', async () => {
    const url = await freshDatabase();
    await (await openPostgresStore({ url, embedder, create: true })).close();
    for (const other of [{ name: 'openai:text-embedding-3-small' }, { name: embedder.name, dimensions: 1536 }]) {
      const error = await failure(openPostgresStore({ url, embedder: other }));
      expect(isQuorumError(error, 'index_incompatible')).toBe(true);
      expect(error.message).toMatch(
        new RegExp(
          `^The index in postgres://127\\.0\\.0\\.1:\\d+/quorum_test_\\w+ was built with embedder local-hash-v1 \\(256 dimensions\\), but Quorum is configured for ${other.name}\\. .*re-ingest \\("npm run ingest"\\)\\.$`,
        ),
      );
    }
  });

  it('cannot create an index without knowing the dimensions', async () => {
    const url = await freshDatabase();
    const error = await failure(openPostgresStore({ url, embedder: { name: 'x' }, create: true }));
    expect(isQuorumError(error, 'index_missing')).toBe(true);
    expect(error.message).toContain('is empty: run "npm run ingest" first');
  });

  it('reports an unreachable server by host and port, never the password', async () => {
    const url = 'postgres://quorum:hunter2@127.0.0.1:1/quorum';
    const error = await failure(openPostgresStore({ url, embedder, pool: { connectionTimeoutMillis: 2000 } }));
    expect(isQuorumError(error, 'index_unavailable')).toBe(true);
    expect(error.message).toContain('postgres://127.0.0.1:1/quorum');
    expect(error.message).not.toContain('hunter2');
    expect((error as Error).cause).toBeDefined();
  });
});
