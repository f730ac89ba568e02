import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zebra } from '../../../test/support/crossing-minutes.js';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore } from '../index-store.js';
import { openSqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const zebraQuery = embedText('Zebra crossings outside primary schools', localEmbedderDimensions);
const pelicanQuery = embedText('Pelican crossings replaced the old ones near the library', localEmbedderDimensions);

// A separate source gets new SQLite row ids, so a stale graph cannot pass for a current one by label reuse.
const pelican = makeMinutes('pelican.md', {
  date: 'Tuesday 9 April 2024',
  items: [['Pelican crossings', 'Pelican crossings replaced the old ones near the library.']],
});

let dataDir: string;
const opened: IndexStore[] = [];

function open(options: { create?: boolean; embedder?: { name: string; dimensions?: number } } = {}): IndexStore {
  const store = openSqliteStore({ dataDir, embedder: options.embedder ?? embedder, create: options.create ?? true });
  opened.push(store);
  return store;
}

async function closeAll(): Promise<void> {
  for (const store of opened.splice(0)) {
    try {
      await store.close();
    } catch {
      // Already closed by the test.
    }
  }
}

async function expectZebraIntact(store: IndexStore): Promise<void> {
  expect((await store.getDocument('zebra.md'))!.sha256).toBe(zebra.document.sha256);
  expect(await store.listChunks('zebra.md')).toEqual(zebra.chunks);
  expect((await store.searchText(['zebra'], 5)).length).toBeGreaterThan(0);
  expect(await store.searchText(['pelican'], 5)).toEqual([]);
  expect((await store.searchVector(zebraQuery, 1))[0]!.chunk.source).toBe('zebra.md');
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-consistency-'));
  const store = open();
  await store.putDocument(zebra.prepared, '2024-06-01T00:00:00.000Z');
  await store.close();
});

afterEach(async () => {
  await closeAll();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the vector graph is a cache of SQLite', () => {
  it('rebuilds a deleted graph file on open', async () => {
    rmSync(join(dataDir, 'vectors.hnsw'));
    await expectZebraIntact(open({ create: false }));
  });

  it('rebuilds a damaged graph file or stamp on open', async () => {
    const graph = readFileSync(join(dataDir, 'vectors.hnsw'));
    writeFileSync(join(dataDir, 'vectors.hnsw'), graph.subarray(0, graph.length / 2));
    await expectZebraIntact(open({ create: false }));
    await closeAll();
    writeFileSync(join(dataDir, 'vectors.json'), '{"generation": 1');
    await expectZebraIntact(open({ create: false }));
  });

  it('ignores a graph whose stamp is behind the database, as after a crash before saving', async () => {
    const savedGraph = readFileSync(join(dataDir, 'vectors.hnsw'));
    const savedStamp = readFileSync(join(dataDir, 'vectors.json'));
    const store = open();
    await store.putDocument(pelican.prepared, 'later');
    await store.close();
    writeFileSync(join(dataDir, 'vectors.hnsw'), savedGraph);
    writeFileSync(join(dataDir, 'vectors.json'), savedStamp);
    const reopened = open({ create: false });
    expect((await reopened.searchVector(pelicanQuery, 1))[0]!.chunk.text).toContain('Pelican');
  });

  it('does not let a reader that closes after an ingest overwrite the newer graph', async () => {
    const reader = open({ create: false });
    const writer = open();
    await writer.putDocument(pelican.prepared, 'later');
    await writer.close();
    await reader.close();
    expect((await open({ create: false }).searchVector(pelicanQuery, 1))[0]!.chunk.text).toContain('Pelican');
  });
});

describe('term counts follow the chunks', () => {
  const terms = ['zebra', 'pelican', 'cross'];
  const frequencies = async (store: IndexStore) => Object.fromEntries(await store.documentFrequencies(terms));
  /** What the counts must be: each term's chunks among the papers' prepared stems. */
  const countedIn = (...papers: (typeof zebra)[]) =>
    Object.fromEntries(
      terms
        .map((term) => [
          term,
          papers.flatMap((paper) => paper.prepared.chunks).filter((chunk) => chunk.stems.includes(term)).length,
        ])
        .filter(([, chunks]) => chunks !== 0),
    );

  it('are counted in batches, yet a reader sees every document once the ingest flushes', async () => {
    const writer = open();
    await writer.putDocument(pelican.prepared, 'later');
    const reader = open({ create: false });
    await writer.flush();
    expect(await frequencies(reader)).toEqual(countedIn(zebra, pelican));
    await writer.removeDocument('zebra.md');
    expect(await frequencies(writer)).toEqual(countedIn(pelican));
  });

  it('are rebuilt by the next writer when a crash left them behind the chunks', async () => {
    const store = open();
    await store.putDocument(pelican.prepared, 'later');
    // As if the process died before writing its pending counts.
    const database = new Database(join(dataDir, 'quorum.sqlite'));
    database.prepare("UPDATE meta SET value = '0' WHERE key = 'term_counts_generation'").run();
    database.prepare('DELETE FROM term_counts').run();
    database.close();
    expect(await frequencies(open({ create: false }))).toEqual({});
    expect(await frequencies(open())).toEqual(countedIn(zebra, pelican));
  });
});
