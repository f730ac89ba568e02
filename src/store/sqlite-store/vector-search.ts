import type Database from 'better-sqlite3';
import type { Chunk } from '../../core/chunk.js';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import type { PreparedDocument } from '../prepare-document.js';
import type { ChunkFactTable } from './chunk-fact-table.js';
import { type ChunkRow, chunkColumns, chunkFromRow } from './chunk-row.js';
import type { Generation } from './meta.js';
import { openVectorIndexInWorker } from './open-vector-index-in-worker.js';
import { readChunkFacts } from './read-chunk-facts.js';
import { facetCondition } from './search-facets.js';
import { openVectorIndex, savedGraphGeneration, selectiveSearchEf, type VectorIndex } from './vector-index.js';

export interface VectorSearch {
  search(vector: number[], limit: number, filters?: SearchFilters): ScoredChunk[];
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
}

interface Loaded {
  vectors: VectorIndex;
  facts: ChunkFactTable;
  generation: number;
}

type Hit = { label: number; similarity: number };

/** Whether the filters leave out exempt chunks and nothing else (an unfiltered question). */
function onlyExemption(filters: SearchFilters = {}): boolean {
  return !filters.since && !filters.until && !filters.committees?.length && !filters.kinds?.length;
}

/**
 * hnswlib calls a search's filter back in JavaScript for every chunk it visits, which tripled the
 * cost of an unfiltered search at 100k chunks (2.6 ms to 7.8 ms at ef 1024). With fewer exempt
 * chunks than asked for, asking for that many more and dropping them returns the same chunks.
 */
function unfilteredSearch(
  vectors: VectorIndex,
  facts: ChunkFactTable,
  vector: number[],
  limit: number,
  dropped: number,
): Hit[] {
  const hits = vectors.search(vector, limit + dropped);
  return (dropped === 0 ? hits : hits.filter((hit) => !facts.isExempt(hit.label))).slice(0, limit);
}

function filteredSearch(
  vectors: VectorIndex,
  facts: ChunkFactTable,
  vector: number[],
  limit: number,
  filters: SearchFilters | undefined,
): Hit[] {
  const selective = facetCondition(filters) !== undefined;
  return vectors.search(vector, limit, facts.matcher(filters), selective ? selectiveSearchEf : undefined);
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

  return {
    search(vector, limit, filters) {
      refreshAfterIngest();
      const { vectors, facts } = load();
      const dropped = filters?.includeExempt ? 0 : facts.exempt;
      const hits =
        onlyExemption(filters) && dropped < limit
          ? unfilteredSearch(vectors, facts, vector, limit, dropped)
          : filteredSearch(vectors, facts, vector, limit, filters);
      const chunks = chunksByLabels(hits.map((hit) => hit.label));
      return hits.flatMap((hit): ScoredChunk[] => {
        const chunk = chunks.get(hit.label);
        return chunk ? [{ chunk, score: hit.similarity }] : [];
      });
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
    },
  };
}
