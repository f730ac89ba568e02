import { stemmer } from 'stemmer';
import { stopwords } from './stopwords.js';

/** Lower-case word and number tokens; keeps figures like "3,666" and "55%" as one token ("3666", "55"). */
export function words(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  ).map((word) => (/['’]/.test(word) ? word.replace(/['’]s$/, '').replace(/['’]/g, '') : word));
}

/** Topic-bearing terms: stop words removed, stemmed the way the full-text index stems. */
export function contentTerms(text: string): string[] {
  return words(text)
    .filter((word) => !stopwords.has(word) && (word.length > 1 || /\d/.test(word)))
    .map((word) => stem(word));
}

export function stem(word: string): string {
  return /^\d/.test(word) ? word : stemmer(word);
}

/**
 * Adds the closed form of each hyphenated compound in a passage, so a question's "outturn" finds the
 * paper's "out-turn". Only passages get it: a question's "in-house" must still match "in house".
 */
export function joinHyphenated(text: string): string {
  return text.replace(/\b(\p{L}+)-(\p{L}+)\b/gu, '$1-$2 $1$2');
}
