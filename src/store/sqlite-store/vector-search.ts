import type Database from 'better-sqlite3';
import type { Chunk } from '../../core/chunk.js';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import type { PreparedDocument } from '../prepare-document.js';
import type { ChunkFactTable } from './chunk-fact-table.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import type { Generation } from './meta.js';
import { openVectorIndexInWorker } from './open-vector-index-in-worker.js';
import { readChunkFacts } from './read-chunk-facts.js';
import { type GraphHit, searchGraph } from './search-graph.js';
import { startVectorSearchWorker, type VectorSearchWorker } from './search-vectors-in-worker.js';
import { openVectorIndex, savedGraphGeneration, type VectorIndex } from './vector-index.js';

export interface VectorSearch {
  search(vector: number[], limit: number, filters?: SearchFilters): Promise<ScoredChunk[]>;
  /** Whether searches run in a worker thread, leaving this one free meanwhile (searchWorker). */
  readonly inWorker: boolean;
  /** Brings the graph and chunk facts up to a write the database has committed. */
  written(removed: number[], labels: number[], prepared?: PreparedDocument): void;
  settle(): Promise<void>;
  /** Writes the graph for the database's current generation (a writer only). */
  save(): void;
  /**
   * A writer's first step: when the saved graph is behind the database (a crash before saving), the
   * documents whose vectors it lacks are removed (so the next ingest embeds them again) and the
   * graph is saved at the database's generation. Returns the sources removed.
   */
  repairStaleGraph(removeDocument: (source: string) => number[]): string[];
  /** Milliseconds the graph spent inserting and removing. */
  readonly insertMs: number;
  close(): void;
}

export interface VectorSearchOptions {
  dataDir: string;
  dimensions: number;
  generation: Generation;
  /** A writer saves the graph; a reader swaps in the graph an ingest elsewhere saved. */
  writer: boolean;
  graphWorker: boolean;
  /**
   * A reader of an index of more than `fromChunks` chunks (searchWorkerFromChunks) searches in a
   * worker thread (startVectorSearchWorker); `chunks` tells how many the index holds.
   */
  searchWorker?: { chunks: () => number; fromChunks: number };
}

/**
 * Up to here a vector search takes a few milliseconds (ef 1024), less than a worker's start and
 * the hop to it; beyond, its breadth grows with the graph (searchBreadth) to tens of milliseconds
 * at 1M chunks, which the answering thread spends on the full-text search instead.
 */
export const searchWorkerFromChunks = 100_000;

interface Loaded {
  vectors: VectorIndex;
  facts: ChunkFactTable;
  generation: number;
}

/** The hnswlib graph over the stored vectors, filtered by each chunk's facts at search time. */
export function createVectorSearch(database: Database.Database, options: VectorSearchOptions): VectorSearch {
  const { dataDir, dimensions, generation, writer } = options;
  // Loaded on first use, not on open: a store that only lists, reads or searches text (most CLIs,
  // a bot's first seconds) never pays for reading the graph and every chunk's facts, which grows
  // with the index (half a second at 100k chunks, seconds at 1M).
  let loaded: Loaded | undefined;
  const load = () => {
    if (loaded) return loaded;
    loaded = {
      vectors:
        writer && options.graphWorker
          ? openVectorIndexInWorker(dataDir, dimensions, generation.current)
          : openVectorIndex(dataDir, dimensions),
      facts: readChunkFacts(database),
      generation: generation.current(),
    };
    return loaded;
  };
  const chunksByLabel = database.prepare(
    `SELECT c.label AS label, ${chunkColumns('c')} FROM chunks c WHERE c.label IN (SELECT value FROM json_each(?))`,
  );

  /**
   * A reader (the bot) keeps serving while an ingest runs elsewhere; once that ingest has saved its
   * graph for the database's new generation, swap in the new graph and facts. Full-text search
   * sees new papers at once; this brings them into vector search without a restart.
   */
  function refreshAfterIngest(): void {
    if (writer || !loaded) return;
    const current = generation.current();
    if (current === loaded.generation || savedGraphGeneration(dataDir) !== current) return;
    loaded.vectors.close();
    loaded = undefined;
  }

  function chunksByLabels(labels: number[]): Map<number, Chunk> {
    const rows = chunksByLabel.all(JSON.stringify(labels)) as (ChunkRow & { label: number })[];
    return new Map(rows.map((row) => [row.label, chunkFromRow(row)]));
  }

  /** The reader's search worker for the graph saved at `generation`, while it serves. */
  let worker: { searcher: VectorSearchWorker; generation: number } | undefined;
  // Decided at the first search: a worker that failed once is not started again.
  let useWorker: boolean | undefined;

  function wantsWorker(): boolean {
    const { searchWorker } = options;
    useWorker ??= !writer && searchWorker !== undefined && searchWorker.chunks() > searchWorker.fromChunks;
    return useWorker;
  }

  function workerFor(): VectorSearchWorker | undefined {
    if (!wantsWorker()) return undefined;
    const current = generation.current();
    // As refreshAfterIngest: a new worker once an ingest elsewhere saved the graph of a newer write.
    if (worker && worker.generation !== current && savedGraphGeneration(dataDir) === current) {
      worker.searcher.close();
      worker = undefined;
    }
    worker ??= { searcher: startVectorSearchWorker(dataDir, dimensions), generation: current };
    return worker.searcher;
  }

  function scored(hits: GraphHit[]): ScoredChunk[] {
    const chunks = chunksByLabels(hits.map((hit) => hit.label));
    return hits.flatMap((hit): ScoredChunk[] => {
      const chunk = chunks.get(hit.label);
      return chunk ? [{ chunk, score: hit.similarity }] : [];
    });
  }

  function searchHere(vector: number[], limit: number, filters: SearchFilters | undefined): ScoredChunk[] {
    refreshAfterIngest();
    const { vectors, facts } = load();
    return scored(searchGraph(vectors, facts, vector, limit, filters));
  }

  return {
    async search(vector, limit, filters) {
      const searcher = workerFor();
      if (!searcher) return searchHere(vector, limit, filters);
      try {
        return scored(await searcher.search(vector, limit, filters));
      } catch (error) {
        // A worker that cannot start or stopped (e.g. no tsx for a TypeScript worker): search here from now on.
        if (!searcher.stopped) throw error;
        searcher.close();
        worker = undefined;
        useWorker = false;
        return searchHere(vector, limit, filters);
      }
    },
    get inWorker() {
      return wantsWorker();
    },
    written(removed, labels, prepared) {
      const { vectors, facts } = load();
      vectors.remove(removed);
      for (const label of removed) facts.delete(label);
      if (!prepared) return;
      vectors.add(labels, prepared.vectors);
      labels.forEach((label, index) => {
        const { meetingDate, committee, kind, exempt } = prepared.chunks[index]!;
        facts.set(label, { meetingDate, committee, kind, exempt });
      });
    },
    repairStaleGraph(removeDocument) {
      if (!writer || savedGraphGeneration(dataDir) === generation.current()) return [];
      const graph = openVectorIndex(dataDir, dimensions);
      try {
        const held = new Set(graph.labels());
        const rows = database.prepare('SELECT label, source FROM chunks').raw().all() as [number, string][];
        const stored = new Set(rows.map(([label]) => label));
        // Vectors of chunks written over or removed since the graph was saved.
        graph.remove([...held].filter((label) => !stored.has(label)));
        const lacking = [...new Set(rows.filter(([label]) => !held.has(label)).map(([, source]) => source))];
        for (const source of lacking) graph.remove(removeDocument(source));
        graph.save(generation.current());
        return lacking;
      } finally {
        graph.close();
      }
    },
    async settle() {
      await loaded?.vectors.settle();
    },
    save() {
      if (!writer) return;
      // A writer that wrote nothing still mends a graph a crashed ingest left behind (repairIfStale).
      if (!loaded && savedGraphGeneration(dataDir) === generation.current()) return;
      load().vectors.save(generation.current());
    },
    get insertMs() {
      return loaded?.vectors.insertMs ?? 0;
    },
    close() {
      loaded?.vectors.close();
      worker?.searcher.close();
    },
  };
}
