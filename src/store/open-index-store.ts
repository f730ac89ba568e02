import type { IndexStore } from './index-store.js';
import { openSqliteStore } from './sqlite-store/open-sqlite-store.js';

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
}

/** The configured index: PostgreSQL + pgvector when a database URL is set, else the embedded store. */
export async function openIndexStore({
  location,
  embedder,
  create = false,
  graphWorker = false,
}: OpenIndexStoreOptions): Promise<IndexStore> {
  if (location.databaseUrl) {
    // Loaded only when configured: the embedded default never needs the PostgreSQL client.
    const { openPostgresStore } = await import('./postgres-store/open-postgres-store.js');
    return openPostgresStore({ url: location.databaseUrl, embedder, create });
  }
  return openSqliteStore({ dataDir: location.dataDir, embedder, create, graphWorker });
}

/** Where an index lives, for messages: never the database password. */
export function describeLocation(location: IndexLocation): string {
  if (!location.databaseUrl) return location.dataDir;
  const url = new URL(location.databaseUrl);
  return `postgres://${url.host}${url.pathname}`;
}
