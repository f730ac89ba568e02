import type pg from 'pg';
import { deferPendingMerge } from './pending-postings.js';

/** Runs `work` in one transaction on a pooled client: committed when it resolves, rolled back when it throws. */
export function withTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', work);
}

/**
 * A transaction that writes the index. It locks the counts row before anything else, sent with BEGIN
 * in one round trip: every writer starts here, so writers queue on it instead of deadlocking on the
 * rows after it. A batched ingest's transaction (`batched`: a bulk load, or an incremental ingest
 * whose term counts wait for its flush) commits without waiting for the server's WAL to reach the
 * disk (one commit a document): a server crash may then lose the last few documents whole, never
 * part of one, and the next ingest writes them again (the index holds none of their checksums). A bulk
 * load's (`deferMerges`) also leaves its full-text postings in the index's pending list, for
 * PendingPostings to merge beside the load.
 */
export function withWriteTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.PoolClient) => Promise<T>,
  { batched = false, deferMerges = false }: { batched?: boolean; deferMerges?: boolean } = {},
): Promise<T> {
  const settings = `${batched ? ' SET LOCAL synchronous_commit = off;' : ''}${deferMerges ? ` ${deferPendingMerge}` : ''}`;
  return inTransaction(pool, `BEGIN;${settings} SELECT 1 FROM quorum_counts FOR UPDATE`, work);
}

async function inTransaction<T>(pool: pg.Pool, begin: string, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query(begin);
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
