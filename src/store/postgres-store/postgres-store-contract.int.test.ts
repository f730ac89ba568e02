import pg from 'pg';
import { afterEach } from 'vitest';
import { describeIndexStoreContract, localEmbedder } from '../../../test/store/index-store-contract.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/start-postgres.js';
import type { IndexStore } from '../index-store.js';
import { lockForIngest } from './lock-for-ingest.js';
import { openPostgresStore } from './open-postgres-store.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describeIndexStoreContract('PostgreSQL + pgvector store', () => {
  let database: Promise<TestDatabase> | undefined;
  const opened: IndexStore[] = [];
  const url = async () => {
    database ??= createTestDatabase();
    return (await database).url;
  };
  cleanups.push(async () => {
    // A test may have closed its store already.
    for (const store of opened) await store.close().catch(() => undefined);
    await (await database)?.drop();
  });
  return {
    async open({ create = true, embedder = localEmbedder } = {}) {
      const store = await openPostgresStore({ url: await url(), embedder, create });
      opened.push(store);
      return store;
    },
    lock: async () => lockForIngest(await url()),
    async ageAnalyzer(version) {
      const client = new pg.Client({ connectionString: await url() });
      await client.connect();
      try {
        await client.query(`
          UPDATE quorum_meta SET value = jsonb_set(value::jsonb, '{analyzerVersion}', '${version}')::text
            WHERE key = 'manifest';
          UPDATE chunk_search SET lexemes = ''::tsvector;
          UPDATE chunks SET terms = '{}';
          UPDATE chunk_terms SET chunks = 0`);
      } finally {
        await client.end();
      }
    },
    async openMissing() {
      return openPostgresStore({ url: await url(), embedder: localEmbedder });
    },
  };
});
