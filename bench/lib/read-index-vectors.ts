import type { IndexLocation } from '../../src/store/open-index-store.js';
import { readEmbeddedVectors } from './read-embedded-vectors.js';
import type { StoredVectors } from './stored-vectors.js';

/** Every vector the index holds, from the embedded database or the PostgreSQL one. */
export async function readIndexVectors(location: IndexLocation, dimensions: number): Promise<StoredVectors> {
  if (!location.databaseUrl) return readEmbeddedVectors(location.dataDir, dimensions);
  const { readPostgresVectors } = await import('./read-postgres-vectors.js');
  return readPostgresVectors(location.databaseUrl, dimensions);
}
