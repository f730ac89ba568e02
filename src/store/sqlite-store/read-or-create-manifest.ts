import type Database from 'better-sqlite3';
import { QuorumError } from '../../core/errors.js';
import { analyzerVersion } from '../../core/tokenize.js';
import { checkManifestAnalyzer, unrecordedAnalyzerVersion } from '../check-manifest-analyzer.js';
import { checkManifestEmbedder } from '../check-manifest-embedder.js';
import type { IndexManifest } from '../index-store.js';
import { readMeta } from './meta.js';
import { schemaVersion } from './schema.js';

/**
 * The stored manifest, checked against this Quorum and embedder; a new index's is written on first
 * open. A writer (`create`) may open an index of another analyser, to re-index it; a reader may not.
 */
export function readOrCreateManifest(
  database: Database.Database,
  dataDir: string,
  embedder: { name: string; dimensions?: number },
  create: boolean,
): IndexManifest {
  const stored = readMeta(database, 'manifest');
  if (stored) {
    const manifest = {
      analyzerVersion: unrecordedAnalyzerVersion,
      ...(JSON.parse(stored) as Partial<IndexManifest>),
    } as IndexManifest;
    const reingest = `Delete ${dataDir} and re-ingest ("npm run ingest").`;
    if (manifest.schemaVersion !== schemaVersion) {
      throw new QuorumError(
        'index_incompatible',
        `The index at ${dataDir} has schema version ${manifest.schemaVersion}, this Quorum needs ${schemaVersion}. ${reingest}`,
      );
    }
    checkManifestEmbedder(manifest, embedder, `at ${dataDir}`, reingest);
    if (!create) checkManifestAnalyzer(manifest, `at ${dataDir}`);
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
    analyzerVersion,
  };
  writeManifest(database, manifest);
  return manifest;
}

/** Stores the manifest (a new index's, or one re-indexed with this analyser). */
export function writeManifest(database: Database.Database, manifest: IndexManifest): void {
  database
    .prepare(
      "INSERT INTO meta (key, value) VALUES ('manifest', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
    )
    .run(JSON.stringify(manifest));
}
