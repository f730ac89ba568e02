import type { IndexStore } from '../../src/store/index-store.js';
import { type RecallScore, scoreRecall } from './score-recall.js';
import type { StoredVectors } from './stored-vectors.js';

/** Recall@k of the store's own (approximate) unfiltered vector search against exact search on its vectors. */
export async function measureStoreRecall(
  store: IndexStore,
  stored: StoredVectors,
  queries: number[][],
  k: number,
): Promise<RecallScore> {
  const rowOf = new Map(stored.ids.map((id, row) => [id, row]));
  const found: number[][] = [];
  for (const query of queries) {
    const hits = await store.searchVector(query, k);
    found.push(hits.map((hit) => rowOf.get(hit.chunk.id) ?? -1).filter((row) => row >= 0));
  }
  return scoreRecall(stored.table, queries, found, k);
}
