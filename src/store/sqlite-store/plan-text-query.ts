import type Database from 'better-sqlite3';
import { stem, words } from '../../core/tokenize.js';
import { fitPostingBudget } from '../fit-posting-budget.js';
import { phrasePairs } from '../word-pairs.js';

export interface TextQueryPlanner {
  /** The FTS5 expression for "any of these phrases", its commonest single words left out beyond the budget. */
  plan(phrases: string[]): string;
}

interface Term {
  expression: string;
  /** The stem of a single word, whose chunk count the budget weighs; phrases have none. */
  word?: string;
}

/**
 * A phrase becomes all its word-pair tokens, a single word a body term; quotes inside a phrase
 * cannot break out of it. Only single words are held to the budget: measured on the dev questions
 * with the budget scaled to their small index, leaving out common phrases ("young people") as well
 * cost a tenth of MRR, single words almost nothing. A word's chunk count is one lookup in
 * term_counts.
 */
export function createTextQueryPlanner(database: Database.Database, postingBudget: number): TextQueryPlanner {
  const count = database.prepare('SELECT chunks FROM term_counts WHERE term = ?').pluck();
  const postings = (term: Term) => (term.word ? ((count.get(term.word) as number | undefined) ?? 0) : 0);

  return {
    plan(phrases) {
      const terms = new Map<string, Term>();
      for (const phrase of phrases) {
        const term = toTerm(phrase);
        if (term) terms.set(term.expression, term);
      }
      const single = [...terms.values()].filter((term) => term.word !== undefined);
      const affordable = new Set(fitPostingBudget(single, postings, postingBudget));
      return [...terms.values()]
        .filter((term) => term.word === undefined || affordable.has(term))
        .map((term) => term.expression)
        .join(' OR ');
    },
  };
}

function toTerm(phrase: string): Term | undefined {
  const cleaned = phrase.replace(/"/g, ' ').trim();
  if (cleaned === '') return undefined;
  const pairs = phrasePairs(cleaned).map((pair) => `pairs : "${pair}"`);
  if (pairs.length === 0) {
    const [word] = words(cleaned);
    return { expression: `body : "${cleaned}"`, word: word === undefined ? undefined : stem(word) };
  }
  return { expression: pairs.length === 1 ? pairs[0]! : `(${pairs.join(' AND ')})` };
}
