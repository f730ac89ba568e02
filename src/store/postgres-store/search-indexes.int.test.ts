import { describe, expect, it } from 'vitest';
import { zebra } from '../../../test/support/crossing-minutes.js';
import { makeMinutes } from '../../../test/support/make-paper.js';
import { postgresCleanup } from '../../../test/support/postgres-cleanup.js';
import { queryDatabase } from '../../../test/support/query-database.js';
import { embedText, localEmbedderDimensions, localEmbedderName } from '../../embeddings/local-hash-embeddings.js';
import type { IndexStore, ScoredChunk } from '../index-store.js';
import { openPostgresStore } from './open-postgres-store.js';

const embedder = { name: localEmbedderName, dimensions: localEmbedderDimensions };
const { freshDatabase, closeAfter } = postgresCleanup();

async function open(url: string): Promise<IndexStore> {
  const store = await openPostgresStore({ url, embedder, create: true });
  closeAfter(store);
  return store;
}

async function indexes(url: string): Promise<string[]> {
  const rows = await queryDatabase<{ name: string }>(
    url,
    `SELECT indexname AS name FROM pg_indexes WHERE indexname IN ('chunks_embedding', 'chunk_search_lexemes') ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Postings in the full-text index's pending list, not yet merged into its tree. */
async function pendingPostings(url: string): Promise<number> {
  await queryDatabase(url, 'CREATE EXTENSION IF NOT EXISTS pageinspect');
  const [row] = await queryDatabase<{ tuples: string }>(
    url,
    `SELECT n_pending_tuples AS tuples FROM gin_metapage_info(get_raw_page('chunk_search_lexemes', 0))`,
  );
  return Number(row?.tuples);
}

/** The loaded tables autovacuum is kept off. */
async function autovacuumPaused(url: string): Promise<string[]> {
  const rows = await queryDatabase<{ name: string }>(
    url,
    `SELECT relname AS name FROM pg_class
     WHERE relname IN ('chunks', 'chunk_search', 'documents') AND 'autovacuum_enabled=false' = ANY(reloptions)
     ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

const sources = (hits: ScoredChunk[]) => [...new Set(hits.map((hit) => hit.chunk.source))];

const library = makeMinutes('library.md', {
  date: 'Thursday 7 March 2024',
  items: [['Library opening hours', 'Library opening hours were extended on Saturdays.']],
});

describe('search indexes around an ingest', () => {
  it('builds the vector index at the end of a load into an empty index and merges its full-text postings, then keeps both up', async () => {
    const url = await freshDatabase();
    const bulk = await open(url);
    expect(await indexes(url)).toEqual(['chunk_search_lexemes']);
    expect(await autovacuumPaused(url)).toEqual(['chunk_search', 'chunks', 'documents']);
    await bulk.putDocument(zebra.prepared, 't1');
    // Searchable before the flush: the vectors by an exact scan, the text from the pending list.
    expect(sources(await bulk.searchText(['zebra crossings'], 5))).toEqual(['zebra.md']);
    expect(await pendingPostings(url)).toBeGreaterThan(0);
    await bulk.flush();
    expect(await indexes(url)).toEqual(['chunk_search_lexemes', 'chunks_embedding']);
    expect(await pendingPostings(url)).toBe(0);
    expect(await autovacuumPaused(url)).toEqual([]);
    await bulk.close();

    const incremental = await open(url);
    expect(await indexes(url)).toEqual(['chunk_search_lexemes', 'chunks_embedding']);
    await incremental.putDocument(library.prepared, 't2');
    expect(sources(await incremental.searchText(['library opening hours'], 5))).toEqual(['library.md']);
    const [nearest] = await incremental.searchVector(embedText('Library opening hours', embedder.dimensions), 1);
    expect(nearest?.chunk.source).toBe('library.md');
  });

  it('rebuilds an index that a load stopped before its end left missing', async () => {
    const url = await freshDatabase();
    const stopped = await open(url);
    await stopped.putDocument(zebra.prepared, 't1');
    await stopped.close();
    expect(await indexes(url)).toEqual(['chunk_search_lexemes']);
    await open(url);
    expect(await indexes(url)).toEqual(['chunk_search_lexemes', 'chunks_embedding']);
    expect(await autovacuumPaused(url)).toEqual([]);
  });
});
