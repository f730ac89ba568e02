import { afterEach } from 'vitest';
import type { IndexStore } from '../../src/store/index-store.js';
import { createTestDatabase, type TestDatabase } from './start-postgres.js';

/**
 * Throw-away databases and the stores opened on them, for one test file: after each test the stores are
 * closed and the databases dropped, whether the test passed or not.
 */
export function postgresCleanup(): {
  /** The URL of a fresh throw-away database. */
  freshDatabase(): Promise<string>;
  closeAfter<T extends IndexStore>(store: T): T;
} {
  const databases: TestDatabase[] = [];
  const opened: IndexStore[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    await Promise.all(databases.splice(0).map((database) => database.drop()));
  });
  return {
    async freshDatabase() {
      const database = await createTestDatabase();
      databases.push(database);
      return database.url;
    },
    closeAfter(store) {
      opened.push(store);
      return store;
    },
  };
}
