import pg from 'pg';
import { normalizeRows } from './exact-top-k.js';
import type { StoredVectors } from './stored-vectors.js';

const batch = 10_000;

/**
 * Every chunk's embedding from the PostgreSQL store's chunks table (pgvector's text form, a batch
 * of labels at a time so a million rows never sit in one result), for exact search.
 */
export async function readPostgresVectors(url: string, dimensions: number): Promise<StoredVectors> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: counted } = await client.query<{ count: string }>('SELECT COUNT(*) AS count FROM chunks');
    const count = Number(counted[0]!.count);
    const vectors = new Float32Array(count * dimensions);
    const allowed = new Uint8Array(count);
    const ids: string[] = [];
    let after = '0';
    while (ids.length < count) {
      const { rows } = await client.query<{ label: string; id: string; exempt: boolean; embedding: string }>(
        'SELECT label, id, exempt, embedding::text AS embedding FROM chunks WHERE label > $1 ORDER BY label LIMIT $2',
        [after, batch],
      );
      if (rows.length === 0) break;
      for (const row of rows) {
        if (ids.length === count) break;
        vectors.set(JSON.parse(row.embedding) as number[], ids.length * dimensions);
        allowed[ids.length] = row.exempt ? 0 : 1;
        ids.push(row.id);
      }
      after = rows.at(-1)!.label;
    }
    const filled = ids.length * dimensions;
    return { ids, table: { vectors: normalizeRows(vectors.subarray(0, filled), dimensions), dimensions, allowed } };
  } finally {
    await client.end();
  }
}
