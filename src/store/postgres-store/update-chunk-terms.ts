import type pg from 'pg';

/**
 * Applies the per-stem change in chunk counts that one document's write or removal makes. Stems are
 * written in sorted order, so two writers touching the same stems lock them in the same order.
 * Stems that drop to zero stay as rows (documentFrequencies skips them): deleting them would cost a
 * second statement per document for rows a later document will likely bring back.
 */
export async function updateChunkTerms(
  client: pg.PoolClient,
  removed: readonly (readonly string[])[],
  added: readonly (readonly string[])[],
): Promise<void> {
  const delta = new Map<string, number>();
  for (const terms of removed) for (const term of terms) delta.set(term, (delta.get(term) ?? 0) - 1);
  for (const terms of added) for (const term of terms) delta.set(term, (delta.get(term) ?? 0) + 1);
  const changed = [...delta].filter(([, change]) => change !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (changed.length === 0) return;
  await client.query(
    `INSERT INTO chunk_terms (term, chunks)
     SELECT term, change FROM unnest($1::text[], $2::int[]) AS t (term, change) ORDER BY term
     ON CONFLICT (term) DO UPDATE SET chunks = chunk_terms.chunks + excluded.chunks`,
    [changed.map(([term]) => term), changed.map(([, change]) => change)],
  );
}
