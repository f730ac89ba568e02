import { exactTopK, rowScore, unitVector, type VectorTable } from './exact-top-k.js';

export interface RecallScore {
  /** Share of the exact top-k rows returned, by identity. */
  strict: number;
  /**
   * Share of the k returned that are as near as the exact k-th: identical vectors (the same
   * paragraph in many papers) tie, and any of them is a correct neighbour.
   */
  withTies: number;
}

// Float32 sums of the same vectors in another order differ in the last bits.
const tolerance = 1e-5;

/** Recall@k of approximate results (rows of `table`) for each query against brute-force search. */
export function scoreRecall(
  table: VectorTable,
  queries: ArrayLike<number>[],
  found: number[][],
  k: number,
): RecallScore {
  let strict = 0;
  let withTies = 0;
  queries.forEach((query, index) => {
    const exact = exactTopK(table, query, k);
    const returned = (found[index] ?? []).slice(0, k);
    if (exact.length === 0) {
      strict += 1;
      withTies += 1;
      return;
    }
    const truth = new Set(exact.map((hit) => hit.row));
    strict += returned.filter((row) => truth.has(row)).length / exact.length;
    const kth = exact.at(-1)!.score - tolerance;
    const unit = unitVector(query, table.dimensions);
    withTies +=
      Math.min(exact.length, returned.filter((row) => rowScore(table, row, unit) >= kth).length) / exact.length;
  });
  const count = Math.max(queries.length, 1);
  return { strict: strict / count, withTies: withTies / count };
}
