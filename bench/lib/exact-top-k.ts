export interface VectorTable {
  /** Row i's vector at [i * dimensions, (i + 1) * dimensions), normalised to unit length. */
  vectors: Float32Array;
  dimensions: number;
  /** Rows a search may return (1) and those it must skip (0), e.g. exempt papers. */
  allowed?: Uint8Array;
}

export interface RowScore {
  row: number;
  score: number;
}

/** The k rows nearest the query by cosine similarity, best first, by brute force: the ground truth for recall. */
export function exactTopK(table: VectorTable, query: ArrayLike<number>, k: number): RowScore[] {
  const { vectors, dimensions, allowed } = table;
  const rows = vectors.length / dimensions;
  const unit = unitVector(query, dimensions);
  // The best k so far, worst first, kept sorted by insertion (k is small).
  const best: RowScore[] = [];
  for (let row = 0; row < rows; row += 1) {
    if (allowed && allowed[row] === 0) continue;
    const score = rowScore(table, row, unit);
    if (best.length === k && score <= best[0]!.score) continue;
    let at = 0;
    while (at < best.length && best[at]!.score < score) at += 1;
    best.splice(at, 0, { row, score });
    if (best.length > k) best.shift();
  }
  return best.reverse();
}

/** Cosine similarity of one row with a unit-length query. */
export function rowScore(table: VectorTable, row: number, unit: ArrayLike<number>): number {
  const { vectors, dimensions } = table;
  const base = row * dimensions;
  let score = 0;
  for (let index = 0; index < dimensions; index += 1) score += vectors[base + index]! * unit[index]!;
  return score;
}

export function unitVector(vector: ArrayLike<number>, dimensions: number): Float32Array {
  let norm = 0;
  for (let index = 0; index < dimensions; index += 1) norm += vector[index]! * vector[index]!;
  const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  return Float32Array.from({ length: dimensions }, (_, index) => vector[index]! * scale);
}

/** Scales each row of `vectors` to unit length in place (zero rows stay zero). */
export function normalizeRows(vectors: Float32Array, dimensions: number): Float32Array {
  for (let base = 0; base < vectors.length; base += dimensions) {
    let norm = 0;
    for (let index = base; index < base + dimensions; index += 1) norm += vectors[index]! * vectors[index]!;
    if (norm === 0) continue;
    const scale = 1 / Math.sqrt(norm);
    for (let index = base; index < base + dimensions; index += 1) vectors[index]! *= scale;
  }
  return vectors;
}
