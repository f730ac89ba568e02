import type { Chunk } from '../core/chunk.js';
import type { SearchFilters } from '../store/index-store.js';

export interface RetrievedPassage {
  chunk: Chunk;
  score: number;
}

export interface RetrieveRequest {
  question: string;
  filters?: SearchFilters;
  /** How many passages to return; the retriever picks a sensible default. */
  limit?: number;
}

/** Hybrid retrieval: BM25 and vectors fused, filters applied inside the search. */
export type RetrievePassages = (request: RetrieveRequest) => Promise<RetrievedPassage[]>;
