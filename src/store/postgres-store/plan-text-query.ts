import { contentTerms } from '../../core/tokenize.js';
import { pairToken } from '../word-pairs.js';
import { quoteLexeme } from './chunk-lexemes.js';

export interface TextTerm {
  /** tsquery text matching the phrase: its one stem, or all its pair tokens. */
  expression: string;
  /** The stem of a one-word phrase, whose chunk count the posting budget weighs; phrases have none. */
  word?: string;
  lexemes: string[];
}

/**
 * A phrase as chunkLexemes indexes it: one content word is its stem, two or more are all their
 * adjacent pair tokens (a chunk holding them all nearly always holds the phrase). A phrase of stop
 * words only has no term.
 */
export function textTerm(phrase: string): TextTerm | undefined {
  const stems = contentTerms(phrase);
  if (stems.length === 0) return undefined;
  if (stems.length === 1) return { expression: quoteLexeme(stems[0]!), word: stems[0]!, lexemes: [stems[0]!] };
  const pairs = [...new Set(stems.slice(1).map((next, index) => pairToken(stems[index]!, next)))];
  return { expression: `(${pairs.map(quoteLexeme).join(' & ')})`, lexemes: pairs };
}

/**
 * The tsquery matching any of the terms, and the one ranking them: every lexeme OR'd, because
 * ts_rank scores a query whose top operator is AND by proximity instead of by frequency.
 */
export function textQueries(terms: TextTerm[]): { match: string; rank: string } {
  return {
    match: terms.map((term) => term.expression).join(' | '),
    rank: [...new Set(terms.flatMap((term) => term.lexemes))].map(quoteLexeme).join(' | '),
  };
}
