import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { describeIndexStoreContract, localEmbedder } from '../../../test/store/index-store-contract.js';
import type { IndexManifest, IndexStore } from '../index-store.js';
import { lockForIngest } from './lock-for-ingest.js';
import { readMeta } from './meta.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { writeManifest } from './read-or-create-manifest.js';
import { databaseFile } from './schema.js';

const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

describeIndexStoreContract('SQLite + hnswlib store', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'quorum-contract-'));
  const opened: IndexStore[] = [];
  cleanups.push(async () => {
    // A test may have closed its store already.
    for (const store of opened) await store.close().catch(() => undefined);
    await rm(dataDir, { recursive: true, force: true });
  });
  return {
    async open({ create = true, embedder = localEmbedder } = {}) {
      const store = openSqliteStore({ dataDir, embedder, create });
      opened.push(store);
      return store;
    },
    lock: () => lockForIngest(dataDir),
    async ageAnalyzer(version) {
      const database = new Database(join(dataDir, databaseFile));
      try {
        const manifest = JSON.parse(readMeta(database, 'manifest')!) as IndexManifest;
        writeManifest(database, { ...manifest, analyzerVersion: version });
        database.exec("INSERT INTO chunk_search (chunk_search) VALUES ('delete-all'); DELETE FROM term_counts");
      } finally {
        database.close();
      }
    },
    async openMissing() {
      return openSqliteStore({ dataDir: join(dataDir, 'nothing-here'), embedder: localEmbedder });
    },
  };
});
