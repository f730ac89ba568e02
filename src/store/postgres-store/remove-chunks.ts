import type pg from 'pg';

/**
 * Deletes a document's chunks and returns each one's stems. Locks the counts row first: every write
 * transaction starts here, so writers queue on it instead of deadlocking on the rows after it.
 */
export async function removeChunks(client: pg.PoolClient, source: string): Promise<string[][]> {
  await client.query('SELECT 1 FROM quorum_counts FOR UPDATE');
  const { rows } = await client.query<{ terms: string[] }>('DELETE FROM chunks WHERE source = $1 RETURNING terms', [
    source,
  ]);
  return rows.map((row) => row.terms);
}
