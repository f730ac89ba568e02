import { stopwords } from '../core/stopwords.js';
import { stem, words } from '../core/tokenize.js';

/**
 * Adjacent content-word pairs as single tokens ("home_educ"), stemmed word by word, stop words
 * skipped ("needs and disabilities" pairs "need_disabl", as a question's content words do). A
 * full-text index that holds them answers a two-word phrase from one short posting list instead of
 * intersecting the position lists of two common words, which at 100k chunks costs more than all
 * the rest of a search.
 */
export function wordPairs(text: string): string {
  return pairsAndStems(words(text)).searchPairs;
}

/**
 * wordPairs of a text split into words, and its distinct stems in order of first appearance (every
 * word's, stop words included): what an ingest makes of each chunk, in one pass over its words, each
 * distinct word's stem and kind looked up once (one lookup a word, where stemming and the stop-word
 * test took two, and the stems an array of their own).
 */
export function pairsAndStems(textWords: string[]): { searchPairs: string; stems: string[] } {
  const pairs: string[] = [];
  const stems = new Set<string>();
  // Joined once at the end: appending to one string built a rope of a few hundred pieces a chunk,
  // which the full-text insert then had to flatten (measured: about twice the time of the join).
  let previous: string | undefined;
  for (let index = 0; index < textWords.length; index += 1) {
    const word = textWords[index]!;
    let analysis = analysed.get(word);
    if (analysis === undefined) {
      if (analysed.size >= maxAnalysed) analysed.clear();
      analysis = { stem: stem(word), content: isContentWord(word) };
      analysed.set(word, analysis);
    }
    const current = analysis.stem;
    stems.add(current);
    if (!analysis.content) continue;
    if (previous !== undefined) pairs.push(pairToken(previous, current));
    previous = current;
  }
  return { searchPairs: pairs.join(' '), stems: [...stems] };
}

// Papers reuse a small vocabulary: each word's analysis kept for the next chunk (bounded for a long run).
const analysed = new Map<string, { stem: string; content: boolean }>();
const maxAnalysed = 200_000;

/** The token for two adjacent stems; `_` joins them (the full-text tokenizer keeps it inside a token). */
export function pairToken(first: string, second: string): string {
  return `${first}_${second}`;
}

/**
 * A phrase of two or more content words as its consecutive pair tokens; a chunk holding them all
 * nearly always holds the phrase, at a fraction of a phrase search's cost. One word has none.
 */
export function phrasePairs(phrase: string): string[] {
  return wordPairs(phrase)
    .split(' ')
    .filter((pair) => pair !== '');
}

function isContentWord(word: string): boolean {
  return !stopwords.has(word) && (word.length > 1 || /\d/.test(word));
}
