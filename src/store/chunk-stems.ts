import { stem, words } from '../core/tokenize.js';

/**
 * A chunk's distinct stems as documentFrequencies counts them: every word of its full-text body,
 * stop words included (the full-text index keeps them too), stemmed as contentTerms stems a question.
 */
export function chunkStems(searchText: string): string[] {
  return [...new Set(words(searchText).map(stem))];
}
