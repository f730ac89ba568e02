import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zebra } from '../../../test/support/crossing-minutes.js';
import { localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
let directories: string[];
const opened: IndexStore[] = [];

beforeEach(() => {
  directories = [1, 2].map(() => mkdtempSync(join(tmpdir(), 'quorum-read-only-')));
});

afterEach(async () => {
  for (const store of opened.splice(0)) await store.close().catch(() => undefined);
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

describe('an embedded store opened read-only', () => {
  it('reads commits still in the write-ahead log and writes nothing as it closes', async () => {
    const [running, copied] = directories as [string, string];
    const writer = openSqliteStore({ dataDir: running, embedder, create: true });
    opened.push(writer);
    await writer.putDocument(zebra.prepared, 'first');
    await writer.flush();
    // Copied while the writer is open: its commits are in the log, not yet in the database file.
    for (const file of ['quorum.sqlite', 'quorum.sqlite-wal', 'quorum.sqlite-shm', 'vectors.hnsw', 'vectors.json']) {
      if (existsSync(join(running, file))) copyFileSync(join(running, file), join(copied, file));
    }
    const databaseBefore = readFileSync(join(copied, 'quorum.sqlite'));

    const reader = openSqliteStore({ dataDir: copied, embedder, readOnly: true });
    expect((await reader.listDocuments()).map((document) => document.source)).toEqual(['zebra.md']);
    expect(await reader.searchText(['zebra'], 5)).not.toEqual([]);
    await reader.close();

    // A writable last connection would have checkpointed the log into the file and removed it.
    expect(readFileSync(join(copied, 'quorum.sqlite')).equals(databaseBefore)).toBe(true);
    expect(existsSync(join(copied, 'quorum.sqlite-wal'))).toBe(true);
  });
});
