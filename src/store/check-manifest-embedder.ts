import { QuorumError } from '../core/errors.js';
import type { IndexManifest } from './index-store.js';

/**
 * Refuses an index built by another embedder or dimensions: its vectors would be meaningless to
 * this one's queries. `where` names the index ("at data", "in postgres://db/quorum").
 */
export function checkManifestEmbedder(
  manifest: IndexManifest,
  embedder: { name: string; dimensions?: number },
  where: string,
  reingest: string,
): void {
  if (
    manifest.embedder !== embedder.name ||
    (embedder.dimensions !== undefined && manifest.dimensions !== embedder.dimensions)
  ) {
    throw new QuorumError(
      'index_incompatible',
      `The index ${where} was built with embedder ${manifest.embedder} (${manifest.dimensions} dimensions), but Quorum is configured for ${embedder.name}. ${reingest}`,
    );
  }
}
