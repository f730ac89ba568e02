import type pg from 'pg';
import type { Chunk } from '../../core/chunk.js';
import type { ScoredChunk, SearchFilters } from '../index-store.js';
import { filterSql } from './filter-sql.js';
import { type TextTerm, textQueries, textTerm } from './plan-text-query.js';

/**
 * Chunks matching any of the phrases (a phrase's content words as adjacent pairs, stemmed as
 * contentTerms stems), best first, with the filters inside the query so a filtered search still
 * fills `limit`.
 */
export async function searchText(
  pool: pg.Pool,
  phrases: string[],
  limit: number,
  filters: SearchFilters | undefined,
  postingBudget: number,
): Promise<ScoredChunk[]> {
  const all = limit > 0 ? distinctTerms(phrases) : [];
  if (all.length === 0) return [];
  // The words left out of the match still rank the chunks it found: a chunk holding them beside
  // the rarer terms is the better answer, and scoring them costs nothing more.
  const { rank } = textQueries(all);
  const ranked = rankedRows(postingBudget);
  const parameters: unknown[] = [
    JSON.stringify(all.map(({ expression, lexemes }) => ({ expression, lexemes }))),
    rank,
    limit,
    postingBudget,
    Number.isFinite(ranked) ? ranked : null,
  ];
  // ts_rank normalised by log length (as BM25 normalises by length): on the bundled corpus's dev
  // questions it ranked the passage holding the expected evidence at MRR@20 0.74, against 0.71
  // unnormalised and 0.51-0.55 for ts_rank_cd with or without normalisation. Every match is ranked
  // on the narrow chunk_search rows; only the best `limit` read their chunk. The match is planned
  // by the same statement (affordableMatchSql), so a search is one round trip, not two.
  const { rows } = await pool.query<{ chunk_json: string; score: number }>(
    `WITH ${affordableMatchSql('$4')},
     best AS MATERIALIZED (
       SELECT found.label, ts_rank(found.lexemes, $2::tsquery, 1) AS score
       FROM (
         SELECT c.label, c.lexemes FROM chunk_search c
         WHERE c.lexemes @@ (SELECT match FROM affordable)${filterSql(filters, parameters)}
         LIMIT $5) found
       ORDER BY score DESC, found.label
       LIMIT $3)
     SELECT chunks.chunk_json, best.score FROM best JOIN chunks USING (label) ORDER BY best.score DESC, best.label`,
    parameters,
  );
  return rows.map((row) => ({ chunk: JSON.parse(row.chunk_json) as Chunk, score: row.score }));
}

/**
 * How many chunks searchText returns for the same arguments, without ranking them: the same match
 * and filters, stopped at `limit` rows. Ranking reads and scores every match (tens of thousands for
 * a common phrase), where a count up to a handful stops at the first few.
 */
export async function countText(
  pool: pg.Pool,
  phrases: string[],
  limit: number,
  filters: SearchFilters | undefined,
  postingBudget: number,
): Promise<number> {
  const all = limit > 0 ? distinctTerms(phrases) : [];
  if (all.length === 0) return 0;
  const parameters: unknown[] = [
    JSON.stringify(all.map(({ expression, lexemes }) => ({ expression, lexemes }))),
    postingBudget,
    limit,
  ];
  // Joined to chunks as searchText's result is, so both count the same rows.
  const { rows } = await pool.query<{ matches: number }>(
    `WITH ${affordableMatchSql('$2')}
     SELECT count(*)::int AS matches FROM (
       SELECT 1 FROM chunk_search c JOIN chunks USING (label)
       WHERE c.lexemes @@ (SELECT match FROM affordable)${filterSql(filters, parameters)}
       LIMIT $3) found`,
    parameters,
  );
  return rows[0]?.matches ?? 0;
}

/**
 * The most matches a search ranks. The match keeps to the posting budget unless even its rarest term
 * is over it (a question of common words only: the rarest alone, or pairs of them), and at 1M chunks
 * such a match held up to several hundred thousand chunks. Reading a match's row is most of its cost
 * (counting 28,000 matches cost 0.7 of ranking them), so past this bound the search stops reading
 * and ranks what it has read: the rows first in the table, which a bitmap scan reads in order. At 1M
 * chunks ranking twice the budget (10,000 rows) took ~120 ms of CPU a search; the budget itself halves
 * that (full-text replay p95 175 -> 99 ms), and at 100k the benchmark's searches and retrievals are
 * identical (docs/postgres-text-search-plans.md, eighth pass).
 */
export function rankedRows(postingBudget: number): number {
  return postingBudget;
}

/** The phrases' full-text terms, each once, in the phrases' order (a phrase of no words has none). */
function distinctTerms(phrases: string[]): TextTerm[] {
  const terms = new Map<string, TextTerm>();
  for (const phrase of phrases) {
    const term = textTerm(phrase);
    if (term) terms.set(term.expression, term);
  }
  return [...terms.values()];
}

// The terms a two-term match pairs up, rarest first: n of them make n(n-1)/2 intersections.
const maxPairedTerms = 6;
/**
 * The chunks the paired terms may hold between them, in posting budgets; the two rarest are paired
 * whatever they hold. No term of an OR of pairs is required, so the GIN scan walks every paired term's
 * posting list whole and tests each chunk against every pair: at 1M chunks six common terms (297,000
 * postings, 15 pairs) took 281 ms of a 457 ms search in the index scan alone, and 200-250 ms a search
 * against 40-90 ms once the pairs keep to the three rarest (79,000 postings). At 100k chunks the
 * benchmark's searches and retrievals are identical either way.
 */
const pairedPostings = 20;

/**
 * CTEs ending in `affordable (match)`: the tsquery that finds the chunks worth ranking, from the terms
 * ($1, a JSON array of { expression, lexemes }) and the posting budget (the parameter named). ts_rank reads every
 * matching row's lexemes (about 10 µs a row here), so the match keeps the rarest terms, words and
 * phrases alike, until the chunks they hold reach the budget (fitPostingBudget's rule: rarest first,
 * the rarest always, ties in the question's order; a phrase weighs as its rarest pair token). When
 * even the rarest term is over the budget, a chunk must hold two of the terms: one common word or
 * phrase alone is what most of the index shares with the question. Planned in SQL beside the search,
 * where reading the terms' chunk counts first cost a question a round trip of its own.
 */
function affordableMatchSql(budgetParameter: string): string {
  return `term AS (
    SELECT t.position, t.value->>'expression' AS expression,
      (SELECT coalesce(min(coalesce(counted.chunks, 0)), 0)
       FROM jsonb_array_elements_text(t.value->'lexemes') AS lexeme (term)
       LEFT JOIN chunk_terms counted USING (term)) AS cost
    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t (value, position)),
  rarest AS (
    SELECT expression, cost, row_number() OVER cheapest AS n, sum(cost) OVER cheapest AS spent
    FROM term WINDOW cheapest AS (ORDER BY cost, position ROWS UNBOUNDED PRECEDING)),
  kept AS (SELECT expression, cost, n FROM rarest WHERE n = 1 OR spent <= ${budgetParameter}::float8),
  affordable (match) AS (
    SELECT (CASE
      WHEN (SELECT count(*) FROM rarest) < 2 OR (SELECT count(*) FROM kept) > 1 OR (SELECT min(cost) FROM kept) <= ${budgetParameter}::float8
        THEN (SELECT string_agg(expression, ' | ' ORDER BY n) FROM kept)
      ELSE (
        SELECT string_agg('(' || first.expression || ' & ' || second.expression || ')', ' | ' ORDER BY first.n, second.n)
        FROM rarest first JOIN rarest second ON second.n > first.n
        WHERE second.n <= ${maxPairedTerms} AND (second.n = 2 OR second.spent <= ${pairedPostings} * ${budgetParameter}::float8))
      END)::tsquery)`;
}
