import type { ScoredChunk } from '../store/index-store.js';

export type FusionMethod = 'weighted' | 'rrf';

export interface FusionOptions {
  method: FusionMethod;
  /** Weight of the vector ranking relative to BM25's 1. */
  vectorWeight: number;
}

const rrfConstant = 60;

/** Merges BM25 and vector rankings into one score per chunk id. */
export function fuseRankings(
  text: ScoredChunk[],
  vector: ScoredChunk[],
  options: FusionOptions,
): Map<string, ScoredChunk> {
  const fused = new Map<string, ScoredChunk>();
  const add = (list: ScoredChunk[], weight: number) => {
    const top = Math.max(...list.map((hit) => hit.score), Number.EPSILON);
    list.forEach((hit, rank) => {
      const contribution =
        options.method === 'rrf' ? weight / (rrfConstant + rank + 1) : (weight * Math.max(hit.score, 0)) / top;
      const existing = fused.get(hit.chunk.id);
      if (existing) existing.score += contribution;
      else fused.set(hit.chunk.id, { chunk: hit.chunk, score: contribution });
    });
  };
  add(text, 1);
  add(vector, options.vectorWeight);
  return fused;
}
