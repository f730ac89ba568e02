import type pg from 'pg';
import { removedTermsSql, splitRemovedTerms } from './count-pair-tokens.js';

/**
 * Deletes a document's chunks and returns each one's counted terms, stems and pair tokens (the write
 * transaction holds the counts lock).
 */
export async function removeChunks(client: pg.PoolClient, source: string): Promise<string[][]> {
  const { rows } = await client.query<{ removed: string[] | null }>(
    `WITH removed AS (DELETE FROM chunks WHERE source = $1 RETURNING label, terms) SELECT ${removedTermsSql} AS removed`,
    [source],
  );
  return splitRemovedTerms(rows[0]?.removed);
}
