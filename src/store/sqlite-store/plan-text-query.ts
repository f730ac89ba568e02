import type Database from 'better-sqlite3';
import { foldSpellings } from '../../core/spelling-variants.js';
import { stem, words } from '../../core/tokenize.js';
import { fitPostingBudget } from '../fit-posting-budget.js';
import { phrasePairs } from '../word-pairs.js';
import { createChunkTotal, createGeneration } from './meta.js';

/** A search's FTS5 expressions: "any of these phrases", its commonest terms left out (see createTextQueryPlanner). */
export interface TextQuery {
  /** Every term kept, in the phrases' order ('' when none is): what a search within facets ranks. */
  whole: string;
  /** The rarer terms: the chunks matching them are the only ones an unfaceted search returns (whole when not split). */
  candidates: string;
  /** The commoner terms, ranked only among the candidates ('' when every term is a candidate's). */
  others: string;
}

export interface TextQueryPlanner {
  plan(phrases: string[]): TextQuery;
}

interface Term {
  expression: string;
  /** The stem of a single word, whose chunk count term_counts holds; phrases have none. */
  word?: string;
  /** A phrase's pair tokens, every one of which a matching chunk holds. */
  pairs?: string[];
}

/** Share of the index above which a word or phrase is left out of a large index's search (see below). */
const commonShare = 0.04;
/** Chunks the rarer terms of a search may hold together before the rest are ranked among theirs only (see below). */
const candidateBudget = 5_000;

export interface TextBudget {
  /** Chunks the single words of a search may hold together (fitPostingBudget). */
  postings: number;
  /** Share of a large index above which a word or phrase is common; commonShare unless a benchmark weighs another. */
  commonShare?: number;
  /** Chunks the rarer terms may hold together, the candidates (candidateBudget unless a test or benchmark sets it). */
  candidates?: number;
}

// Counts made in the full-text index (pair tokens, candidate words) kept between questions, dropped
// when the index changes; a bot asks about the same topics again and again, and a common token costs
// many thousand postings to count.
const maxCachedCounts = 50_000;

/**
 * A phrase becomes all its word-pair tokens, a single word a body term; quotes inside a phrase
 * cannot break out of it. Three limits keep FTS5's bm25(), about a microsecond for every chunk the
 * expression matches, within bounds:
 * - single words, rarest first, until the chunks they hold reach the posting budget: measured on
 *   the dev questions with the budget scaled to their small index, leaving out common phrases as
 *   well cost a tenth of MRR, single words almost nothing;
 * - in a large index, no word or phrase held by more than twice the budget and more than the common
 *   share of all chunks (the rarest term stays when every term is that common). Such a term scores
 *   little (BM25's IDF of a term in 4 % of chunks is a third of that of a term in 1 in 10,000) but
 *   makes the search rank it everywhere: "young people" in a sixth of a 300k-chunk index had a
 *   question rank 50,000 chunks. Measured at 297k chunks on the benchmark's questions: the same
 *   passages in 0.99 of the retriever's top-8 places, full-text p95 0.73×. The share was 8 %,
 *   which let a 1M-chunk index rank several phrases of up to 80,000 chunks each for one question;
 *   at 4 % (a ceiling of 40,000 chunks up to 1M chunks, the same as before below 500k) a replayed
 *   1M index ranked in 0.54–0.67× the p95 time (docs/benchmarks.md). An index of fewer chunks than
 *   twice the budget never reaches it, and counts no phrase;
 * - in an index of more chunks than the candidate budget, the terms left, words and phrases alike,
 *   rarest first, until the chunks they hold reach that budget (the rarest always) are the candidates:
 *   the search returns only chunks matching one of them, and ranks the other terms only among those
 *   (searchText: the candidates ranked alone, and again with the others, `candidates AND others`;
 *   a search within facets, which narrow it inside FTS5 already, ranks the whole expression).
 *   BM25 adds up each term's own score, so every candidate's score is what the whole expression
 *   gives it; only chunks holding none of the rarer terms are lost. An absolute count: an index no
 *   larger than the budget (every evaluation set's) is never split. Measured on the 100k benchmark's
 *   questions (docs/benchmarks.md, fifteenth session): at 5,000, 0.997 of the top 8 places as before
 *   in 0.45× the ranking time; at 3,000, 0.947 in 0.33×.
 * A word's chunk count is one lookup in term_counts; a phrase weighs as its rarest pair token,
 * counted in the full-text index no further than the ceiling.
 */
export function createTextQueryPlanner(database: Database.Database, budget: number | TextBudget): TextQueryPlanner {
  const {
    postings: postingBudget,
    commonShare: share = commonShare,
    candidates: candidatePostings = candidateBudget,
  } = typeof budget === 'number' ? { postings: budget } : budget;
  const count = database.prepare('SELECT chunks FROM term_counts WHERE term = ?').pluck();
  const countUpTo = database
    .prepare('SELECT count(*) FROM (SELECT 1 FROM chunk_search WHERE chunk_search MATCH ? LIMIT ?)')
    .pluck();
  const chunkTotal = createChunkTotal(database);
  const generation = createGeneration(database);
  const indexCounts = new Map<string, number>();
  let countedAt = -1;

  function wordChunks(term: Term): number {
    return term.word === undefined ? 0 : ((count.get(term.word) as number | undefined) ?? 0);
  }

  /** Chunks matching the expression, counted no further than one past `bound` (always the same bound for it). */
  function indexChunks(expression: string, bound: number): number {
    let chunks = indexCounts.get(expression);
    if (chunks === undefined) {
      if (indexCounts.size >= maxCachedCounts) indexCounts.clear();
      chunks = countUpTo.get(expression, bound + 1) as number;
      indexCounts.set(expression, chunks);
    }
    return chunks;
  }

  /** Chunks holding each term: a phrase's rarest pair token, counted no further than the ceiling. */
  function countChunks(terms: Term[], ceiling: number): Map<Term, number> {
    const now = generation.current();
    if (now !== countedAt) indexCounts.clear();
    countedAt = now;
    return new Map(
      terms.map((term) => [
        term,
        term.pairs
          ? Math.min(...term.pairs.map((pair) => indexChunks(`pairs : "${pair}"`, ceiling)))
          : wordChunks(term),
      ]),
    );
  }

  /** The terms a large index can afford: those under the ceiling, or the rarest alone when none is. */
  function uncommon(terms: Term[], total: number, ceiling: number): Term[] {
    if (total <= ceiling) return terms;
    const chunks = countChunks(terms, ceiling);
    const under = terms.filter((term) => chunks.get(term)! <= ceiling);
    return under.length > 0 ? under : fitPostingBudget(terms, (term) => chunks.get(term)!, 0);
  }

  /** The rarer terms a search ranks everything among: every term, in an index no larger than the budget. */
  function candidateTerms(terms: Term[], total: number, ceiling: number): Term[] {
    if (total <= candidatePostings) return terms;
    const chunks = countChunks(terms, ceiling);
    // term_counts holds this analyser's stems, which FTS5's tokenizer does not always match ("we're" is
    // its "we" and "re"): a word that may be a candidate is counted in the index too, as far as the budget.
    const cost = (term: Term) => {
      const counted = chunks.get(term)!;
      return term.pairs || counted > candidatePostings
        ? counted
        : Math.max(counted, indexChunks(term.expression, candidatePostings));
    };
    return fitPostingBudget(terms, cost, candidatePostings);
  }

  return {
    plan(phrases) {
      const terms = new Map<string, Term>();
      for (const phrase of phrases) {
        const term = toTerm(phrase);
        if (term) terms.set(term.expression, term);
      }
      const total = chunkTotal.current();
      // One ceiling for every count, so a pair token's remembered count is always bounded alike.
      const ceiling = Math.max(2 * postingBudget, Math.floor(share * total));
      const kept = uncommon([...terms.values()], total, ceiling);
      const affordable = new Set([
        ...fitPostingBudget(
          kept.filter((term) => !term.pairs),
          wordChunks,
          postingBudget,
        ),
        ...kept.filter((term) => term.pairs),
      ]);
      const searched = [...terms.values()].filter((term) => affordable.has(term));
      const candidates = new Set(candidateTerms(searched, total, ceiling));
      const expression = (chosen: Term[]) => chosen.map((term) => term.expression).join(' OR ');
      return {
        whole: expression(searched),
        candidates: expression(searched.filter((term) => candidates.has(term))),
        others: expression(searched.filter((term) => !candidates.has(term))),
      };
    },
  };
}

function toTerm(phrase: string): Term | undefined {
  const cleaned = phrase.replace(/"/g, ' ').trim();
  if (cleaned === '') return undefined;
  const pairs = phrasePairs(cleaned);
  if (pairs.length === 0) {
    const [word] = words(cleaned);
    // The body holds spelling variants folded (searchableText), and FTS5 stems the phrase itself.
    const body = foldSpellings(cleaned);
    return { expression: `body : "${body}"`, word: word === undefined ? undefined : stem(word) };
  }
  const expressions = pairs.map((pair) => `pairs : "${pair}"`);
  return { expression: expressions.length === 1 ? expressions[0]! : `(${expressions.join(' AND ')})`, pairs };
}
