import type pg from 'pg';
import { vectorExpression } from './index-vectors.js';

/**
 * The two indexes whose upkeep costs an ingest most (HNSW about 70% of it, measured by dropping it).
 * A load into an empty index drops the HNSW index and builds it once at the end, from all the rows
 * at once; its full-text index is kept and merged beside the load (PendingPostings).
 */
function searchIndexes(dimensions: number): { name: string; create: string }[] {
  const { column, operators } = vectorExpression(dimensions);
  return [
    {
      name: vectorIndex,
      create: `CREATE INDEX IF NOT EXISTS ${vectorIndex} ON chunks USING hnsw (${column} ${operators})`,
    },
    {
      name: 'chunk_search_lexemes',
      create: 'CREATE INDEX IF NOT EXISTS chunk_search_lexemes ON chunk_search USING gin (lexemes)',
    },
  ];
}

const vectorIndex = 'chunks_embedding';

/** Readies an empty index for a bulk load: no vector index until its flush, the full-text index from the start. */
export async function prepareBulkLoad(pool: pg.Pool, dimensions: number): Promise<void> {
  await pool.query(`DROP INDEX IF EXISTS ${vectorIndex}`);
  for (const index of searchIndexes(dimensions)) if (index.name !== vectorIndex) await pool.query(index.create);
}

/** Bytes an HNSW build holds per vector beside the vector itself: neighbour lists and element headers. */
const graphBytesPerElement = 400;
/**
 * The GIN build's memory: at 13.7k chunks (3M postings) it took 8.9 s of CPU with 512 MB and 9.5 s
 * with 24 MB, so more than this buys little.
 */
const postingsMegabytes = 256;
const megabyte = 2 ** 20;

/**
 * Builds whichever search index is missing, each on a connection of its own so that the two builds
 * (each one process on the server) run side by side. maintenance_work_mem is sized so the HNSW graph
 * fits (pgvector builds it several times slower once it spills), up to `maxMemoryMegabytes`.
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
  const { rows } = await pool.query<{ count: string }>('SELECT count(*) AS count FROM chunks');
  const graph = (Number(rows[0]?.count ?? 0) * (dimensions * 4 + graphBytesPerElement) * 1.25) / megabyte;
  await Promise.all(
    missing.map(async (index) => {
      const wanted = index.name === vectorIndex ? Math.max(64, graph) : postingsMegabytes;
      await withMemory(pool, Math.round(Math.min(maxMemoryMegabytes, wanted)), (client) => client.query(index.create));
    }),
  );
}

async function withMemory<T>(
  pool: pg.Pool,
  megabytes: number,
  work: (client: pg.PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query(`SET maintenance_work_mem = '${megabytes}MB'`);
    return await work(client);
  } finally {
    await client.query('RESET maintenance_work_mem').catch(() => undefined);
    client.release();
  }
}
