import pg from 'pg';
import { QuorumError } from '../../core/errors.js';
import type { Logger } from '../../core/logger.js';
import { describeDatabase } from './describe-database.js';
import { toStoreError } from './to-store-error.js';

/**
 * Takes the database's ingest lock: a session-level advisory lock on a connection of its own, held
 * until the returned release runs. The server drops it when that connection dies, so a crashed
 * ingest never leaves the index locked.
 */
export async function lockForIngest(url: string, logger?: Logger): Promise<() => Promise<void>> {
  const database = describeDatabase(url);
  const client = new pg.Client({ connectionString: url, application_name: 'quorum ingest lock' });
  // Without a listener a dropped connection would crash the process; the ingest's next write fails anyway.
  client.on('error', (error) => logger?.warn({ err: error }, `Lost the ingest lock's connection to ${database}`));
  try {
    await client.connect();
    const { rows } = await client.query<{ locked: boolean }>(
      "SELECT pg_try_advisory_lock(hashtext('quorum:ingest')) AS locked",
    );
    if (!rows[0]?.locked) {
      throw new QuorumError('index_locked', `Another ingest is already running on ${database}; wait for it to finish`);
    }
  } catch (error) {
    await client.end().catch(() => undefined);
    throw toStoreError(error, database);
  }
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    // Ending the session releases the lock; unlocking first says so explicitly to anyone watching pg_locks.
    // When the connection is already gone, so is the lock: a failure here must not hide why the ingest stopped.
    try {
      await client.query("SELECT pg_advisory_unlock(hashtext('quorum:ingest'))");
    } catch (error) {
      logger?.warn({ err: error }, `Could not unlock the ingest lock on ${database}; its session ends anyway`);
    } finally {
      await client.end().catch(() => undefined);
    }
  };
}
