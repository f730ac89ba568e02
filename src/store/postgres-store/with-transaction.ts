import type pg from 'pg';

/** Runs `work` in one transaction on a pooled client: committed when it resolves, rolled back when it throws. */
export async function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    try {
      await client.query('ROLLBACK');
    } catch {
      // A connection that cannot even roll back is discarded rather than returned to the pool.
      broken = true;
    }
    throw error;
  } finally {
    client.release(broken);
  }
}
