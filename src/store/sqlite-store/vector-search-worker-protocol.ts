import type { SearchFilters } from '../index-store.js';
import type { GraphHit } from './search-graph.js';

export interface VectorSearchWorkerData {
  dataDir: string;
  dimensions: number;
}

export interface VectorSearchRequest {
  id: number;
  vector: number[];
  limit: number;
  filters?: SearchFilters;
}

export type VectorSearchReply = { id: number; hits: GraphHit[] } | { id: number; error: string };
