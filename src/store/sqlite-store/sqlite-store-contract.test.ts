import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { describeIndexStoreContract, localEmbedder } from '../../../test/store/index-store-contract.js';
import type { IndexStore } from '../index-store.js';
import { lockForIngest } from './lock-for-ingest.js';
import { openSqliteStore } from './open-sqlite-store.js';

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
    async openMissing() {
      return openSqliteStore({ dataDir: join(dataDir, 'nothing-here'), embedder: localEmbedder });
    },
  };
});
