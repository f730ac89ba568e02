import type pg from 'pg';

/**
 * The SQL that sets every pair token's chunk count in chunk_terms from the lexemes chunk_search
 * holds (ts_stat's ndoc), in one pass: what a bulk load runs once at its flush instead of upserting
 * thousands of pair counts a document, and what the migration that started counting pairs ran on
 * indexes written before it.
 */
export const countPairTokensSql = `
  UPDATE chunk_terms SET chunks = 0 WHERE strpos(term, '_') > 0 AND chunks <> 0;
  INSERT INTO chunk_terms (term, chunks)
  SELECT word, ndoc FROM ts_stat('SELECT lexemes FROM chunk_search') WHERE strpos(word, '_') > 0
  ORDER BY word
  ON CONFLICT (term) DO UPDATE SET chunks = excluded.chunks;
`;

export async function countPairTokens(client: pg.Pool | pg.PoolClient): Promise<void> {
  await client.query(countPairTokensSql);
}

/**
 * SQL for the terms chunk_terms counts for the chunks of a `removed` CTE (rows of label and terms,
 * deleted by the same statement): each chunk's stems and the pair tokens of its chunk_search row,
 * space-joined. The statement reads chunk_search before the cascade removes its rows.
 */
export const removedTermsSql = `(SELECT array_agg(array_to_string(r.terms || ARRAY(
    SELECT lexeme FROM unnest(tsvector_to_array(s.lexemes)) AS lexeme WHERE strpos(lexeme, '_') > 0), ' '))
  FROM removed r LEFT JOIN chunk_search s USING (label))`;

/** The space-joined term lists removedTermsSql returns, as arrays (an empty list for a chunk with none). */
export function splitRemovedTerms(removed: string[] | null | undefined): string[][] {
  return (removed ?? []).map((terms) => (terms === '' ? [] : terms.split(' ')));
}
