import { join } from 'node:path';
import Database from 'better-sqlite3';
import hnswlib from 'hnswlib-node';
import { normalizeRows } from './exact-top-k.js';
import type { StoredVectors } from './stored-vectors.js';

/**
 * Every chunk's vector in the embedded store, for exact search: the chunks from its database
 * (read-only), their vectors from the saved graph, the only place the store keeps them.
 */
export function readEmbeddedVectors(dataDir: string, dimensions: number): StoredVectors {
  const graph = new hnswlib.HierarchicalNSW('cosine', dimensions);
  graph.readIndexSync(join(dataDir, 'vectors.hnsw'));
  const database = new Database(join(dataDir, 'quorum.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = database.prepare('SELECT label, id, exempt FROM chunks ORDER BY label').raw().all() as [
      number,
      string,
      number,
    ][];
    const vectors = new Float32Array(rows.length * dimensions);
    const allowed = new Uint8Array(rows.length);
    rows.forEach(([label, , exempt], row) => {
      vectors.set(graph.getPoint(label), row * dimensions);
      allowed[row] = exempt ? 0 : 1;
    });
    return {
      ids: rows.map(([, id]) => id),
      labels: rows.map(([label]) => label),
      table: { vectors: normalizeRows(vectors, dimensions), dimensions, allowed },
    };
  } finally {
    database.close();
  }
}
