import type pg from 'pg';

/** Deletes a document's chunks and returns each one's stems (the write transaction holds the counts lock). */
export async function removeChunks(client: pg.PoolClient, source: string): Promise<string[][]> {
  const { rows } = await client.query<{ terms: string[] }>('DELETE FROM chunks WHERE source = $1 RETURNING terms', [
    source,
  ]);
  return rows.map((row) => row.terms);
}
