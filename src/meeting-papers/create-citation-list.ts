import type { Chunk } from '../core/chunk.js';
import type { Citation } from '../core/citation.js';
import { buildCitation } from '../core/citation.js';
import { QuorumError } from '../core/errors.js';
import type { Span } from '../core/paper.js';
import type { IndexStore } from '../store/index-store.js';

/** A sentence or field of a paper with the number of the citation that supports it. */
export interface CitedText {
  text: string;
  cite: number;
}

export interface CitationList {
  /** Reads the stored passages of these documents, which `cite` needs before citing them. */
  load(sources: Iterable<string>): Promise<void>;
  /** Numbers a verbatim span of a loaded document, reusing the number of an identical span. */
  cite(source: string, span: Span): number;
  readonly citations: Citation[];
}

/**
 * Citations for spans found through the structured parts: each span is cited through the stored chunk
 * that holds it, so its meeting date, minute and heading are the chunk's own.
 */
export function createCitationList(store: Pick<IndexStore, 'listChunks'>): CitationList {
  const chunksBySource = new Map<string, Chunk[]>();
  const numbers = new Map<string, number>();
  const citations: Citation[] = [];

  async function load(sources: Iterable<string>): Promise<void> {
    for (const source of new Set(sources)) {
      if (!chunksBySource.has(source)) chunksBySource.set(source, await store.listChunks(source));
    }
  }

  function cite(source: string, span: Span): number {
    const chunks = chunksBySource.get(source);
    // Citing is synchronous so output can be built in one pass; loading is the caller's first step.
    if (!chunks) throw new Error(`Citation list: ${source} was cited before it was loaded`);
    const chunk = bestChunk(chunks, span);
    if (!chunk) throw new QuorumError('not_found', `No stored passage of ${source} covers ${span.start}-${span.end}`);
    const start = Math.max(span.start, chunk.start);
    const end = Math.min(span.end, chunk.end);
    const key = `${source}:${start}:${end}`;
    const known = numbers.get(key);
    if (known !== undefined) return known;
    const citation = buildCitation(citations.length + 1, chunk, { start: start - chunk.start, end: end - chunk.start });
    citations.push(citation);
    numbers.set(key, citation.n);
    return citation.n;
  }

  return { load, cite, citations };
}

/** The chunk that holds the span whole, else the one that holds most of it (a span can straddle two). */
function bestChunk(chunks: Chunk[], span: Span): Chunk | undefined {
  let best: Chunk | undefined;
  let bestOverlap = 0;
  for (const chunk of chunks) {
    const overlap = Math.min(span.end, chunk.end) - Math.max(span.start, chunk.start);
    if (overlap > bestOverlap) {
      best = chunk;
      bestOverlap = overlap;
    }
  }
  return best;
}
