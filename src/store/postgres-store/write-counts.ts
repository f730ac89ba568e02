import type pg from 'pg';

/** Adds a write's change in chunks to the count and moves the index on a generation. */
export async function writeCounts(client: pg.PoolClient, chunkDelta: number): Promise<void> {
  await client.query('UPDATE quorum_counts SET chunk_count = chunk_count + $1, generation = generation + 1', [
    chunkDelta,
  ]);
}
