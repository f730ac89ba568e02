import type pg from 'pg';
import { withWriteTransaction } from './with-transaction.js';

/**
 * Marks of a bulk load whose counts are not all in chunk_terms yet. `count_terms`: stems and pair
 * tokens are counted in memory and written at the load's flush (TermTally). `count_pair_tokens`:
 * an earlier Quorum counted stems per document and pair tokens at the flush.
 */
const pendingKeys = ['count_terms', 'count_pair_tokens'];

/**
 * Records that chunk_terms will be short until the load's flush (set when a bulk load opens an empty
 * index), or wrong until recountTermsIfPending (set by a re-index).
 */
export async function markTermsUncounted(pool: pg.Pool | pg.PoolClient): Promise<void> {
  await pool.query("INSERT INTO quorum_meta (key, value) VALUES ($1, 'pending') ON CONFLICT (key) DO NOTHING", [
    pendingKeys[0],
  ]);
}

/** Clears the mark, inside the transaction that completes the counts. */
export async function markTermsCounted(client: pg.PoolClient): Promise<void> {
  await client.query('DELETE FROM quorum_meta WHERE key = ANY($1::text[])', [pendingKeys]);
}

/**
 * Rebuilds every count in chunk_terms from the stored rows (each chunk's distinct stems and the pair
 * tokens of its full-text row) when a load stopped before its flush left them short. Only documents
 * committed whole are in those rows, so none is counted in part.
 */
export async function recountTermsIfPending(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query('SELECT 1 FROM quorum_meta WHERE key = ANY($1::text[])', [pendingKeys]);
  if (rows.length === 0) return;
  await withWriteTransaction(pool, async (client) => {
    await client.query(`
      UPDATE chunk_terms SET chunks = 0 WHERE chunks <> 0;
      INSERT INTO chunk_terms (term, chunks)
      SELECT term, count(*) FROM (
        SELECT unnest(terms) AS term FROM chunks
        UNION ALL
        SELECT lexeme FROM chunk_search, unnest(tsvector_to_array(lexemes)) AS lexeme WHERE strpos(lexeme, '_') > 0
      ) AS counted
      GROUP BY term ORDER BY term
      ON CONFLICT (term) DO UPDATE SET chunks = excluded.chunks`);
    await markTermsCounted(client);
  });
}
