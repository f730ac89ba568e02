import { contentTerms } from '../../core/tokenize.js';
import { pairToken } from '../word-pairs.js';

// tsvector limits: positions above 16,383 are clamped and a lexeme keeps at most 256 of them.
const maxPosition = 16_383;
const maxPositions = 256;

export interface ChunkLexemes {
  /** The lexemes in tsvector text form. */
  lexemes: string;
  /** The distinct pair tokens among them, which chunk_terms counts beside the stems. */
  pairs: string[];
}

/**
 * A chunk's lexemes as held before they take a tsvector's form: each distinct lexeme once, in order of
 * its first position, and its positions (increasing) in one flat array, lexeme after lexeme. Flat
 * arrays, not a list of positions a lexeme: a chunk has some 400 lexemes, most at one position, and an
 * array for each was most of the writing thread's time in building them.
 */
export interface LexemePositions {
  lexemes: string[];
  /** How many positions each lexeme has, in the order of `lexemes`. */
  counts: Uint16Array;
  /** The first lexeme's positions, then the second's, and so on. */
  positions: Uint16Array;
  /** The distinct pair tokens among them, which chunk_terms counts beside the stems. */
  pairs: string[];
}

/**
 * A chunk's full-text lexemes in tsvector text form, built here rather than by to_tsvector so the
 * database holds exactly the stems the question side looks up (the Porter stems of contentTerms and
 * documentFrequencies) and can be loaded with COPY: each content word's stem at its positions, and
 * each pair of adjacent content words as one token ("home_educ") at the first word's position. A
 * phrase is then found from the short posting list of its pair tokens, not by intersecting the
 * position lists of its words and re-reading every candidate row, which at 100k chunks cost most of
 * a search.
 */
export function chunkLexemes(searchText: string): ChunkLexemes {
  const built = lexemesOfStems(contentTerms(searchText));
  return { lexemes: tsvectorText(built), pairs: built.pairs };
}

/** Lexemes and their positions in tsvector text form. */
export function tsvectorText({ lexemes, counts, positions }: LexemePositions): string {
  let at = 0;
  return lexemes
    .map((lexeme, index) => {
      const list = positions.subarray(at, at + counts[index]!);
      at += list.length;
      return `${quoteLexeme(lexeme)}:${list.join(',')}`;
    })
    .join(' ');
}

/**
 * chunkLexemes of a prepared chunk, before their text form (a write sends them in binary,
 * BinaryTsvectorArray). Its content-word stems are read back from the pair tokens the prepare step
 * already made of them (`a_b b_c` holds a, b, c in order; stems never hold `_`) rather than tokenised
 * and stemmed again: that was a fifth of a bulk load's time in the writing thread. A chunk of one
 * content word has no pairs and is tokenised again.
 */
export function preparedChunkLexemes(chunk: { searchText: string; searchPairs: string }): LexemePositions {
  if (chunk.searchPairs === '') return lexemesOfStems(contentTerms(chunk.searchText));
  // The pair tokens are the lexemes' own strings too, not joined again from the stems.
  const pairs = chunk.searchPairs.split(' ');
  const stems = pairs.map((pair) => pair.slice(0, pair.indexOf('_')));
  const last = pairs.at(-1)!;
  stems.push(last.slice(last.indexOf('_') + 1));
  return lexemesOfStems(stems, pairs);
}

/**
 * Each stem at its position (its index + 1) and each pair of adjacent stems at the first's;
 * `pairTokens[i]`, when given, is `pairToken(stems[i], stems[i + 1])`.
 */
function lexemesOfStems(stems: readonly string[], pairTokens?: readonly string[]): LexemePositions {
  // Every token in turn (a stem, then the pair it starts), as a lexeme number and a position.
  const tokens = Math.max(0, stems.length * 2 - 1);
  const tokenLexemes = new Int32Array(tokens);
  const tokenPositions = new Uint16Array(tokens);
  const counts = new Uint16Array(tokens);
  const lastPositions = new Uint16Array(tokens);
  const numbers = new Map<string, number>();
  const lexemes: string[] = [];
  const pairs: string[] = [];
  let kept = 0;
  const add = (lexeme: string, position: number): boolean => {
    let number = numbers.get(lexeme);
    const isNew = number === undefined;
    if (number === undefined) {
      number = lexemes.length;
      numbers.set(lexeme, number);
      lexemes.push(lexeme);
    } else if (counts[number]! >= maxPositions || lastPositions[number] === position) {
      // Past the last position every word shares it, and a tsvector holds a lexeme's position once.
      return false;
    }
    counts[number]! += 1;
    lastPositions[number] = position;
    tokenLexemes[kept] = number;
    tokenPositions[kept] = position;
    kept += 1;
    return isNew;
  };
  for (let index = 0; index < stems.length; index += 1) {
    const word = stems[index]!;
    const position = Math.min(index + 1, maxPosition);
    add(word, position);
    if (index + 1 === stems.length) break;
    const pair = pairTokens ? pairTokens[index]! : pairToken(word, stems[index + 1]!);
    if (add(pair, position)) pairs.push(pair);
  }
  // Grouped by lexeme, each lexeme's positions staying in the order met (increasing).
  const starts = new Int32Array(lexemes.length);
  for (let number = 1; number < lexemes.length; number += 1) starts[number] = starts[number - 1]! + counts[number - 1]!;
  const positions = new Uint16Array(kept);
  for (let token = 0; token < kept; token += 1) {
    const number = tokenLexemes[token]!;
    positions[starts[number]!] = tokenPositions[token]!;
    starts[number]! += 1;
  }
  return { lexemes, counts: counts.subarray(0, lexemes.length), positions, pairs };
}

/** Whether a lexeme is a pair token: stems are runs of letters and digits, pairs join two with `_`. */
export function isPairToken(lexeme: string): boolean {
  return lexeme.includes('_');
}

/** A lexeme quoted for tsvector and tsquery text input: inside single quotes, quotes and backslashes escaped. */
export function quoteLexeme(lexeme: string): string {
  // Stems never hold either character: the test spares building two new strings per lexeme.
  if (!/['\\]/.test(lexeme)) return `'${lexeme}'`;
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
