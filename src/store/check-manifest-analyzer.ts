import { QuorumError } from '../core/errors.js';
import { analyzerVersion } from '../core/tokenize.js';
import type { IndexManifest } from './index-store.js';

/** Indexes written before the analyser version was recorded were all built by version 1. */
export const unrecordedAnalyzerVersion = 1;

/** Whether the index's stems were built by another text analyser than this Quorum's. */
export function isAnalyzerOutdated(manifest: IndexManifest): boolean {
  return manifest.analyzerVersion !== analyzerVersion;
}

/**
 * Refuses, for a reader, an index whose stems another analyser built: its questions would be stemmed
 * one way and the passages another, and miss them without a word. A writer (an ingest) re-indexes it
 * instead. `where` names the index ("at data", "in postgres://db/quorum").
 */
export function checkManifestAnalyzer(manifest: IndexManifest, where: string): void {
  if (!isAnalyzerOutdated(manifest)) return;
  throw new QuorumError(
    'index_outdated',
    `The index ${where} was built with text analyser ${manifest.analyzerVersion}, this Quorum uses ${analyzerVersion}: run "npm run ingest -- <papers folder>" (or start Quorum) to re-index it.`,
  );
}
