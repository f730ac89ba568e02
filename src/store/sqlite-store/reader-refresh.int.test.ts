import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../ingest/pipeline/ingest-paths.js';
import { localEmbedder } from '../../../test/support/local-embedder.js';
import { createSilentLogger } from '../../core/logger.js';
import { embedText, localEmbedderDimensions } from '../../embeddings/local-hash-embeddings.js';
import { openDatabase } from './open-database.js';
import { openSqliteStore } from './open-sqlite-store.js';
import { readChunkFacts } from './read-chunk-facts.js';
import { searchGraph } from './search-graph.js';
import { startVectorSearchWorker } from './search-vectors-in-worker.js';
import { openVectorIndex } from './vector-index.js';

let dataDir: string;

const ingest = (paths: string[]) =>
  ingestPaths({
    paths,
    location: { dataDir },
    embedder: localEmbedder,
    chunking: { size: 1200, overlap: 150 },
    logger: createSilentLogger(),
  });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'quorum-refresh-'));
});

afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('a store opened for reading', () => {
  // A read-only store of more chunks than searchWorkerFromChunks searches vectors in a worker thread.
  it.each([
    ['in its own thread', {}],
    ['in a worker thread', { readOnly: true, searchWorkerFromChunks: 0 }],
  ])('brings papers ingested meanwhile into vector search without reopening (%s)', async (_, options) => {
    await ingest(['corpus/001_10f830cb2e8bf681.txt']);
    const reader = openSqliteStore({
      dataDir,
      embedder: { name: localEmbedder.name, dimensions: localEmbedderDimensions },
      ...options,
    });
    try {
      const query = embedText('Elective Home Education Presentation consultation response', localEmbedderDimensions);
      const sourcesBefore = new Set((await reader.searchVector(query, 10)).map((hit) => hit.chunk.source));
      expect(sourcesBefore).not.toContain('corpus/000_71088af9a53d8a0a.txt');

      await ingest(['corpus/001_10f830cb2e8bf681.txt', 'corpus/000_71088af9a53d8a0a.txt']);

      const sourcesAfter = (await reader.searchVector(query, 10)).map((hit) => hit.chunk.source);
      expect(sourcesAfter).toContain('corpus/000_71088af9a53d8a0a.txt');
      expect((await reader.searchText(['elective home education'], 5)).length).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });

  it('finds in a worker thread what it finds in its own, filtered or not', async () => {
    await ingest(['corpus/001_10f830cb2e8bf681.txt', 'corpus/000_71088af9a53d8a0a.txt']);
    const embedder = { name: localEmbedder.name, dimensions: localEmbedderDimensions };
    const here = openSqliteStore({ dataDir, embedder, readOnly: true });
    const inWorker = openSqliteStore({ dataDir, embedder, readOnly: true, searchWorkerFromChunks: 0 });
    // The worker itself, beside the same graph and facts read in this thread.
    const worker = startVectorSearchWorker(dataDir, localEmbedderDimensions);
    const database = openDatabase(dataDir, false, true);
    const facts = readChunkFacts(database);
    const graph = openVectorIndex(dataDir, localEmbedderDimensions);
    try {
      const dates = (await here.searchVector(embedText('minutes', localEmbedderDimensions), 50))
        .flatMap((hit) => hit.chunk.meetingDate ?? [])
        .sort();
      expect(dates.length).toBeGreaterThan(1);
      const queries = ['budget savings for the coming year', 'school admissions appeal panel', 'resolved to note'];
      for (const filters of [undefined, { since: dates[0], until: dates[0] }, { includeExempt: true }]) {
        for (const text of queries) {
          const query = embedText(text, localEmbedderDimensions);
          // Asked at once, as the retriever does: the text search waits its turn behind the vector search.
          const [expected, found, textHits] = await Promise.all([
            here.searchVector(query, 12, filters),
            inWorker.searchVector(query, 12, filters),
            inWorker.searchText([text], 5, filters),
          ]);
          expect(found.map((hit) => [hit.chunk.id, hit.score])).toEqual(
            expected.map((hit) => [hit.chunk.id, hit.score]),
          );
          expect(found.length).toBeGreaterThan(0);
          expect(await worker.search(query, 12, filters)).toEqual(searchGraph(graph, facts, query, 12, filters));
          expect(textHits).toEqual(await here.searchText([text], 5, filters));
        }
      }
      expect(worker.stopped).toBe(false);
    } finally {
      worker.close();
      graph.close();
      database.close();
      await Promise.all([here.close(), inWorker.close()]);
    }
  });
});
