import { stemmer } from 'stemmer';
import { foldSpelling } from './spelling-variants.js';
import { stopwords } from './stopwords.js';

/**
 * The version of what this file (with the store's searchableText and word pairs) makes of a text:
 * an index records the version its stems, term counts and pair tokens were built with, and one
 * built with another is re-indexed by the next ingest (refused by a reader until then), since a
 * question stemmed one way would silently miss passages stemmed another. Move it on with any change
 * to the words or stems these functions return. 1: every index built before the version was recorded
 * (some with accented stems); 2: spelling variants folded (foldSpelling); 3: a stem's closing double consonant
 * single (singleClosingConsonant).
 */
export const analyzerVersion = 3;

/** Lower-case word and number tokens; keeps figures like "3,666" and "55%" as one token ("3666", "55"). */
export function words(text: string): string[] {
  // Ingest tokenizes every chunk, for the embedder and again for the full text. Most chunks are ASCII
  // but for a few typographic marks, whose normalisation leaves no letter or digit (isPlain): there
  // NFKC and the accents change no token (a no-break space becomes a space, an ellipsis full stops),
  // and these patterns match exactly what the Unicode ones do (lower-cased, such a text holds no
  // other letters or digits), at a fraction of their cost.
  if (isPlain(text)) return withoutApostrophes(lowered(text).match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? []);
  // Accents are dropped, as the full-text index drops them: a question typed on an English keyboard
  // ("Koura Bay", "Siobhan") meets the papers' "Kōura Bay" and "Siobhán".
  const normalized = withoutAccents(text.normalize('NFKC'));
  return withoutApostrophes(lowered(normalized).match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []);
}

function withoutApostrophes(found: string[]): string[] {
  for (let index = 0; index < found.length; index += 1) {
    const word = found[index]!;
    if (word.includes("'") || word.includes('’')) found[index] = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  }
  return found;
}

/** The text without markup, lower-cased, with the thousands commas of figures dropped. */
function lowered(text: string): string {
  const withoutMarkup = text.includes('<') ? text.replace(/<[^>]+>/g, ' ') : text;
  return withoutMarkup.toLowerCase().replace(/(\d),(\d{3})/g, '$1$2');
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
  // Looked up before anything is built: a closure made for every word of every chunk was a measurable
  // part of preparing a paper's rows.
  return folded.get(word) ?? remember(folded, word, singleClosingConsonant(stemAsWritten(foldSpelling(word))));
}

/**
 * The Porter stemmer undoubles a consonant only where it strips an ending: "staffing" and "staffed" become "staf"
 * but "staff" stays "staff", so a question about staffing never met the papers' staff (likewise "tariffs" and
 * "tariffed"). Papers' nouns in "ff" are the common case; undoubling every other closing consonant too merged
 * rarer pairs ("programm" with "program") and moved transcript passages the other way.
 */
function singleClosingConsonant(stemmed: string): string {
  return stemmed.endsWith('ff') ? stemmed.slice(0, -1) : stemmed;
}

function stemAsWritten(word: string): string {
  return asWritten.get(word) ?? remember(asWritten, word, /^\d/.test(word) ? word : stemmer(derivationalBase(word)));
}

function remember(stems: Map<string, string>, word: string, stemmed: string): string {
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
  // Every chunk goes through here at ingest: in a plain text (no letters but ASCII ones) the ASCII
  // patterns match exactly what the Unicode ones do (\b is ASCII either way), and faster; a pattern
  // whose mark ('-', '.') is absent is skipped.
  const plain = isPlain(text);
  const closedCompounds = text.includes('-') ? text.replace(plain ? asciiCompound : compound, '$1-$2 $1$2') : text;
  return closedCompounds.includes('.')
    ? closedCompounds.replace(
        plain ? asciiDottedInitialism : dottedInitialism,
        (dotted) => `${dotted} ${dotted.replaceAll('.', '')} `,
      )
    : closedCompounds;
}

const compound = /\b(\p{L}+)-(\p{L}+)\b/gu;
const asciiCompound = /\b([A-Za-z]+)-([A-Za-z]+)\b/g;

/** "U.K.", "P.E.I.": capitals each followed by a full stop; lower-case "i.e." and "p.m." are not names. */
const dottedInitialism = /\b(?:\p{Lu}\.){2,}/gu;
const asciiDottedInitialism = /\b(?:[A-Z]\.){2,}/g;

/** A question's dotted initialisms closed up ("U.K." as "UK"), since its letters alone are no words. */
export function closeInitialisms(text: string): string {
  return text.replace(dottedInitialism, (dotted) => `${dotted.replaceAll('.', '')} `);
}

/**
 * ASCII and a few marks papers are full of (no-break space, pound, cent and euro signs, dashes,
 * curly quotes, bullet, ellipsis), and the middle dot and angle quote the embedder's text joins a
 * chunk's heading path and meeting date with (so every chunk's embedding took the Unicode patterns):
 * none is a letter, digit or combining mark, none normalises (NFKC, accents dropped) to one, and
 * none changes case, so such a text's words are found by ASCII patterns.
 */
const notPlain = /[^\t\n\v\f\r -~\u00a0\u00a2\u00a3\u00b7\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026\u203a\u20ac]/;

/** Other control characters are rare enough to be left to the Unicode patterns. */
function isPlain(text: string): boolean {
  return !notPlain.test(text);
}

function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');
}
