import lockfile from 'proper-lockfile';
import { QuorumError } from '../../core/errors.js';

/** Takes the data directory's ingest lock (a lock directory proper-lockfile keeps fresh while held). */
export async function lockForIngest(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { lockfilePath: `${dataDir}/ingest.lock`, stale: 15_000, update: 5_000 });
  } catch (error) {
    throw new QuorumError('index_locked', `Another ingest is already running on ${dataDir}; wait for it to finish`, {
      cause: error,
    });
  }
}
