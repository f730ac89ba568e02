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

/** A chunk's lexemes as held before they take a tsvector's form: each with its positions, in increasing order. */
export interface LexemePositions {
  positions: Map<string, number[]>;
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
  const { positions, pairs } = lexemesOfStems(contentTerms(searchText));
  return { lexemes: tsvectorText(positions), pairs };
}

/** Lexemes and their positions in tsvector text form. */
export function tsvectorText(positions: ReadonlyMap<string, readonly number[]>): string {
  return [...positions].map(([lexeme, at]) => `${quoteLexeme(lexeme)}:${at.join(',')}`).join(' ');
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
  const pairs = chunk.searchPairs.split(' ');
  const stems = pairs.map((pair) => pair.slice(0, pair.indexOf('_')));
  const last = pairs.at(-1)!;
  stems.push(last.slice(last.indexOf('_') + 1));
  return lexemesOfStems(stems);
}

function lexemesOfStems(stems: string[]): LexemePositions {
  const positions = new Map<string, number[]>();
  const pairs: string[] = [];
  const add = (lexeme: string, position: number) => {
    const list = positions.get(lexeme);
    if (!list) positions.set(lexeme, [position]);
    // Past the last position every word shares it, and a tsvector holds a lexeme's position once.
    else if (list.length < maxPositions && list.at(-1) !== position) list.push(position);
    return !list;
  };
  stems.forEach((word, index) => {
    const position = Math.min(index + 1, maxPosition);
    add(word, position);
    const next = stems[index + 1];
    if (next === undefined) return;
    const pair = pairToken(word, next);
    if (add(pair, position)) pairs.push(pair);
  });
  return { positions, pairs };
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
