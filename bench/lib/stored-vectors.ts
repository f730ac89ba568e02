import type { VectorTable } from './exact-top-k.js';

/** A store's vectors, row by row: the chunk id (and embedded graph label) of each row. */
export interface StoredVectors {
  ids: string[];
  /** The hnswlib label of each row (embedded store only). */
  labels?: number[];
  table: VectorTable;
}
