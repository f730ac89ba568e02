import type { Chunk } from '../../core/chunk.js';
import { type Segment, splitSegments } from '../../core/sentences.js';

// "What's on page 300 of the agenda pack?", "which item is on page 12", "what is page 85 of the cabinet pack": a page
// of a bound pack, asked by its number. Not "on what page is …", which asks for the number instead.
const pageNumberAsked = [
  /\b(?:what|which)(?:'s|’s)?(?:\s+(?:item|report|paper|document|business)s?)?(?:\s+(?:is|was|are|were))?\s+(?:on|at)\s+page\s+(\d{1,4})\b/i,
  /\bwhat(?:'s|’s| is| was)?\s+page\s+(\d{1,4})\b/i,
];
// An agenda prints each item's place in its pack: "(Pages 277 - 326)", "Pages 1 - 10", "(Page 5)".
const printedPages = /\bpages?\s+(\d{1,4})(?:\s*(?:-|–|—|to)\s*(\d{1,4}))?\b/gi;

/** Whether a passage prints where items sit in a pack: an agenda's list of items with their pages. */
export function printsPageRanges(text: string): boolean {
  return new RegExp(printedPages.source, 'i').test(text);
}

/** The page number the question asks the contents of, if it asks for one. */
export function askedPageNumber(question: string): number | undefined {
  for (const pattern of pageNumberAsked) {
    const match = pattern.exec(question);
    if (match) return Number(match[1]);
  }
  return undefined;
}

export interface PageRangeLine {
  chunk: Chunk;
  segment: Segment;
}

/**
 * The agenda line whose printed page range holds the page asked for: that item is what the page carries. The
 * passages are read in the order given (the best-ranked first), so the pack of the meeting asked about answers
 * before another's.
 */
export function lineCoveringPage(question: string, chunks: Chunk[]): PageRangeLine | undefined {
  const page = askedPageNumber(question);
  if (page === undefined) return undefined;
  for (const chunk of chunks) {
    for (const segment of splitSegments(chunk.text)) {
      for (const match of segment.text.matchAll(printedPages)) {
        const from = Number(match[1]);
        const to = match[2] === undefined ? from : Number(match[2]);
        if (from <= page && page <= to) return { chunk, segment };
      }
    }
  }
  return undefined;
}
