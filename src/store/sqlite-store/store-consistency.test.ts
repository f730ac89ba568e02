import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { zebra, zebraRevised } from '../../../test/support/crossing-minutes.js';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import { isQuorumError } from '../../errors.js';
import { openSqliteStore, type SqliteStore } from './open-sqlite-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const zebraQuery = embedText('Zebra crossings outside primary schools', localEmbedderDimensions);
const pelicanQuery = embedText('Pelican crossings replaced the old ones near the library', localEmbedderDimensions);

// A separate source gets new SQLite row ids, so a stale graph cannot pass for a current one by label reuse.
const pelican = makeMinutes('pelican.md', {
  date: 'Tuesday 9 April 2024',
  items: [['Pelican crossings', 'Pelican crossings replaced the old ones near the library.']],
});

let dataDir: string;
const opened: SqliteStore[] = [];

function open(options: { create?: boolean; embedder?: { name: string; dimensions?: number } } = {}): SqliteStore {
  const store = openSqliteStore({ dataDir, embedder: options.embedder ?? embedder, create: options.create ?? true });
  opened.push(store);
  return store;
}

function closeAll(): void {
  for (const store of opened.splice(0)) {
    try {
      store.close();
    } catch {
      // Already closed by the test.
    }
  }
}

function expectZebraIntact(store: SqliteStore): void {
  expect(store.getDocument('zebra.md')!.sha256).toBe(zebra.document.sha256);
  expect(store.listChunks('zebra.md')).toEqual(zebra.chunks);
  expect(store.searchText('zebra', 5).length).toBeGreaterThan(0);
  expect(store.searchText('pelican', 5)).toEqual([]);
  expect(store.searchVector(zebraQuery, 1)[0]!.chunk.source).toBe('zebra.md');
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-consistency-'));
  const store = open();
  store.putDocument(zebra.document, zebra.chunks, zebra.vectors, '2024-06-01T00:00:00.000Z');
  store.close();
});

afterEach(async () => {
  closeAll();
  await rm(dataDir, { recursive: true, force: true });
});

describe('putDocument is all or nothing', () => {
  it('refuses vectors that do not match the chunks and keeps the previous version', () => {
    const store = open();
    expect(() =>
      store.putDocument(zebraRevised.document, zebraRevised.chunks, zebraRevised.vectors.slice(1), 'later'),
    ).toThrow(/one vector per chunk/);
    expectZebraIntact(store);
  });

  it('refuses vectors of the wrong dimension before writing anything', () => {
    const store = open();
    const short = zebraRevised.vectors.map((vector) => vector.slice(0, 3));
    expect(() => store.putDocument(zebraRevised.document, zebraRevised.chunks, short, 'later')).toThrow(
      expect.objectContaining({ code: 'embedding_failed' }),
    );
    expectZebraIntact(store);
    store.close();
    expectZebraIntact(open({ create: false }));
  });

  it('rolls back when a write fails midway through the chunks', () => {
    const store = open();
    const clash = zebraRevised.chunks.map((chunk, index) =>
      index === 2 ? { ...chunk, id: zebraRevised.chunks[1]!.id } : chunk,
    );
    expect(() => store.putDocument(zebraRevised.document, clash, zebraRevised.vectors, 'later')).toThrow(/UNIQUE/);
    expectZebraIntact(store);
    store.close();
    expectZebraIntact(open({ create: false }));
  });
});

describe('the vector graph is a cache of SQLite', () => {
  it('rebuilds a deleted graph file on open', () => {
    rmSync(join(dataDir, 'vectors.hnsw'));
    expectZebraIntact(open({ create: false }));
  });

  it('rebuilds a damaged graph file or stamp on open', () => {
    const graph = readFileSync(join(dataDir, 'vectors.hnsw'));
    writeFileSync(join(dataDir, 'vectors.hnsw'), graph.subarray(0, graph.length / 2));
    expectZebraIntact(open({ create: false }));
    closeAll();
    writeFileSync(join(dataDir, 'vectors.json'), '{"generation": 1');
    expectZebraIntact(open({ create: false }));
  });

  it('ignores a graph whose stamp is behind the database, as after a crash before saving', () => {
    const savedGraph = readFileSync(join(dataDir, 'vectors.hnsw'));
    const savedStamp = readFileSync(join(dataDir, 'vectors.json'));
    const store = open();
    store.putDocument(pelican.document, pelican.chunks, pelican.vectors, 'later');
    store.close();
    writeFileSync(join(dataDir, 'vectors.hnsw'), savedGraph);
    writeFileSync(join(dataDir, 'vectors.json'), savedStamp);
    const reopened = open({ create: false });
    expect(reopened.searchVector(pelicanQuery, 1)[0]!.chunk.text).toContain('Pelican');
  });

  it('does not let a reader that closes after an ingest overwrite the newer graph', () => {
    const reader = open({ create: false });
    const writer = open();
    writer.putDocument(pelican.document, pelican.chunks, pelican.vectors, 'later');
    writer.close();
    reader.close();
    expect(open({ create: false }).searchVector(pelicanQuery, 1)[0]!.chunk.text).toContain('Pelican');
  });
});

describe('opening an index', () => {
  it('refuses an index built by another embedder or dimensions, saying to re-ingest', () => {
    for (const other of [
      { name: 'openai:text-embedding-3-small', dimensions: 1536 },
      { name: localEmbedderName, dimensions: 128 },
    ]) {
      let error: unknown;
      try {
        open({ create: false, embedder: other });
      } catch (thrown) {
        error = thrown;
      }
      expect(isQuorumError(error, 'index_incompatible')).toBe(true);
      expect((error as Error).message).toMatch(/re-ingest/);
      expect((error as Error).message).toContain(localEmbedderName);
    }
  });

  it('reports a missing index as index_missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'quorum-missing-'));
    try {
      expect(() => openSqliteStore({ dataDir: join(empty, 'nothing-here'), embedder })).toThrow(
        expect.objectContaining({ code: 'index_missing' }),
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
