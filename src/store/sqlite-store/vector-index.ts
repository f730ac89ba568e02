import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import hnswlib from 'hnswlib-node';

const indexFile = 'vectors.hnsw';
const stampFile = 'vectors.json';

export interface VectorIndex {
  add(label: number, vector: ArrayLike<number>): void;
  remove(label: number): void;
  search(vector: number[], limit: number, filter?: (label: number) => boolean): { label: number; similarity: number }[];
  /** Writes the graph beside the database, stamped with the database's write generation. */
  save(generation: number): void;
  readonly size: number;
}

/**
 * The hnswlib graph is a cache of the vectors kept in SQLite: it is loaded only when its stamp
 * matches the database's generation, otherwise rebuilt, so a crash between the two never leaves
 * them disagreeing.
 */
export function openVectorIndex(
  dataDir: string,
  dimensions: number,
  generation: number,
  readAll: () => Iterable<{ label: number; vector: number[] }>,
): VectorIndex {
  const stampPath = join(dataDir, stampFile);
  const indexPath = join(dataDir, indexFile);
  const stamp = readStamp(stampPath);
  const loaded = stamp.generation === generation ? readGraph(indexPath, dimensions) : undefined;
  const graph = loaded ?? new hnswlib.HierarchicalNSW('cosine', dimensions);
  let dirty = false;
  if (!loaded) {
    // Measured at 100k chunks: M 12 / efConstruction 64 builds the graph in 15-40% less time than
    // 16 / 100 with the same recall of the 40 nearest at ef 64 (the retriever's candidates).
    graph.initIndex({ maxElements: 1024, m: 12, efConstruction: 64, randomSeed: 42, allowReplaceDeleted: true });
    for (const { label, vector } of readAll()) addPoint(label, vector);
    dirty = true;
  }
  graph.setEf(64);

  function addPoint(label: number, vector: ArrayLike<number>): void {
    if (graph.getCurrentCount() >= graph.getMaxElements())
      graph.resizeIndex(Math.max(1024, graph.getMaxElements() * 2));
    // The addon reads plain arrays only.
    graph.addPoint(Array.isArray(vector) ? vector : Array.from(vector), label, true);
  }

  return {
    add(label, vector) {
      addPoint(label, vector);
      dirty = true;
    },
    remove(label) {
      try {
        graph.markDelete(label);
        dirty = true;
      } catch {
        // Already absent: removing is idempotent.
      }
    },
    search(vector, limit, filter) {
      const available = graph.getCurrentCount();
      if (available === 0) return [];
      const result = graph.searchKnn(vector, Math.min(limit, available), filter);
      return result.neighbors.map((label, index) => ({ label, similarity: 1 - result.distances[index]! }));
    },
    save(nextGeneration) {
      if (!dirty && stamp.generation === nextGeneration) return;
      graph.writeIndexSync(`${indexPath}.tmp`);
      renameSync(`${indexPath}.tmp`, indexPath);
      writeFileSync(`${stampPath}.tmp`, JSON.stringify({ generation: nextGeneration }));
      renameSync(`${stampPath}.tmp`, stampPath);
      stamp.generation = nextGeneration;
      dirty = false;
    },
    get size() {
      return graph.getCurrentCount();
    },
  };
}

function readStamp(stampPath: string): { generation?: number } {
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8')) as { generation?: number };
  } catch {
    // Missing or damaged: the graph is rebuilt from SQLite.
    return {};
  }
}

/** The saved graph, or undefined when it is missing or damaged and must be rebuilt from SQLite. */
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
