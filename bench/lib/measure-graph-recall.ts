import { join } from 'node:path';
import hnswlib from 'hnswlib-node';
import { type RecallScore, scoreRecall } from './score-recall.js';
import type { StoredVectors } from './stored-vectors.js';

/**
 * Recall@k of the embedded store's saved hnswlib graph at several ef values, read straight from
 * vectors.hnsw (the store fixes its own ef), against exact search; exempt chunks are filtered out
 * of both, as the store's unfiltered search does.
 */
export function measureGraphRecall(
  dataDir: string,
  stored: StoredVectors,
  queries: number[][],
  efs: number[],
  k: number,
): ({ ef: number } & RecallScore)[] {
  const { table, labels = [] } = stored;
  const graph = new hnswlib.HierarchicalNSW('cosine', table.dimensions);
  graph.readIndexSync(join(dataDir, 'vectors.hnsw'), true);
  const rowOf = new Map(labels.map((label, row) => [label, row]));
  const allowed = (label: number) => table.allowed?.[rowOf.get(label) ?? -1] === 1;
  return efs.map((ef) => {
    graph.setEf(ef);
    const found = queries.map((query) =>
      graph.searchKnn(query, k, allowed).neighbors.map((label) => rowOf.get(label) ?? -1),
    );
    return { ef, ...scoreRecall(table, queries, found, k) };
  });
}
