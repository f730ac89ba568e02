import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../ingest/pipeline/ingest-paths.js';
import { localEmbedder } from '../../../test/support/local-embedder.js';
import { createSilentLogger } from '../../core/logger.js';
import { embedText, localEmbedderDimensions } from '../../embeddings/local-hash-embeddings.js';
import { openSqliteStore } from './open-sqlite-store.js';

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
  it('brings papers ingested meanwhile into vector search without reopening', async () => {
    await ingest(['corpus/001_10f830cb2e8bf681.txt']);
    const reader = openSqliteStore({
      dataDir,
      embedder: { name: localEmbedder.name, dimensions: localEmbedderDimensions },
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
});
