import { existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';

const indexFile = 'vectors.hnsw';
/** The hnswlib search breadth of an unfiltered search in a graph of up to `searchEfUpTo` vectors. */
export const searchEf = 1024;
/**
 * A larger graph searches wider in proportion, up to `maxSearchEf`: the same breadth finds fewer of
 * the true nearest as the graph grows (recall@10 at ef 1024 on the benchmark corpus: 0.956 at 99k
 * chunks, 0.83 at 198k, 0.50 at 990k), and a search at 4096 costs about three times one at 1024
 * (at 198k: recall 0.92 at 2048, 0.97 at 4096; docs/benchmarks.md). Smaller graphs search as before.
 */
const searchEfUpTo = 100_000;
const maxSearchEf = 4096;

/** The breadth an unfiltered search uses in a graph of this many vectors; the benchmark reads it too. */
export function searchBreadth(vectors: number): number {
  return Math.min(maxSearchEf, Math.max(searchEf, Math.round((searchEf * vectors) / searchEfUpTo)));
}

/**
 * hnswlib's filtered search walks the graph until `ef` chunks pass the filter, so a filter that
 * passes one chunk in a hundred would visit most of the graph at the full breadth; dates,
 * committees or kinds search at this one.
 */
export const selectiveSearchEf = 128;
const stampFile = 'vectors.json';

export interface VectorIndex {
  /** Adds one vector per label (replacing any under the same label); `vectors` holds them end to end. */
  add(labels: number[], vectors: Float32Array): void;
  remove(labels: number[]): void;
  /** Resolves once every add and remove so far has reached the graph. */
  settle(): Promise<void>;
  /** `ef` overrides the search breadth (searchBreadth) for this search (see selectiveSearchEf). */
  search(
    vector: number[],
    limit: number,
    filter?: (label: number) => boolean,
    ef?: number,
  ): { label: number; similarity: number }[];
  /** Every label the graph holds a vector for (those removed since its last save included). */
  labels(): number[];
  /** Writes the graph beside the database, stamped with the database's write generation. */
  save(generation: number): void;
  /** Milliseconds spent adding and removing vectors since opening. */
  readonly insertMs: number;
  close(): void;
}

/**
 * The hnswlib graph is the only copy of the chunks' vectors (the database keeps none: a second copy
 * doubled the index on disk). It is saved when an ingest flushes, stamped with the database's write
 * generation; a graph whose stamp is behind the database (a crash before saving) is loaded all the
 * same, and a writer drops the documents whose vectors it lacks (repairStaleGraph) so the next
 * ingest embeds them again. A missing or damaged graph starts empty.
 */
export function openVectorIndex(dataDir: string, dimensions: number): VectorIndex {
  const stampPath = join(dataDir, stampFile);
  const indexPath = join(dataDir, indexFile);
  const stamp = readStamp(stampPath);
  const loaded = readGraph(indexPath, dimensions);
  const graph = loaded ?? new hnswlib.HierarchicalNSW('cosine', dimensions);
  let dirty = false;
  let insertMs = 0;
  // The addon reads plain arrays only, and copies the values: one array serves every point.
  const point = new Array<number>(dimensions).fill(0);
  if (!loaded) {
    // Measured on the 100k-chunk benchmark corpus (recall@10 of the dev questions at ef 512):
    // M 12 / efConstruction 32 reaches 0.77, 16 / 64 0.88 (built in 12 s instead of 8, in the
    // ingest's graph worker), 16 / 100 0.91 in 14 s, which slows the whole ingest below 2 MB/s on
    // two cores. See docs/benchmarks.md.
    graph.initIndex({ maxElements: 1024, m: 16, efConstruction: 64, randomSeed: 42, allowReplaceDeleted: true });
    dirty = true;
  }

  function addPoint(label: number, vectors: Float32Array, offset: number): void {
    if (graph.getCurrentCount() >= graph.getMaxElements())
      graph.resizeIndex(Math.max(1024, graph.getMaxElements() * 2));
    for (let index = 0; index < dimensions; index += 1) point[index] = vectors[offset + index]!;
    graph.addPoint(point, label, true);
  }

  return {
    add(labels, vectors) {
      const mark = performance.now();
      labels.forEach((label, index) => {
        addPoint(label, vectors, index * dimensions);
      });
      dirty = true;
      insertMs += performance.now() - mark;
    },
    remove(labels) {
      const mark = performance.now();
      for (const label of labels) {
        try {
          graph.markDelete(label);
          dirty = true;
        } catch {
          // Already absent: removing is idempotent.
        }
      }
      insertMs += performance.now() - mark;
    },
    async settle() {
      // Applied as they were made.
    },
    search(vector, limit, filter, ef) {
      const available = graph.getCurrentCount();
      if (available === 0) return [];
      graph.setEf(Math.max(ef ?? searchBreadth(available), limit));
      const result = graph.searchKnn(vector, Math.min(limit, available), filter);
      return result.neighbors.map((label, index) => ({ label, similarity: 1 - result.distances[index]! }));
    },
    labels() {
      return graph.getIdsList();
    },
    save(nextGeneration) {
      if (!dirty && stamp.generation === nextGeneration) return;
      graph.writeIndexSync(`${indexPath}.tmp`);
      renameSync(`${indexPath}.tmp`, indexPath);
      writeFileSync(
        `${stampPath}.tmp`,
        JSON.stringify({ generation: nextGeneration, bytes: statSync(indexPath).size }),
      );
      renameSync(`${stampPath}.tmp`, stampPath);
      stamp.generation = nextGeneration;
      dirty = false;
    },
    get insertMs() {
      return insertMs;
    },
    close() {
      // The graph is freed with the index.
    },
  };
}

/**
 * The database generation the saved graph was written at; undefined when there is none, or the
 * graph file is not the one saved with the stamp (deleted, cut short or replaced since).
 */
export function savedGraphGeneration(dataDir: string): number | undefined {
  const { generation, bytes } = readStamp(join(dataDir, stampFile));
  try {
    return statSync(join(dataDir, indexFile)).size === bytes ? generation : undefined;
  } catch {
    return undefined;
  }
}

function readStamp(stampPath: string): { generation?: number; bytes?: number } {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8')) as { generation?: number; bytes?: number };
  } catch {
    // Missing or damaged: the graph counts as behind the database.
    return {};
  }
}

/** The saved graph, or undefined when it is missing or damaged. */
function readGraph(indexPath: string, dimensions: number): hnswlib.HierarchicalNSW | undefined {
  if (!existsSync(indexPath)) return undefined;
  const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
  try {
    graph.readIndexSync(indexPath, true);
    return graph;
  } catch {
    return undefined;
  }
}
