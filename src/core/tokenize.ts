import { stemmer } from 'stemmer';
import { foldSpelling } from './spelling-variants.js';
import { stopwords } from './stopwords.js';

/**
 * The version of what this file (with the store's searchableText and word pairs) makes of a text:
 * an index records the version its stems, term counts and pair tokens were built with, and one
 * built with another is re-indexed by the next ingest (refused by a reader until then), since a
 * question stemmed one way would silently miss passages stemmed another. Move it on with any change
 * to the words or stems these functions return. 1: every index built before the version was recorded
 * (some with accented stems); 2: spelling variants folded (foldSpelling).
 */
export const analyzerVersion = 2;

/** Lower-case word and number tokens; keeps figures like "3,666" and "55%" as one token ("3666", "55"). */
export function words(text: string): string[] {
  // Ingest tokenizes every chunk; NFKC leaves ASCII as it is, and most chunks are ASCII. Accents are
  // dropped, as the full-text index drops them: a question typed on an English keyboard ("Koura Bay",
  // "Siobhan") meets the papers' "Kōura Bay" and "Siobhán".
  const normalized = isAscii(text) ? text : withoutAccents(text.normalize('NFKC'));
  const found =
    normalized
      .replace(/<[^>]+>/g, ' ')
      .toLowerCase()
      .replace(/(\d),(\d{3})/g, '$1$2')
      .match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  for (let index = 0; index < found.length; index += 1) {
    const word = found[index]!;
    if (word.includes("'") || word.includes('’')) found[index] = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  }
  return found;
}

/**
 * Topic-bearing terms: stop words removed, stemmed (spelling variants folded) the way the full-text
 * index stems. `foldSpellings: false` stems words as written: the local embedder's, whose vectors in
 * indexes already built must stay what its queries' are, and which joins variants by 4-grams anyway.
 */
export function contentTerms(text: string, { foldSpellings = true }: { foldSpellings?: boolean } = {}): string[] {
  return words(text)
    .filter((word) => !stopwords.has(word) && (word.length > 1 || /\d/.test(word)))
    .map((word) => (foldSpellings ? stem(word) : stemAsWritten(word)));
}

// Papers reuse a small vocabulary, so ingest stems the same words millions of times (folded for the full
// text, as written for the local embedder): each way remembered, bounded for a long run.
const folded = new Map<string, string>();
const asWritten = new Map<string, string>();
const maxRemembered = 200_000;

export function stem(word: string): string {
  return remembered(folded, word, () => stemAsWritten(foldSpelling(word)));
}

function stemAsWritten(word: string): string {
  return remembered(asWritten, word, () => (/^\d/.test(word) ? word : stemmer(derivationalBase(word))));
}

function remembered(stems: Map<string, string>, word: string, make: () => string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const stemmed = make();
  if (stems.size >= maxRemembered) stems.clear();
  stems.set(word, stemmed);
  return stemmed;
}

// Nouns made from verbs that the Porter stemmer leaves apart from their verb: "closure"/"close",
// "inclusion"/"include". A question's "when did it close" must meet the paper's "closure of the
// meeting". Only endings whose noun keeps the verb's sense: "provision" (a service) is not "provide",
// nor "commission" "commit"; "decision" joined to "decide" made the common "decid" outweigh rarer
// words in long transcripts, so it stays apart.
const derivations: [RegExp, string][] = [
  [/osures?$/, 'ose'],
  [/clusions?$/, 'clude'],
];

function derivationalBase(word: string): string {
  for (const [ending, verb] of derivations) if (ending.test(word)) return word.replace(ending, verb);
  return word;
}

/**
 * Adds the closed form of each hyphenated compound and dotted initialism in a passage, so a question's
 * "outturn" finds the paper's "out-turn" and its "UK" the "U.K." a transcriber or a North American
 * minute-taker prints (the words split it into letters no question types). Only passages get it: a
 * question's "in-house" must still match "in house".
 */
export function addClosedForms(text: string): string {
  return text
    .replace(/\b(\p{L}+)-(\p{L}+)\b/gu, '$1-$2 $1$2')
    .replace(dottedInitialism, (dotted) => `${dotted} ${dotted.replaceAll('.', '')} `);
}

/** "U.K.", "P.E.I.": capitals each followed by a full stop; lower-case "i.e." and "p.m." are not names. */
const dottedInitialism = /\b(?:\p{Lu}\.){2,}/gu;

/** A question's dotted initialisms closed up ("U.K." as "UK"), since its letters alone are no words. */
export function closeInitialisms(text: string): string {
  return text.replace(dottedInitialism, (dotted) => `${dotted.replaceAll('.', '')} `);
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) > 0x7f) return false;
  return true;
}

function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
