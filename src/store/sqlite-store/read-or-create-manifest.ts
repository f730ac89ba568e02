import type Database from 'better-sqlite3';
import { QuorumError } from '../../core/errors.js';
import { checkManifestEmbedder } from '../check-manifest-embedder.js';
import type { IndexManifest } from '../index-store.js';
import { readMeta } from './meta.js';
import { schemaVersion } from './schema.js';

/** The stored manifest, checked against this Quorum and embedder; a new index's is written on first open. */
export function readOrCreateManifest(
  database: Database.Database,
  dataDir: string,
  embedder: { name: string; dimensions?: number },
): IndexManifest {
  const stored = readMeta(database, 'manifest');
  if (stored) {
    const manifest = JSON.parse(stored) as IndexManifest;
    const reingest = `Delete ${dataDir} and re-ingest ("npm run ingest").`;
    if (manifest.schemaVersion !== schemaVersion) {
      throw new QuorumError(
        'index_incompatible',
        `The index at ${dataDir} has schema version ${manifest.schemaVersion}, this Quorum needs ${schemaVersion}. ${reingest}`,
      );
    }
    checkManifestEmbedder(manifest, embedder, `at ${dataDir}`, reingest);
    return manifest;
  }
  if (embedder.dimensions === undefined) {
    throw new QuorumError('index_missing', `The index at ${dataDir} is empty: run "npm run ingest" first`);
  }
  const manifest: IndexManifest = {
    schemaVersion,
    embedder: embedder.name,
    dimensions: embedder.dimensions,
    createdAt: new Date().toISOString(),
  };
  database.prepare("INSERT INTO meta (key, value) VALUES ('manifest', ?)").run(JSON.stringify(manifest));
  return manifest;
}
