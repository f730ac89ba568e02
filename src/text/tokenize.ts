import { stemmer } from 'stemmer';
import { stopwords } from './stopwords.js';

/**
 * Lower-case word and number tokens; keeps figures like "3,666" and "55%" as one token ("3666", "55"),
 * and spells hyphenated compounds both ways ("out-turn" → "out", "turn", "outturn").
 */
export function words(text: string): string[] {
  return (
    joinHyphenated(text)
      .normalize('NFKC')
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []
  ).map((word) => word.replace(/['’]s$/, '').replace(/['’]/g, ''));
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

/** Adds the closed form of each hyphenated compound, so "outturn" finds "out-turn". */
export function joinHyphenated(text: string): string {
  return text.replace(/\b(\p{L}+)-(\p{L}+)\b/gu, '$1-$2 $1$2');
}
