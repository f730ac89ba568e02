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

const toucan = makeMinutes('toucan.md', {
  date: 'Thursday 16 May 2024',
  items: [['Toucan crossings', 'A toucan crossing lets cyclists ride over beside people on foot.']],
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

describe('the vector graph keeps the only copy of the vectors', () => {
  it('leaves no vector in the database', async () => {
    const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true });
    const columns = database.prepare("SELECT name FROM pragma_table_info('chunks')").pluck().all();
    database.close();
    expect(columns).not.toContain('vector');
  });

  it('keeps the fields a chunk row holds as columns out of its JSON, and reads the chunk back whole', async () => {
    const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true });
    const details = database.prepare('SELECT chunk_json FROM chunks').pluck().all() as string[];
    database.close();
    for (const json of details) expect(Object.keys(JSON.parse(json))).not.toContain('source');
    expect(await open({ create: false }).listChunks('zebra.md')).toEqual(zebra.chunks);
  });

  it('makes a writer drop the documents a deleted or damaged graph lost, so the next ingest embeds them again', async () => {
    rmSync(join(dataDir, 'vectors.hnsw'));
    const writer = open();
    expect(await writer.getDocument('zebra.md')).toBeUndefined();
    expect(await writer.searchText(['zebra'], 5)).toEqual([]);
    await writer.putDocument(zebra.prepared, 'again');
    await writer.close();
    await expectZebraIntact(open({ create: false }));
    await closeAll();
    const graph = readFileSync(join(dataDir, 'vectors.hnsw'));
    writeFileSync(join(dataDir, 'vectors.hnsw'), graph.subarray(0, graph.length / 2));
    expect(await open().listDocuments()).toEqual([]);
  });

  it('keeps what a graph saved before a crash holds, dropping only what was written after it', async () => {
    const savedGraph = readFileSync(join(dataDir, 'vectors.hnsw'));
    const savedStamp = readFileSync(join(dataDir, 'vectors.json'));
    const store = open();
    await store.putDocument(pelican.prepared, 'later');
    await store.close();
    // As if the process died before saving the graph.
    writeFileSync(join(dataDir, 'vectors.hnsw'), savedGraph);
    writeFileSync(join(dataDir, 'vectors.json'), savedStamp);
    // A reader searches the vectors the graph has, and finds no chunk whose vector it lacks.
    const reader = open({ create: false });
    const sources = new Set((await reader.searchVector(pelicanQuery, 5)).map((hit) => hit.chunk.source));
    expect([...sources]).toEqual(['zebra.md']);
    await reader.close();
    const writer = open();
    expect((await writer.listDocuments()).map((document) => document.source)).toEqual(['zebra.md']);
    await writer.close();
    await expectZebraIntact(open({ create: false }));
  });

  it('keeps through a crash what was written before a checkpoint', async () => {
    const store = open();
    await store.putDocument(pelican.prepared, 'later');
    await store.checkpoint!();
    const checkpointGraph = readFileSync(join(dataDir, 'vectors.hnsw'));
    const checkpointStamp = readFileSync(join(dataDir, 'vectors.json'));
    await store.putDocument(toucan.prepared, 'later still');
    await store.close();
    // As if the process died after the checkpoint, before saving the graph again.
    writeFileSync(join(dataDir, 'vectors.hnsw'), checkpointGraph);
    writeFileSync(join(dataDir, 'vectors.json'), checkpointStamp);
    const writer = open();
    expect((await writer.listDocuments()).map((document) => document.source)).toEqual(['pelican.md', 'zebra.md']);
    expect((await writer.searchVector(pelicanQuery, 1))[0]!.chunk.source).toBe('pelican.md');
  });

  it('forgets the vectors of a document replaced or removed after the graph was saved', async () => {
    const savedGraph = readFileSync(join(dataDir, 'vectors.hnsw'));
    const savedStamp = readFileSync(join(dataDir, 'vectors.json'));
    const store = open();
    await store.removeDocument('zebra.md');
    await store.putDocument(pelican.prepared, 'later');
    await store.close();
    writeFileSync(join(dataDir, 'vectors.hnsw'), savedGraph);
    writeFileSync(join(dataDir, 'vectors.json'), savedStamp);
    await open().close();
    const reader = open({ create: false });
    expect(await reader.listDocuments()).toEqual([]);
    expect(await reader.searchVector(zebraQuery, 1)).toEqual([]);
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
    // The graph saved (else the crash loses pelican too), then the counts lost, as if never written.
    await store.flush();
    const database = new Database(join(dataDir, 'quorum.sqlite'));
    database.prepare("UPDATE meta SET value = '0' WHERE key = 'term_counts_generation'").run();
    database.prepare('DELETE FROM term_counts').run();
    database.close();
    expect(await frequencies(open({ create: false }))).toEqual({});
    expect(await frequencies(open())).toEqual(countedIn(zebra, pelican));
  });
});
