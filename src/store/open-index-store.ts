import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isQuorumError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { IndexStore, StoreWriteTimings } from './index-store.js';
import { openSqliteStore } from './sqlite-store/open-sqlite-store.js';
import { repairIfStale } from './sqlite-store/repair-if-stale.js';
import { databaseFile } from './sqlite-store/schema.js';

export interface IndexLocation {
  /** The embedded store's directory. */
  dataDir: string;
  /** When set, the index lives in this PostgreSQL database instead. */
  databaseUrl?: string;
}

export interface OpenIndexStoreOptions {
  location: IndexLocation;
  embedder: { name: string; dimensions?: number };
  /** Create the index when it does not exist yet (ingest); answering opens existing ones only. */
  create?: boolean;
  /** Embedded store only: build its vector graph in a worker thread during a long ingest. */
  graphWorker?: boolean;
  /**
   * For an ingest. Embedded store: documents are written in batches of a few thousand chunks a
   * transaction, which other connections see at each commit, flush and checkpoint. PostgreSQL: each
   * document is its own transaction, but its term counts and full-text index merges wait for the flush.
   */
  batchWrites?: boolean;
  /** Embedded store only: told at every flush how long writing took (the ingest benchmark's split). */
  onWriteTimings?: (timings: StoreWriteTimings) => void;
  /** Embedded store only: open for answering, never writing (see openDatabase). */
  readOnly?: boolean;
}

/** The configured index: PostgreSQL + pgvector when a database URL is set, else the embedded store. */
export async function openIndexStore({
  location,
  embedder,
  create = false,
  graphWorker = false,
  batchWrites = false,
  onWriteTimings,
  readOnly,
}: OpenIndexStoreOptions): Promise<IndexStore> {
  if (location.databaseUrl) {
    // Loaded only when configured: the embedded default never needs the PostgreSQL client.
    const { openPostgresStore } = await import('./postgres-store/open-postgres-store.js');
    return openPostgresStore({ url: location.databaseUrl, embedder, create, batchWrites });
  }
  const { dataDir } = location;
  if (!create) {
    await repairIfStale(dataDir, async () => {
      await openSqliteStore({ dataDir, embedder, create: true }).close();
    });
  }
  return openSqliteStore({ dataDir, embedder, create, graphWorker, batchWrites, onWriteTimings, readOnly });
}

/**
 * Takes the index's ingest lock (one ingest at a time), before anything opens it for writing: a
 * refused ingest must not touch an index another is building. Throws `index_locked` when held.
 */
export async function lockIndexForIngest(location: IndexLocation, logger?: Logger): Promise<() => Promise<void>> {
  if (location.databaseUrl) {
    const { lockForIngest } = await import('./postgres-store/lock-for-ingest.js');
    return lockForIngest(location.databaseUrl, logger);
  }
  // Loaded by ingests only: the lock library patches fs on import, which answering never needs.
  const { lockForIngest } = await import('./sqlite-store/lock-for-ingest.js');
  return lockForIngest(location.dataDir);
}

/**
 * Whether an index has been built there. The embedded store's database file says so without
 * loading its vector graph (half a second at 100k chunks, paid again by the open that follows);
 * a database is asked. Another embedder's index or an unreachable server is the caller's to report.
 */
export async function indexExists(
  location: IndexLocation,
  embedder: OpenIndexStoreOptions['embedder'],
): Promise<boolean> {
  if (!location.databaseUrl) return existsSync(join(location.dataDir, databaseFile));
  try {
    await (await openIndexStore({ location, embedder })).close();
    return true;
  } catch (error) {
    if (isQuorumError(error, 'index_missing')) return false;
    // Built, by another text analyser: reindexIfOutdated's to mend.
    if (isQuorumError(error, 'index_outdated')) return true;
    throw error;
  }
}

/**
 * Re-indexes an index built by another text analyser, which a reader refuses (index_outdated): under
 * the ingest lock, a writer's open builds its stems again from the stored chunks. `onReindex` is
 * told first (it can take minutes on a large index). Returns whether it re-indexed.
 */
export async function reindexIfOutdated(
  location: IndexLocation,
  embedder: OpenIndexStoreOptions['embedder'],
  onReindex: () => void,
): Promise<boolean> {
  try {
    await (await openIndexStore({ location, embedder })).close();
    return false;
  } catch (error) {
    if (!isQuorumError(error, 'index_outdated')) throw error;
  }
  onReindex();
  const release = await lockIndexForIngest(location);
  try {
    await (await openIndexStore({ location, embedder, create: true })).close();
  } finally {
    await release();
  }
  return true;
}

/** Where an index lives, for messages: never the database password. */
export function describeLocation(location: IndexLocation): string {
  if (!location.databaseUrl) return location.dataDir;
  const url = new URL(location.databaseUrl);
  return `postgres://${url.host}${url.pathname}`;
}
