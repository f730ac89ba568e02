import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { isQuorumError } from '../../core/errors.js';
import { databaseFile } from './schema.js';
import { savedGraphGeneration } from './vector-index.js';

/**
 * Term counts and the saved vector graph are derived from the chunk rows and stamped with the write
 * generation they match. An ingest that crashed leaves them behind it; without this every later
 * reader would rebuild the graph in memory (tens of seconds at 100k chunks) and count with stale
 * IDF. When no ingest holds the lock, repair them once, as a writer would, under the lock; while
 * one does, leave them to it.
 */
export async function repairIfStale(dataDir: string, reopenAsWriter: () => Promise<void>): Promise<void> {
  if (!isStale(dataDir)) return;
  let release: () => Promise<void>;
  try {
    // Loaded only here: the lock library patches fs on import, a cost every reader's open would pay.
    const { lockForIngest } = await import('./lock-for-ingest.js');
    release = await lockForIngest(dataDir);
  } catch (error) {
    if (isQuorumError(error, 'index_locked')) return;
    throw error;
  }
  try {
    // Checked again under the lock: an ingest may have finished meanwhile.
    if (isStale(dataDir)) await reopenAsWriter();
  } finally {
    await release();
  }
}

function isStale(dataDir: string): boolean {
  const path = join(dataDir, databaseFile);
  if (!existsSync(path)) return false;
  let database: Database.Database | undefined;
  try {
    database = new Database(path, { readonly: true, fileMustExist: true });
    const meta = database
      .prepare('SELECT key, value FROM meta WHERE key IN (?, ?)')
      .raw()
      .all('generation', 'term_counts_generation') as [string, string][];
    const stamps = new Map(meta);
    const generation = Number(stamps.get('generation') ?? 0);
    const counted = Number(stamps.get('term_counts_generation') ?? 0);
    return counted !== generation || savedGraphGeneration(dataDir) !== generation;
  } catch {
    // Not an index this Quorum can read: opening it says why.
    return false;
  } finally {
    database?.close();
  }
}
