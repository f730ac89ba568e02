import { createHash } from 'node:crypto';
import type { Chunk } from '../core/chunk.js';
import { contentTerms } from '../core/tokenize.js';
import { scoreSentences } from '../meeting-papers/topic-terms.js';
import type { IndexStore, SearchFilters } from '../store/index-store.js';

export interface WatchMatch {
  chunk: Chunk;
  /** The sentence that names the topic best, as offsets into the document. */
  span: { start: number; end: number };
  /** Identifies the passage by its words and meeting, so a re-ingested paper does not match it again. */
  key: string;
}

/**
 * Passages of papers ingested after `since` that mention every content word of the topic, within the
 * filters (exempt papers left out unless allowed; a channel's committees), in document order, less
 * those already posted.
 */
export async function findWatchMatches(options: {
  store: Pick<IndexStore, 'listDocuments' | 'listChunks'>;
  topic: string;
  since: Date;
  filters: SearchFilters;
  posted: ReadonlySet<string>;
}): Promise<WatchMatch[]> {
  const terms = [...new Set(contentTerms(options.topic))];
  if (terms.length === 0) return [];
  const documents = (await options.store.listDocuments())
    .filter((document) => new Date(document.ingestedAt).getTime() > options.since.getTime())
    .sort((a, b) => a.source.localeCompare(b.source));
  const matches: WatchMatch[] = [];
  const seen = new Set<string>();
  for (const document of documents) {
    for (const chunk of await options.store.listChunks(document.source)) {
      if (!isVisible(chunk, options.filters)) continue;
      const words = new Set(contentTerms(chunk.text));
      if (!terms.every((term) => words.has(term))) continue;
      const key = passageKey(chunk);
      // Overlapping chunks repeat a passage; one post each.
      if (options.posted.has(key) || seen.has(key)) continue;
      seen.add(key);
      matches.push({ chunk, key, span: bestSentence(chunk, terms) });
    }
  }
  return matches;
}

/** The sentence naming most of the topic; of equals, the longest, so a heading loses to what it heads. */
function bestSentence(chunk: Chunk, terms: string[]): { start: number; end: number } {
  const sentences = scoreSentences(chunk.text, chunk.start, terms, () => 1);
  const top = sentences[0];
  if (!top) return { start: chunk.start, end: chunk.end };
  const best = sentences
    .filter((sentence) => sentence.score === top.score)
    .reduce((longest, sentence) => (sentence.end - sentence.start > longest.end - longest.start ? sentence : longest));
  return { start: best.start, end: best.end };
}

function isVisible(chunk: Chunk, filters: SearchFilters): boolean {
  if (chunk.exempt && !filters.includeExempt) return false;
  if (filters.committees?.length && !filters.committees.includes(chunk.committee)) return false;
  return true;
}

function passageKey(chunk: Chunk): string {
  const text = chunk.text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(`${chunk.committee}\n${chunk.meetingDate}\n${text}`).digest('hex').slice(0, 24);
}
