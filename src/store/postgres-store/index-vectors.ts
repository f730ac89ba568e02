import type pg from 'pg';

// pgvector's HNSW indexes vector up to 2,000 dimensions and halfvec up to 4,000: larger embeddings
// (text-embedding-3-large's 3,072) are indexed and searched as half precision.
const maxFullPrecision = 2000;

/** The SQL expression searched and indexed for a chunk's embedding, and the type a query vector is cast to. */
export function vectorExpression(dimensions: number): { column: string; type: string; operators: string } {
  return dimensions > maxFullPrecision
    ? { column: `(embedding::halfvec(${dimensions}))`, type: `halfvec(${dimensions})`, operators: 'halfvec_cosine_ops' }
    : { column: 'embedding', type: `vector(${dimensions})`, operators: 'vector_cosine_ops' };
}

/**
 * Fixes the embedding column's dimensions and builds its HNSW index: done once, when the manifest
 * first records the embedder, in the transaction that writes it.
 */
export async function indexVectors(client: pg.PoolClient, dimensions: number): Promise<void> {
  if (!Number.isInteger(dimensions) || dimensions < 1 || dimensions > 16_000) {
    throw new RangeError(`Cannot index vectors of ${dimensions} dimensions`);
  }
  const { column, operators } = vectorExpression(dimensions);
  await client.query(`ALTER TABLE chunks ALTER COLUMN embedding TYPE vector(${dimensions})`);
  await client.query(`CREATE INDEX IF NOT EXISTS chunks_embedding ON chunks USING hnsw (${column} ${operators})`);
}
