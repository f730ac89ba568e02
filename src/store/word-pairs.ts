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
  return pairsOfWords(words(text));
}

/** wordPairs of a text already split into words, in order. */
export function pairsOfWords(textWords: string[]): string {
  return pairsOfStemmedWords(
    textWords,
    textWords.map((word) => stem(word)),
  );
}

/**
 * wordPairs of a text split into words and each word stemmed (`wordStems[i]` is `stem(textWords[i])`):
 * an ingest stems every word once for the term counts and reuses the stems here.
 */
export function pairsOfStemmedWords(textWords: string[], wordStems: string[]): string {
  // Joined once at the end: appending to one string built a rope of a few hundred pieces a chunk,
  // which the full-text insert then had to flatten (measured: about twice the time of the join).
  const pairs: string[] = [];
  let previous: string | undefined;
  for (let index = 0; index < textWords.length; index += 1) {
    if (!isContentWord(textWords[index]!)) continue;
    const current = wordStems[index]!;
    if (previous !== undefined) pairs.push(pairToken(previous, current));
    previous = current;
  }
  return pairs.join(' ');
}

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
