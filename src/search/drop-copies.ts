import type { Chunk } from '../core/chunk.js';
import type { RetrievedPassage } from './retrieval.js';

/**
 * Keeps the best-ranked of passages that say the same thing at the same meeting: the same paper
 * uploaded several times (another name, a re-export) would otherwise fill every slot with one
 * passage, crowd out the Resolved block beside it, and cite the same sentence once per copy.
 */
export function dropCopies(ranked: RetrievedPassage[]): RetrievedPassage[] {
  const seen = new Set<string>();
  return ranked.filter(({ chunk }) => firstSeen(seen, chunk));
}

/** The same for a meeting's chunks in document order: the first copy of each stays. */
export function dropCopiedChunks(chunks: Chunk[]): Chunk[] {
  const seen = new Set<string>();
  return chunks.filter((chunk) => firstSeen(seen, chunk));
}

function firstSeen(seen: Set<string>, chunk: Chunk): boolean {
  const text = chunk.text.replace(/\s+/g, ' ').trim();
  const key = [chunk.committee, chunk.meetingDate ?? '', chunk.kind, text].join('\u0000');
  if (seen.has(key)) return false;
  seen.add(key);
  return true;
}
