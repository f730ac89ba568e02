import type { Chunk } from '../../src/core/chunk.js';

/**
 * Gives each chunk where it can be opened: the PDF page its passage starts on, and the published
 * paper's URL when it came from a council site.
 */
export function placeChunks(
  chunks: Chunk[],
  place: { pageStarts?: { page: number; start: number }[]; url?: string },
): Chunk[] {
  const { pageStarts = [], url } = place;
  return chunks.map((chunk) => {
    const page = pageAt(pageStarts, chunk.start);
    return {
      ...chunk,
      ...(page === undefined ? {} : { page }),
      ...(url === undefined ? {} : { url }),
    };
  });
}

function pageAt(pageStarts: { page: number; start: number }[], offset: number): number | undefined {
  let page: number | undefined;
  for (const start of pageStarts) {
    if (start.start > offset) break;
    page = start.page;
  }
  return page;
}
