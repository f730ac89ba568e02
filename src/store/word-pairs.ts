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
 * distinct word's stem and kind looked up once. A stem is one shared record that remembers the last
 * text it was listed for, so a repeated stem costs a comparison where a set of the text's stems cost
 * a hashed insert a word (the largest part of this function's time at ingest).
 */
export function pairsAndStems(textWords: string[]): { searchPairs: string; stems: string[] } {
  // Forgotten only between texts: a record made afresh mid-text would list its stem twice.
  if (analysed.size >= maxAnalysed) {
    analysed.clear();
    stemRecords.clear();
  }
  textsSeen += 1;
  const text = textsSeen;
  const pairs: string[] = [];
  const stems: string[] = [];
  // Joined once at the end: appending to one string built a rope of a few hundred pieces a chunk,
  // which the full-text insert then had to flatten (measured: about twice the time of the join).
  let previous: string | undefined;
  for (let index = 0; index < textWords.length; index += 1) {
    const word = textWords[index]!;
    let analysis = analysed.get(word);
    if (analysis === undefined) {
      analysis = { stem: stemRecord(stem(word)), content: isContentWord(word) };
      analysed.set(word, analysis);
    }
    const record = analysis.stem;
    if (record.lastText !== text) {
      record.lastText = text;
      stems.push(record.stem);
    }
    if (!analysis.content) continue;
    if (previous !== undefined) pairs.push(pairToken(previous, record.stem));
    previous = record.stem;
  }
  return { searchPairs: pairs.join(' '), stems };
}

interface StemRecord {
  stem: string;
  /** The number of the last text whose stems listed this one. */
  lastText: number;
}

function stemRecord(stemmed: string): StemRecord {
  let record = stemRecords.get(stemmed);
  if (record === undefined) {
    record = { stem: stemmed, lastText: 0 };
    stemRecords.set(stemmed, record);
  }
  return record;
}

// Papers reuse a small vocabulary: each word's analysis kept for the next chunk (bounded for a long run).
const analysed = new Map<string, { stem: StemRecord; content: boolean }>();
const stemRecords = new Map<string, StemRecord>();
const maxAnalysed = 200_000;
let textsSeen = 0;

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
