import { QuorumError } from '../../core/errors.js';
import { analyzerVersion } from '../../core/tokenize.js';
import { isAnalyzerOutdated } from '../check-manifest-analyzer.js';
import type { IndexStore, StoreWriteTimings } from '../index-store.js';
import { compactAfterLoad } from './compact-after-load.js';
import { createTextCount } from './count-text.js';
import { createChunkTotal, createGeneration } from './meta.js';
import { openDatabase } from './open-database.js';
import { createIndexReads } from './read-index.js';
import { readOrCreateManifest, writeManifest } from './read-or-create-manifest.js';
import { reindexChunks } from './reindex-chunks.js';
import { createTextSearch } from './search-text.js';
import { createTermCounts } from './term-counts.js';
import { createVectorSearch } from './vector-search.js';
import { createWriteBatch } from './write-batch.js';
import { createDocumentWrites } from './write-documents.js';

// Chunks a write batch holds before it commits (createWriteBatch). Measured on 7,865 chunks of the
// benchmark corpus: commits every 4,096 chunks with FTS5 holding a batch's terms in memory
// (hashsize) took the main thread's writing from 3.49 to 2.85 s CPU (best of four, alternating).
const commitEveryChunks = 4096;
// FTS5 writes its pending terms out once they pass this many bytes (1 MB by default, a few
// documents): enough for a batch, so each batch becomes one segment (tens of megabytes at most).
const fullTextHashBytes = 64 * 2 ** 20;

export interface SqliteStoreOptions {
  dataDir: string;
  embedder: { name: string; dimensions?: number };
  /**
   * Create the index when it does not exist yet (ingest); answering opens existing ones only.
   * Only such a writer saves the vector graph: a reader's graph may be older than the database by
   * the time it closes (an ingest ran meanwhile), and saving it would stamp stale vectors as current.
   */
  create?: boolean;
  /**
   * Chunks a full-text search may score: its commonest terms are left out beyond this
   * (fitPostingBudget). Measured on the 100k-chunk benchmark: see docs/benchmarks.md.
   */
  textPostingBudget?: number;
  /**
   * Build the vector graph in a worker thread, so a long ingest inserts into it while this thread
   * writes SQLite. Only for a writer (create); a search brings the graph back to this thread.
   */
  graphWorker?: boolean;
  /**
   * Write documents in batches of commitEveryChunks a transaction (a writer's bulk load): other
   * connections see them at each commit, flush and checkpoint rather than after each document.
   */
  batchWrites?: boolean;
  /** Told, at every flush, the time spent writing since opening (the ingest benchmark's split). */
  onWriteTimings?: (timings: StoreWriteTimings) => void;
  /** Answering only: the connection is read-only, so writes fail and closing writes nothing. */
  readOnly?: boolean;
}

/** The embedded default store: SQLite (metadata, text, FTS5 BM25) plus an hnswlib graph holding the vectors. */
export function openSqliteStore({
  dataDir,
  embedder,
  create = false,
  graphWorker = false,
  batchWrites = false,
  textPostingBudget = 20_000,
  onWriteTimings,
  readOnly = false,
}: SqliteStoreOptions): IndexStore {
  const database = openDatabase(dataDir, create, readOnly);
  const manifest = readOrCreateManifest(database, dataDir, embedder, create);
  const generation = createGeneration(database);
  const vectors = createVectorSearch(database, {
    dataDir,
    dimensions: manifest.dimensions,
    generation,
    writer: create,
    graphWorker,
  });
  const termCounts = createTermCounts(database);
  // Only a writer re-indexes an index another analyser built (a reader refused it) and mends counts a
  // crash left behind; a reader must not write under a running ingest.
  if (create && isAnalyzerOutdated(manifest)) {
    reindexChunks(database, termCounts, generation);
    manifest.analyzerVersion = analyzerVersion;
    writeManifest(database, manifest);
  }
  if (create) termCounts.rebuildIfStale(generation.current());
  const writePendingTermCounts = () => {
    if (termCounts.pendingDocuments > 0) database.transaction(() => termCounts.write(generation.current()))();
  };
  const writes = createDocumentWrites(database, generation, termCounts);
  // Without batching every document commits on its own (a batch of one).
  const batch = createWriteBatch(database, batchWrites ? commitEveryChunks : 0, {
    beforeCommit: () => writes.writeFullText(),
    onLost: () => writes.dropFullText(),
  });
  if (create && batchWrites) {
    // FTS5 takes the value as an integer only, which a bound JavaScript number is not.
    database.exec(`INSERT INTO chunk_search (chunk_search, rank) VALUES ('hashsize', ${fullTextHashBytes})`);
  }
  const chunkTotal = createChunkTotal(database);
  let chunksWritten = 0;
  // Documents written after the graph was last saved have no vectors anywhere: a writer drops them
  // and the ingest it runs for embeds them again, as it does any paper it has not seen.
  if (create) vectors.repairStaleGraph((source) => writes.remove(source));
  const searchText = createTextSearch(database, { postingBudget: textPostingBudget, remember: readOnly });
  const countText = createTextCount(database, textPostingBudget);
  const frequencies = database.prepare(
    'SELECT term, chunks FROM term_counts WHERE chunks > 0 AND term IN (SELECT value FROM json_each(?))',
  );

  return {
    manifest,
    ...createIndexReads(database),
    async putDocument(prepared, ingestedAt) {
      if (prepared.vectors.length !== prepared.chunks.length * manifest.dimensions) {
        throw new QuorumError(
          'embedding_failed',
          `${prepared.source}: vectors do not match the index's ${manifest.dimensions} dimensions`,
        );
      }
      batch.write(
        prepared.chunks.length,
        () => writes.replace(prepared, ingestedAt),
        ({ removed, labels }) => {
          chunksWritten += labels.length;
          vectors.written(removed, labels, prepared);
        },
      );
    },
    async removeDocument(source) {
      batch.write(
        0,
        () => writes.remove(source),
        (removed) => vectors.written(removed, []),
      );
    },
    async generation() {
      return generation.current();
    },
    async documentFrequencies(stems) {
      // This store's own writes count at once; other connections' after their batch is written.
      writePendingTermCounts();
      const rows = frequencies.all(JSON.stringify(stems)) as { term: string; chunks: number }[];
      return new Map(rows.map((row) => [row.term, row.chunks]));
    },
    async searchText(phrases, limit, filters) {
      // A batch's full-text entries are held until it commits (createDocumentWrites): this connection sees its own.
      writes.writeFullText();
      return searchText(phrases, limit, filters);
    },
    async countText(phrases, limit, filters) {
      writes.writeFullText();
      return countText(phrases, limit, filters);
    },
    async searchVector(vector, limit, filters) {
      // The graph holds a batch's vectors only once it is committed.
      batch.commit();
      return vectors.search(vector, limit, filters);
    },
    async flush() {
      batch.commit();
      writePendingTermCounts();
      compactAfterLoad(database, chunksWritten, chunkTotal.current());
      chunksWritten = 0;
      await vectors.settle();
      vectors.save();
      onWriteTimings?.({ ...writes.timings, vectorMs: vectors.insertMs });
    },
    async checkpoint() {
      // Without a saved graph, a crash loses every document written since the last save: the next
      // writer drops the documents whose vectors the graph lacks (repairStaleGraph).
      batch.commit();
      writePendingTermCounts();
      vectors.save();
    },
    async close() {
      try {
        batch.commit();
        writePendingTermCounts();
        vectors.save();
      } finally {
        vectors.close();
        database.close();
      }
    },
  };
}
