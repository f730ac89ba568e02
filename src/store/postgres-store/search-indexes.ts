import type pg from 'pg';
import { vectorExpression } from './index-vectors.js';

/**
 * The two indexes whose upkeep costs an ingest most (HNSW about 70% of it, measured by dropping it):
 * a load into an empty index drops them and builds each once at the end, from all the rows at once.
 */
function searchIndexes(dimensions: number): { name: string; create: string }[] {
  const { column, operators } = vectorExpression(dimensions);
  return [
    {
      name: 'chunks_embedding',
      create: `CREATE INDEX IF NOT EXISTS chunks_embedding ON chunks USING hnsw (${column} ${operators})`,
    },
    {
      name: 'chunk_search_lexemes',
      create: 'CREATE INDEX IF NOT EXISTS chunk_search_lexemes ON chunk_search USING gin (lexemes)',
    },
  ];
}

export async function dropSearchIndexes(pool: pg.Pool, dimensions: number): Promise<void> {
  for (const { name } of searchIndexes(dimensions)) await pool.query(`DROP INDEX IF EXISTS ${name}`);
}

/** Bytes an HNSW build holds per vector beside the vector itself: neighbour lists and element headers. */
const graphBytesPerElement = 400;
const megabyte = 2 ** 20;

/**
 * Builds whichever search index is missing. maintenance_work_mem is sized so the HNSW graph fits
 * (pgvector builds it several times slower once it spills), up to `maxMemoryMegabytes`.
 */
export async function buildSearchIndexes(pool: pg.Pool, dimensions: number, maxMemoryMegabytes: number): Promise<void> {
  const missing = [];
  for (const index of searchIndexes(dimensions)) {
    const { rows } = await pool.query<{ present: boolean }>('SELECT to_regclass($1) IS NOT NULL AS present', [
      index.name,
    ]);
    if (!rows[0]?.present) missing.push(index);
  }
  if (missing.length === 0) return;
  const client = await pool.connect();
  try {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) AS count FROM chunks');
    const needed = (Number(rows[0]?.count ?? 0) * (dimensions * 4 + graphBytesPerElement) * 1.25) / megabyte;
    const memory = Math.round(Math.min(maxMemoryMegabytes, Math.max(64, needed)));
    await client.query(`SET maintenance_work_mem = '${memory}MB'`);
    for (const index of missing) await client.query(index.create);
  } finally {
    await client.query('RESET maintenance_work_mem').catch(() => undefined);
    client.release();
  }
}
