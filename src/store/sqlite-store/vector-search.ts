import type Database from 'better-sqlite3';
import type { Chunk } from '../../core/chunk.js';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import type { PreparedDocument } from '../prepare-document.js';
import { filterPredicate } from './filter-clause.js';
import type { Generation } from './meta.js';
import { openVectorIndexInWorker } from './open-vector-index-in-worker.js';
import { readChunkFacts } from './read-chunk-facts.js';
import { readStoredVectors } from './read-stored-vectors.js';
import { facetCondition } from './search-facets.js';
import { openVectorIndex, savedGraphGeneration, selectiveSearchEf } from './vector-index.js';

export interface VectorSearch {
  search(vector: number[], limit: number, filters?: SearchFilters): ScoredChunk[];
  /** Brings the graph and chunk facts up to a write the database has committed. */
  written(removed: number[], labels: number[], prepared?: PreparedDocument): void;
  settle(): Promise<void>;
  /** Writes the graph for the database's current generation (a writer only). */
  save(): void;
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
}

/** The hnswlib graph over the stored vectors, filtered by each chunk's facts at search time. */
export function createVectorSearch(database: Database.Database, options: VectorSearchOptions): VectorSearch {
  const { dataDir, dimensions, generation, writer } = options;
  const readAll = () => readStoredVectors(database);
  let vectors =
    writer && options.graphWorker
      ? openVectorIndexInWorker(dataDir, dimensions, generation.current, readAll)
      : openVectorIndex(dataDir, dimensions, generation.current(), readAll);
  let facts = readChunkFacts(database);
  let loadedGeneration = generation.current();
  const chunksByLabel = database.prepare(
    'SELECT label, chunk_json FROM chunks WHERE label IN (SELECT value FROM json_each(?))',
  );

  /**
   * A reader (the bot) keeps serving while an ingest runs elsewhere; once that ingest has saved its
   * graph for the database's new generation, swap in the new graph and facts. Full-text search
   * sees new papers at once; this brings them into vector search without a restart.
   */
  function refreshAfterIngest(): void {
    if (writer) return;
    const current = generation.current();
    if (current === loadedGeneration || savedGraphGeneration(dataDir) !== current) return;
    vectors.close();
    vectors = openVectorIndex(dataDir, dimensions, current, readAll);
    facts = readChunkFacts(database);
    loadedGeneration = current;
  }

  function chunksByLabels(labels: number[]): Map<number, Chunk> {
    const rows = chunksByLabel.all(JSON.stringify(labels)) as { label: number; chunk_json: string }[];
    return new Map(rows.map((row) => [row.label, JSON.parse(row.chunk_json) as Chunk]));
  }

  return {
    search(vector, limit, filters) {
      refreshAfterIngest();
      const allowed = filterPredicate(filters);
      const selective = facetCondition(filters) !== undefined;
      const hits = vectors.search(
        vector,
        limit,
        (label) => {
          const fact = facts.get(label);
          return fact !== undefined && allowed(fact);
        },
        selective ? selectiveSearchEf : undefined,
      );
      const chunks = chunksByLabels(hits.map((hit) => hit.label));
      return hits.flatMap((hit): ScoredChunk[] => {
        const chunk = chunks.get(hit.label);
        return chunk ? [{ chunk, score: hit.similarity }] : [];
      });
    },
    written(removed, labels, prepared) {
      vectors.remove(removed);
      for (const label of removed) facts.delete(label);
      if (!prepared) return;
      vectors.add(labels, prepared.vectors);
      labels.forEach((label, index) => {
        const { meetingDate, committee, kind, exempt } = prepared.chunks[index]!;
        facts.set(label, { meetingDate, committee, kind, exempt });
      });
    },
    settle: () => vectors.settle(),
    save() {
      if (writer) vectors.save(generation.current());
    },
    get insertMs() {
      return vectors.insertMs;
    },
    close() {
      vectors.close();
    },
  };
}
